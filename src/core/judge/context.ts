/**
 * What the per-kind rules (`level.ts`, `rate.ts`, `tally.ts`, `judged.ts`) receive and answer,
 * and the small helpers they share: time counted in years, and the 数据暂缺 answer.
 */
import { reasonText } from "../../i18n/judge";
import type { Classification } from "../kind";
import { comparePeriods, formatPeriod } from "../period";
import type { Projection } from "../projection";
import type { ObservationsRead, Window } from "../select";
import type {
  CellReading,
  Direction,
  JudgementFlag,
  Nature,
  Period,
  Plan,
  Problem,
  Settings,
  StatusCode,
} from "../types";

/** The table's GDP growth rates, for targets relative to economic growth. */
export interface GdpGrowth {
  id: string;
  name: string;
  /** Growth rates in percent by period (the GDP indicator's own rates), in time order. */
  rates: { period: Period; value: number }[];
  /** The published achieved average annual rate (实绩年均增长), when the table has one. */
  average: { period: Period; value: number } | null;
}

/** Everything one indicator's rules work with. */
export interface RuleInput {
  plan: Plan;
  window: Window;
  settings: Settings;
  direction: Direction;
  nature: Nature;
  /** Made for this one judgement: the rules add to its `flags` and `reasons` in place. */
  classification: Classification;
  read: ObservationsRead;
  /** The target cell's text as written (`<30`, `完成上级下达任务`). */
  targetText: string;
  /** The 实绩年均增长 cell, read. */
  actualGrowth: { period: Period; reading: CellReading; ref?: string } | null;
  gdp: GdpGrowth | null;
  /** `formatPeriod`, memoised. */
  periodName: (period: Period) => string;
}

/** What the rules of one kind conclude, before the judgement is assembled. */
export interface Evaluation {
  status: StatusCode;
  value: number | null;
  valuePeriod: Period | null;
  realisation: number | null;
  timeProgress: number | null;
  /** The target is satisfied (met, held, reached): 完成 at the end of the plan. */
  satisfied: boolean;
  flags: JudgementFlag[];
  projection: Projection;
  formula: string;
  /** The note's first clause: what was compared with what. */
  statement: string;
  /** Reasons the note adds (floor target, older data, …). */
  reasons: string[];
  problems: Problem[];
}

/** The parts of an evaluation that do not depend on having a value. */
export interface Carried {
  flags: JudgementFlag[];
  reasons: string[];
  problems: Problem[];
}

/**
 * 数据暂缺, with the reason first in the note.
 * @example noData("评估期及以前无可用数据", { flags: [], reasons: [], problems: [] }).status //=> "no_data"
 */
export function noData(reason: string, carried: Carried): Evaluation {
  return {
    status: "no_data",
    value: null,
    valuePeriod: null,
    realisation: null,
    timeProgress: null,
    satisfied: false,
    flags: carried.flags,
    projection: { code: "unknown", projected: null },
    formula: "",
    statement: reason,
    reasons: carried.reasons,
    problems: carried.problems,
  };
}

/**
 * The end of a period in years (2022 full year → 2022, 2023H1 → 2022.5), as base and target years are.
 * @example endOfPeriod(periodOf(2023, 0.5)) //=> 2022.5
 */
export function endOfPeriod(period: Period): number {
  return period.year - 1 + period.fraction;
}

/**
 * Years left from the end of a period to the end of the target year (never negative).
 * @example yearsLeft({ baseYear: 2020, targetYear: 2025 }, periodOf(2022, 1)) //=> 3
 */
export function yearsLeft(plan: Plan, period: Period): number {
  return Math.max(0, plan.targetYear - endOfPeriod(period));
}

/**
 * Adds the older-data mark and reason when a judgement rests on a period before the evaluation period.
 * @example olderDataNote(periodOf(2022, 1), periodOf(2023, 0.5)) //=> "评估期为2023年上半年，按最近可用的2022年数据评价"
 */
export function olderDataNote(
  used: Period,
  evaluation: Period | null,
  periodName: (period: Period) => string = formatPeriod,
): string | null {
  if (evaluation === null || comparePeriods(used, evaluation) >= 0) return null;
  return reasonText.olderData(periodName(evaluation), periodName(used));
}
