/**
 * Counts per status under the assessment's labels, in report order: what the pane's result card
 * and the ribbon's outcome message both show.
 *
 * Choices where the specification is silent: an indicator judged at 100% time progress is counted
 * under its 完成 / 基本完成 / 未完成 label, as the sheet displays it; the four mid-term statuses are
 * always listed (a zero is news), end-of-plan labels only when they occur.
 */
import type { Assessment, EndOfPlanCode, StatusCode } from "../core/types";
import { displayCode } from "../workbook/status-style";

/** A status and how many indicators have it. */
export interface StatusCount {
  code: StatusCode | EndOfPlanCode;
  label: string;
  count: number;
}

/** The order of the counts: mid-term statuses, then the end-of-plan labels. */
const COUNT_ORDER: readonly (StatusCode | EndOfPlanCode)[] = [
  "ahead",
  "on_track",
  "behind",
  "complete",
  "basically_complete",
  "incomplete",
  "no_data",
];

const ALWAYS_SHOWN: ReadonlySet<StatusCode | EndOfPlanCode> = new Set(["ahead", "on_track", "behind", "no_data"]);

/**
 * Counts judgements per status under the assessment's labels, in report order.
 * @example statusCounts(assessment).map((c) => c.label) //=> ["提前实现目标", "达到进度要求", "未达到进度要求", "数据暂缺"]
 */
export function statusCounts(assessment: Assessment): StatusCount[] {
  const tally = new Map<StatusCode | EndOfPlanCode, number>();
  for (const judgement of assessment.judgements) {
    const code = displayCode(judgement);
    tally.set(code, (tally.get(code) ?? 0) + 1);
  }
  return COUNT_ORDER.filter((code) => ALWAYS_SHOWN.has(code) || (tally.get(code) ?? 0) > 0).map((code) => ({
    code,
    label: assessment.settings.labels[code],
    count: tally.get(code) ?? 0,
  }));
}

