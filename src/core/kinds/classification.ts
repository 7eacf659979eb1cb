/**
 * 指标类型: how an indicator is assessed, from its target, its base, a growth-rate column and
 * its name. The classification also fixes the numbers the rules use (b, g, c or the target
 * rate, after choosing the adjusted caliber) and what a value must do to satisfy the target.
 *
 * In order (the first that applies decides; each kind's file holds its own test, tried in the
 * order of the table of kinds — qualitative, relative, open, directional, band, change, cumulative,
 * rate, bound, maintain, level — which gives the same answers as the rules read in this order):
 * 1. A qualitative target (`完成省下达指标`) → qualitative; `快于经济增长`, `与经济增长基本同步`,
 *    `高于全省平均` → relative (so `固定资产投资增速（%）` with `快于经济增长` is relative, not a
 *    rate); `保持在合理区间…` → open; `持续下降`, `零增长` → directional; `3-5` → band;
 *    `提高1岁`, `下降20%`, `翻一番`, and `[1]` on a stock with a base whose name does not state the
 *    change → change; other `[20]`, `累计下降 21.5%` → cumulative.
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
import { hasNumber, isNumeric } from "../cell/kinds";
import type { NoDataPhrase, ReasonPhrase } from "../phrases";
import type { CellReading, Comparator, Direction, IndicatorKind, JudgementFlag, Nature, Plan } from "../types";

export { isNumeric } from "../cell/kinds";

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
  flags: readonly JudgementFlag[];
  /** Reasons the note states. */
  reasons: readonly ReasonPhrase[];
  /** Why nothing can be judged (no readable target). */
  blocked?: NoDataPhrase;
  /** For change targets: the values are levels (judged toward b ± c) or the change itself (v ÷ c). */
  changeReading?: "levels" | "changes";
  /** For band targets: the band's edges. */
  band?: { low: number; high: number };
  /** For directional targets: the way the change since the base must go. */
  way?: "decrease" | "increase" | "noIncrease";
  /** For relative targets: a reference other than economic growth (`全省平均`). */
  reference?: string;
  /** For cumulative and change targets: the 统计口径 column's word, when there is one. */
  calibre?: Calibre;
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
  /** 时期/时点, when decided: a cumulative target on a stock is a change from the base. */
  nature?: Nature;
  /** 统计口径 from its column, when the table has one. */
  calibre?: Calibre;
}

/** 统计口径: values are totals to date (累计), each year's increment (当年), or levels (水平). */
export type Calibre = "toDate" | "yearly" | "level";

/** The parts every kind shares: base value, base year, caliber, and the flags of the cells. */
export type SharedClassification = Pick<Classification, "base" | "baseYear" | "useAdjusted" | "flags" | "reasons">;

/** What a kind adds to the shared parts. */
export type KindParts = Omit<Classification, keyof SharedClassification | "kind" | "satisfies"> & {
  satisfies?: Comparator;
  /** Flags and reasons this kind adds to the shared ones. */
  flags?: readonly JudgementFlag[];
  reasons?: readonly ReasonPhrase[];
};

const RATE_NAME = /(?:增速|增长率|增长|增幅)$|年均增/u;
const NOT_A_GROWTH_RATE = /自然增长率/u;

/**
 * Whether a name states a growth rate (`地区生产总值增速`, `年均增长`), as rule 4 reads it.
 * @example isGrowthRateName("全社会劳动生产率年均增速") //=> true
 * @example isGrowthRateName("人口自然增长率") //=> false
 */
export function isGrowthRateName(compactName: string): boolean {
  return RATE_NAME.test(compactName) && !NOT_A_GROWTH_RATE.test(compactName);
}

/**
 * The comparator a level target is satisfied by: reached or passed, in the indicator's direction.
 * @example levelComparator("lower") //=> "<="
 */
export function levelComparator(direction: Direction): Comparator {
  return direction === "higher" ? ">=" : "<=";
}

/**
 * A classification of one kind: the shared parts, the kind's own, and both their flags and reasons.
 * @example classified({ base: 1.68, baseYear: 2020, useAdjusted: false, flags: [], reasons: [] }, "maintain", { target: 1.68, satisfies: ">=" }).kind //=> "maintain"
 */
export function classified(shared: SharedClassification, kind: IndicatorKind, parts: KindParts): Classification {
  const classification: Classification = {
    kind,
    base: shared.base,
    target: parts.target,
    satisfies: parts.satisfies ?? ">=",
    baseYear: shared.baseYear,
    useAdjusted: shared.useAdjusted,
    flags: parts.flags ? shared.flags.concat(parts.flags) : shared.flags.slice(),
    reasons: parts.reasons ? shared.reasons.concat(parts.reasons) : shared.reasons.slice(),
  };
  if (parts.rateSource !== undefined) classification.rateSource = parts.rateSource;
  if (parts.relation !== undefined) classification.relation = parts.relation;
  if (parts.change !== undefined) classification.change = parts.change;
  if (parts.blocked !== undefined) classification.blocked = parts.blocked;
  if (parts.changeReading !== undefined) classification.changeReading = parts.changeReading;
  if (parts.band !== undefined) classification.band = parts.band;
  if (parts.way !== undefined) classification.way = parts.way;
  if (parts.reference !== undefined) classification.reference = parts.reference;
  if (parts.calibre !== undefined) classification.calibre = parts.calibre;
  return classification;
}

/**
 * The target value a level, bound or maintain target is judged at: its adjusted-caliber value
 * when the pair is adjusted.
 * @example targetValue({ kind: "point", value: 2000, percent: false, raw: "2000（500）", annotations: { adjusted: 500 } }, { useAdjusted: true }) //=> 500
 */
export function targetValue(target: CellReading & { value: number }, shared: Pick<SharedClassification, "useAdjusted">): number {
  return shared.useAdjusted ? (target.annotations.adjusted ?? target.value) : target.value;
}

/**
 * The parts every kind shares: base value, base year, caliber, and the flags of the cells.
 * @example sharedClassification({ compactName: "常住人口城镇化率", unit: "%", direction: "higher", base: parseCell(81).value, target: parseCell("85 左右").value, growth: null, plan: { baseYear: 2020, targetYear: 2025 } }).flags //=> ["approximate_target"]
 */
export function sharedClassification(clues: KindClues): SharedClassification {
  const { base, target } = clues;
  const useAdjusted = base?.annotations.adjusted !== undefined && target?.annotations.adjusted !== undefined;
  const flags: JudgementFlag[] = [];
  const reasons: ReasonPhrase[] = [];
  if (useAdjusted && base && target) {
    flags.push("adjusted_caliber");
    reasons.push({ code: "adjusted", base: base.annotations.adjusted ?? 0, target: target.annotations.adjusted ?? 0 });
  }
  let baseValue: number | null = null;
  let baseYear = clues.plan.baseYear;
  if (isNumeric(base)) {
    baseValue = useAdjusted ? (base.annotations.adjusted ?? base.value) : base.value;
    if (base.kind === "bound") {
      flags.push("base_is_bound");
      reasons.push({ code: "baseBound", text: base.raw.trim(), value: base.value });
    }
    if (base.annotations.starred) {
      flags.push("other_year_value");
      reasons.push({ code: "baseStarred" });
    }
    const year = base.annotations.year;
    if (year !== undefined && year !== clues.plan.baseYear) {
      baseYear = year;
      if (!flags.includes("other_year_value")) flags.push("other_year_value");
      reasons.push({ code: "baseOtherYear", year });
    }
  }
  if (hasNumber(target)) {
    if (target.kind === "approx") {
      flags.push("approximate_target");
      reasons.push({ code: "approximate", text: target.raw.trim() });
    }
    if (target.annotations.stretch) {
      flags.push("stretch_target");
      reasons.push({ code: "stretch" });
    }
  }
  if (target?.annotations.stretchNote !== undefined) reasons.push({ code: "stretchNote", text: target.annotations.stretchNote });
  return { base: baseValue, baseYear, useAdjusted, flags, reasons };
}
