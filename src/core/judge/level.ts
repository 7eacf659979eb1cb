/**
 * Level, bound and maintain targets: a value compared with a target value.
 *
 * - Level (b ≠ g): r = (v − b) ÷ (g − b), or ln(v/b) ÷ ln(g/b) on the compound path when b, g and
 *   v are positive (otherwise linear, said in the note). Satisfied (v reaches g) → ahead.
 * - `regressing` marks a value worse than the base while the target is not satisfied (a floor
 *   still held is not flagged even when the value fell).
 * - Bound (`>10`, `<30`, or a point target looser than the base): satisfied → ahead with r = 1
 *   (a bound is a threshold: going further past it is not more realisation); not satisfied while
 *   the base was → behind, regressing, r = 0; otherwise r as a level toward the bound.
 * - Maintain (g = b): held → on track, r = 1; not held → behind and regressing, r = v/g (g/v
 *   when lower is better). A maintain target is never ahead nor held to time progress: it is a
 *   floor at the base level, held or not at every point in time.
 * - No base: satisfied → ahead (r = 1 for a bound; for a level r is not computed before the end
 *   of the plan); not satisfied → 数据暂缺 before the end of the plan; at the end (t = 100%) r =
 *   v/g (g/v when lower is better), so that 基本完成 (r ≥ 95%) stays meaningful for end-of-plan
 *   tables that print no base (a bureau's 完成目标的95%以上).
 */
import { formulaText, noDataText, reasonText, statementText } from "../../i18n/judge";
import { formatNumber, formatPercent } from "../format";
import { timeProgress } from "../period";
import { projectLevel, projectMaintain } from "../projection";
import {
  compoundRealisation,
  isWorse,
  linearRealisation,
  maintainRealisation,
  meets,
  ratioToTarget,
} from "../realisation";
import { chooseLevelValue, numericPoints, type ValuePoint } from "../select";
import { isEndOfPlan, progressStatus } from "../status";
import type { Comparator } from "../types";
import { endOfPeriod, noData, yearsLeft, type Carried, type Evaluation, type RuleInput } from "./context";

const SYMBOLS: Readonly<Record<Comparator, string>> = { ">": ">", ">=": "≥", "<": "<", "<=": "≤" };

/**
 * Judges a level, bound or maintain target on the latest usable value (a flow's latest full year).
 * @example evaluateLevel(input).statement //=> "2022年值1850.4，实现度48.8%，时序进度40%"
 */
export function evaluateLevel(input: RuleInput): Evaluation {
  const c = input.classification;
  const { points, problems } = numericPoints(input.read, input.window, c.useAdjusted);
  const carried: Carried = { flags: c.flags, reasons: c.reasons, problems };
  const { chosen, ignoredSubYear } = chooseLevelValue(points, input.nature);
  if (ignoredSubYear) {
    carried.flags.push("sub_year_flow");
    const sub = [input.periodName(ignoredSubYear.period), formatNumber(ignoredSubYear.value)] as const;
    if (chosen) carried.reasons.push(reasonText.subYearFlow(...sub));
    else if (!c.blocked) return noData(noDataText.onlySubYear(...sub), carried);
  }
  if (c.blocked) return noData(c.blocked, carried);
  if (!chosen || c.target === null) return noData(noDataText.noValue, carried);
  describeValue(chosen, carried);
  if (c.kind === "maintain") return maintain(input, chosen, c.target, carried);
  if (c.base === null) return withoutBase(input, chosen, c.target, carried);
  return towardTarget(input, chosen, { base: c.base, target: c.target }, carried);
}

/** Notes a value known only as a bound, or written with another year. */
function describeValue(chosen: ValuePoint, carried: Carried): void {
  if (chosen.reading.kind === "bound") {
    carried.reasons.push(reasonText.valueBound(chosen.reading.raw.trim(), formatNumber(chosen.value)));
  }
  const year = chosen.reading.annotations.year;
  if (year !== undefined) {
    if (!carried.flags.includes("other_year_value")) carried.flags.push("other_year_value");
    carried.reasons.push(reasonText.valueOtherYear(year));
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
function towardTarget(
  input: RuleInput,
  chosen: ValuePoint,
  numbers: { base: number; target: number },
  carried: Carried,
): Evaluation {
  const { base, target } = numbers;
  const { classification: c, direction, settings } = input;
  const value = chosen.value;
  const shownValue = formatNumber(value);
  const t = timeProgress(input.plan, chosen.period);
  const satisfied = meets(value, c.satisfies, target);
  let realisation: number | null;
  let formula: string;
  if (c.kind === "bound" && satisfied) {
    realisation = 1;
    formula = formulaText.boundMet(shownTarget(input, target));
  } else if (c.kind === "bound" && meets(base, c.satisfies, target)) {
    realisation = 0;
    formula = formulaText.boundSlipped(shownTarget(input, target));
    carried.reasons.push(reasonText.slipped);
  } else {
    const realised = realise(input, numbers, value, shownValue, carried);
    realisation = c.kind === "bound" ? (realised.realisation ?? 0) : realised.realisation;
    formula = realised.formula;
  }
  if (realisation === null) return noData(noDataText.outOfRange, carried);
  if (!satisfied && isWorse(value, base, direction)) {
    carried.flags.push("regressing");
    carried.reasons.push(reasonText.regressing(formatNumber(base)));
  }
  const projection = projectLevel({
    base,
    target,
    value,
    direction,
    satisfied,
    elapsed: endOfPeriod(chosen.period) - c.baseYear,
    remaining: yearsLeft(input.plan, chosen.period),
    compound: settings.path === "compound",
    effortBand: settings.projectionEffortBand,
  });
  const clauses = [statementText.valueAt(input.periodName(chosen.period), shownValue)];
  if (satisfied) clauses.push(statementText.reached(shownTarget(input, target)));
  clauses.push(statementText.realisation(formatPercent(realisation)), statementText.timeProgress(formatPercent(t)));
  return {
    status: satisfied ? "ahead" : progressStatus(realisation, t, settings.tolerance),
    value,
    valuePeriod: chosen.period,
    realisation,
    timeProgress: t,
    satisfied,
    flags: carried.flags,
    projection,
    formula,
    statement: clauses.join("，"),
    reasons: carried.reasons,
    problems: carried.problems,
  };
}

/** r on the chosen path: compound when asked and possible, else linear (said in the note). */
function realise(
  input: RuleInput,
  { base, target }: { base: number; target: number },
  value: number,
  shownValue: string,
  carried: Carried,
): { realisation: number | null; formula: string } {
  const shown = [formatNumber(base), formatNumber(target), shownValue] as const;
  if (input.settings.path === "compound") {
    const compound = compoundRealisation(base, target, value);
    if (compound !== null) {
      carried.flags.push("compound_path");
      carried.reasons.push(reasonText.compoundUsed);
      return { realisation: compound, formula: formulaText.compound(...shown) };
    }
    carried.reasons.push(reasonText.compoundFallback);
  }
  return { realisation: linearRealisation(base, target, value), formula: formulaText.linear(...shown) };
}

/** A level or bound target with no base value. */
function withoutBase(input: RuleInput, chosen: ValuePoint, target: number, carried: Carried): Evaluation {
  const { classification: c, direction } = input;
  const value = chosen.value;
  const t = timeProgress(input.plan, chosen.period);
  const satisfied = meets(value, c.satisfies, target);
  const atEnd = isEndOfPlan(t);
  if (!satisfied && !atEnd) return noData(noDataText.noBaseNotMet, carried);
  const boundMet = c.kind === "bound" && satisfied;
  const realisation = boundMet ? 1 : atEnd ? ratioToTarget(value, target, direction) : null;
  if (realisation !== null && !boundMet) carried.reasons.push(reasonText.noBaseRatio);
  const clauses = [statementText.valueAt(input.periodName(chosen.period), formatNumber(value))];
  if (satisfied) clauses.push(statementText.reached(shownTarget(input, target)));
  if (realisation !== null) clauses.push(statementText.realisation(formatPercent(realisation)));
  clauses.push(statementText.timeProgress(formatPercent(t)));
  return {
    status: satisfied ? "ahead" : "behind",
    value,
    valuePeriod: chosen.period,
    realisation,
    timeProgress: t,
    satisfied,
    flags: carried.flags,
    projection: { code: satisfied ? "reached" : "difficult", projected: value },
    formula: boundMet
      ? formulaText.boundMet(shownTarget(input, target))
      : realisation === null
        ? ""
        : formulaText.ratio(direction, formatNumber(target), formatNumber(value)),
    statement: clauses.join("，"),
    reasons: carried.reasons,
    problems: carried.problems,
  };
}

/** A maintain target (g = b). */
function maintain(input: RuleInput, chosen: ValuePoint, target: number, carried: Carried): Evaluation {
  const { direction, settings } = input;
  const value = chosen.value;
  const held = !isWorse(value, target, direction);
  const realisation = maintainRealisation(target, value, direction);
  if (!held) {
    carried.flags.push("regressing");
    carried.reasons.push(reasonText.regressing(formatNumber(target)));
  }
  const shownValue = statementText.valueAt(input.periodName(chosen.period), formatNumber(value));
  const holding = held ? statementText.held(formatNumber(target)) : statementText.notHeld(formatNumber(target));
  return {
    status: held ? "on_track" : "behind",
    value,
    valuePeriod: chosen.period,
    realisation,
    timeProgress: timeProgress(input.plan, chosen.period),
    satisfied: held,
    flags: carried.flags,
    projection: projectMaintain({
      target,
      value,
      direction,
      remaining: yearsLeft(input.plan, chosen.period),
      effortBand: settings.projectionEffortBand,
    }),
    formula: held ? formulaText.held : formulaText.ratio(direction, formatNumber(target), formatNumber(value)),
    statement: [shownValue, holding, statementText.realisation(formatPercent(realisation))].join("，"),
    reasons: carried.reasons,
    problems: carried.problems,
  };
}
