/**
 * Finding the indicator table in a grid: its header band, its columns' roles with the evidence for
 * each, its data rows and the plan, wherever it sits on the sheet (title rows above, not at A1,
 * one- or two-row headers, footnotes below, extra columns beside it).
 */
import { planFromName } from "../core/period";
import type { Problem, Result } from "../core/types";
import { workbookMessages } from "../i18n/workbook";
import { cellAddress, columnLetters } from "./address";
import { cropGrid, withoutArea } from "./crop";
import { findHeaderBand, headerScore } from "./header";
import type { HeaderBand } from "./header";
import { cellText, columnsIn, indexGrid, ownValue, rowsIn, shownColumns, shownValue } from "./lookup";
import type { GridIndex } from "./lookup";
import { settleColumns } from "./periods";
import type { PlanHint } from "./periods";
import { draftColumns } from "./roles";
import { findDataRows } from "./rows";
import type { CellRange, Grid, TableMapping } from "./types";

/** How far above the header a title naming the plan (`“十四五”…主要指标`) is looked for. */
const TITLE_ROWS = 5;

/** Options of {@link findTable}. */
export interface FindTableOptions {
  /** The status block an earlier run wrote on this sheet: its columns are `generated`, never data. */
  previousBlock?: CellRange;
}

/**
 * Finds the indicator table in a grid and maps its columns, or says why there is none.
 * @example findTable(keqiao14thGrid).ok //=> true (header row 3, data rows 4–39, plan 2020–2025)
 * @example findTable({ sheet: "空表", top: 0, left: 0, values: [], merges: [] })
 * //=> { ok: false, problem: { code: "table.empty_sheet", message: "工作表“空表”为空，没有可评估的指标表" } }
 */
export function findTable(grid: Grid, options: FindTableOptions = {}): Result<TableMapping> {
  const index = indexGrid(grid);
  if (index.bottom < index.top || index.right < index.left) {
    return failure("table.empty_sheet", workbookMessages.emptySheet(grid.sheet));
  }
  const band = findHeaderBand(index);
  if (!band) return failure("table.not_found", workbookMessages.notFound(grid.sheet));

  const drafts = draftColumns(band, options.previousBlock);
  const settled = settleColumns(drafts, planHint(index, band));
  const name = settled.columns.find((column) => column.role === "name");
  if (!name) return failure("table.no_name_column", workbookMessages.noNameColumn(grid.sheet));

  const serial = settled.columns.find((column) => column.role === "index")?.column;
  const rows = findDataRows(index, band.bottom, band.left, band.right, name.column, serial);
  if (!rows) return failure("table.no_rows", workbookMessages.noRows(grid.sheet, band.bottom + 1));

  const far = rows.farRow === undefined ? [] : [farRowProblem(grid.sheet, rows.farRow, name.column, rows.last)];
  const problems: Problem[] = [...settled.problems, ...far, ...secondTables(index, rows.last), ...tablesToTheRight(grid, band, options.previousBlock)];
  return {
    ok: true,
    value: {
      sheet: grid.sheet,
      headerTop: band.top,
      headerBottom: band.bottom,
      firstRow: rows.first,
      lastRow: rows.last,
      left: band.left,
      right: band.right,
      columns: settled.columns,
      plan: settled.plan,
      planEvidence: settled.planEvidence,
      periods: settled.periods,
      problems,
    },
  };
}

/**
 * A problem naming a second table below the one found (a row further down that reads as a header):
 * it is not assessed, and the user is told so.
 */
function secondTables(index: GridIndex, lastRow: number): Problem[] {
  for (const row of rowsIn(index, lastRow + 1, index.bottom)) {
    if (headerScore(index, row) === 0) continue;
    const cells: { column: number; text: string }[] = [];
    for (const column of columnsIn(index, row, index.left, index.right)) {
      if (cells.length >= SECOND_TABLE_HEADERS) break;
      const text = cellText(ownValue(index, row, column));
      if (text !== "") cells.push({ column, text });
    }
    const header = cells.map((cell) => cell.text).join(" ");
    const cell = cellAddress(row, cells[0]?.column ?? index.left);
    return [{ code: "table.second_table", message: workbookMessages.secondTable(index.grid.sheet, row + 1, header), cell }];
  }
  return [];
}

/** The problem of a row that would continue the table but lies past a long run of blank rows: not read. */
function farRowProblem(sheet: string, row: number, nameColumn: number, lastRow: number): Problem {
  const cell = cellAddress(row, nameColumn);
  return { code: "table.far_row", message: workbookMessages.farRow(sheet, row + 1, row - lastRow - 1), cell };
}

/**
 * A problem naming a second table to the right of the one found (columns past its header band
 * whose rows read as an indicator table's header, with a name column): it is not assessed, and the
 * status block is not written over it (the collision check refuses any cell of it).
 */
function tablesToTheRight(grid: Grid, band: HeaderBand, previousBlock: CellRange | undefined): Problem[] {
  const index = indexGrid(grid);
  if (band.right >= index.right) return [];
  const own = previousBlock ? withoutArea(grid, previousBlock) : grid;
  const beside = findHeaderBand(indexGrid(cropGrid(own, { top: index.top, left: band.right + 1, bottom: index.bottom, right: index.right })));
  if (!beside || !beside.columns.some((column) => column.keyword === "name")) return [];
  const headed = beside.columns.filter((column) => column.header !== "");
  const first = headed[0];
  if (!first) return [];
  const header = headed.slice(0, SECOND_TABLE_HEADERS).map((column) => column.header).join(" ");
  const cell = cellAddress(beside.top, first.column);
  return [{ code: "table.second_table", message: workbookMessages.secondTableRight(grid.sheet, columnLetters(first.column), header), cell }];
}

/** How many of a second table's header cells its problem quotes. */
const SECOND_TABLE_HEADERS = 4;

/** A failed search, as a problem value. */
function failure(code: string, message: string): Result<TableMapping> {
  return { ok: false, problem: { code, message } };
}

/**
 * A plan named in the headers (`“十三五”目标`), else in a title above the table, else in the
 * sheet's name; null when none is named.
 */
function planHint(index: GridIndex, band: HeaderBand): PlanHint | null {
  for (const column of band.columns) {
    if (column.label.plan) return { plan: column.label.plan, source: column.header };
  }
  const from = Math.max(index.top, band.top - TITLE_ROWS);
  for (let row = band.top - 1; row >= from; row -= 1) {
    for (const column of shownColumns(index, row)) {
      const title = cellText(shownValue(index, row, column));
      const plan = title === "" ? null : planFromName(title);
      if (plan) return { plan, source: title };
    }
  }
  const plan = planFromName(index.grid.sheet);
  return plan ? { plan, source: index.grid.sheet } : null;
}
