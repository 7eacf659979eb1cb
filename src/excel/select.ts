/**
 * 定位与选区: the two selection round trips the task pane needs besides `WorkbookHost` — selecting
 * the cell a listed problem names (activating its sheet), and reading the user's selected range
 * when they point at the indicator table themselves. One `Excel.run` and one sync each.
 */
import type { CellRange } from "../workbook/types";
import { parseSheetReference, splitReferences } from "../workbook/write/references";
import { guarded } from "./errors";

/** The user's selection: its sheet and its first rectangle, 0-based. */
export interface Selection {
  sheet: string;
  range: CellRange;
}

/**
 * Activates a sheet and selects a cell or range on it (`"F9"`, `"B3:H40"`).
 * @example await selectCell("主要指标", "F9") // the sheet is active and F9 selected
 */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await guarded(() =>
    Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    }),
  );
}

/**
 * Reads the selected range of the active sheet; null when the selection is not a range of cells
 * (a chart, a shape) or cannot be read.
 * @example await readSelection() //=> { sheet: "主要指标", range: { top: 2, left: 0, bottom: 39, right: 7 } }
 */
export async function readSelection(): Promise<Selection | null> {
  return guarded(() =>
    Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      const first = splitReferences(range.address)[0];
      const selected = first === undefined ? null : parseSheetReference(first);
      return selected ? { sheet: selected.sheet, range: selected.range } : null;
    }),
  );
}
