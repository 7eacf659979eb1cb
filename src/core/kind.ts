/**
 * 指标类型: how an indicator is assessed, from its target, its base, a growth-rate column and
 * its name. The classification also fixes the numbers the rules use (b, g, c or the target
 * rate, after choosing the adjusted caliber) and what a value must do to satisfy the target.
 *
 * In order (the first that applies decides):
 * 1. A qualitative target (`完成省下达指标`) → qualitative; `快于经济增长`, `与经济增长基本同步` →
 *    relative (so `固定资产投资增速（%）` with `快于经济增长` is relative, not a rate);
 *    `[20]`, `累计下降 21.5%` → cumulative.
 * 2. A readable 目标年均增长 column → rate, judged on the achieved average annual rate.
 * 3. No readable target → level with nothing to judge (数据暂缺, saying why).
 * 4. A name that states a growth rate (`…增速`, `…增长`, `…增长率`, `…增幅`, `年均增…`; not
 *    `自然增长率`, a level) with a target in % → rate, judged on the yearly rates observed.
 *    A target written as a rate (`年均增速 8%`, `年均增长7.5%`) → rate as well; on a row whose
 *    name or unit does not say it records rates, the judgement decides from the values whether
 *    they are yearly rates or levels (see `rateSource: "valuesDecide"`).
 * 5. A bound target (`>10`, `≥92`, `<30`) → bound.
 * 6. A point or approximate target: equal to the base → maintain; looser than the base (below it
 *    when higher is better) → bound, a floor (or ceiling) to hold; else (or with no base) → level.
 *
 * Base cells: a bound base (`<35`, `>98.5`) counts at its number, flagged; a base annotated with
 * another year (`3.7 (2019)`) is used, flagged, and the pace is counted from that year; when base
 * and target both carry an adjusted-caliber value (`1074.2（265）` → `2000（500）`) the adjusted
 * pair is used. Approximate (`左右`) and stretch (`★`) targets are judged at their number, flagged.
 */
import { kindText } from "../i18n/judge";
import { formatNumber } from "./format";
import type { CellReading, Comparator, Direction, IndicatorKind, JudgementFlag, Plan } from "./types";

/** What the rules of an indicator work with. */
export interface Classification {
  kind: IndicatorKind;
  /** b: the base value in use, or null. */
  base: number | null;
  /** g for level, bound and maintain; c for cumulative; the target rate (%) for rate; else null. */
  target: number | null;
  /** What a value must do to satisfy the target (level, bound, maintain). */
  satisfies: Comparator;
  /** The year of the base value: the plan's base year, or the year it is annotated with. */
  baseYear: number;
  /**
   * For rate targets: yearly rates in the observations, levels compared with the base, or (a
   * `年均增速 8%` target on a row that may record either) decided from the values observed.
   */
  rateSource?: "observations" | "levels" | "valuesDecide";
  /** For relative targets. */
  relation?: "sync" | "faster";
  /** For cumulative targets written as a change (`累计下降 21.5%`). */
  change?: "decrease" | "increase";
  /** Judge observations on their adjusted-caliber value. */
  useAdjusted: boolean;
  flags: JudgementFlag[];
  /** Reasons the note states (Chinese). */
  reasons: string[];
  /** Why nothing can be judged (no readable target), Chinese. */
  blocked?: string;
}

/** What the classification is decided from. */
export interface KindClues {
  compactName: string;
  unit: string;
  direction: Direction;
  base: CellReading | null;
  target: CellReading | null;
  /** The 目标年均增长 cell, when the table has that column. */
  growth: CellReading | null;
  plan: Plan;
}

type NumericReading = CellReading & { kind: "point" | "approx" | "bound" };

const RATE_NAME = /(?:增速|增长率|增长|增幅)$|年均增/u;
const NOT_A_GROWTH_RATE = /自然增长率/u;

/**
 * Whether a reading carries a plain number (a point, an approximate value or a bound).
 * @example isNumeric({ kind: "bound", op: "<", value: 35, percent: false, raw: "<35", annotations: {} }) //=> true
 */
export function isNumeric(reading: CellReading | null): reading is NumericReading {
  return reading !== null && (reading.kind === "point" || reading.kind === "approx" || reading.kind === "bound");
}

/**
 * Whether a name states a growth rate (`地区生产总值增速`, `年均增长`), as rule 4 reads it.
 * @example isGrowthRateName("全社会劳动生产率年均增速") //=> true
 * @example isGrowthRateName("人口自然增长率") //=> false
 */
export function isGrowthRateName(compactName: string): boolean {
  return RATE_NAME.test(compactName) && !NOT_A_GROWTH_RATE.test(compactName);
}

/**
 * Classifies an indicator and fixes the numbers its rules use.
 * @example classifyIndicator({ compactName: "空气质量优良天数比例", unit: "%", direction: "higher", base: point(89.3), target: point(87), growth: null, plan })
 * //=> { kind: "bound", base: 89.3, target: 87, satisfies: ">=", flags: ["floor_target"], … }
 */
export function classifyIndicator(clues: KindClues): Classification {
  const { target, direction } = clues;
  const shell = startClassification(clues);
  const level: Comparator = direction === "higher" ? ">=" : "<=";
  shell.satisfies = level;
  if (target?.kind === "qualitative") return as(shell, "qualitative");
  if (target?.kind === "relative") {
    shell.relation = target.relation;
    return as(shell, "relative");
  }
  if (target?.kind === "cumulative") {
    if (target.change) shell.change = target.change;
    if (target.change === "decrease") shell.reasons.push(kindText.cumulativeDecrease);
    shell.target = target.value;
    shell.satisfies = ">=";
    return as(shell, "cumulative");
  }
  if (isNumeric(clues.growth)) {
    shell.target = clues.growth.value;
    shell.rateSource = "levels";
    return as(shell, "rate");
  }
  if (!isNumeric(target)) {
    shell.blocked = blockedReason(target);
    return as(shell, "level");
  }
  const g = shell.useAdjusted ? (target.annotations.adjusted ?? target.value) : target.value;
  shell.target = g;
  if (isGrowthRateName(clues.compactName) && (clues.unit === "%" || target.percent)) {
    shell.rateSource = "observations";
    return as(shell, "rate");
  }
  if (target.annotations.annualGrowth) {
    const recordsRates = isGrowthRateName(clues.compactName) || clues.unit === "%" || shell.base === null;
    shell.rateSource = recordsRates ? "observations" : "valuesDecide";
    return as(shell, "rate");
  }
  if (target.kind === "bound") {
    shell.satisfies = target.op;
    return as(shell, "bound");
  }
  const b = shell.base;
  if (b !== null && b === g) return as(shell, "maintain");
  if (b !== null && (direction === "higher" ? g < b : g > b)) {
    shell.reasons.push(kindText.floor(direction, formatNumber(g), formatNumber(b)));
    shell.flags.push("floor_target");
    return as(shell, "bound");
  }
  return as(shell, "level");
}

/** Sets the kind of a classification being built. */
function as(classification: Classification, kind: IndicatorKind): Classification {
  classification.kind = kind;
  return classification;
}

/** The parts every kind shares: base value, base year, caliber, and the flags of the cells. */
function startClassification(clues: KindClues): Classification {
  const { base, target } = clues;
  const useAdjusted = base?.annotations.adjusted !== undefined && target?.annotations.adjusted !== undefined;
  const shell: Classification = {
    kind: "level",
    base: null,
    target: null,
    satisfies: ">=",
    baseYear: clues.plan.baseYear,
    useAdjusted,
    flags: [],
    reasons: [],
  };
  if (useAdjusted && base && target) {
    const pair = [base.annotations.adjusted ?? 0, target.annotations.adjusted ?? 0].map(formatNumber);
    shell.flags.push("adjusted_caliber");
    shell.reasons.push(kindText.adjusted(pair[0] ?? "", pair[1] ?? ""));
  }
  if (isNumeric(base)) {
    shell.base = useAdjusted ? (base.annotations.adjusted ?? base.value) : base.value;
    if (base.kind === "bound") {
      shell.flags.push("base_is_bound");
      shell.reasons.push(kindText.baseBound(base.raw.trim(), formatNumber(base.value)));
    }
    const year = base.annotations.year;
    if (year !== undefined && year !== clues.plan.baseYear) {
      shell.baseYear = year;
      shell.flags.push("other_year_value");
      shell.reasons.push(kindText.baseOtherYear(year));
    }
  }
  if (target && target.kind !== "missing" && target.kind !== "qualitative" && target.kind !== "relative") {
    if (target.kind === "approx") {
      shell.flags.push("approximate_target");
      shell.reasons.push(kindText.approximate(target.raw.trim()));
    }
    if (target.annotations.stretch) {
      shell.flags.push("stretch_target");
      shell.reasons.push(kindText.stretch);
    }
  }
  return shell;
}

/** Why a target cannot be judged: missing, unreadable. */
function blockedReason(target: CellReading | null): string {
  if (target === null) return kindText.targetUnreadable;
  return target.kind === "missing" ? kindText.targetMissing(target.raw.trim()) : kindText.targetUnreadable;
}
