/**
 * The pane's two looks at the user's cells through WPS: going to a cell (the sheet activated, the
 * cell selected) and reading the selected range (`ActiveWindow.RangeSelection`, the cells even
 * when a shape is selected: https://learn.microsoft.com/en-us/office/vba/api/excel.window.rangeselection).
 */
import { parseRangeAddress } from "../workbook/address";
import type { CellRange } from "../workbook/types";
import { guardedCall, WpsDoorError } from "./errors";
import type { WpsText } from "../i18n/wps";
import type { EtPort } from "./port";
import { sheetNamed } from "./state";

/**
 * Activates a sheet and selects a cell or range on it.
 * @example selectIn(port, wpsZhCN)("表2", "F3") // 表2 in front, F3 selected
 */
export function selectIn(port: EtPort, text: WpsText): (sheet: string, ref: string) => Promise<void> {
  return async (sheet, ref) =>
    guardedCall(() => {
      const workbook = port.Application.ActiveWorkbook;
      const found = workbook ? sheetNamed(workbook, sheet) : null;
      if (!found) throw new WpsDoorError({ code: "wps.sheet_missing", message: text.sheetMissing(sheet) });
      found.Activate();
      found.Range(ref).Select();
    }, text);
}

/**
 * The selected range and its sheet, or null when nothing readable is selected.
 * @example await selectionIn(port)() //=> { sheet: "表2", range: { top: 2, left: 0, bottom: 39, right: 7 } }
 */
export function selectionIn(port: EtPort): () => Promise<{ sheet: string; range: CellRange } | null> {
  return async () => {
    try {
      const selected = port.Application.ActiveWindow.RangeSelection;
      const range = parseRangeAddress(selected.Address().split(",")[0] ?? "");
      return range ? { sheet: selected.Worksheet.Name, range } : null;
    } catch {
      return null;
    }
  };
}
