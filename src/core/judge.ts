/**
 * 评价: judging one indicator. Its row is read (`read-row.ts`), its direction, nature and kind
 * decided, the rules of its kind applied (one file per kind in `kinds/`, one row each in the
 * table of kinds), and the judgement assembled with its note, formula and problems.
 *
 * The judgement rests on the latest usable value at or before the evaluation period and is held
 * to the time progress of that value's own period; when that period is before the evaluation
 * period it is flagged `older_data` and the note says so. At a time progress of 100% the
 * end-of-plan grade (完成 / 基本完成 / 未完成) is set.
 */
import { decideDirection } from "./direction";
import { classifyIndicator, KINDS, olderDataNote, type Evaluation, type GdpGrowth, type RuleInput } from "./kinds";
import type { Calibre } from "./kinds/classification";
import { IMPLIED_GROWTH_TOLERANCE_PP, impliedGrowth, type ImpliedGrowth } from "./implied-growth";
import { decideNature } from "./nature";
import type { Projection } from "./projection";
import { readIndicator, type IndicatorReading } from "./read-row";
import { finiteOrNull } from "./realisation";
import { endOfPlanGrade } from "./status";
import { selectText } from "../i18n/judge";
import { isNumeric } from "./cell/kinds";
import { cellName } from "./select";
import type { IndicatorInput, Judgement, Period, Plan, Problem, Settings, SourceCell } from "./types";

export type { GdpGrowth } from "./kinds";
export { readIndicator, unitInForce, type IndicatorReading } from "./read-row";

/** What every judgement of one assessment shares. */
export interface JudgeContext {
  plan: Plan;
  /** 评估期: observations after it are not used; null when nothing is usable anywhere. */
  period: Period | null;
  settings: Settings;
  /** The table's GDP growth rates, for targets relative to economic growth. */
  gdp?: GdpGrowth | null;
}

/**
 * Judges one indicator: status, realisation, time progress, projection, note and problems.
 * @example
 * const gdp = { row: 4, name: "地区生产总值（亿元）", base: { raw: 1516.7 }, target: { raw: 2200 }, observations: [{ period: periodOf(2022, 1), cell: { raw: 1850.4 } }] };
 * judgeIndicator(gdp, { plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2022, 1), settings: defaultSettings }).status //=> "on_track"
 */
export function judgeIndicator(input: IndicatorInput, context: JudgeContext): Judgement {
  const row = readIndicator(input);
  const unit = row.unit ?? "";
  const direction = decideDirection({ label: row.label, unit: row.unit, base: row.base, target: row.target, override: input.directionOverride });
  const nature = decideNature(row.compactName, unit, input.natureOverride);
  const calibre = calibreFromColumn(input.calibreOverride);
  const classification = classifyIndicator({
    compactName: row.compactName,
    unit,
    direction: direction.direction,
    base: row.base,
    target: row.target,
    growth: row.growth,
    plan: context.plan,
    nature: nature.nature,
    ...(calibre.calibre ? { calibre: calibre.calibre } : {}),
  });
  if (row.targetFromGrowth && row.target) {
    classification.reasons = [{ code: "targetFromGrowthColumn", text: row.target.raw.replace(/\s+/gu, "") }, ...classification.reasons];
  }
  const implied = impliedGrowth({ growth: row.growth, compactName: row.compactName, classification, plan: context.plan });
  if (implied) classification.reasons = [...classification.reasons, implied.reason];
  const ruleInput: RuleInput = {
    plan: context.plan,
    window: { plan: context.plan, period: context.period },
    settings: context.settings,
    direction: direction.direction,
    nature: nature.nature,
    classification,
    read: row.read,
    targetText: row.target?.raw ?? String(input.target.raw ?? ""),
    actualGrowth: row.actualGrowth,
    gdp: context.gdp ?? null,
  };
  const rules = KINDS[classification.kind];
  const evaluation = withOlderData(rules.evaluate(ruleInput), context.period);
  const projection: Projection =
    evaluation.status === "no_data" || evaluation.valuePeriod === null
      ? { code: "unknown", projected: null }
      : rules.project({ input: ruleInput, value: evaluation.value, period: evaluation.valuePeriod, satisfied: evaluation.satisfied });
  const problems = [...row.problems, ...unusedGrowth(row, classification.kind, implied), ...row.read.problems, ...evaluation.problems];
  if (direction.problem) problems.push(direction.problem);
  if (calibre.problem) problems.push(calibre.problem);
  const attributeProblem = unreadAttribute(input.attribute);
  if (attributeProblem) problems.push(attributeProblem);
  if (nature.problem) problems.push(nature.problem);
  return assemble(row, {
    evaluation,
    projection,
    problems,
    settings: context.settings,
    decided: { direction: direction.direction, directionSource: direction.source, directionReason: direction.reason, nature: nature.nature, kind: classification.kind },
  });
}

/**
 * A 年均/累计 (growth) cell the judgement does not use — the target-year cell holding the target —
 * is reported, so that nothing in a mapped column is dropped silently: a number is the target's
 * implied growth (in the note), a problem only when it contradicts the target; anything else
 * (`〔5〕` beside a year target) is a problem.
 */
function unusedGrowth(row: IndicatorReading, kind: Judgement["kind"], implied: ImpliedGrowth | null): Problem[] {
  const growth = row.growth;
  const cell = row.input.targetGrowth;
  if (growth === null || growth.kind === "missing" || cell === undefined) return [];
  if (kind === "rate" && isNumeric(growth)) return [];
  if (implied !== null && !implied.contradicts) return [];
  const name = cell.ref ? selectText.cellInRole(cellName(cell.ref), selectText.roles.targetGrowth) : selectText.roles.targetGrowth;
  const where = cell.ref ? { cell: cell.ref } : {};
  if (implied?.computed != null) {
    const message = selectText.impliedGrowthContradicts(name, growth.raw, implied.computed, IMPLIED_GROWTH_TOLERANCE_PP);
    return [{ code: "judge.implied_growth", message, ...where }];
  }
  return [{ code: "judge.growth_unused", message: selectText.growthUnused(name, growth.raw), ...where }];
}

/** An evaluation with the older-data mark and reason when it rests on a period before the evaluation period. */
function withOlderData(evaluation: Evaluation, period: Period | null): Evaluation {
  const older = evaluation.valuePeriod ? olderDataNote(evaluation.valuePeriod, period) : null;
  if (older === null) return evaluation;
  return { ...evaluation, flags: [...evaluation.flags, "older_data"], reasons: [older, ...evaluation.reasons] };
}

/** What a judgement is assembled from, besides its row. */
interface Verdict {
  evaluation: Evaluation;
  projection: Projection;
  problems: Judgement["problems"];
  settings: Settings;
  decided: Pick<Judgement, "direction" | "directionSource" | "directionReason" | "nature" | "kind">;
}

/** The judgement of a row: what was decided, the evaluation's figures, the note. */
function assemble(row: IndicatorReading, verdict: Verdict): Judgement {
  const { input } = row;
  const { evaluation, projection } = verdict;
  const realisation = finiteOrNull(evaluation.realisation ?? Number.NaN);
  const timeProgress = finiteOrNull(evaluation.timeProgress ?? Number.NaN);
  const attribute = attributeOf(input.attribute);
  return {
    row: input.row,
    ...(input.category !== undefined ? { category: input.category } : {}),
    name: input.name,
    label: row.label,
    ...(row.unit ? { unit: row.unit } : {}),
    ...(attribute ? { attribute } : {}),
    ...verdict.decided,
    base: row.base,
    target: row.target,
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
      threshold: verdict.settings.basicallyCompleteThreshold,
    }),
    flags: evaluation.flags,
    projection: projection.code,
    projectedValue: finiteOrNull(projection.projected ?? Number.NaN),
    formula: evaluation.formula,
    note: { statement: evaluation.statement, reasons: evaluation.reasons },
    problems: verdict.problems,
  };
}

/** Words of an attribute cell (指标属性), as written in the tables. */
const ATTRIBUTE_WORDS: readonly [string, "binding" | "anticipatory"][] = [
  ["约束", "binding"],
  ["预期", "anticipatory"],
];

/** Words of a 统计口径 column: totals to date, each year's own figure, levels. */
const CALIBRE_WORDS: readonly (readonly [RegExp, Calibre])[] = [
  [/累计/u, "toDate"],
  [/当年|当期|年度|增量/u, "yearly"],
  [/水平|存量|时点|期末/u, "level"],
];

/** 统计口径 from its column's cell: a calibre, nothing (empty), or a problem naming the cell. */
function calibreFromColumn(cell: SourceCell | undefined): { calibre?: Calibre; problem?: Problem } {
  const text = cell?.raw === null || cell?.raw === undefined ? "" : String(cell.raw).replace(/\s+/gu, "");
  if (text === "") return {};
  const found = CALIBRE_WORDS.find(([pattern]) => pattern.test(text));
  if (found) return { calibre: found[1] };
  const problem: Problem = { code: "judge.calibre", message: selectText.unreadableCalibre(cell?.ref ? cellName(cell.ref) : "", text) };
  return { problem: cell?.ref ? { ...problem, cell: cell.ref } : problem };
}

/** An attribute cell that says neither 约束性 nor 预期性 is reported, not dropped. */
function unreadAttribute(cell: SourceCell | undefined): Problem | null {
  const text = cell?.raw === null || cell?.raw === undefined ? "" : String(cell.raw).trim();
  if (text === "" || attributeOf(cell) !== undefined) return null;
  return { code: "judge.attribute", message: selectText.unreadableAttribute(cell?.ref ? cellName(cell.ref) : "", text), ...(cell?.ref ? { cell: cell.ref } : {}) };
}

/** 约束性 → binding, 预期性 → anticipatory, from the attribute cell. */
function attributeOf(cell: SourceCell | undefined): "binding" | "anticipatory" | undefined {
  const text = cell?.raw === null || cell?.raw === undefined ? "" : String(cell.raw);
  for (const [word, attribute] of ATTRIBUTE_WORDS) if (text.includes(word)) return attribute;
  return undefined;
}
