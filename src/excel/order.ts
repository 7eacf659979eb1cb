/**
 * 写入顺序 for Excel: the workbook layer's operation list, put in the order Excel needs.
 *
 * - Clearing removes what the names mark before the names: the sheets first, then the status
 *   area, then the saved properties, and the names last. A step that fails (a sheet Excel refuses
 *   to delete) leaves every name that marks what remains, so the next run, or 清除评估结果, still
 *   recognises it as the add-in's and does not take it for the user's (`excel.sheet_taken`).
 * - A very hidden sheet is made hidden before it is deleted: Excel refuses to delete a very hidden
 *   sheet (office-js #365: https://github.com/OfficeDev/office-js/issues/365).
 * - Merges come before the cells' formats and values on their sheet: merging after formatting a
 *   range whose first cell is empty loses the fill (office-js #6405:
 *   https://github.com/OfficeDev/office-js/issues/6405, whose workaround is to merge first); the
 *   covered cells' values are written as empty, as a merge leaves them.
 * - A sheet's print zoom fits all columns on one page wide and as many pages tall as the rows need,
 *   both as page counts, as the reference describes them (never 0):
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
 */
import type { CellRange } from "../workbook/types";
import type { WriteOperation } from "../workbook/write/operations";
import type { OwnRules } from "./rules";

/** An operation as the Office.js door queues it: the workbook layer's, or the door's own. */
export type OfficeOperation =
  | WriteOperation
  | { kind: "unhideSheet"; sheet: string }
  | { kind: "deleteRule"; sheet: string; id: string }
  | { kind: "printZoom"; sheet: string; pagesTall: number };

/** Rows that surely fit one printed page at the scale that fits the columns (A4 landscape). */
const ROWS_PER_PAGE = 20;
/** Excel's largest page count. */
const MAX_PAGES = 32_767;

/** Clearing steps, in the order Excel carries them out. */
const CLEARING_ORDER: Record<string, number> = { deleteSheet: 0, clearArea: 1, deleteProperty: 2, deleteName: 3 };

/**
 * The door's order of a write: clearing reordered (sheets, areas, properties, names), very hidden
 * sheets made hidden first, the add-in's own conditional formats deleted (by id) before a sheet's
 * first cleared area, merges before their sheet's cells, print zoom with page counts.
 * @example officeOrder([{ kind: "deleteName", name: "PlanAssess_Area" }, { kind: "deleteSheet", sheet: "评估汇总" }], []).map((op) => op.kind) //=> ["deleteSheet", "deleteName"]
 */
export function officeOrder(operations: readonly WriteOperation[], veryHidden: readonly string[], ownRules: OwnRules = {}): OfficeOperation[] {
  const clearingEnd = operations.findIndex((op) => CLEARING_ORDER[op.kind] === undefined);
  const clearing = operations.slice(0, clearingEnd < 0 ? operations.length : clearingEnd);
  const rest = operations.slice(clearing.length);
  const hidden = new Set(veryHidden.map((sheet) => sheet.toLowerCase()));
  const ordered: OfficeOperation[] = [];
  const rulesGone = new Set<string>();
  for (const op of [...clearing].sort((a, b) => (CLEARING_ORDER[a.kind] ?? 0) - (CLEARING_ORDER[b.kind] ?? 0))) {
    if (op.kind === "deleteSheet" && hidden.has(op.sheet.toLowerCase())) ordered.push({ kind: "unhideSheet", sheet: op.sheet });
    if (op.kind === "clearArea" && !rulesGone.has(op.sheet.toLowerCase())) {
      // The add-in's own conditional formats on the sheet go by id before its areas are cleared,
      // which leaves every other format whole (`rules.ts`).
      rulesGone.add(op.sheet.toLowerCase());
      for (const id of ownRules[op.sheet.toLowerCase()] ?? []) ordered.push({ kind: "deleteRule", sheet: op.sheet, id });
    }
    ordered.push(op);
  }
  for (const op of mergesFirst(rest)) ordered.push(op);
  return ordered.flatMap((op) => withZoom(op, rest));
}

/** A page setup followed by its zoom in page counts. */
function withZoom(op: OfficeOperation, all: readonly WriteOperation[]): OfficeOperation[] {
  if (op.kind !== "pageSetup") return [op];
  const rows = rowsWritten(all, op.sheet);
  return [op, { kind: "printZoom", sheet: op.sheet, pagesTall: Math.min(MAX_PAGES, Math.max(1, Math.ceil(rows / ROWS_PER_PAGE))) }];
}

/** The rows a write fills on a sheet (the lowest row of its values, plus one). */
function rowsWritten(operations: readonly WriteOperation[], sheet: string): number {
  let rows = 0;
  for (const op of operations) {
    if (op.kind === "values" && op.sheet === sheet) rows = Math.max(rows, op.top + op.values.length);
  }
  return rows;
}

/** Whether an operation writes a sheet's cells (formats, values, styles, widths, rules). */
function writesCells(op: WriteOperation): op is Extract<WriteOperation, { sheet: string }> {
  return op.kind === "columnWidth" || op.kind === "format" || op.kind === "formats" || op.kind === "values" || op.kind === "style" || op.kind === "rule";
}

/**
 * Each merge moved before the first operation writing its sheet's cells; values a merge covers
 * (all but its first cell) written as empty.
 */
function mergesFirst(operations: readonly WriteOperation[]): WriteOperation[] {
  const merges = operations.filter((op): op is Extract<WriteOperation, { kind: "merge" }> => op.kind === "merge");
  if (merges.length === 0) return [...operations];
  const bySheet = new Map<string, CellRange[]>();
  for (const merge of merges) {
    const ranges = bySheet.get(merge.sheet);
    if (ranges) ranges.push(merge.range);
    else bySheet.set(merge.sheet, [merge.range]);
  }
  const placed = new Set<string>();
  const ordered: WriteOperation[] = [];
  for (const op of operations) {
    if (op.kind === "merge") continue;
    if (writesCells(op) && bySheet.has(op.sheet) && !placed.has(op.sheet)) {
      placed.add(op.sheet);
      for (const range of bySheet.get(op.sheet) ?? []) ordered.push({ kind: "merge", sheet: op.sheet, range });
    }
    ordered.push(op.kind === "values" && bySheet.has(op.sheet) ? blankCovered(op, bySheet.get(op.sheet) ?? []) : op);
  }
  for (const [sheet, ranges] of bySheet) {
    if (!placed.has(sheet)) for (const range of ranges) ordered.push({ kind: "merge", sheet, range });
  }
  return ordered;
}

/** A values operation with the cells merged areas cover (all but each area's first) emptied. */
function blankCovered(op: Extract<WriteOperation, { kind: "values" }>, merges: readonly CellRange[]): WriteOperation {
  const covered = (row: number, column: number) =>
    merges.some((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right && !(row === m.top && column === m.left));
  return { ...op, values: op.values.map((line, i) => line.map((value, j) => (covered(op.top + i, op.left + j) ? "" : value))) };
}
