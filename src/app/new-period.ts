/**
 * 新增填报期: where the next observation column goes and what its header says, following the
 * table's own naming (`2023年上半年` → `2023年` → `2024年上半年`; `2023年1-6月` → `2024年1-6月`).
 *
 * Choices where the specification is silent:
 * - Cadence: quarterly when the table has a quarter column; yearly when it has at least two
 *   columns and all are full years; otherwise half-yearly, as bureaus report.
 * - The header copies the naming of the latest column of the same kind (a full year after the
 *   latest full-year header, a half year after the latest sub-year header), else the latest one.
 * - A table without any observation column but with a known plan gets the first half of the plan's
 *   first year (`2026年上半年` for 2026–2030), placed right after the table's last column.
 * - A period the table already has is skipped: the next one not yet present is added.
 * - The door writes only into an empty column. When the column after the last period holds the
 *   add-in's own results, those are cleared first (the next assessment writes them again); when it
 *   holds the user's content (备注 …), nothing is changed and the user is asked to insert an empty
 *   column there.
 */
import { comparePeriods, formatPeriod, labelLike, nextPeriod, periodOf, type Cadence } from "../core/period";
import type { Period, Result } from "../core/types";
import type { PeriodColumnPlan } from "../workbook/host";
import type { CellRange, ColumnMapping, Grid, TableMapping } from "../workbook/types";

/** The new column and its period. */
export interface NewPeriodColumn {
  column: PeriodColumnPlan;
  period: Period;
}

/** The new column, or why none can be proposed: no observation column and no plan to start from. */
export type NewPeriodPlan = Result<NewPeriodColumn, { reason: "noObservation" }>;

/**
 * How often the table is filled in, from the periods it has.
 * @example cadenceOf([periodOf(2021, 1), periodOf(2022, 1)]) //=> "yearly"
 */
export function cadenceOf(periods: readonly Period[]): Cadence {
  if (periods.some((period) => period.fraction === 0.25 || period.fraction === 0.75)) return "quarterly";
  if (periods.length >= 2 && periods.every((period) => period.fraction === 1)) return "yearly";
  return "half-yearly";
}

/** Observation columns that carry a period, left to right. */
function observationColumns(mapping: TableMapping): (ColumnMapping & { period: Period })[] {
  return mapping.columns
    .filter((entry): entry is ColumnMapping & { period: Period } => entry.role === "observation" && !!entry.period)
    .sort((a, b) => a.column - b.column);
}

/**
 * The header text of a new period, in the naming of the table's latest column of the same kind.
 * @example headerLike(periodOf(2024, 0.5), columns) //=> "2024年上半年"
 */
export function headerLike(period: Period, columns: readonly (ColumnMapping & { period: Period })[]): string {
  const latestFirst = [...columns].sort((a, b) => comparePeriods(b.period, a.period));
  const sameKind = latestFirst.find((entry) => (entry.period.fraction === 1) === (period.fraction === 1));
  const example = sameKind ?? latestFirst[0];
  return example ? labelLike(period, example.header) : formatPeriod(period);
}

/**
 * Plans the next observation column: after the last observation column (or after the table in a
 * table without one), with number validation on the data rows.
 * @example planNewPeriod(mapping) //=> { ok: true, value: { period: { code: "2023" }, column: { header: "2023年", column: 8, … } } }
 */
export function planNewPeriod(mapping: TableMapping): NewPeriodPlan {
  const columns = observationColumns(mapping);
  const last = columns[columns.length - 1];
  let period: Period;
  let after: number;
  if (last) {
    const periods = columns.map((entry) => entry.period);
    const cadence = cadenceOf(periods);
    const present = new Set(periods.map((entry) => entry.code));
    period = nextPeriod([...periods].sort(comparePeriods)[periods.length - 1] ?? last.period, cadence);
    while (present.has(period.code)) period = nextPeriod(period, cadence);
    after = last.column;
  } else if (mapping.plan) {
    period = periodOf(mapping.plan.baseYear + 1, 0.5);
    after = mapping.right;
  } else {
    return { ok: false, problem: { reason: "noObservation" } };
  }
  const column = after + 1;
  const planned: PeriodColumnPlan = {
    sheet: mapping.sheet,
    headerRow: mapping.headerBottom,
    column,
    header: headerLike(period, columns),
    dataRows: { top: mapping.firstRow, bottom: mapping.lastRow, left: column, right: column },
  };
  return { ok: true, value: { period, column: planned } };
}

/** Whether the new column's cells are empty, hold the add-in's results, or hold the user's content. */
export type ColumnOccupancy = "free" | "generated" | "taken";

/**
 * Says what the cells of a planned column (header row to last data row) hold, from the sheet's grid
 * and the area the add-in generated there (if any).
 * @example columnOccupancy(grid, plan.column, null) //=> "free"
 */
export function columnOccupancy(grid: Grid, column: PeriodColumnPlan, generated: CellRange | null): ColumnOccupancy {
  const top = Math.min(column.headerRow, column.dataRows.top);
  const bottom = Math.max(column.headerRow, column.dataRows.bottom);
  const ours = (row: number): boolean =>
    generated !== null &&
    column.column >= generated.left &&
    column.column <= generated.right &&
    row >= generated.top &&
    row <= generated.bottom;
  let occupancy: ColumnOccupancy = "free";
  // A formula whose result is empty holds no value but is the user's.
  const formulas = new Set((grid.marks ?? []).filter((mark) => mark.column === column.column).map((mark) => mark.row));
  for (let row = top; row <= bottom; row += 1) {
    const value = grid.values[row - grid.top]?.[column.column - grid.left];
    if ((value === null || value === undefined || value === "") && !formulas.has(row)) continue;
    if (!ours(row)) return "taken";
    occupancy = "generated";
  }
  return occupancy;
}
