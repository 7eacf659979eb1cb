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
import type { Assessment, IndicatorInput, Problem } from "../core/types";
import { noteText } from "../i18n/notes";
import type { ChangeCode } from "../core/change";
import { formatPeriod } from "../core/period";
import type { Comparison } from "../workbook/record";
import type { TaskpaneText } from "../i18n/taskpane";
import { statusCounts, type StatusCount } from "../app/status-counts";

export { statusCounts, type StatusCount } from "../app/status-counts";

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
  /** 较上期: the counts as shown (`↑好转 3 项` …) against the period named, or null when nothing was compared. */
  changes: { period: string; counts: { code: ChangeCode; label: string; count: number }[] } | null;
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

/** What the result card is built from: an assessment, the indicators it read, the table's problems. */
export interface ResultSource {
  assessment: Assessment;
  inputs: readonly IndicatorInput[];
  /** Problems of finding and reading the table. */
  tableProblems: readonly Problem[];
  text: TaskpaneText;
  /** The run's comparison with the 评估记录, when it made one. */
  comparison?: Comparison;
}

/**
 * Lists the problems to look at: first each unreadable cell (table problems, then each
 * indicator's), then each indicator lacking data.
 * @example problemItems({ assessment, inputs, tableProblems: [], text })[0] //=> { ref: "F9", text: "数值「12..3」写法有误…" }
 */
export function problemItems(source: ResultSource): ProblemItem[] {
  const { assessment, inputs, tableProblems, text } = source;
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
 * @example resultCard({ assessment, inputs, tableProblems: [], text: taskpaneZhCN }).comparison //=> "平均实现度快于时序进度 12.3 个百分点"
 */
export function resultCard(source: ResultSource): ResultCard {
  const { assessment, text } = source;
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
    problems: problemItems(source),
    changes: changeCounts(source.comparison, text),
  };
}

/** The changes in the order the card lists them. */
const CHANGE_ORDER: readonly ChangeCode[] = ["better", "same", "worse", "new"];

/**
 * The card's 较上期 counts, or null when the run compared nothing.
 * @example changeCounts(comparison, taskpaneZhCN)?.counts[0] //=> { code: "better", label: "↑好转", count: 3 }
 */
export function changeCounts(comparison: Comparison | undefined, text: TaskpaneText): ResultCard["changes"] {
  if (!comparison?.period || !comparison.counts) return null;
  const counts = comparison.counts;
  return { period: formatPeriod(comparison.period), counts: CHANGE_ORDER.map((code) => ({ code, label: text.record.changes[code], count: counts[code] })) };
}
