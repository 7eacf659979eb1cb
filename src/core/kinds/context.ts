/**
 * What the rules of every kind (one file per kind in this folder) receive and answer, the row each
 * kind fills in the table of kinds (`KindRules`), and the small helpers they share: time counted in
 * years, and the 数据暂缺 answer.
 */
import type { FormulaPhrase, NoDataPhrase, ReasonPhrase, StatementPhrase } from "../phrases";
import type { Classification, KindClues, SharedClassification } from "./classification";
import { comparePeriods, timeProgress } from "../period";
import type { Projection } from "../projection";
import type { ObservationsRead, Window } from "../select";
import type {
  CellReading,
  Direction,
  IndicatorKind,
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
  /** The GDP indicator's sheet row. */
  row: number;
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
  classification: Classification;
  read: ObservationsRead;
  /** The target cell's text as written (`<30`, `完成上级下达任务`). */
  targetText: string;
  /** The 实绩年均增长 cell, read. */
  actualGrowth: { period: Period; reading: CellReading; ref?: string } | null;
  gdp: GdpGrowth | null;
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
  formula: FormulaPhrase[];
  /** The note's first clause: what was compared with what. */
  statement: (StatementPhrase | NoDataPhrase)[];
  /** Reasons the note adds (floor target, older data, …). */
  reasons: ReasonPhrase[];
  problems: Problem[];
}

/** What a kind's projection is made from: the rules' input and what the evaluation concluded. */
export interface ProjectionFacts {
  input: RuleInput;
  /** The value the judgement rests on (null for a judgement of met or not met). */
  value: number | null;
  period: Period;
  satisfied: boolean;
}

/**
 * One kind's row in the table of kinds: how an indicator is recognised as this kind, judged and
 * projected, whether its status is held to time progress, and its name.
 */
export interface KindRules {
  kind: IndicatorKind;
  /** The kind's name (Chinese), for notes and documents. */
  label: string;
  /** Whether the status compares the realisation with time progress rather than with the whole target. */
  heldToTimeProgress: boolean;
  /** This kind's classification when the clues call for it, else null (the next row is tried). */
  classify(clues: KindClues, shared: SharedClassification): Classification | null;
  evaluate(input: RuleInput): Evaluation;
  /** 预计完成情况 of an evaluation that has a value period (never called for 数据暂缺). */
  project(facts: ProjectionFacts): Projection;
}

/** The parts of an evaluation that do not depend on having a value: the rules add to them. */
export interface Carried {
  flags: JudgementFlag[];
  reasons: ReasonPhrase[];
  problems: Problem[];
}

/**
 * 数据暂缺, with the reason first in the note.
 * @example noData({ code: "noValue" }, { flags: [], reasons: [], problems: [] }).status //=> "no_data"
 */
export function noData(reason: NoDataPhrase, carried: Carried): Evaluation {
  return {
    status: "no_data",
    value: null,
    valuePeriod: null,
    realisation: null,
    timeProgress: null,
    satisfied: false,
    flags: carried.flags,
    formula: [],
    statement: [reason],
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
 * A fresh copy of the flags and reasons a classification carries, for the rules to add to.
 * @example carriedFrom({ flags: ["stretch_target"], reasons: [{ code: "stretch" }], … }, []).flags //=> ["stretch_target"]
 */
export function carriedFrom(classification: Pick<Classification, "flags" | "reasons">, problems: Problem[]): Carried {
  return { flags: [...classification.flags], reasons: [...classification.reasons], problems };
}

/**
 * Adds the older-data mark and reason when a judgement rests on a period before the evaluation period.
 * @example olderDataNote(periodOf(2022, 1), periodOf(2023, 0.5))
 * //=> { code: "olderData", evaluation: { year: 2023, fraction: 0.5, code: "2023H1" }, used: { year: 2022, fraction: 1, code: "2022" } }
 */
export function olderDataNote(used: Period, evaluation: Period | null): ReasonPhrase | null {
  if (evaluation === null || comparePeriods(used, evaluation) >= 0) return null;
  return { code: "olderData", evaluation, used };
}

/**
 * The evaluation of a met-or-not judgement (qualitative and relative targets): met → on track,
 * not met → behind; no realisation.
 * @example
 * const carried = { flags: [], reasons: [], problems: [] };
 * judgedEvaluation({ plan: { baseYear: 2020, targetYear: 2025 } }, { met: true, period: periodOf(2022, 1), value: null, statement: [], formula: [{ code: "judged" }], carried }).status //=> "on_track"
 */
export function judgedEvaluation(
  input: RuleInput,
  judged: { met: boolean; period: Period; value: number | null; statement: StatementPhrase[]; formula: FormulaPhrase[]; carried: Carried },
): Evaluation {
  const { met, period, carried } = judged;
  return {
    status: met ? "on_track" : "behind",
    value: judged.value,
    valuePeriod: period,
    realisation: null,
    timeProgress: timeProgress(input.plan, period),
    satisfied: met,
    flags: carried.flags,
    formula: judged.formula,
    statement: judged.statement,
    reasons: carried.reasons,
    problems: carried.problems,
  };
}

/**
 * A cell's text without line breaks and spaces, as quoted in a note.
 * @example compact("完成上级\n下达任务") //=> "完成上级下达任务"
 */
export function compact(text: string): string {
  return text.replace(/\s+/gu, "");
}
