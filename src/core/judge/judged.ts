/**
 * Targets judged met or not rather than measured: qualitative targets (`完成省下达指标`, judged by
 * `完成`/`未完成` in the observations) and targets relative to economic growth (`快于经济增长`,
 * `与经济增长基本同步`, judged against the table's GDP growth rate). Met → on track, not met →
 * behind, no judgement → 数据暂缺. Neither has a realisation.
 *
 * Choices where the specification is silent:
 * - A relative target compares the latest rate with the GDP rate of the same period; without
 *   one, with the GDP indicator's published 实绩年均增长; without either, 需人工判断 (数据暂缺).
 * - `快于经济增长` and `与经济增长基本同步` are both met when the rate is at least the GDP rate
 *   minus the tolerance (default 0.5 pp), as DOMAIN.md states one rule for relative targets.
 */
import { formulaText, noDataText, reasonText, statementText } from "../../i18n/judge";
import { formatNumber, formatRate } from "../format";
import { comparePeriods, timeProgress } from "../period";
import { projectJudged } from "../projection";
import { latestJudgement, numericPoints } from "../select";
import type { Period } from "../types";
import { noData, yearsLeft, type Carried, type Evaluation, type GdpGrowth, type RuleInput } from "./context";

/**
 * Judges a qualitative target on the latest judgement of met or not met.
 * @example evaluateQualitative(input).statement //=> "2022年完成情况为“完成”"
 */
export function evaluateQualitative(input: RuleInput): Evaluation {
  const c = input.classification;
  const carried: Carried = { flags: c.flags, reasons: c.reasons, problems: [] };
  const { chosen, laterNumber } = latestJudgement(input.read, input.window);
  if (laterNumber) carried.reasons.push(reasonText.laterNumber(input.periodName(laterNumber.period), formatNumber(laterNumber.value)));
  if (!chosen) return noData(noDataText.noJudgement(compact(input.targetText)), carried);
  return judgedEvaluation(input, chosen.met, chosen.period, null, {
    statement: statementText.judgement(input.periodName(chosen.period), compact(chosen.reading.raw)),
    formula: formulaText.judged,
    carried,
  });
}

/**
 * Judges a target relative to economic growth against the GDP growth rate of the same period.
 * @example evaluateRelative(input).statement //=> "2020年增速7.8%，同期地区生产总值增速5.4%，快于经济增长"
 */
export function evaluateRelative(input: RuleInput): Evaluation {
  const { classification: c, settings } = input;
  const { points, problems } = numericPoints(input.read, input.window, false);
  const carried: Carried = { flags: c.flags, reasons: c.reasons, problems };
  const chosen = points[points.length - 1];
  if (!chosen) return noData(noDataText.noValue, carried);
  const gdpRate = gdpRateFor(input.gdp, chosen.period);
  if (gdpRate === null) return noData(noDataText.noGdp, carried);
  if (gdpRate.average) carried.reasons.push(reasonText.gdpAverage);
  const met = chosen.value >= gdpRate.value - settings.relativeTolerancePp;
  const comparison = statementText.relative(input.periodName(chosen.period), formatRate(chosen.value), formatRate(gdpRate.value));
  const verdict = met ? statementText.relativeMet(c.relation ?? "sync") : statementText.relativeNotMet(compact(input.targetText));
  return judgedEvaluation(input, met, chosen.period, chosen.value, {
    statement: `${comparison}，${verdict}`,
    formula: formulaText.relative(formatNumber(settings.relativeTolerancePp)),
    carried,
  });
}

/** The GDP growth rate to compare with: the same period's, else the published average. */
export function gdpRateFor(gdp: GdpGrowth | null, period: Period): { value: number; average: boolean } | null {
  if (gdp === null) return null;
  const same = gdp.rates.find((rate) => comparePeriods(rate.period, period) === 0);
  if (same) return { value: same.value, average: false };
  return gdp.average ? { value: gdp.average.value, average: true } : null;
}

/** The evaluation of a met-or-not judgement. */
function judgedEvaluation(
  input: RuleInput,
  met: boolean,
  period: Period,
  value: number | null,
  words: { statement: string; formula: string; carried: Carried },
): Evaluation {
  return {
    status: met ? "on_track" : "behind",
    value,
    valuePeriod: period,
    realisation: null,
    timeProgress: timeProgress(input.plan, period),
    satisfied: met,
    flags: words.carried.flags,
    projection: projectJudged(met, yearsLeft(input.plan, period)),
    formula: words.formula,
    statement: words.statement,
    reasons: words.carried.reasons,
    problems: words.carried.problems,
  };
}

/** A cell's text without line breaks and spaces, as quoted in a note. */
function compact(text: string): string {
  return text.replace(/\s+/gu, "");
}
