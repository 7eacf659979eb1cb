/**
 * What the WPS door reads of the workbook before it writes: the sheets (with their visibility),
 * the defined names and where they point, the structure protection, and the custom document
 * properties with their values (`CustomDocumentProperties`, as Excel's object model has it:
 * https://learn.microsoft.com/en-us/office/vba/api/excel.workbook.customdocumentproperties).
 * Collections are 1-based and read by `Item(i)`: JavaScript has no default members.
 */
import type { NamedArea } from "../workbook/write/markers";
import type { WorkbookState } from "../workbook/write/operations";
import { savedProperties } from "../workbook/write/properties";
import { parseNameFormula } from "../workbook/write/references";
import { XL_SHEET_VERY_HIDDEN, XL_SHEET_VISIBLE } from "./constants";
import type { EtDocumentProperty, EtWorkbook, EtWorksheet } from "./port";

/** A sheet as listed: its name and visibility. */
export interface ListedSheet {
  name: string;
  visible: number;
}

/** What a write needs to know of the workbook, as the WPS door reads it. */
export interface WpsWorkbookState extends WorkbookState {
  /** Sheets that are very hidden (made hidden before they are deleted, as Excel requires). */
  veryHidden: string[];
  structureProtected: boolean;
  /** The saved custom properties, parts joined, by key as saved. */
  properties: Record<string, string>;
}

/**
 * The workbook's sheets in tab order with their visibility.
 * @example listedSheets(workbook) //=> [{ name: "表2", visible: -1 }]
 */
export function listedSheets(workbook: EtWorkbook): ListedSheet[] {
  const sheets = workbook.Worksheets;
  const count = sheets.Count;
  const listed: ListedSheet[] = [];
  for (let i = 1; i <= count; i += 1) {
    const sheet = sheets.Item(i);
    listed.push({ name: sheet.Name, visible: sheet.Visible });
  }
  return listed;
}

/**
 * A sheet by name, compared case-insensitively as WPS does, or null.
 * @example sheetNamed(workbook, "表2")?.Name //=> "表2"
 */
export function sheetNamed(workbook: EtWorkbook, name: string): EtWorksheet | null {
  const sheets = workbook.Worksheets;
  const lower = name.toLowerCase();
  const count = sheets.Count;
  for (let i = 1; i <= count; i += 1) {
    const sheet = sheets.Item(i);
    if (sheet.Name.toLowerCase() === lower) return sheet;
  }
  return null;
}

/**
 * The custom properties, name and value, in order.
 * @example propertyItems(workbook) //=> [{ key: "PlanAssess.settings", value: "{…}" }]
 */
export function propertyItems(workbook: EtWorkbook): { key: string; value: unknown }[] {
  const properties = workbook.CustomDocumentProperties;
  const count = properties.Count;
  const items: { key: string; value: unknown }[] = [];
  for (let i = 1; i <= count; i += 1) {
    const property: EtDocumentProperty = properties.Item(i);
    items.push({ key: property.Name, value: property.Value });
  }
  return items;
}

/**
 * The defined names and their targets.
 * @example definedNames(workbook) //=> [{ name: "PlanAssess_Block", target: { sheet: "表2", range: … } }]
 */
export function definedNames(workbook: EtWorkbook): NamedArea[] {
  const names = workbook.Names;
  const count = names.Count;
  const found: NamedArea[] = [];
  for (let i = 1; i <= count; i += 1) {
    const named = names.Item(i);
    found.push({ name: named.Name, target: parseNameFormula(String(named.RefersTo ?? "")) });
  }
  return found;
}

/**
 * Everything a write needs to know first.
 * @example readWorkbookState(workbook).sheets //=> ["表2"]
 */
export function readWorkbookState(workbook: EtWorkbook): WpsWorkbookState {
  const sheets = listedSheets(workbook);
  const items = propertyItems(workbook);
  return {
    sheets: sheets.map((sheet) => sheet.name),
    names: definedNames(workbook),
    propertyKeys: items.map((item) => item.key),
    veryHidden: sheets.filter((sheet) => sheet.visible === XL_SHEET_VERY_HIDDEN).map((sheet) => sheet.name),
    structureProtected: workbook.ProtectStructure === true,
    properties: savedProperties(items),
  };
}

/**
 * The names of the visible sheets.
 * @example visibleSheets([{ name: "表2", visible: -1 }, { name: "x", visible: 2 }]) //=> ["表2"]
 */
export function visibleSheets(sheets: readonly ListedSheet[]): string[] {
  return sheets.filter((sheet) => sheet.visible === XL_SHEET_VISIBLE).map((sheet) => sheet.name);
}
