/**
 * 评估汇总: counts, averages, lagging indicators and projections over a list of judgements, with
 * the drafted report paragraphs.
 *
 * Choices where DOMAIN.md is silent:
 * - An indicator is *assessed* when its status is not `no_data`; it enters the average when it also
 *   has a finite realisation (qualitative and relative targets may have none).
 * - The gap of a lagging indicator is measured against what its status was held to: the time
 *   progress of its own period for level, bound and cumulative targets; 100% for growth-rate,
 *   maintained, qualitative and relative targets, which are met or not regardless of time.
 * - A lagging indicator without a realisation (a qualitative task 未完成, a rate slower than GDP
 *   growth) is listed with realisation 0: the task is not done.
 * - With no evaluation period (nothing usable anywhere) the time progress is 0.
 */
import { uncategorised } from "../i18n/summary";
import { draftNarrative, type NarrativeEntry } from "./narrative";
import { timeProgress } from "./period";
import type {
  CategorySummary,
  EndOfPlanCode,
  Judgement,
  Lag,
  Period,
  Plan,
  ProjectionCounts,
  Settings,
  StatusCounts,
  Summary,
} from "./types";

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
  const lagging = lagsOf(judgements, progress);
  const facts = {
    total: judgements.length,
    counts: countStatuses(judgements),
    byCategory: summariseCategories(judgements, settings.capAverage),
    averageRealisation: averageRealisation(judgements, settings.capAverage),
    timeProgress: progress,
    bindingBehind: lagging.filter((lag) => lag.binding),
    lagging,
    projections: countProjections(judgements),
    olderData: olderDataOf(judgements),
  };
  const entries = judgements.map((judgement) => narrativeEntry(judgement, progress, settings));
  return { ...facts, narrative: draftNarrative({ summary: facts, entries, plan, period, settings }) };
}

/**
 * Counts judgements by status.
 *
 * @example
 * countStatuses([{ status: "behind" }, { status: "behind" }, { status: "ahead" }])
 * //=> { ahead: 1, on_track: 0, behind: 2, no_data: 0 }
 */
export function countStatuses(judgements: readonly Pick<Judgement, "status">[]): StatusCounts {
  const counts: StatusCounts = { ahead: 0, on_track: 0, behind: 0, no_data: 0 };
  for (const judgement of judgements) counts[judgement.status] += 1;
  return counts;
}

/**
 * Counts judgements by projection to the end year.
 *
 * @example
 * countProjections([{ projection: "on_course" }, { projection: "unknown" }])
 * //=> { reached: 0, on_course: 1, with_effort: 0, difficult: 0, unknown: 1 }
 */
export function countProjections(
  judgements: readonly Pick<Judgement, "projection">[],
): ProjectionCounts {
  const counts: ProjectionCounts = {
    reached: 0,
    on_course: 0,
    with_effort: 0,
    difficult: 0,
    unknown: 0,
  };
  for (const judgement of judgements) counts[judgement.projection] += 1;
  return counts;
}

/**
 * The realisation a judgement contributes to an average, or null when it is not assessed.
 *
 * @example
 * measuredRealisation({ status: "ahead", realisation: 1.3 }, true) //=> 1
 */
export function measuredRealisation(
  judgement: Pick<Judgement, "status" | "realisation">,
  capAverage: boolean,
): number | null {
  const r = finiteOrNull(judgement.realisation);
  if (judgement.status === "no_data" || r === null) return null;
  return capAverage ? Math.min(1, Math.max(0, r)) : r;
}

/**
 * 平均实现度: the mean realisation over assessed judgements (clipped to [0, 1] when asked);
 * null when none has a realisation.
 *
 * @example
 * averageRealisation([{ status: "ahead", realisation: 1.4 }, { status: "behind", realisation: 0.2 }], true)
 * //=> 0.6
 */
export function averageRealisation(
  judgements: readonly Pick<Judgement, "status" | "realisation">[],
  capAverage: boolean,
): number | null {
  const values = judgements
    .map((judgement) => measuredRealisation(judgement, capAverage))
    .filter((r): r is number => r !== null);
  if (values.length === 0) return null;
  const mean = values.reduce((sum, r) => sum + r, 0) / values.length;
  return Number.isFinite(mean) ? mean : null;
}

/**
 * The category an indicator is counted under: its own, or 未分类.
 *
 * @example
 * categoryOf({ category: " 生态环境 " }) //=> "生态环境"
 */
export function categoryOf(judgement: Pick<Judgement, "category">): string {
  const category = judgement.category?.trim();
  return category ? category : uncategorised;
}

/**
 * Counts and average per category, in the order categories first appear.
 *
 * @example
 * summariseCategories([{ category: "科技创新", … }, { category: "综合实力", … }], true).map((c) => c.category)
 * //=> ["科技创新", "综合实力"]
 */
export function summariseCategories(
  judgements: readonly Judgement[],
  capAverage: boolean,
): CategorySummary[] {
  const groups = new Map<string, Judgement[]>();
  for (const judgement of judgements) {
    const category = categoryOf(judgement);
    const group = groups.get(category);
    if (group) group.push(judgement);
    else groups.set(category, [judgement]);
  }
  return [...groups].map(([category, members]) => ({
    category,
    counts: countStatuses(members),
    total: members.length,
    averageRealisation: averageRealisation(members, capAverage),
  }));
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
    .map((judgement) => lagOf(judgement, progress));
  // Array.prototype.sort is stable: equal gaps keep the table's order.
  return lags.sort((a, b) => b.gap - a.gap);
}

function lagOf(judgement: Judgement, progress: number): Lag {
  const timeProgress = finiteOrNull(judgement.timeProgress) ?? progress;
  const realisation = finiteOrNull(judgement.realisation) ?? 0;
  const required = isHeldToTimeProgress(judgement.kind) ? timeProgress : 1;
  const lag: Lag = {
    id: judgement.id,
    name: displayName(judgement),
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
    if (!judgement.flags.includes("older_data") || judgement.valuePeriod === null) continue;
    older.push({ id: judgement.id, name: displayName(judgement), period: judgement.valuePeriod });
  }
  return older;
}

/**
 * One indicator as the narrative sees it; `progress` stands in for a missing time progress.
 *
 * @example
 * narrativeEntry({ status: "behind", kind: "rate", realisation: 0.9, attribute: "binding", … }, 0.5, defaultSettings)
 * //=> { status: "behind", realisation: 0.9, heldToTimeProgress: false, binding: true, … }
 */
export function narrativeEntry(judgement: Judgement, progress: number, settings: Settings): NarrativeEntry {
  return {
    id: judgement.id,
    name: displayName(judgement),
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
