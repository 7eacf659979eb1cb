/**
 * The 评估记录 sheet, read through Office.js in the same sync as the table's grid.
 *
 * A sheet that does not exist cannot be asked for by name in a sync without failing it (a range of
 * a worksheet that is not there is `ItemNotFound`), so the door asks only for record sheets it
 * knows exist — from the sheet list it read last — and learns from the first sync's sheet names
 * whether one it did not know of exists: then, and only then, it reads that one in a sync of its own.
 * The used range is read with `getUsedRangeOrNullObject(true)` (ExcelApi 1.4:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)),
 * which is a null object on an empty sheet rather than an error.
 */
import { RECORD_SHEETS } from "../i18n/record";
import type { Grid } from "../workbook/types";
import { gridFromOffice } from "./clean";

/**
 * Record sheets among some sheet names, each once (Excel compares sheet names without case).
 * @example recordSheetsAmong(["表2", "评估记录", "评估记录"]) //=> ["评估记录"]
 */
export function recordSheetsAmong(sheets: readonly string[]): string[] {
  const wanted = new Set(RECORD_SHEETS.map((name) => name.toLowerCase()));
  const found = new Map<string, string>();
  for (const sheet of sheets) if (wanted.has(sheet.toLowerCase()) && !found.has(sheet.toLowerCase())) found.set(sheet.toLowerCase(), sheet);
  return [...found.values()];
}

/**
 * Queues the reads of record sheets known to exist and returns the function that makes their grids
 * once synced.
 * @example const records = queueRecordReads(context, ["评估记录"]); await context.sync(); records()[0].sheet //=> "评估记录"
 */
export function queueRecordReads(context: Excel.RequestContext, sheets: readonly string[]): () => Grid[] {
  const reads = sheets.map((sheet) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,values,numberFormat");
    return { sheet, used };
  });
  return () =>
    reads.map(({ sheet, used }) =>
      used.isNullObject
        ? { sheet, top: 0, left: 0, values: [], merges: [] }
        : gridFromOffice(sheet, { top: used.rowIndex, left: used.columnIndex, values: used.values as unknown[][], numberFormat: used.numberFormat as unknown[][] }, []),
    );
}
