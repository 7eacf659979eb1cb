/**
 * Level and bound targets: a value compared with a target value (the rules `level.ts` and
 * `bound.ts` share; maintained levels are in `maintain.ts`).
 *
 * - Level (b ≠ g): r = (v − b) ÷ (g − b), or ln(v/b) ÷ ln(g/b) on the compound path when b, g and
 *   v are positive (otherwise linear, said in the note). Satisfied (v reaches g) → ahead.
 * - `regressing` marks a value worse than the base while the target is not satisfied (a floor
 *   still held is not flagged even when the value fell).
 * - Bound (`>10`, `<30`, or a point target looser than the base): satisfied → ahead with r = 1
 *   (a bound is a threshold: going further past it is not more realisation); not satisfied while
 *   the base was → behind, regressing, r = 0; otherwise r as a level toward the bound.
 * - No base: satisfied → ahead (r = 1 for a bound; for a level r is not computed before the end
 *   of the plan); not satisfied → 数据暂缺 before the end of the plan; at the end (t = 100%) r =
 *   v/g (g/v when lower is better), so that 基本完成 (r ≥ 95%) stays meaningful for end-of-plan
 *   tables that print no base (a bureau's 完成目标的95%以上).
 */
import { formatNumber } from "../format";
import { timeProgress } from "../period";
import type { FormulaPhrase, StatementPhrase } from "../phrases";
import { projectLevel, type Projection } from "../projection";
import { compoundRealisation, isWorse, linearRealisation, meets, ratioToTarget } from "../realisation";
import { chooseLevelValue, numericPoints, type ValuePoint } from "../select";
import { isEndOfPlan, progressStatus } from "../status";
import type { Comparator } from "../types";
import { carriedFrom, endOfPeriod, noData, yearsLeft, type Carried, type Evaluation, type ProjectionFacts, type RuleInput } from "./context";

const SYMBOLS: Readonly<Record<Comparator, string>> = { ">": ">", ">=": "≥", "<": "<", "<=": "≤" };

/** The value a level, bound or maintain target is judged on, its target, and what the note carries. */
export interface ChosenValue {
  chosen: ValuePoint;
  target: number;
  carried: Carried;
}

/**
 * The latest usable value for a level, bound or maintain target (a flow's latest full year), with
 * what the note says of it; or the 数据暂缺 evaluation when there is none.
 * @example
 * const plan = { baseYear: 2020, targetYear: 2025 };
 * const classification = classifyIndicator({ compactName: "地区生产总值", unit: "亿元", direction: "higher", base: parseCell(1516.7).value, target: parseCell(2200).value, growth: null, plan });
 * const read = readObservations([{ period: periodOf(2022, 1), cell: { raw: 1850.4 } }]);
 * const input = { plan, window: { plan, period: periodOf(2022, 1) }, settings: defaultSettings, direction: "higher", nature: "flow", classification, read, targetText: "2200", actualGrowth: null, gdp: null };
 * chooseTargetValue(input).chosen.value //=> 1850.4
 */
export function chooseTargetValue(input: RuleInput): ChosenValue | Evaluation {
  const c = input.classification;
  const { points, problems } = numericPoints(input.read, input.window, c.useAdjusted);
  const carried = carriedFrom(c, problems);
  const { chosen, ignoredSubYear } = chooseLevelValue(points, input.nature);
  if (ignoredSubYear) {
    carried.flags.push("sub_year_flow");
    const sub = { period: ignoredSubYear.period, value: ignoredSubYear.value };
    if (chosen) carried.reasons.push({ code: "subYearFlow", ...sub });
    else if (!c.blocked) return noData({ code: "onlySubYear", ...sub }, carried);
  }
  if (c.blocked) return noData(c.blocked, carried);
  if (!chosen || c.target === null) return noData({ code: "noValue" }, carried);
  describeValue(chosen, carried);
  return { chosen, target: c.target, carried };
}

/**
 * Judges a level or bound target on the latest usable value (a flow's latest full year).
 * @example
 * const plan = { baseYear: 2020, targetYear: 2025 };
 * const classification = classifyIndicator({ compactName: "地区生产总值", unit: "亿元", direction: "higher", base: parseCell(1516.7).value, target: parseCell(2200).value, growth: null, plan });
 * const read = readObservations([{ period: periodOf(2022, 1), cell: { raw: 1850.4 } }]);
 * const input = { plan, window: { plan, period: periodOf(2022, 1) }, settings: defaultSettings, direction: "higher", nature: "flow", classification, read, targetText: "2200", actualGrowth: null, gdp: null };
 * evaluateTowardTarget(input).status //=> "on_track"
 */
export function evaluateTowardTarget(input: RuleInput): Evaluation {
  const found = chooseTargetValue(input);
  if ("status" in found) return found;
  const base = input.classification.base;
  return base === null ? withoutBase(input, found) : towardTarget(input, found, base);
}

/**
 * 预计完成情况 of a level or bound target: at the pace since the base; without a base, reached
 * or difficult.
 * @example
 * const plan = { baseYear: 2020, targetYear: 2025 };
 * const classification = classifyIndicator({ compactName: "地区生产总值", unit: "亿元", direction: "higher", base: parseCell(1516.7).value, target: parseCell(2200).value, growth: null, plan });
 * const read = readObservations([{ period: periodOf(2022, 1), cell: { raw: 1850.4 } }]);
 * const input = { plan, window: { plan, period: periodOf(2022, 1) }, settings: defaultSettings, direction: "higher", nature: "flow", classification, read, targetText: "2200", actualGrowth: null, gdp: null };
 * projectTowardTarget({ input, value: 1850.4, period: periodOf(2022, 1), satisfied: false }).code //=> "on_course"
 */
export function projectTowardTarget({ input, value, period, satisfied }: ProjectionFacts): Projection {
  const { classification: c, direction, settings } = input;
  const v = value ?? 0;
  if (c.base === null || c.target === null) return { code: satisfied ? "reached" : "difficult", projected: v };
  return projectLevel({
    base: c.base,
    target: c.target,
    value: v,
    direction,
    satisfied,
    elapsed: endOfPeriod(period) - c.baseYear,
    remaining: yearsLeft(input.plan, period),
    compound: settings.path === "compound",
    effortBand: settings.projectionEffortBand,
  });
}

/** Notes a value known only as a bound, or written with another year. */
function describeValue(chosen: ValuePoint, carried: Carried): void {
  if (chosen.reading.kind === "bound") {
    carried.reasons.push({ code: "valueBound", text: chosen.reading.raw.trim(), value: chosen.value });
  }
  if (chosen.reading.annotations.starred) {
    if (!carried.flags.includes("other_year_value")) carried.flags.push("other_year_value");
    carried.reasons.push({ code: "valueStarred" });
  }
  const year = chosen.reading.annotations.year;
  if (year !== undefined) {
    if (!carried.flags.includes("other_year_value")) carried.flags.push("other_year_value");
    carried.reasons.push({ code: "valueOtherYear", year });
  }
}

/** How the target is shown when it is reached: as written for a bound, as a number otherwise. */
function shownTarget(input: RuleInput, target: number): string {
  const c = input.classification;
  if (c.kind !== "bound") return formatNumber(target);
  if (c.flags.includes("floor_target")) return `${SYMBOLS[c.satisfies]}${formatNumber(target)}`;
  return input.targetText.trim();
}

/** Level and bound targets with a base. */
function towardTarget(input: RuleInput, found: ChosenValue, base: number): Evaluation {
  const { chosen, target, carried } = found;
  const { classification: c, direction, settings } = input;
  const value = chosen.value;
  const t = timeProgress(input.plan, chosen.period);
  const satisfied = meets(value, c.satisfies, target);
  let realisation: number | null;
  let formula: FormulaPhrase[];
  if (c.kind === "bound" && satisfied) {
    realisation = 1;
    formula = [{ code: "boundMet", target: shownTarget(input, target) }];
  } else if (c.kind === "bound" && meets(base, c.satisfies, target)) {
    realisation = 0;
    formula = [{ code: "boundSlipped", target: shownTarget(input, target) }];
    carried.reasons.push({ code: "slipped" });
  } else {
    const realised = realise(input, { base, target, value }, carried);
    realisation = c.kind === "bound" ? (realised.realisation ?? 0) : realised.realisation;
    formula = realised.formula;
  }
  if (realisation === null) return noData({ code: "outOfRange" }, carried);
  if (!satisfied && isWorse(value, base, direction)) {
    carried.flags.push("regressing");
    carried.reasons.push({ code: "regressing", base });
  }
  const clauses: StatementPhrase[] = [{ code: "valueAt", period: chosen.period, value }];
  if (satisfied) clauses.push({ code: "reached", target: shownTarget(input, target) });
  clauses.push({ code: "realisation", share: realisation }, { code: "timeProgress", share: t });
  return {
    status: satisfied ? "ahead" : progressStatus(realisation, t, settings.tolerance),
    value,
    valuePeriod: chosen.period,
    realisation,
    timeProgress: t,
    satisfied,
    flags: carried.flags,
    formula,
    statement: clauses,
    reasons: carried.reasons,
    problems: carried.problems,
  };
}

/** r on the chosen path: compound when asked and possible, else linear (said in the note). */
function realise(
  input: RuleInput,
  { base, target, value }: { base: number; target: number; value: number },
  carried: Carried,
): { realisation: number | null; formula: FormulaPhrase[] } {
  const numbers = { base, target, value };
  if (input.settings.path === "compound") {
    const compound = compoundRealisation(base, target, value);
    if (compound !== null) {
      carried.flags.push("compound_path");
      carried.reasons.push({ code: "compoundUsed" });
      return { realisation: compound, formula: [{ code: "compound", ...numbers }] };
    }
    carried.reasons.push({ code: "compoundFallback" });
  }
  return { realisation: linearRealisation(base, target, value), formula: [{ code: "linear", ...numbers }] };
}

/** A level or bound target with no base value. */
function withoutBase(input: RuleInput, { chosen, target, carried }: ChosenValue): Evaluation {
  const { classification: c, direction } = input;
  const value = chosen.value;
  const t = timeProgress(input.plan, chosen.period);
  const satisfied = meets(value, c.satisfies, target);
  const atEnd = isEndOfPlan(t);
  if (!satisfied && !atEnd) return noData({ code: "noBaseNotMet" }, carried);
  const boundMet = c.kind === "bound" && satisfied;
  const realisation = boundMet ? 1 : atEnd ? ratioToTarget(value, target, direction) : null;
  if (realisation !== null && !boundMet) carried.reasons.push({ code: "noBaseRatio" });
  const clauses: StatementPhrase[] = [{ code: "valueAt", period: chosen.period, value }];
  if (satisfied) clauses.push({ code: "reached", target: shownTarget(input, target) });
  if (realisation !== null) clauses.push({ code: "realisation", share: realisation });
  clauses.push({ code: "timeProgress", share: t });
  return {
    status: satisfied ? "ahead" : "behind",
    value,
    valuePeriod: chosen.period,
    realisation,
    timeProgress: t,
    satisfied,
    flags: carried.flags,
    formula: boundMet
      ? [{ code: "boundMet", target: shownTarget(input, target) }]
      : realisation === null
        ? []
        : [{ code: "ratio", direction, target, value }],
    statement: clauses,
    reasons: carried.reasons,
    problems: carried.problems,
  };
}

