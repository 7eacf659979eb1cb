/**
 * Targets relative to economic growth (`快于经济增长`, `与经济增长基本同步`): the latest rate against
 * the table's GDP growth rate. Met → on track, not met → behind; no realisation.
 *
 * Choices where the specification is silent:
 * - The latest rate is compared with the GDP rate of the same period; without one, with the GDP
 *   indicator's published 实绩年均增长; without either, 需人工判断 (数据暂缺).
 * - A reference the table does not hold (`高于全省平均`) gives 数据暂缺, with the reason.
 * - `快于经济增长` and `与经济增长基本同步` are both met when the rate is at least the GDP rate
 *   minus the tolerance (default 0.5 pp), as DOMAIN.md states one rule for relative targets.
 */
import { kindLabels } from "../../i18n/judge";
import { gdpReference } from "../gdp";
import { comparePeriods } from "../period";
import { projectJudged } from "../projection";
import { numericPoints } from "../select";
import type { StatementPhrase } from "../phrases";
import type { Period } from "../types";
import { classified, levelComparator } from "./classification";
import {
  carriedFrom,
  compact,
  judgedEvaluation,
  noData,
  yearsLeft,
  type Evaluation,
  type GdpGrowth,
  type KindRules,
  type RuleInput,
} from "./context";

/**
 * Judges a target relative to economic growth against the GDP growth rate of the same period.
 */
function evaluateRelative(input: RuleInput): Evaluation {
  const { classification: c, settings } = input;
  const { points, problems } = numericPoints(input.read, input.window, false);
  const carried = carriedFrom(c, problems);
  if (c.reference !== undefined) return noData({ code: "noReference", reference: c.reference }, carried);
  const chosen = points[points.length - 1];
  if (!chosen) return noData({ code: "noValue" }, carried);
  const gdpRate = gdpRateFor(input.gdp, chosen.period);
  if (gdpRate === null) return noData({ code: "noGdp" }, carried);
  const reference = input.gdp ? gdpReference(input.gdp.name) : undefined;
  const named = reference ? { reference } : {};
  if (gdpRate.average) carried.reasons.push({ code: "gdpAverage", ...named });
  const met = chosen.value >= gdpRate.value - settings.relativeTolerancePp;
  const comparison: StatementPhrase = { code: "relative", period: chosen.period, rate: chosen.value, gdpRate: gdpRate.value, ...named };
  const verdict: StatementPhrase = met
    ? { code: "relativeMet", relation: c.relation ?? "sync" }
    : { code: "relativeNotMet", target: compact(input.targetText) };
  return judgedEvaluation(input, {
    met,
    period: chosen.period,
    value: chosen.value,
    statement: [comparison, verdict],
    formula: [{ code: "relativeFormula", tolerance: settings.relativeTolerancePp, ...named }],
    carried,
  });
}

/**
 * The GDP growth rate to compare with: the same period's, else the published average.
 * @example gdpRateFor({ row: 4, name: "地区生产总值增速", rates: [{ period: periodOf(2022, 1), value: 5.4 }], average: null }, periodOf(2022, 1)) //=> { value: 5.4, average: false }
 */
export function gdpRateFor(gdp: GdpGrowth | null, period: Period): { value: number; average: boolean } | null {
  if (gdp === null) return null;
  const same = gdp.rates.find((rate) => comparePeriods(rate.period, period) === 0);
  if (same) return { value: same.value, average: false };
  return gdp.average ? { value: gdp.average.value, average: true } : null;
}

/** 与经济增长比较: a growth rate held against the economy's. */
export const relative: KindRules = {
  kind: "relative",
  label: kindLabels.relative,
  heldToTimeProgress: false,
  classify: ({ target, direction }, shared) =>
    target?.kind === "relative"
      ? classified(shared, "relative", {
          target: null,
          satisfies: levelComparator(direction),
          relation: target.relation,
          ...(target.reference !== undefined ? { reference: target.reference } : {}),
        })
      : null,
  evaluate: evaluateRelative,
  project: ({ input, period, satisfied }) => projectJudged(satisfied, yearsLeft(input.plan, period)),
};
