/**
 * 评估汇总: counts, averages, lagging indicators and projections over a list of judgements, with
 * the drafted report paragraphs. The counts and the average are made in `counts.ts`; the summary
 * walks a table once, gathering them with the lagging indicators and the narrative's entries.
 *
 * Choices where DOMAIN.md is silent:
 * - The gap of a lagging indicator is measured against what its status was held to: the time
 *   progress of its own period for level, bound and cumulative targets; 100% for growth-rate,
 *   maintained, qualitative and relative targets, which are met or not regardless of time.
 * - A lagging indicator without a realisation (a qualitative task 未完成, a rate slower than GDP
 *   growth) is listed with realisation 0: the task is not done.
 * - With no evaluation period (nothing usable anywhere) the time progress is 0.
 */
import { categorySummaries, countJudgement, emptyTallies, meanOf } from "./counts";
import { countGrades, endOfPlanOf, gradeOf } from "./grades";
import { KINDS } from "./kinds";
import { draftNarrative, type NarrativeEntry } from "./narrative";
import { timeProgress } from "./period";
import { isEndOfPlan } from "./status";
import type { GradeCode, Judgement, Lag, Period, Plan, Settings, StatusCode, Summary, SummaryFacts } from "./types";

export { categoryOf, measuredRealisation } from "./counts";
export { endOfPlanOf, gradeOf } from "./grades";

/** What a summary is made for: the plan, the evaluation period, the settings. */
export interface SummaryOptions {
  plan: Plan;
  /** 评估期; null when nothing is usable anywhere (the time progress is then 0). */
  period: Period | null;
  settings: Settings;
}

/**
 * Builds the 评估汇总 of a list of judgements for the evaluation period: mid-term, or at the end of
 * the plan (the period's time progress is 100%). Like `timeProgress`, it throws for a plan whose
 * target year does not follow its base year (a caller's bug).
 *
 * @example
 * summarise([], { plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2023, 0.5), settings: defaultSettings })
 * //=> { mode: "midTerm", total: 0, counts: { ahead: 0, on_track: 0, behind: 0, no_data: 0 }, timeProgress: 0.5, … }
 */
export function summarise(judgements: Judgement[], options: SummaryOptions): Summary {
  const { plan, period, settings } = options;
  const progress = period === null ? 0 : timeProgress(plan, period);
  const tallies = emptyTallies();
  for (const judgement of judgements) countJudgement(tallies, judgement, settings.capAverage);
  const byCategory = categorySummaries(tallies);
  const common = {
    total: judgements.length,
    counts: tallies.overall.counts,
    byCategory,
    averageRealisation: meanOf(tallies.overall),
    timeProgress: progress,
    projections: tallies.projections,
    olderData: olderDataOf(judgements),
  };
  const facts: SummaryFacts =
    period !== null && isEndOfPlan(progress)
      ? { mode: "endOfPlan", ...common, ...countGrades(judgements, byCategory, settings), unfinished: unfinishedOf(judgements, settings) }
      : midTermFacts(common, lagsOf(judgements, progress));
  const entries = judgements.map((judgement) => narrativeEntry(judgement, progress, settings));
  return { ...facts, narrative: draftNarrative({ summary: facts, entries, plan, period, settings }) };
}

/** The mid-term facts: lagging indicators, the binding ones among them. */
function midTermFacts(common: Omit<SummaryFacts, "mode" | "narrative">, lagging: Lag[]): SummaryFacts {
  return { mode: "midTerm", ...common, bindingBehind: lagging.filter((lag) => lag.binding), lagging };
}

/** The indicators graded 未完成, held to the whole target, widest gap first. */
function unfinishedOf(judgements: readonly Judgement[], settings: Settings): Lag[] {
  const unfinished = judgements
    .filter((judgement) => gradeOf(judgement, settings) === "incomplete")
    .map((judgement): Judgement => ({ ...judgement, status: "behind", timeProgress: 1 }));
  return lagsOf(unfinished, 1);
}

/** Statuses in the order outputs list them, no data last. */
export const STATUS_ORDER: readonly StatusCode[] = ["ahead", "on_track", "behind", "no_data"];
/** End-of-plan grades in the order outputs list them, no data last. */
export const GRADE_ORDER: readonly GradeCode[] = ["complete", "basically_complete", "incomplete", "no_data"];

/** The results an output lists for a summary, in its mode. */
export interface ShownResults {
  /** The results counted, in the order their columns are listed. */
  codes: readonly (StatusCode | GradeCode)[];
  overall: Partial<Record<StatusCode | GradeCode, number>>;
  /** Counts per domain, by the domain's name in `byCategory`. */
  byCategory: Map<string, Partial<Record<StatusCode | GradeCode, number>>>;
  /** Lagging indicators mid-term, unfinished ones at the end of the plan. */
  behind: Lag[];
}

/**
 * What an output lists: counts by status and the lagging indicators mid-term, counts by grade
 * and the unfinished indicators at the end of the plan.
 * @example shownResults(summarise([], { plan: { baseYear: 2020, targetYear: 2025 }, period: null, settings: defaultSettings })).codes //=> ["ahead", "on_track", "behind", "no_data"]
 */
export function shownResults(summary: Summary): ShownResults {
  if (summary.mode === "midTerm") {
    const byCategory = new Map(summary.byCategory.map((c) => [c.category, { ...c.counts }]));
    return { codes: STATUS_ORDER, overall: { ...summary.counts }, byCategory, behind: summary.lagging };
  }
  const byCategory = new Map(summary.gradesByCategory.map((c) => [c.category, { ...c.counts }]));
  return { codes: GRADE_ORDER, overall: { ...summary.grades }, byCategory, behind: summary.unfinished };
}

/**
 * The name reports use for an indicator: the cleaned name, else the name as written.
 *
 * @example
 * displayName({ name: "旅游业总收入（亿元）4", label: { raw: "旅游业总收入（亿元）4", name: "旅游业总收入", qualifiers: [] } }) //=> "旅游业总收入"
 */
export function displayName(judgement: Pick<Judgement, "name" | "label">): string {
  const cleaned = judgement.label?.name?.trim();
  return cleaned ? cleaned : judgement.name.trim();
}

/**
 * Whether a kind's status compares the realisation with time progress (level, bound, cumulative)
 * rather than with the whole target (rate, maintain, qualitative, relative).
 *
 * @example
 * isHeldToTimeProgress("rate") //=> false
 */
export function isHeldToTimeProgress(kind: Judgement["kind"]): boolean {
  return KINDS[kind].heldToTimeProgress;
}

/**
 * The lagging indicators (status behind), widest gap first; `progress` stands in for a judgement
 * without a time progress of its own.
 *
 * @example
 * lagsOf([{ row: 3, name: "甲", status: "behind", realisation: 0.3, timeProgress: 0.5, kind: "level", flags: [] }], 0.5)
 * //=> [{ row: 3, name: "甲", realisation: 0.3, timeProgress: 0.5, gap: 0.2, binding: false }]
 */
export function lagsOf(judgements: readonly Judgement[], progress: number): Lag[] {
  const lags = judgements
    .filter((judgement) => judgement.status === "behind")
    .map((judgement) => lagOf(judgement, progress, displayName(judgement)));
  return widestGapFirst(lags);
}

/** Sorts lags widest gap first; Array.prototype.sort is stable: equal gaps keep the table's order. */
function widestGapFirst(lags: Lag[]): Lag[] {
  return lags.sort((a, b) => b.gap - a.gap);
}

function lagOf(judgement: Judgement, progress: number, name: string): Lag {
  const timeProgress = finiteOrNull(judgement.timeProgress) ?? progress;
  const realisation = finiteOrNull(judgement.realisation) ?? 0;
  const required = isHeldToTimeProgress(judgement.kind) ? timeProgress : 1;
  const lag: Lag = {
    row: judgement.row,
    name,
    realisation,
    timeProgress,
    gap: required - realisation,
    binding: judgement.attribute === "binding",
  };
  if (judgement.category !== undefined) lag.category = judgement.category;
  return lag;
}

/**
 * The indicators judged on data older than the evaluation period (flag `older_data`).
 *
 * @example
 * olderDataOf([{ row: 9, name: "外贸出口", flags: ["older_data"], valuePeriod: { year: 2022, fraction: 1, code: "2022" } }])
 * //=> [{ row: 9, name: "外贸出口", period: { year: 2022, fraction: 1, code: "2022" } }]
 */
export function olderDataOf(
  judgements: readonly Judgement[],
): { row: number; name: string; period: Period }[] {
  const older: { row: number; name: string; period: Period }[] = [];
  for (const judgement of judgements) {
    if (isOnOlderData(judgement)) older.push({ row: judgement.row, name: displayName(judgement), period: judgement.valuePeriod });
  }
  return older;
}

function isOnOlderData(judgement: Judgement): judgement is Judgement & { valuePeriod: Period } {
  return judgement.flags.includes("older_data") && judgement.valuePeriod !== null;
}

/**
 * One indicator as the narrative sees it; `progress` stands in for a missing time progress.
 *
 * @example
 * narrativeEntry({ row: 3, name: "全社会劳动生产率", status: "behind", kind: "rate", realisation: 0.9, timeProgress: 0.5, attribute: "binding", flags: [], projection: "with_effort", endOfPlan: null }, 0.5, defaultSettings)
 * //=> { status: "behind", realisation: 0.9, heldToTimeProgress: false, binding: true, … }
 */
export function narrativeEntry(judgement: Judgement, progress: number, settings: Settings): NarrativeEntry {
  return {
    row: judgement.row,
    name: displayName(judgement),
    status: judgement.status,
    endOfPlan: endOfPlanOf(judgement, settings),
    realisation: judgement.status === "no_data" ? null : finiteOrNull(judgement.realisation),
    timeProgress: finiteOrNull(judgement.timeProgress) ?? progress,
    heldToTimeProgress: isHeldToTimeProgress(judgement.kind),
    ...(judgement.kind === "rate" ? { growthRate: true as const } : {}),
    regressing: judgement.flags.includes("regressing"),
    binding: judgement.attribute === "binding",
    projection: judgement.projection,
    ...(judgement.category?.trim() ? { category: judgement.category.trim() } : {}),
  };
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
