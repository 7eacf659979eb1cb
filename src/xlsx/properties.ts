/**
 * 保存的设置 on a very hidden sheet, `PlanAssess_Properties`: one property part per row, key in
 * column A, text in column B. The command line writes them there as well as in the file's custom
 * properties (`custom-properties.ts`, where Excel and WPS keep them): exceljs and tools built on it
 * drop custom properties when they save, the sheet survives them. Excel users never see it (it
 * cannot be unhidden from Excel's menus); every door leaves it out of the sheet list.
 */
import type ExcelJS from "exceljs";

/** The very hidden sheet holding saved properties. */
export const PROPERTY_SHEET = "PlanAssess_Properties";

/**
 * Key and value of every saved property part, in row order.
 * @example savedProperties(workbook) //=> [{ key: "PlanAssess.runStamp", value: "2023H1" }]
 */
export function savedProperties(workbook: ExcelJS.Workbook): { key: string; value: string }[] {
  const sheet = workbook.getWorksheet(PROPERTY_SHEET);
  if (!sheet) return [];
  const saved: { key: string; value: string }[] = [];
  sheet.eachRow((row) => {
    const key = row.getCell(1).value;
    const value = row.getCell(2).value;
    if (typeof key === "string" && key !== "") saved.push({ key, value: value === null || value === undefined ? "" : String(value) });
  });
  return saved;
}

/**
 * The property sheet, created very hidden (after the existing sheets) when absent.
 * @example propertySheet(workbook).state //=> "veryHidden"
 */
export function propertySheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  return workbook.getWorksheet(PROPERTY_SHEET) ?? workbook.addWorksheet(PROPERTY_SHEET, { state: "veryHidden" });
}

/** The row holding a key (compared case-insensitively), or undefined. */
function rowOf(sheet: ExcelJS.Worksheet, key: string): ExcelJS.Row | undefined {
  let found: ExcelJS.Row | undefined;
  const lower = key.toLowerCase();
  sheet.eachRow((row) => {
    const saved = row.getCell(1).value;
    if (!found && typeof saved === "string" && saved.toLowerCase() === lower) found = row;
  });
  return found;
}

/**
 * Saves one property part (as text), replacing an earlier value of the same key.
 * @example setSavedProperty(workbook, "PlanAssess.runStamp", "2023H1") //=> row ["PlanAssess.runStamp", "2023H1"] on PlanAssess_Properties
 */
export function setSavedProperty(workbook: ExcelJS.Workbook, key: string, value: string): void {
  const sheet = propertySheet(workbook);
  const row = rowOf(sheet, key) ?? sheet.getRow(sheet.rowCount + 1);
  row.getCell(1).value = key;
  row.getCell(2).value = value;
  row.getCell(2).style = { numFmt: "@" };
}

/**
 * Removes one property part; nothing happens when it is not saved.
 * @example deleteSavedProperty(workbook, "PlanAssess.settings~2") //=> that row gone
 */
export function deleteSavedProperty(workbook: ExcelJS.Workbook, key: string): void {
  const sheet = workbook.getWorksheet(PROPERTY_SHEET);
  const row = sheet ? rowOf(sheet, key) : undefined;
  if (sheet && row) sheet.spliceRows(row.number, 1);
}
