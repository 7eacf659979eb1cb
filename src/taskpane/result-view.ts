/**
 * 评估结果 card: what the pane shows after an assessment — counts per status under the user's
 * labels, average realisation against time progress, the drafted paragraph, and the problems to
 * look at (unreadable cells, indicators lacking data), each with the cell it concerns.
 *
 * Choices where the specification is silent: an indicator judged at 100% time progress is counted
 * under its 完成 / 基本完成 / 未完成 label, as the sheet displays it; the four mid-term statuses are
 * always shown (a zero is news), end-of-plan labels only when they occur. An indicator lacking data
 * points at its cell for the evaluation period, else its latest cell.
 */
import type { Assessment, EndOfPlanCode, IndicatorInput, Problem, StatusCode } from "../core/types";
import { noteText } from "../i18n/notes";
import type { TaskpaneText } from "../i18n/taskpane";
import { displayCode } from "../workbook/status-style";

/** A status and how many indicators have it. */
export interface StatusCount {
  code: StatusCode | EndOfPlanCode;
  label: string;
  count: number;
}

/** A problem the user can click to go to its cell. */
export interface ProblemItem {
  /** A1 address on the table's sheet, when known. */
  ref: string | null;
  text: string;
}

/** Everything the result card shows. */
export interface ResultCard {
  total: number;
  periodCode: string | null;
  timeProgress: number;
  counts: StatusCount[];
  average: number | null;
  /** `平均实现度快于时序进度 12.3 个百分点`, or a sentence saying none could be computed. */
  comparison: string;
  /** The drafted paragraphs, in order. */
  paragraphs: string[];
  problems: ProblemItem[];
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

/**
 * The cell an indicator lacking data points at: its evaluation-period cell, else its latest one,
 * else none.
 * @example lackingCell(input, "2023H1") //=> "F7"
 */
export function lackingCell(input: IndicatorInput | undefined, periodCode: string | null): string | null {
  if (!input) return null;
  const atPeriod = input.observations.find((observation) => observation.period.code === periodCode);
  const last = input.observations[input.observations.length - 1];
  return atPeriod?.cell.ref ?? last?.cell.ref ?? input.target.ref ?? null;
}

/**
 * Lists the problems to look at: first each unreadable cell (table problems, then each
 * indicator's), then each indicator lacking data.
 * @example problemItems(assessment, inputs, [], text)[0] //=> { ref: "F9", text: "数值「12..3」写法有误…" }
 */
export function problemItems(
  assessment: Assessment,
  inputs: readonly IndicatorInput[],
  tableProblems: readonly Problem[],
  text: TaskpaneText,
): ProblemItem[] {
  const cellItem = (problem: Problem): ProblemItem => ({ ref: problem.cell ?? null, text: problem.message });
  const byRow = new Map(inputs.map((input) => [input.row, input]));
  const periodCode = assessment.period?.code ?? null;
  return [
    ...tableProblems.map(cellItem),
    ...assessment.judgements.flatMap((judgement) => judgement.problems.map(cellItem)),
    ...assessment.judgements
      .filter((judgement) => judgement.status === "no_data")
      .map((judgement) => ({
        ref: lackingCell(byRow.get(judgement.row), periodCode),
        text: text.result.lacking(judgement.name, noteText(judgement.note)),
      })),
  ];
}

/**
 * Builds the result card of an assessment.
 * @example resultCard(assessment, inputs, [], taskpaneZhCN).comparison //=> "平均实现度快于时序进度 12.3 个百分点"
 */
export function resultCard(
  assessment: Assessment,
  inputs: readonly IndicatorInput[],
  tableProblems: readonly Problem[],
  text: TaskpaneText,
): ResultCard {
  const { summary } = assessment;
  const average = summary.averageRealisation;
  return {
    total: summary.total,
    periodCode: assessment.period?.code ?? null,
    timeProgress: assessment.timeProgress,
    counts: statusCounts(assessment),
    average,
    comparison:
      average === null ? text.result.noComparison : text.result.comparison(average, assessment.timeProgress),
    paragraphs: [...summary.narrative],
    problems: problemItems(assessment, inputs, tableProblems, text),
  };
}
