/**
 * 正向/逆向: whether a higher or a lower value is better, decided in DOMAIN.md's order with the
 * reason recorded: a direction column, then the target's comparator, then the name, else higher.
 * Base against target never decides; a target looser than the base is a floor (or ceiling) to
 * hold, which the reason says so that a user can correct a wrong guess with a direction column.
 *
 * Choices where the specification is silent:
 * - Besides DOMAIN.md's words (浓度, 失业率, 死亡率, 收入比, 排名/位次 in 位, 能耗 and 用水量 as
 *   intensities, 近视率, 劣Ⅴ类 (also 劣五类, 劣V类), 超标, 事故, 辍学率, 空置率), 排放量/排放强度 (emissions), 发生率 (incidence) and 恩格尔系数 are
 *   lower-is-better; 能耗 and 用水量 count as intensities when the unit is per 万元/亿元 or the
 *   name opens with 单位/万元/亿元.
 * - A name that states a reduction (降低率, 下降率, 降幅, 减排率, or a name ending in 下降/降低
 *   measured in %) is higher-is-better even when it also names 能耗 or 排放.
 * - A direction cell that says nothing recognisable is a problem; the next rule then decides.
 */
import { directionText } from "../i18n/judge";
import type { CellReading, Direction, DirectionReason, DirectionSource, IndicatorName, Problem, SourceCell } from "./types";

/** The direction of an indicator, how it was decided and why (a code with data). */
export interface DirectionDecision {
  direction: Direction;
  source: DirectionSource;
  reason: DirectionReason;
  /** A direction cell that could not be read. */
  problem?: Problem;
}

/** What the direction is decided from. */
export interface DirectionClues {
  label: IndicatorName;
  /** The unit in force: a unit column's, else the name's. */
  unit?: string;
  target: CellReading | null;
  /** Only used to say that a looser target is a floor or ceiling. */
  base?: CellReading | null;
  override?: SourceCell;
}

/** Words of a direction column, after removing spaces. */
const COLUMN_WORDS: ReadonlyMap<string, Direction> = new Map([
  ["正向", "higher"],
  ["正", "higher"],
  ["越大越好", "higher"],
  ["越高越好", "higher"],
  ["↑", "higher"],
  ["+", "higher"],
  ["逆向", "lower"],
  ["反向", "lower"],
  ["逆", "lower"],
  ["越小越好", "lower"],
  ["越低越好", "lower"],
  ["↓", "lower"],
  ["-", "lower"],
]);

/** A name rule: the word found, and whether the unit or the name's opening must also agree. */
interface NameRule {
  pattern: RegExp;
  direction: Direction;
  /** Extra condition on the unit and the compact name (intensities, rankings). */
  applies?: (compactName: string, unit: string) => boolean;
  reason: "reduction" | "lowerWord" | "ranking" | "intensity" | "emission";
}

const PER_AMOUNT_UNIT = /\/(?:万元|亿元|元)/u;
const INTENSITY_OPENING = /^(?:单位|万元|亿元|每万元|每亿元)/u;
const PERCENT_UNIT = /^(?:%|％|‰|百分点)$/u;

/** Checked in order: reductions first, so `单位GDP能耗降低率` is higher-is-better. */
const NAME_RULES: readonly NameRule[] = [
  { pattern: /降低率|下降率|降幅|减排率|减少率/u, direction: "higher", reason: "reduction" },
  {
    pattern: /(?:下降|降低|减少)$/u,
    direction: "higher",
    applies: (_name, unit) => PERCENT_UNIT.test(unit),
    reason: "reduction",
  },
  { pattern: /浓度|失业率|死亡率|收入比|近视率|发生率|恩格尔系数|劣[Ⅴ五V]类|超标|事故|辍学率|空置率/u, direction: "lower", reason: "lowerWord" },
  {
    pattern: /排名|位次/u,
    direction: "lower",
    applies: (_name, unit) => unit === "位" || unit === "名",
    reason: "ranking",
  },
  {
    pattern: /能耗|用水量/u,
    direction: "lower",
    applies: (name, unit) => PER_AMOUNT_UNIT.test(unit) || INTENSITY_OPENING.test(name),
    reason: "intensity",
  },
  { pattern: /排放量|排放强度/u, direction: "lower", reason: "emission" },
];

/**
 * Reads a direction column's cell: a direction, nothing (empty), or a problem.
 * @example directionFromColumn({ raw: "逆向", ref: "H7" }) //=> "lower"
 */
export function directionFromColumn(cell: SourceCell): Direction | null | Problem {
  const text = cell.raw === null ? "" : String(cell.raw).replace(/\s+/gu, "");
  if (text === "") return null;
  const direction = COLUMN_WORDS.get(text);
  if (direction) return direction;
  return { code: "judge.direction", message: directionText.unreadable(cell.ref, text), ...(cell.ref ? { cell: cell.ref } : {}) };
}

/**
 * Decides a direction from the indicator's name and unit alone (rules 3 and 4 of DOMAIN.md).
 * @example directionFromName("PM2.5年均浓度", "微克/立方米") //=> { direction: "lower", source: "name", reason: { code: "lowerWord", word: "浓度", direction: "lower" } }
 * @example directionFromName("人才资源总量", "万人") //=> { direction: "higher", source: "default", reason: { code: "default", direction: "higher" } }
 */
export function directionFromName(compactName: string, unit: string): DirectionDecision {
  for (const rule of NAME_RULES) {
    const match = rule.pattern.exec(compactName);
    if (match && (!rule.applies || rule.applies(compactName, unit))) {
      return { direction: rule.direction, source: "name", reason: nameReason(rule, match[0], unit) };
    }
  }
  return { direction: "higher", source: "default", reason: { code: "default", direction: "higher" } };
}

/** The reason a name rule gives, with the word found (and the unit, for the rules that read it). */
function nameReason(rule: NameRule, word: string, unit: string): DirectionReason {
  const direction = rule.direction;
  if (rule.reason === "ranking" || rule.reason === "intensity") return { code: rule.reason, word, unit, direction };
  return { code: rule.reason, word, direction };
}

/**
 * Decides 正向/逆向 in DOMAIN.md's order: direction column, target comparator, name, default.
 * @example decideDirection({ label: parseIndicatorName("PM2.5 年均浓度"), target: parseCell("<30").value })
 * //=> { direction: "lower", source: "comparator", reason: { code: "comparator", target: "<30", direction: "lower" } }
 */
export function decideDirection(clues: DirectionClues): DirectionDecision {
  const fromColumn = clues.override ? directionFromColumn(clues.override) : null;
  const columnProblem = fromColumn !== null && typeof fromColumn === "object" ? fromColumn : undefined;
  const decision = decideWithoutProblem(clues, typeof fromColumn === "string" ? fromColumn : null);
  const withFloor = decision.source === "column" ? decision : withFloorReason(decision, clues);
  return columnProblem ? { ...withFloor, problem: columnProblem } : withFloor;
}

/** Rules 1 to 4, given what the column said. */
function decideWithoutProblem(clues: DirectionClues, column: Direction | null): DirectionDecision {
  if (column) {
    return { direction: column, source: "column", reason: { code: "column", text: String(clues.override?.raw ?? "").trim(), direction: column } };
  }
  const target = clues.target;
  const named = directionFromName(compactNameOf(clues.label), clues.unit ?? clues.label.unit ?? "");
  const stated = statedDirection(target, named);
  if (target && stated) return { direction: stated, source: "comparator", reason: { code: "comparator", target: target.raw.trim(), direction: stated } };
  return named;
}

/**
 * The direction a target's own words state: a comparator (`<30`), a change (`下降2个百分点`, unless
 * the name states a reduction and the change is its amount) or a way (`持续下降`, `零增长`).
 */
function statedDirection(target: CellReading | null, named: DirectionDecision): Direction | null {
  if (target?.kind === "bound") return target.op === "<" || target.op === "<=" ? "lower" : "higher";
  if (target?.kind === "change" && named.reason.code !== "reduction") return target.change === "increase" ? "higher" : "lower";
  if (target?.kind === "directional") return target.way === "increase" ? "higher" : "lower";
  return null;
}

/** Adds “the target is looser than the base: a floor to hold” to the reason when it is so. */
function withFloorReason(decision: DirectionDecision, clues: DirectionClues): DirectionDecision {
  const base = clues.base;
  const target = clues.target;
  if (!base || !target || !isPointLike(target) || !(isPointLike(base) || base.kind === "bound")) return decision;
  const looser = decision.direction === "higher" ? target.value < base.value : target.value > base.value;
  if (!looser) return decision;
  return { ...decision, reason: { ...decision.reason, floor: { target: target.value, base: base.value } } };
}

/** A point or approximate reading (a value, not a bound or a total). */
function isPointLike(reading: CellReading): reading is CellReading & { kind: "point" | "approx" } {
  return reading.kind === "point" || reading.kind === "approx";
}

/**
 * The name with spaces removed, as the name rules read it.
 * @example compactNameOf({ raw: "单位 GDP 能耗", name: "单位 GDP 能耗", qualifiers: [] }) //=> "单位GDP能耗"
 */
export function compactNameOf(label: IndicatorName): string {
  return label.name.replace(/\s+/gu, "");
}
