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
import { draftNarrative, type NarrativeEntry } from "./narrative";
import { timeProgress } from "./period";
import type { EndOfPlanCode, Judgement, Lag, Period, Plan, Settings, Summary } from "./types";

export {
  averageRealisation,
  categoryOf,
  countProjections,
  countStatuses,
  measuredRealisation,
  summariseCategories,
} from "./counts";

/**
 * Builds the 评估汇总 of a list of judgements for the evaluation period. Like `timeProgress`, it
 * throws for a plan whose target year does not follow its base year (a caller's bug).
 *
 * @example
 * summarise([onTrack, behind], { baseYear: 2020, targetYear: 2025 }, period2023H1, defaults)
 * //=> { total: 2, counts: { ahead: 0, on_track: 1, behind: 1, no_data: 0 }, timeProgress: 0.5, … }
 */
export function summarise(
  judgements: Judgement[],
  plan: Plan,
  period: Period | null,
  settings: Settings,
): Summary {
  const progress = period === null ? 0 : timeProgress(plan, period);
  const tallies = emptyTallies();
  const behind: Lag[] = [];
  const olderData: Summary["olderData"] = [];
  const entries: NarrativeEntry[] = [];
  for (const judgement of judgements) {
    const name = displayName(judgement);
    countJudgement(tallies, judgement, settings.capAverage);
    if (judgement.status === "behind") behind.push(lagOf(judgement, progress, name));
    if (isOnOlderData(judgement)) olderData.push({ id: judgement.id, name, period: judgement.valuePeriod });
    entries.push(entryOf(judgement, progress, settings, name));
  }
  const lagging = widestGapFirst(behind);
  const facts = {
    total: judgements.length,
    counts: tallies.overall.counts,
    byCategory: categorySummaries(tallies),
    averageRealisation: meanOf(tallies.overall),
    timeProgress: progress,
    bindingBehind: lagging.filter((lag) => lag.binding),
    lagging,
    projections: tallies.projections,
    olderData,
  };
  return { ...facts, narrative: draftNarrative({ summary: facts, entries, plan, period, settings }) };
}

/**
 * The name reports use for an indicator: the cleaned name, else the name as written.
 *
 * @example
 * displayName({ name: "旅游业总收入（亿元）4", label: { name: "旅游业总收入", … } }) //=> "旅游业总收入"
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
  switch (kind) {
    case "level":
    case "bound":
    case "cumulative":
      return true;
    case "rate":
    case "maintain":
    case "qualitative":
    case "relative":
      return false;
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown indicator kind: ${String(unknown)}`);
    }
  }
}

/**
 * The end-of-plan label a judgement is counted under, or null for no data.
 *
 * @example
 * endOfPlanOf({ status: "on_track", endOfPlan: null, realisation: 0.96, … }, defaultSettings) //=> "basically_complete"
 */
export function endOfPlanOf(judgement: Judgement, settings: Settings): EndOfPlanCode | null {
  if (judgement.status === "no_data") return null;
  if (judgement.endOfPlan !== null) return judgement.endOfPlan;
  if (judgement.status === "ahead") return "complete";
  const r = finiteOrNull(judgement.realisation);
  if (r === null) return judgement.status === "behind" ? "incomplete" : "complete";
  if (r >= 1) return "complete";
  return r >= settings.basicallyCompleteThreshold ? "basically_complete" : "incomplete";
}

/**
 * The lagging indicators (status behind), widest gap first; `progress` stands in for a judgement
 * without a time progress of its own.
 *
 * @example
 * lagsOf([{ status: "behind", realisation: 0.3, timeProgress: 0.5, kind: "level", … }], 0.5)
 * //=> [{ realisation: 0.3, timeProgress: 0.5, gap: 0.2, … }]
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
    id: judgement.id,
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
 * olderDataOf([{ id: "r9", flags: ["older_data"], valuePeriod: { year: 2022, fraction: 1, code: "2022" }, … }])
 * //=> [{ id: "r9", name: "…", period: { year: 2022, fraction: 1, code: "2022" } }]
 */
export function olderDataOf(
  judgements: readonly Judgement[],
): { id: string; name: string; period: Period }[] {
  const older: { id: string; name: string; period: Period }[] = [];
  for (const judgement of judgements) {
    if (isOnOlderData(judgement)) older.push({ id: judgement.id, name: displayName(judgement), period: judgement.valuePeriod });
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
 * narrativeEntry({ status: "behind", kind: "rate", realisation: 0.9, attribute: "binding", … }, 0.5, defaultSettings)
 * //=> { status: "behind", realisation: 0.9, heldToTimeProgress: false, binding: true, … }
 */
export function narrativeEntry(judgement: Judgement, progress: number, settings: Settings): NarrativeEntry {
  return entryOf(judgement, progress, settings, displayName(judgement));
}

function entryOf(judgement: Judgement, progress: number, settings: Settings, name: string): NarrativeEntry {
  return {
    id: judgement.id,
    name,
    status: judgement.status,
    endOfPlan: endOfPlanOf(judgement, settings),
    realisation: judgement.status === "no_data" ? null : finiteOrNull(judgement.realisation),
    timeProgress: finiteOrNull(judgement.timeProgress) ?? progress,
    heldToTimeProgress: isHeldToTimeProgress(judgement.kind),
    regressing: judgement.flags.includes("regressing"),
    binding: judgement.attribute === "binding",
    projection: judgement.projection,
  };
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
