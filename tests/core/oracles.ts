/**
 * Test oracles: plain, list-at-a-time versions of what the engine computes in one walk (counts,
 * averages, the default evaluation period), to check the engine against, and a reader of the
 * mid-term summary.
 */
import { categoryOf, measuredRealisation } from "../../src/core/counts";
import { comparePeriods } from "../../src/core/period";
import type { IndicatorReading } from "../../src/core/read-row";
import type {
  CategorySummary,
  Judgement,
  MidTermSummary,
  Period,
  ProjectionCounts,
  StatusCounts,
  Summary,
} from "../../src/core/types";

/** Counts judgements by status. */
export function countStatuses(judgements: readonly Pick<Judgement, "status">[]): StatusCounts {
  const counts: StatusCounts = { ahead: 0, on_track: 0, behind: 0, no_data: 0 };
  for (const judgement of judgements) counts[judgement.status] += 1;
  return counts;
}

/** Counts judgements by projection to the end year. */
export function countProjections(judgements: readonly Pick<Judgement, "projection">[]): ProjectionCounts {
  const counts: ProjectionCounts = { reached: 0, on_course: 0, with_effort: 0, difficult: 0, unknown: 0 };
  for (const judgement of judgements) counts[judgement.projection] += 1;
  return counts;
}

/** 平均实现度 over assessed judgements (clipped when asked); null when none has a realisation. */
export function averageRealisation(
  judgements: readonly Pick<Judgement, "status" | "realisation">[],
  capAverage: boolean,
): number | null {
  let measured = 0;
  let sum = 0;
  for (const judgement of judgements) {
    const r = measuredRealisation(judgement, capAverage);
    if (r === null) continue;
    measured += 1;
    sum += r;
  }
  if (measured === 0) return null;
  const mean = sum / measured;
  return Number.isFinite(mean) ? mean : null;
}

/** Counts and average per category, in the order categories first appear. */
export function summariseCategories(judgements: readonly Judgement[], capAverage: boolean): CategorySummary[] {
  const groups = new Map<string, Judgement[]>();
  for (const judgement of judgements) {
    const category = categoryOf(judgement);
    groups.set(category, [...(groups.get(category) ?? []), judgement]);
  }
  return [...groups].map(([category, members]) => ({
    category,
    counts: countStatuses(members),
    total: members.length,
    averageRealisation: averageRealisation(members, capAverage),
  }));
}

/** 默认评估期 from rows already read: the latest period holding a usable observation. */
export function latestUsablePeriod(rows: readonly IndicatorReading[]): Period | null {
  let latest: Period | null = null;
  for (const row of rows) {
    for (const cell of row.read.cells) {
      if (cell.reading.kind === "missing") continue;
      if (latest === null || comparePeriods(cell.period, latest) > 0) latest = cell.period;
    }
  }
  return latest;
}

/** The summary, which the test expects to be a mid-term one. */
export function midTerm(summary: Summary): MidTermSummary {
  if (summary.mode !== "midTerm") throw new Error(`expected a mid-term summary, got ${summary.mode}`);
  return summary;
}
