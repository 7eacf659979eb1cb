/**
 * Carries out write operations — the same list the Office.js door queues and the exceljs door
 * applies (`src/workbook/write/operations.ts`) — through WPS's object model, each operation as a
 * bounded number of calls on whole ranges: a block of values is one `Resize().Value2 = rows`
 * (https://learn.microsoft.com/en-us/office/vba/api/excel.range.resize), a format one
 * `NumberFormat` over its rectangle, a style a few calls over its range. Only the per-cell
 * number formats of a column whose formats change often (`formats`) go as one call per format and
 * per 255 characters of addresses (a multi-area `Range("F3,F5:F9")`, whose address Excel limits
 * to 255 characters).
 */
import { cellAddress, rangeAddress } from "../workbook/address";
import type { CellRange } from "../workbook/types";
import type { WriteOperation } from "../workbook/write/operations";
import { MSO_PROPERTY_TYPE_STRING, XL_SHEET_HIDDEN, XL_SHEET_VERY_HIDDEN } from "./constants";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./port";
import { rangeAt } from "./read";
import { sheetNamed } from "./state";
import { addChart, addRule, applyStyle, deleteOwnConditions, setUpPage } from "./style";

/** The longest address a multi-area `Range(…)` takes. */
const ADDRESS_LIMIT = 255;

/** What a write carries from one operation to the next. */
export interface WpsWrite {
  application: EtApplication;
  workbook: EtWorkbook;
  /** Sheets met so far, by lower-case name (listing sheets costs calls). */
  sheets: Map<string, EtWorksheet>;
  /** The custom properties saved now, by lower-case name (known from the state read before). */
  propertyKeys: Set<string>;
  /** Saved properties written, for the read-back check. */
  written: { key: string; value: string }[];
}

/**
 * A write over a workbook.
 * @example wpsWrite(application, workbook, ["PlanAssess.run"]).propertyKeys //=> Set { "planassess.run" }
 */
export function wpsWrite(application: EtApplication, workbook: EtWorkbook, propertyKeys: readonly string[] = []): WpsWrite {
  return { application, workbook, sheets: new Map(), propertyKeys: new Set(propertyKeys.map((name) => name.toLowerCase())), written: [] };
}

/** A sheet by name; a programming error when absent (operations are built from what exists). */
function sheetOf(write: WpsWrite, name: string): EtWorksheet {
  const lower = name.toLowerCase();
  const known = write.sheets.get(lower);
  if (known) return known;
  const found = sheetNamed(write.workbook, name);
  if (!found) throw new Error(`No sheet named ${name}`);
  write.sheets.set(lower, found);
  return found;
}

/**
 * A sheet-qualified absolute reference as a name's `RefersTo`.
 * @example refersTo("表2", { top: 2, left: 5, bottom: 38, right: 9 }) //=> "='表2'!$F$3:$J$39"
 */
export function refersTo(sheet: string, range: CellRange): string {
  const absolute = rangeAddress(range).replace(/([A-Z]+)(\d+)/gu, "$$$1$$$2");
  return `='${sheet.replace(/'/gu, "''")}'!${absolute}`;
}

/**
 * Multi-area addresses of the cells of one column that take each format, each address under
 * 255 characters.
 * @example formatAddresses(2, 5, [["@"], ["0.0%"], ["@"]]) //=> [{ format: "@", address: "F3,F5" }, { format: "0.0%", address: "F4" }]
 */
export function formatAddresses(top: number, column: number, formats: readonly (readonly string[])[]): { format: string; address: string }[] {
  const byFormat = new Map<string, string[]>();
  let from = 0;
  formats.forEach((row, i) => {
    const format = row[0] ?? "General";
    const next = formats[i + 1]?.[0] ?? "General";
    if (i + 1 < formats.length && next === format) return;
    const cells = from === i ? cellAddress(top + i, column) : rangeAddress({ top: top + from, left: column, bottom: top + i, right: column });
    (byFormat.get(format) ?? byFormat.set(format, []).get(format) ?? []).push(cells);
    from = i + 1;
  });
  const addresses: { format: string; address: string }[] = [];
  for (const [format, parts] of byFormat) {
    let address = "";
    for (const part of parts) {
      if (address !== "" && address.length + 1 + part.length > ADDRESS_LIMIT) {
        addresses.push({ format, address });
        address = "";
      }
      address = address === "" ? part : `${address},${part}`;
    }
    if (address !== "") addresses.push({ format, address });
  }
  return addresses;
}

/** Writes a block of values in one call (one cell as its value, a block as its rows). */
function writeValues(sheet: EtWorksheet, { top, left, values }: { top: number; left: number; values: readonly (readonly (string | number | boolean)[])[] }): void {
  const columns = values[0]?.length ?? 0;
  if (values.length === 0 || columns === 0) return;
  const first = sheet.Cells.Item(top + 1, left + 1);
  if (values.length === 1 && columns === 1) first.Value2 = values[0]?.[0];
  else first.Resize(values.length, columns).Value2 = values.map((row) => [...row]);
}

/** Adds a sheet after the last and names it (WPS names it first, as Excel does). */
function addSheet(write: WpsWrite, name: string): void {
  const sheets = write.workbook.Worksheets;
  const added = sheets.Add(undefined, sheets.Item(sheets.Count));
  added.Name = name;
  write.sheets.set(name.toLowerCase(), added);
}

/** Deletes a sheet (a very hidden one is made hidden first, as Excel requires). */
function deleteSheet(write: WpsWrite, name: string): void {
  const sheet = sheetOf(write, name);
  if (sheet.Visible === XL_SHEET_VERY_HIDDEN) sheet.Visible = XL_SHEET_HIDDEN;
  sheet.Delete();
  write.sheets.delete(name.toLowerCase());
}

/**
 * Freezes a sheet's top rows: frozen panes belong to the window, so the sheet is activated first
 * (the host activates the user's sheet again when the write ends).
 */
function freezeRows(write: WpsWrite, name: string, rows: number): void {
  sheetOf(write, name).Activate();
  const window = write.application.ActiveWindow;
  window.FreezePanes = false;
  window.SplitColumn = 0;
  window.SplitRow = rows;
  window.FreezePanes = true;
}

/**
 * Saves a property: an existing one (by name, as `Item` takes it, case-insensitively as in Excel:
 * https://learn.microsoft.com/en-us/office/vba/api/office.documentproperties.item) given its new
 * value, a new one added as text.
 */
function setProperty(write: WpsWrite, key: string, value: string): void {
  const properties = write.workbook.CustomDocumentProperties;
  const lower = key.toLowerCase();
  if (write.propertyKeys.has(lower)) properties.Item(key).Value = value;
  else properties.Add(key, false, MSO_PROPERTY_TYPE_STRING, value);
  write.propertyKeys.add(lower);
  write.written.push({ key, value });
}

/** Deletes a saved property, when there is one. */
function deleteProperty(write: WpsWrite, key: string): void {
  const lower = key.toLowerCase();
  if (!write.propertyKeys.has(lower)) return;
  write.workbook.CustomDocumentProperties.Item(key).Delete();
  write.propertyKeys.delete(lower);
}

/**
 * Carries out one operation.
 * @example applyOperation(write, { kind: "freeze", sheet: "评估明细", rows: 1 }) // the first row of 评估明细 frozen
 */
export function applyOperation(write: WpsWrite, operation: WriteOperation): void {
  switch (operation.kind) {
    case "deleteName":
      write.workbook.Names.Item(operation.name).Delete();
      return;
    case "deleteSheet":
      deleteSheet(write, operation.sheet);
      return;
    case "clearArea": {
      // As the Office.js door clears: contents go, the Normal style replaces the cells' formats,
      // the add-in's own conditional formats go and the user's stay; merges are the user's.
      const range = rangeAt(sheetOf(write, operation.sheet), operation.range);
      deleteOwnConditions(range);
      range.ClearContents();
      range.Style = "Normal";
      return;
    }
    case "deleteProperty":
      deleteProperty(write, operation.key);
      return;
    case "addSheet":
      addSheet(write, operation.sheet);
      return;
    case "columnWidth":
      // `ColumnWidth` is in characters of the Normal style's font, as the plan's widths are.
      rangeAt(sheetOf(write, operation.sheet), operation.range).ColumnWidth = operation.width;
      return;
    case "format":
      rangeAt(sheetOf(write, operation.sheet), operation.range).NumberFormat = operation.format;
      return;
    case "formats": {
      const sheet = sheetOf(write, operation.sheet);
      for (const { format, address } of formatAddresses(operation.top, operation.left, operation.numberFormat)) sheet.Range(address).NumberFormat = format;
      return;
    }
    case "values":
      writeValues(sheetOf(write, operation.sheet), operation);
      return;
    case "style":
      applyStyle(rangeAt(sheetOf(write, operation.sheet), operation.range), operation.style);
      return;
    case "merge":
      rangeAt(sheetOf(write, operation.sheet), operation.range).Merge();
      return;
    case "rule":
      addRule(rangeAt(sheetOf(write, operation.sheet), operation.rule.range), operation.rule);
      return;
    case "chart":
      addChart(sheetOf(write, operation.sheet), operation.chart);
      return;
    case "freeze":
      freezeRows(write, operation.sheet, operation.rows);
      return;
    case "pageSetup":
      setUpPage(sheetOf(write, operation.sheet).PageSetup, operation.print);
      return;
    case "addName":
      write.workbook.Names.Add(operation.name, refersTo(operation.sheet, operation.range));
      return;
    case "setProperty":
      setProperty(write, operation.key, operation.value);
      return;
    default: {
      const never: never = operation;
      throw new Error(`Unknown write operation ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The saved properties WPS did not keep whole: each written one read back.
 * @example propertyLosses(write) //=> [] (all kept)
 */
export function propertyLosses(write: WpsWrite): { key: string; written: number; kept: number }[] {
  return write.written.flatMap(({ key, value }) => {
    const kept = String(write.workbook.CustomDocumentProperties.Item(key).Value ?? "");
    return kept === value ? [] : [{ key, written: value.length, kept: kept.length }];
  });
}
