/**
 * Cumulative targets over the plan (`[20]`, `累计下降 21.5%`): observations are cumulative to
 * date, so a sub-year value is usable (it covers the plan's elapsed time up to then); r =
 * to-date ÷ c, held to the time progress of the value's period. Reached → ahead; a total below
 * zero (moving away from the target) is regressing.
 *
 * Values observed as yearly increments are summed (see `readAsIncrements`), and the note says so.
 *
 * Choice where the specification is silent: an observation written as the opposite change
 * (`累计增长 2%` against `累计下降 21.5%`) counts as a negative total; a plain number is read in
 * the target's own terms (`8` against `累计下降 21.5%` is a reduction of 8).
 */
import { kindLabels } from "../../i18n/judge";
import { elapsedYears, timeProgress } from "../period";
import type { ReasonPhrase, StatementPhrase } from "../phrases";
import { projectCumulative } from "../projection";
import { cumulativeRealisation } from "../realisation";
import { numericPoints, type ValuePoint } from "../select";
import { progressStatus } from "../status";
import { classified, type Calibre } from "./classification";
import { carriedFrom, noData, yearsLeft, type Evaluation, type KindRules, type RuleInput } from "./context";

/**
 * Judges a cumulative target on the latest cumulative-to-date value.
 */
function evaluateCumulative(input: RuleInput): Evaluation {
  const { classification: c, settings } = input;
  const { points, problems } = numericPoints(input.read, input.window, c.useAdjusted);
  const carried = carriedFrom(c, problems);
  const chosen = points[points.length - 1];
  if (!chosen || c.target === null) return noData({ code: "noValue" }, carried);
  const total = c.target;
  const yearly = readAsIncrements(points, c.calibre);
  if (yearly) carried.reasons.push({ code: c.calibre === "yearly" ? "incrementsByColumn" : "incrementsByRun", years: yearly.years });
  const toDate = yearly ? yearly.sum : totalToDate(chosen, c.change);
  const realisation = cumulativeRealisation(toDate, total);
  const t = timeProgress(input.plan, chosen.period);
  const satisfied = total > 0 && toDate >= total;
  if (toDate < 0) {
    carried.flags.push("regressing");
    carried.reasons.push({ code: "negativeTotal" });
  }
  const clauses: StatementPhrase[] = [{ code: "cumulative", period: chosen.period, value: toDate, total }];
  if (realisation !== null) clauses.push({ code: "realisation", share: realisation });
  clauses.push({ code: "timeProgress", share: t });
  return {
    status: satisfied ? "ahead" : realisation === null ? "behind" : progressStatus(realisation, t, settings.tolerance),
    value: toDate,
    valuePeriod: chosen.period,
    realisation,
    timeProgress: t,
    satisfied,
    flags: carried.flags,
    formula: [{ code: "cumulativeFormula", value: toDate, total }],
    statement: clauses,
    reasons: carried.reasons,
    problems: carried.problems,
  };
}

/**
 * Values observed as yearly increments (棚户区改造 39.6, 41.3, 14.5 万套 toward 110), summed one per
 * year (its latest value): when the 统计口径 column says 当年, or, without that column, when the run of
 * plain values falls somewhere (a total to date never falls). Null when the values are totals to date.
 */
function readAsIncrements(points: readonly ValuePoint[], calibre: Calibre | undefined): { sum: number; years: number } | null {
  if (calibre === "toDate" || calibre === "level") return null;
  const plain = points.every((point) => point.reading.kind !== "cumulative");
  const falls = points.some((point, index) => index > 0 && point.value < (points[index - 1]?.value ?? point.value));
  if (calibre !== "yearly" && !(plain && falls)) return null;
  const byYear = new Map<number, number>();
  for (const point of points) byYear.set(point.period.year, point.value);
  let sum = 0;
  for (const value of byYear.values()) sum += value;
  return Number.isFinite(sum) ? { sum, years: byYear.size } : null;
}

/** The value in the target's terms: an opposite change counts negative. */
function totalToDate(point: ValuePoint, targetChange: "decrease" | "increase" | undefined): number {
  const reading = point.reading;
  if (reading.kind !== "cumulative" || reading.change === undefined) return point.value;
  const wanted = targetChange ?? "increase";
  return reading.change === wanted ? point.value : point.value === 0 ? 0 : -point.value;
}

/** 累计目标: a total over the plan period (`[20]`, `累计下降 21.5%`). */
export const cumulative: KindRules = {
  kind: "cumulative",
  label: kindLabels.cumulative,
  heldToTimeProgress: true,
  classify: (clues, shared) => {
    const target = clues.target;
    if (target?.kind !== "cumulative") return null;
    const reasons: ReasonPhrase[] = target.change === "decrease" ? [{ code: "cumulativeDecrease" }] : [];
    // 当年 has its own clause once the increments are summed (incrementsByColumn).
    if (clues.calibre !== undefined && clues.calibre !== "yearly") reasons.push({ code: "calibreColumn", calibre: clues.calibre });
    return classified(shared, "cumulative", {
      target: target.value,
      satisfies: ">=",
      reasons,
      ...(target.change ? { change: target.change } : {}),
      ...(clues.calibre ? { calibre: clues.calibre } : {}),
    });
  },
  evaluate: evaluateCumulative,
  project: ({ input, value, period }) =>
    projectCumulative({
      toDate: value ?? 0,
      total: input.classification.target ?? 0,
      elapsed: elapsedYears(input.plan, period),
      remaining: yearsLeft(input.plan, period),
      effortBand: input.settings.projectionEffortBand,
    }),
};
