/**
 * 读行: one indicator row read — its name cleaned, the unit in force, its base, target and growth
 * cells and its observations read, every problem naming its cell.
 */
import { selectText } from "../i18n/judge";
import { parseCell } from "./cell";
import { compactNameOf } from "./direction";
import { parseIndicatorName } from "./name";
import { cellName, readObservations, type ObservationsRead } from "./select";
import type { CellReading, IndicatorInput, IndicatorName, Period, Problem, SourceCell } from "./types";

/** An indicator row with its cells read. */
export interface IndicatorReading {
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

/**
 * Reads an indicator's name and cells; problems name their cell.
 * @example readIndicator({ row: 6, name: "森林覆盖率（%）", base: { raw: 52.6 }, target: { raw: "53 左右" }, observations: [] }).target.kind //=> "approx"
 */
export function readIndicator(input: IndicatorInput): IndicatorReading {
  const label = parseIndicatorName(input.name);
  const unit = unitInForce(input, label);
  const problems: Problem[] = [];
  const actual = input.actualGrowth;
  const actualReading = actual ? readCell(actual.cell, selectText.roles.actualGrowth, problems) : null;
  return {
    input,
    label,
    compactName: compactNameOf(label),
    ...(unit ? { unit } : {}),
    base: readCell(input.base, selectText.roles.base, problems),
    target: readCell(input.target, selectText.roles.target, problems),
    growth: readCell(input.targetGrowth, selectText.roles.targetGrowth, problems),
    actualGrowth:
      actual && actualReading ? { period: actual.period, reading: actualReading, ...(actual.cell.ref ? { ref: actual.cell.ref } : {}) } : null,
    read: readObservations(input.observations),
    problems,
  };
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
function readCell(cell: SourceCell | undefined, role: string, problems: Problem[]): CellReading | null {
  if (cell === undefined) return null;
  const parsed = parseCell(cell.raw);
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
