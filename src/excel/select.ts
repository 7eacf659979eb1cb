/**
 * 定位与选区: the two selection round trips the task pane needs besides `WorkbookHost` — selecting
 * the cell a listed problem names (activating its sheet), and reading the user's selected range
 * when they point at the indicator table themselves. One `Excel.run` and one sync each.
 */
import type { CellRange } from "../workbook/types";
import { parseSheetReference, splitReferences } from "../workbook/write/references";
import { ExcelDoorError, guarded } from "./errors";

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
 * Reads the selected range of the active sheet — the first area of a multi-area selection — or null
 * when the selection is not cells (a chart, a shape) or cannot be read. `getSelectedRange` throws on
 * a multi-area selection (the reference: "Gets the currently selected single range from the
 * workbook. If there are multiple ranges selected, this method will throw an error."; the error is
 * `InvalidSelection`, office-js-docs-pr #2477), so the door asks for `getSelectedRanges`
 * (ExcelApi 1.9) and takes its first area. Both throw `InvalidSelection` when a chart is selected,
 * by design (office-js #2268), which the door answers with null.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedranges-member(1)
 * https://github.com/OfficeDev/office-js/issues/2268
 * @example await readSelection() //=> { sheet: "主要指标", range: { top: 2, left: 0, bottom: 39, right: 7 } }
 */
export async function readSelection(): Promise<Selection | null> {
  try {
    return await guarded(() =>
      Excel.run(async (context) => {
        const areas = context.workbook.getSelectedRanges();
        areas.load("address");
        await context.sync();
        const first = splitReferences(areas.address)[0];
        const selected = first === undefined ? null : parseSheetReference(first.trim());
        return selected ? { sheet: selected.sheet, range: selected.range } : null;
      }),
    );
  } catch (error) {
    if (error instanceof ExcelDoorError && error.code === "excel.InvalidSelection") return null;
    throw error;
  }
}
