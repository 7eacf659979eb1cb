/**
 * Growth-rate targets (`年均增速 8%`, a 目标年均增长 column): the average annual rate achieved since
 * the base year against the target rate; r = achieved ÷ target. Met → on track (never ahead: an
 * average can still slip); not met → behind. Rates are in percent units (7 means 7%).
 *
 * Where the achieved rate comes from:
 * - yearly rates in the observations (a name such as `地区生产总值增速`): their geometric mean,
 *   one rate per year (the latest year's sub-year rate when it has no full-year one); a single
 *   rate is used as it is, with a note;
 * - a 目标年均增长 column: the 实绩年均增长 column when the table has one for the period, else the
 *   compound annual rate from the base to the latest value (a flow's latest full year);
 * - a target cell written as a rate (`年均增速 8%`) on a level row (`地区生产总值（亿元）`, base
 *   1516.7): the values decide. They are levels when none is written in % and every one lies
 *   between half and twice the base (where a level stands within a plan period); otherwise they
 *   are yearly rates (8.5 beside a base of 1516.7 is a rate, not a collapse of the economy).
 */
import { kindLabels } from "../../i18n/judge";
import { isNumeric } from "../cell/kinds";
import { timeProgress } from "../period";
import type { FormulaPhrase, NoDataPhrase, StatementPhrase } from "../phrases";
import { projectRate } from "../projection";
import { averageAnnualRate, compoundAnnualRate, isWorse, rateRealisation } from "../realisation";
import { chooseLevelValue, inWindow, numericPoints, yearlyRates, type ValuePoint } from "../select";
import type { CellReading, Period } from "../types";
import { classified, isGrowthRateName, levelComparator, targetValue, type Classification, type KindClues, type SharedClassification } from "./classification";
import { carriedFrom, endOfPeriod, noData, yearsLeft, type Carried, type Evaluation, type KindRules, type RuleInput } from "./context";

/** An achieved average rate, with how it was obtained. */
interface Achieved {
  rate: number;
  period: Period;
  statement: StatementPhrase;
  formula: FormulaPhrase[];
}

/**
 * Judges a growth-rate target.
 */
function evaluateRate(input: RuleInput): Evaluation {
  const { classification: c, direction } = input;
  const carried = carriedFrom(c, []);
  if (c.target === null) return noData({ code: "noRate" }, carried);
  const achieved = rateSourceOf(input) === "observations" ? fromYearlyRates(input, carried) : fromLevels(input, carried);
  if ("code" in achieved) return noData(achieved, carried);
  const target = c.target;
  const met = !isWorse(achieved.rate, target, direction);
  const realisation = rateRealisation(achieved.rate, target, direction);
  if (direction === "higher" && achieved.rate < 0 && target > 0) {
    carried.flags.push("regressing");
    carried.reasons.push({ code: "negativeGrowth" });
  }
  return {
    status: met ? "on_track" : "behind",
    value: achieved.rate,
    valuePeriod: achieved.period,
    realisation,
    timeProgress: timeProgress(input.plan, achieved.period),
    satisfied: met,
    flags: carried.flags,
    formula: [...achieved.formula, { code: "rateRatio", direction, achieved: achieved.rate, target }],
    statement: [achieved.statement, { code: "targetRate", rate: target }, { code: "realisation", share: realisation }],
    reasons: carried.reasons,
    problems: carried.problems,
  };
}

/**
 * Where the achieved rate comes from; for `valuesDecide`, levels when no value is written in %
 * and all lie within half to twice the base, else yearly rates.
 */
function rateSourceOf(input: RuleInput): "observations" | "levels" {
  const c = input.classification;
  if (c.rateSource !== "valuesDecide") return c.rateSource ?? "levels";
  const base = c.base;
  const { points } = numericPoints(input.read, input.window, c.useAdjusted);
  const writtenAsRate = (point: ValuePoint) => isPercent(point.reading) || point.reading.annotations.annualGrowth === true;
  const nearBase = (point: ValuePoint) =>
    base !== null && base > 0 && !writtenAsRate(point) && point.value >= base / 2 && point.value <= base * 2;
  return points.length > 0 && points.every(nearBase) ? "levels" : "observations";
}

/** Whether a reading is written in percent (`8.5%`). */
function isPercent(reading: CellReading): boolean {
  return "percent" in reading && reading.percent;
}

/** The geometric mean of the yearly rates observed, or why there is none. */
function fromYearlyRates(input: RuleInput, carried: Carried): Achieved | NoDataPhrase {
  const { points, problems } = numericPoints(input.read, input.window, input.classification.useAdjusted);
  carried.problems.push(...problems);
  const rates = yearlyRates(points);
  const first = rates[0];
  const last = rates[rates.length - 1];
  const average = averageAnnualRate(rates.map((point) => point.value));
  if (!first || !last || !average) return { code: "noRate" };
  if (!average.geometric) carried.reasons.push({ code: "arithmeticRate" });
  const formula: FormulaPhrase[] = [{ code: average.geometric ? "geometricRate" : "arithmeticRateFormula", years: rates.length }];
  if (rates.length === 1) {
    carried.reasons.push({ code: "singleRateOnly", period: last.period });
    return { rate: average.rate, period: last.period, statement: { code: "singleRate", period: last.period, rate: average.rate }, formula };
  }
  const statement: StatementPhrase = { code: "averageRate", from: first.period, to: last.period, rate: average.rate };
  return { rate: average.rate, period: last.period, statement, formula };
}

/** The 实绩年均增长 cell, else the compound rate from base to the latest value; or why neither. */
function fromLevels(input: RuleInput, carried: Carried): Achieved | NoDataPhrase {
  const actual = input.actualGrowth;
  const reading = actual?.reading;
  if (actual && inWindow(actual.period, input.window) && isNumeric(reading)) {
    carried.reasons.push({ code: "actualColumn" });
    return { rate: reading.value, period: actual.period, statement: { code: "actualRate", rate: reading.value }, formula: [] };
  }
  const c = input.classification;
  const { points, problems } = numericPoints(input.read, input.window, c.useAdjusted);
  carried.problems.push(...problems);
  const { chosen, ignoredSubYear } = chooseLevelValue(points, input.nature);
  if (ignoredSubYear) {
    carried.flags.push("sub_year_flow");
    const sub = { period: ignoredSubYear.period, value: ignoredSubYear.value };
    if (!chosen) return { code: "onlySubYear", ...sub };
    carried.reasons.push({ code: "subYearFlow", ...sub });
  }
  if (!chosen) return { code: "noValue" };
  const years = endOfPeriod(chosen.period) - c.baseYear;
  const rate = c.base === null ? null : compoundAnnualRate(c.base, chosen.value, years);
  if (rate === null) return { code: "rateNotComputable" };
  const statement: StatementPhrase = { code: "levelRate", period: chosen.period, rate };
  return { rate, period: chosen.period, statement, formula: [{ code: "levelRateFormula", years }] };
}

/**
 * A rate target, when the clues call for one: a readable 目标年均增长 column (unless a base and a
 * target-year value are there too: then the year value is the target); a name stating a
 * growth rate with a target in %; a target written as a rate (`年均增速 8%`).
 */
function classifyRate(clues: KindClues, shared: SharedClassification): Classification | null {
  const { growth, target } = clues;
  const satisfies = levelComparator(clues.direction);
  // Both a target-year value and a base: the year column is the target, the growth figure its implied growth (judge.ts).
  const yearTarget = isNumeric(target) && shared.base !== null;
  if (isNumeric(growth) && !yearTarget) return classified(shared, "rate", { target: growth.value, satisfies, rateSource: "levels" });
  if (!isNumeric(target)) return null;
  const g = targetValue(target, shared);
  if (isGrowthRateName(clues.compactName) && (clues.unit === "%" || target.percent)) {
    return classified(shared, "rate", { target: g, satisfies, rateSource: "observations" });
  }
  if (!target.annotations.annualGrowth) return null;
  const recordsRates = isGrowthRateName(clues.compactName) || clues.unit === "%" || shared.base === null;
  return classified(shared, "rate", { target: g, satisfies, rateSource: recordsRates ? "observations" : "valuesDecide" });
}

/** 增速目标: an average annual growth rate to reach. */
export const rate: KindRules = {
  kind: "rate",
  label: kindLabels.rate,
  heldToTimeProgress: false,
  classify: classifyRate,
  evaluate: evaluateRate,
  project: ({ input, value, period }) =>
    projectRate({
      achieved: value ?? 0,
      target: input.classification.target ?? 0,
      direction: input.direction,
      remaining: yearsLeft(input.plan, period),
      effortBand: input.settings.projectionEffortBand,
    }),
};
