/**
 * 评价: judging one indicator. Its cells are read once (`prepareIndicator`), its direction, nature
 * and kind decided, the rules of its kind applied (`judge/level.ts`, `rate.ts`, `tally.ts`,
 * `judged.ts`), and the judgement assembled with its note, formula and problems.
 *
 * The judgement rests on the latest usable value at or before the evaluation period and is held
 * to the time progress of that value's own period; when that period is before the evaluation
 * period it is flagged `older_data` and the note says so. At a time progress of 100% the
 * end-of-plan grade (完成 / 基本完成 / 未完成) is set.
 */
import { selectText } from "../i18n/judge";
import { parseCell } from "./cell";
import { compactNameOf, decideDirection } from "./direction";
import { olderDataNote, type Evaluation, type GdpGrowth, type RuleInput } from "./judge/context";
import { evaluateQualitative, evaluateRelative } from "./judge/judged";
import { evaluateLevel } from "./judge/level";
import { createJudgeMemo, type JudgeMemo } from "./judge/memo";
import { evaluateRate } from "./judge/rate";
import { evaluateCumulative } from "./judge/tally";
import { classifyIndicator } from "./kind";
import { parseIndicatorName } from "./name";
import { decideNature } from "./nature";
import { finiteOrNull } from "./realisation";
import { cellName, readObservations, type ObservationsRead } from "./select";
import { endOfPlanGrade } from "./status";
import type {
  CellReading,
  CellValue,
  IndicatorInput,
  IndicatorName,
  Judgement,
  ParsedCell,
  Period,
  Plan,
  Problem,
  Settings,
  SourceCell,
} from "./types";

export type { GdpGrowth } from "./judge/context";
export { createJudgeMemo, type JudgeMemo } from "./judge/memo";

/** What every judgement of one assessment shares. */
export interface JudgeContext {
  plan: Plan;
  /** 评估期: observations after it are not used; null when nothing is usable anywhere. */
  period: Period | null;
  settings: Settings;
  /** The table's GDP growth rates, for targets relative to economic growth. */
  gdp?: GdpGrowth | null;
  /** Memos shared by the judgements of one table (a fresh one per call when absent). */
  memo?: JudgeMemo;
}

/** An indicator with its cells read once. */
export interface PreparedIndicator {
  input: IndicatorInput;
  label: IndicatorName;
  /** The name without spaces, as the name rules read it. */
  compactName: string;
  /** The unit in force: a unit column's, else the name's. */
  unit?: string;
  base: CellReading | null;
  target: CellReading | null;
  growth: CellReading | null;
  actualGrowth: { period: Period; reading: CellReading; ref?: string } | null;
  read: ObservationsRead;
  /** Problems of the base, target and growth cells. */
  problems: Problem[];
}

/** Readers a caller may memoise (assess does, across a table). */
export interface Readers {
  parse: (raw: CellValue) => ParsedCell;
  name: (raw: string) => IndicatorName;
  /** `compactNameOf`; made from `name`'s answer when absent. */
  compactName?: (label: IndicatorName) => string;
}

const DIRECT_READERS: Readers = { parse: parseCell, name: parseIndicatorName, compactName: compactNameOf };

/**
 * Reads an indicator's name and cells once; problems name their cell.
 * @example prepareIndicator({ id: "r7", name: "森林覆盖率（%）", base: { raw: 52.6 }, target: { raw: "53 左右" }, observations: [] }).target.kind //=> "approx"
 */
export function prepareIndicator(input: IndicatorInput, readers: Readers = DIRECT_READERS): PreparedIndicator {
  const label = readers.name(input.name);
  const unit = unitInForce(input, label);
  const problems: Problem[] = [];
  const { parse } = readers;
  const actual = input.actualGrowth;
  const actualReading = actual ? readCell(actual.cell, selectText.roles.actualGrowth, parse, problems) : null;
  const prepared: PreparedIndicator = {
    input,
    label,
    compactName: (readers.compactName ?? compactNameOf)(label),
    base: readCell(input.base, selectText.roles.base, parse, problems),
    target: readCell(input.target, selectText.roles.target, parse, problems),
    growth: readCell(input.targetGrowth, selectText.roles.targetGrowth, parse, problems),
    actualGrowth:
      actual && actualReading ? { period: actual.period, reading: actualReading, ...(actual.cell.ref ? { ref: actual.cell.ref } : {}) } : null,
    read: readObservations(input.observations, parse),
    problems,
  };
  if (unit) prepared.unit = unit;
  return prepared;
}

/**
 * The unit in force: a unit column's, else the name's.
 * @example unitInForce({ unit: " 万人 " }, parseIndicatorName("人才资源总量")) //=> "万人"
 */
export function unitInForce(input: Pick<IndicatorInput, "unit">, label: IndicatorName): string | undefined {
  return input.unit?.trim() || label.unit;
}

/**
 * Reads a base, target or growth cell (null when the row has none); an unreadable cell or an
 * Excel error becomes a problem.
 */
function readCell(cell: SourceCell | undefined, role: string, parse: Readers["parse"], problems: Problem[]): CellReading | null {
  if (cell === undefined) return null;
  const parsed = parse(cell.raw);
  if (parsed.ok && !(parsed.value.kind === "missing" && parsed.value.reason === "error")) return parsed.value;
  const where = cell.ref ? { cell: cell.ref } : {};
  const name = cell.ref ? selectText.cellInRole(cellName(cell.ref), role) : role;
  if (!parsed.ok) {
    const words = role === selectText.roles.target ? selectText.unreadableTarget : selectText.unreadable;
    problems.push({ ...parsed.problem, message: words(name, String(cell.raw), parsed.problem.message), ...where });
    return null;
  }
  problems.push({ code: "parse.cell_error", message: selectText.error(name, String(cell.raw).trim()), ...where });
  return parsed.value;
}

/**
 * Judges one indicator: status, realisation, time progress, projection, note and problems.
 * @example judgeIndicator(gdpRow, { plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2022, 1), settings: defaultSettings }).note
 * //=> "2022年值1850.4，实现度48.8%，时序进度40%"
 */
export function judgeIndicator(input: IndicatorInput, context: JudgeContext): Judgement {
  return judgePrepared(prepareIndicator(input), context);
}

/**
 * Judges an indicator whose cells are already read.
 * @example judgePrepared(prepareIndicator(gdpRow), context).status //=> "on_track"
 */
export function judgePrepared(prepared: PreparedIndicator, context: JudgeContext): Judgement {
  const { input, label, unit, base, target, compactName } = prepared;
  const memo = context.memo ?? createJudgeMemo();
  const nameDecision = memo.nameDirection(compactName, unit ?? "");
  const direction = decideDirection({ label, unit, base, target, override: input.directionOverride, nameDecision });
  const nature = decideNature(compactName, unit ?? "", input.natureOverride, memo.nameNature(compactName, unit ?? ""));
  const classification = classifyIndicator({
    compactName,
    unit: unit ?? "",
    direction: direction.direction,
    base,
    target,
    growth: prepared.growth,
    plan: context.plan,
  });
  const ruleInput: RuleInput = {
    plan: context.plan,
    window: { plan: context.plan, period: context.period },
    settings: context.settings,
    direction: direction.direction,
    nature: nature.nature,
    classification,
    read: prepared.read,
    targetText: target?.raw ?? String(input.target.raw ?? ""),
    actualGrowth: prepared.actualGrowth,
    gdp: context.gdp ?? null,
    periodName: memo.periodName,
  };
  const evaluation = evaluate(ruleInput);
  const flags = evaluation.flags;
  const reasons = evaluation.reasons;
  const older = evaluation.valuePeriod ? olderDataNote(evaluation.valuePeriod, context.period, memo.periodName) : null;
  if (older) {
    flags.push("older_data");
    reasons.unshift(older);
  }
  const realisation = finiteOrNull(evaluation.realisation ?? Number.NaN);
  const timeProgress = finiteOrNull(evaluation.timeProgress ?? Number.NaN);
  // The evaluation's problems are made for this judgement: they are the list when the cells had none.
  const problems =
    prepared.problems.length + prepared.read.problems.length === 0
      ? evaluation.problems
      : prepared.problems.concat(prepared.read.problems, evaluation.problems);
  if (direction.problem) problems.push(direction.problem);
  if (nature.problem) problems.push(nature.problem);
  const judgement: Judgement = {
    id: input.id,
    name: input.name,
    label,
    direction: direction.direction,
    directionSource: direction.source,
    directionReason: direction.reason,
    nature: nature.nature,
    kind: classification.kind,
    base,
    target,
    value: finiteOrNull(evaluation.value ?? Number.NaN),
    valuePeriod: evaluation.valuePeriod,
    realisation,
    timeProgress,
    status: evaluation.status,
    endOfPlan: endOfPlanGrade({
      status: evaluation.status,
      satisfied: evaluation.satisfied,
      realisation,
      timeProgress,
      threshold: context.settings.basicallyCompleteThreshold,
    }),
    flags: exactLength(flags),
    projection: evaluation.projection.code,
    projectedValue: finiteOrNull(evaluation.projection.projected ?? Number.NaN),
    formula: evaluation.formula,
    note: reasons.length === 0 ? evaluation.statement : [evaluation.statement, ...reasons].join("；"),
    problems,
  };
  if (input.category !== undefined) judgement.category = input.category;
  if (unit) judgement.unit = unit;
  const attribute = attributeOf(input.attribute);
  if (attribute) judgement.attribute = attribute;
  return judgement;
}

/**
 * A list to keep with a judgement, at its exact length: a list grown by `push` keeps room for
 * more, which a large table would carry in every judgement.
 */
function exactLength<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/** Applies the rules of the indicator's kind. */
function evaluate(input: RuleInput): Evaluation {
  const kind = input.classification.kind;
  switch (kind) {
    case "level":
    case "bound":
    case "maintain":
      return evaluateLevel(input);
    case "rate":
      return evaluateRate(input);
    case "cumulative":
      return evaluateCumulative(input);
    case "qualitative":
      return evaluateQualitative(input);
    case "relative":
      return evaluateRelative(input);
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown indicator kind ${String(unknown)}`);
    }
  }
}

/** Words of an attribute cell (指标属性), as written in the tables. */
const ATTRIBUTE_WORDS: readonly [string, "binding" | "anticipatory"][] = [
  ["约束", "binding"],
  ["预期", "anticipatory"],
];

/** 约束性 → binding, 预期性 → anticipatory, from the attribute cell. */
function attributeOf(cell: SourceCell | undefined): "binding" | "anticipatory" | undefined {
  const text = cell?.raw === null || cell?.raw === undefined ? "" : String(cell.raw);
  for (const [word, attribute] of ATTRIBUTE_WORDS) if (text.includes(word)) return attribute;
  return undefined;
}
