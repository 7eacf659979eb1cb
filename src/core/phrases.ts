/**
 * 说明: the clauses of a judgement's note and formula as codes with data. The rules say what they
 * found (`{ code: "valueAt", period, value }`); `src/i18n/judge.ts` words each code in zh-CN and
 * en-US (`2022年值1850.4`, `2022 value 1850.4`), formatting the numbers and periods itself. A new
 * code is one more member here, and the compiler asks each locale for its wording.
 */
import type { Direction, Period } from "./types";

/** What was compared with what: the clauses that open a note. */
export type StatementPhrase =
  | { code: "valueAt"; period: Period; value: number }
  | { code: "realisation"; share: number }
  | { code: "timeProgress"; share: number }
  /** `target` as shown: a number, a bound as written (`<30`) or a floor (`≥87`). */
  | { code: "reached"; target: string }
  | { code: "held"; target: number }
  | { code: "notHeld"; target: number }
  | { code: "averageRate"; from: Period; to: Period; rate: number }
  | { code: "singleRate"; period: Period; rate: number }
  | { code: "actualRate"; rate: number }
  | { code: "levelRate"; period: Period; rate: number }
  | { code: "targetRate"; rate: number }
  | { code: "cumulative"; period: Period; value: number; total: number }
  | { code: "judgement"; period: Period; text: string }
  /** `reference`: the GDP row's own word (`国内生产总值`, `地区生产总值`), when its name holds one. */
  | { code: "relative"; period: Period; rate: number; gdpRate: number; reference?: string }
  | { code: "relativeMet"; relation: "sync" | "faster" }
  | { code: "relativeNotMet"; target: string }
  /** A directional target (`持续下降`): the value against the base, and whether it went the stated way. */
  | { code: "directional"; period: Period; value: number; base: number; way: "decrease" | "increase" | "noIncrease"; met: boolean }
  /** A band target (`3-5`): the value lies inside it. */
  | { code: "insideBand"; low: number; high: number };

/** Why a note says more: the reasons after its first clause. */
export type ReasonPhrase =
  | { code: "olderData"; evaluation: Period; used: Period }
  | { code: "subYearFlow"; period: Period; value: number }
  | { code: "valueBound"; text: string; value: number }
  | { code: "valueOtherYear"; year: number }
  | { code: "regressing"; base: number }
  | { code: "slipped" | "compoundUsed" | "compoundFallback" | "noBaseRatio" | "arithmeticRate" }
  /** GDP's rate is its published average annual growth; `reference` as in `relative`. */
  | { code: "gdpAverage"; reference?: string }
  | { code: "singleRateOnly"; period: Period }
  | { code: "laterNumber"; period: Period; value: number }
  | { code: "negativeGrowth" | "negativeTotal" | "actualColumn" }
  | { code: "cumulativeDecrease" | "stretch" }
  | { code: "floor"; direction: Direction; target: number; base: number }
  | { code: "adjusted"; base: number; target: number }
  | { code: "baseBound"; text: string; value: number }
  | { code: "baseOtherYear"; year: number }
  | { code: "approximate"; text: string }
  /** `60.6*`: the base (or the value used) is marked as data of another year. */
  | { code: "baseStarred" | "valueStarred" }
  /** `>7、力争…`: the stretch part of the target, shown and not judged. */
  | { code: "stretchNote"; text: string }
  /** The target was read from the 年均/累计 column, the target-year column holding none. */
  | { code: "targetFromGrowthColumn"; text: string }
  /** A change target judged on levels: the target level it sets from the base. */
  | { code: "changeAsLevels"; text: string; base: number; goal: number }
  /** A change target judged on values that are the change itself (the name states the change). */
  | { code: "changeAsChanges"; text: string }
  /** Cumulative values read as yearly increments and summed: by the 统计口径 column, or because the run falls. */
  | { code: "incrementsByColumn" | "incrementsByRun"; years: number }
  /** A 年均/累计 figure beside a target-year value: the target's implied growth, shown and not judged. */
  | { code: "impliedGrowth"; text: string; rate: number; computed: number }
  /** The same, where no growth from base to target can be computed to compare it with. */
  | { code: "impliedGrowthShown"; text: string }
  /** A 统计口径 column decided how a change or cumulative target's values are read. */
  | { code: "calibreColumn"; calibre: "toDate" | "yearly" | "level" }
  /** A band target not reached: judged as a level toward its near edge. */
  | { code: "bandEdge"; edge: number };

/** Why an indicator is 数据暂缺. */
export type NoDataPhrase =
  | { code: "noValue" | "noBaseNotMet" | "noGdp" | "noRate" | "rateNotComputable" | "outOfRange" | "targetUnreadable" }
  | { code: "onlySubYear"; period: Period; value: number }
  | { code: "noJudgement"; target: string }
  | { code: "targetMissing"; text: string }
  /** `保持在合理区间、各年度视情提出`: no number to reach. */
  | { code: "openTarget"; text: string }
  /** `高于全省平均`: the table does not hold the reference. */
  | { code: "noReference"; reference: string }
  /** A change or directional target needs the base value, and there is none. */
  | { code: "changeNoBase"; text: string };

/** The formula applied, with its numbers. */
export type FormulaPhrase =
  | { code: "linear" | "compound"; base: number; target: number; value: number }
  | { code: "boundMet" | "boundSlipped"; target: string }
  | { code: "heldFormula" | "judged" }
  | { code: "ratio"; direction: Direction; target: number; value: number }
  | { code: "geometricRate" | "arithmeticRateFormula"; years: number }
  | { code: "levelRateFormula"; years: number }
  | { code: "rateRatio"; direction: Direction; achieved: number; target: number }
  | { code: "cumulativeFormula"; value: number; total: number }
  | { code: "relativeFormula"; tolerance: number; reference?: string }
  | { code: "directionalFormula"; way: "decrease" | "increase" | "noIncrease" }
  | { code: "bandFormula"; low: number; high: number };

/** Any clause of a note or a formula. */
export type Phrase = StatementPhrase | ReasonPhrase | NoDataPhrase | FormulaPhrase;

/** A judgement's note: its opening clauses (or why there is no data), then its reasons. */
export interface Note {
  statement: (StatementPhrase | NoDataPhrase)[];
  reasons: ReasonPhrase[];
}
