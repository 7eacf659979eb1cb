/**
 * 汇总计数: what the summary counts over judgements — by status, by projection, per category — and
 * the average realisation, in tallies the table is walked through once to fill.
 *
 * Choices where DOMAIN.md is silent:
 * - An indicator is *assessed* when its status is not `no_data`; it enters the average when it also
 *   has a finite realisation (qualitative and relative targets may have none).
 * - Categories are listed in the order they first appear; a row without one is counted under 未分类.
 */
import { uncategorised } from "../i18n/summary";
import type { CategorySummary, Judgement, ProjectionCounts, StatusCounts } from "./types";

/** Counts by status of a list of judgements, and the realisations its average is made of. */
export interface Tally {
  counts: StatusCounts;
  total: number;
  /** How many realisations enter the average, and their sum, added in table order. */
  measured: number;
  sum: number;
}

/** The summary's counts, made one judgement at a time: overall, per category, by projection. */
export interface Tallies {
  overall: Tally;
  /** In the order categories first appear. */
  categories: Map<string, Tally>;
  projections: ProjectionCounts;
}

/**
 * The realisation a judgement contributes to an average, or null when it is not assessed or is a
 * growth-rate target (achieved ÷ target rate is not a share of the way, so it is not averaged with
 * time progress).
 *
 * @example
 * measuredRealisation({ status: "ahead", realisation: 1.3 }, true) //=> 1
 */
export function measuredRealisation(
  judgement: Pick<Judgement, "status" | "realisation"> & Partial<Pick<Judgement, "kind">>,
  capAverage: boolean,
): number | null {
  const r = judgement.realisation;
  if (judgement.status === "no_data" || judgement.kind === "rate" || r === null || !Number.isFinite(r)) return null;
  return capAverage ? Math.min(1, Math.max(0, r)) : r;
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
 * Tallies with nothing counted yet.
 * @example emptyTallies().overall //=> { counts: { ahead: 0, on_track: 0, behind: 0, no_data: 0 }, total: 0, measured: 0, sum: 0 }
 */
export function emptyTallies(): Tallies {
  return { overall: emptyTally(), categories: new Map(), projections: emptyProjectionCounts() };
}

/**
 * Counts one more judgement into tallies made by `emptyTallies` (which it adds to: they are
 * the caller's own running totals).
 * @example
 * const tallies = emptyTallies();
 * countJudgement(tallies, { status: "behind", realisation: 0.3, projection: "difficult", category: "生态环境" }, true);
 * tallies.overall.counts.behind //=> 1
 */
export function countJudgement(tallies: Tallies, judgement: Judgement, capAverage: boolean): void {
  addToTally(tallies.overall, judgement, capAverage);
  addToTally(categoryTally(tallies, judgement), judgement, capAverage);
  tallies.projections[judgement.projection] += 1;
}

/**
 * The mean of the realisations in a tally; null when there is none (or the mean overflows).
 * @example meanOf({ counts: { ahead: 0, on_track: 2, behind: 0, no_data: 0 }, total: 2, measured: 2, sum: 1.2 }) //=> 0.6
 */
export function meanOf(tally: Tally): number | null {
  if (tally.measured === 0) return null;
  const mean = tally.sum / tally.measured;
  return Number.isFinite(mean) ? mean : null;
}

/**
 * Counts and average per category from tallies, in the order categories first appear.
 * @example
 * const tallies = emptyTallies();
 * countJudgement(tallies, { status: "ahead", realisation: 1.2, projection: "reached", category: "科技创新" }, true);
 * categorySummaries(tallies).map((c) => c.category) //=> ["科技创新"]
 */
export function categorySummaries(tallies: Tallies): CategorySummary[] {
  return [...tallies.categories].map(([category, tally]) => ({
    category,
    counts: tally.counts,
    total: tally.total,
    averageRealisation: meanOf(tally),
  }));
}

function emptyStatusCounts(): StatusCounts {
  return { ahead: 0, on_track: 0, behind: 0, no_data: 0 };
}

function emptyProjectionCounts(): ProjectionCounts {
  return { reached: 0, on_course: 0, with_effort: 0, difficult: 0, unknown: 0 };
}

function emptyTally(): Tally {
  return { counts: emptyStatusCounts(), total: 0, measured: 0, sum: 0 };
}

function addToTally(tally: Tally, judgement: Pick<Judgement, "status" | "realisation" | "kind">, capAverage: boolean): void {
  tally.counts[judgement.status] += 1;
  tally.total += 1;
  const r = measuredRealisation(judgement, capAverage);
  if (r === null) return;
  tally.measured += 1;
  tally.sum += r;
}

/** The tally of a judgement's category, begun the first time the category appears. */
function categoryTally(tallies: Tallies, judgement: Pick<Judgement, "category">): Tally {
  const category = categoryOf(judgement);
  let tally = tallies.categories.get(category);
  if (tally === undefined) {
    tally = emptyTally();
    tallies.categories.set(category, tally);
  }
  return tally;
}
