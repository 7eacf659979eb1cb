/**
 * 读行: one indicator row read — its name cleaned, the unit in force, its base, target and growth
 * cells and its observations read, every problem naming its cell.
 */
import { selectText } from "../i18n/judge";
import { parseCell } from "./cell";
import { compactNameOf } from "./direction";
import { isGrowthRateName } from "./kinds/classification";
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
  /** The target was read from the 年均/累计 (growth) column, the target-year cell holding none. */
  targetFromGrowth: boolean;
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
  const compactName = compactNameOf(label);
  const base = readCell(input.base, selectText.roles.base, problems);
  const written = readCell(input.target, selectText.roles.target, problems);
  const growthCell = readCell(input.targetGrowth, selectText.roles.targetGrowth, problems);
  const { target, growth } = targetInForce(written, growthCell, compactName);
  return {
    input,
    label,
    compactName,
    ...(unit ? { unit } : {}),
    base,
    target,
    growth,
    targetFromGrowth: target !== written,
    actualGrowth:
      actual && actualReading ? { period: actual.period, reading: actualReading, ...(actual.cell.ref ? { ref: actual.cell.ref } : {}) } : null,
    read: readObservations(input.observations),
    problems,
  };
}

/**
 * The national layout (2020年 | 2025年 | 年均/累计): where the target-year cell holds no target
 * (`—`, empty), the 年均/累计 cell read with the full grammar is the target — `〔13.5〕`, `高于GDP增长`,
 * `保持在合理区间…`, and `<5.5` a bound on the level itself (城镇调查失业率) — except that a bound on a
 * row whose name states a growth rate (`>7` on 研发经费投入增长) is a bound on the annual growth, and
 * a plain number stays the target growth rate it always was. Where both hold values, the
 * target-year cell is the target.
 * @example targetInForce(parseCell("—").value, parseCell("〔13.5〕").value, "单位GDP能源消耗降低").target.kind //=> "cumulative"
 * @example targetInForce(parseCell("—").value, parseCell(">7").value, "全社会研发经费投入增长").target.annotations //=> { annualGrowth: true }
 */
export function targetInForce(
  target: CellReading | null,
  growth: CellReading | null,
  compactName: string,
): { target: CellReading | null; growth: CellReading | null } {
  const targetHoldsNone = target === null || (target.kind === "missing" && target.reason !== "error");
  if (!targetHoldsNone || growth === null || growth.kind === "missing") return { target, growth };
  if (growth.kind === "point" || growth.kind === "approx") return { target, growth };
  if (growth.kind === "bound" && isGrowthRateName(compactName)) {
    return { target: { ...growth, annotations: { ...growth.annotations, annualGrowth: true } }, growth: null };
  }
  return { target: growth, growth: null };
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
    const words = role === selectText.roles.target || role === selectText.roles.targetGrowth ? selectText.unreadableTarget : selectText.unreadable;
    problems.push({ ...parsed.problem, message: words(name, String(cell.raw), parsed.problem.message), ...where });
    return null;
  }
  problems.push({ code: "parse.cell_error", message: selectText.error(name, String(cell.raw).trim()), ...where });
  return parsed.value;
}
