/**
 * The stand-in's workbook: plain data (sheets of sparse cells, merged areas, conditional formats,
 * validations, charts, names, custom properties) and the rules Excel applies when a value is
 * written — a string under any format but text (`@`) is taken as a formula, a number, a percent, a
 * date or a boolean, exactly the surprises the door must avoid.
 */
import { contains, overlaps, SHEET_COLUMNS, subtract, type Rect } from "./a1";

export type Scalar = string | number | boolean;

/** A border edge as set through `format.borders.getItem(edge)`. */
export interface BorderModel {
  style?: string;
  color?: string;
}

/** A cell's format as the stand-in keeps it. */
export interface StyleModel {
  bold?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  borders?: Record<string, BorderModel>;
}

/** One cell; absent cells are empty with the General format. */
export interface CellModel {
  /** `""` when empty. */
  value: Scalar;
  /** Set when the written text was taken for a formula (the value then reads `#NAME?`). */
  formula?: string;
  numberFormat?: string;
  style?: StyleModel;
}

export interface ConditionalFormatModel {
  id: number;
  type: string;
  ranges: Rect[];
  rule?: unknown;
  fill?: string;
  fontColor?: string;
  barColor?: string;
  formula?: string;
}

export interface ValidationModel {
  range: Rect;
  rule?: unknown;
  errorAlert?: unknown;
}

export interface ChartModel {
  id: number;
  type: string;
  source: Rect;
  seriesBy: string;
  title?: string;
  position?: { start: string; end?: string };
}

export interface SheetModel {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, CellModel>;
  merges: Rect[];
  conditionalFormats: ConditionalFormatModel[];
  validations: ValidationModel[];
  charts: ChartModel[];
  /** Column widths in points, by 0-based column. */
  columnWidths: Map<number, number>;
  freezeRows: number;
  /** Print settings set through `worksheet.pageLayout`. */
  pageLayout: Record<string, unknown>;
}

export interface NameModel {
  name: string;
  /** null once the sheet it pointed at was deleted (`#REF!`). */
  sheet: string | null;
  rect: Rect;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  active: string;
  names: NameModel[];
  /** By lower-cased key. */
  properties: Map<string, { key: string; value: string }>;
  nextId: number;
}

/** The map key of a cell. */
export function cellKey(row: number, column: number): number {
  return row * SHEET_COLUMNS + column;
}

/** The cell's coordinates from its key. */
export function cellOfKey(key: number): { row: number; column: number } {
  return { row: Math.floor(key / SHEET_COLUMNS), column: key % SHEET_COLUMNS };
}

export function newSheet(name: string): SheetModel {
  return {
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    conditionalFormats: [],
    validations: [],
    charts: [],
    columnWidths: new Map(),
    freezeRows: 0,
    pageLayout: {},
  };
}

/** A sheet by name, compared case-insensitively as Excel does; undefined when absent. */
export function findSheet(model: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return model.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
}

/** The cell, created when absent. */
export function touchCell(sheet: SheetModel, row: number, column: number): CellModel {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: "" };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Drops a cell that holds nothing any more. */
export function tidyCell(sheet: SheetModel, row: number, column: number): void {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key);
  if (cell && cell.value === "" && cell.formula === undefined && cell.numberFormat === undefined && cell.style === undefined) {
    sheet.cells.delete(key);
  }
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/iu;
const PERCENT = /^[+-]?\d+(?:\.\d+)?%$/u;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u;
const MONTH_DAY = /^(\d{1,2})[-/](\d{1,2})$/u;

/** Excel's serial of a calendar day. */
function serialOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
}

/**
 * What Excel stores when a value is written into a cell with a number format: text under `@`
 * stays text; otherwise a string may become a formula, number, percent, date or boolean.
 */
export function coerceWritten(value: Scalar, numberFormat: string | undefined): Pick<CellModel, "value" | "formula"> & { format?: string } {
  if (typeof value !== "string") return { value };
  if (value === "" || numberFormat === "@") return { value };
  const text = value.trim();
  if (/^[=+\-@]/u.test(text) && text.length > 1 && !NUMBER.test(text) && !PERCENT.test(text)) {
    return { value: "#NAME?", formula: text.startsWith("=") ? text : `=${text.slice(text.startsWith("@") ? 1 : 0)}` };
  }
  if (text !== "" && /\d/u.test(text) && NUMBER.test(text)) return { value: Number(text.replace(/,/gu, "")) };
  if (PERCENT.test(text)) return { value: Number(text.slice(0, -1)) / 100, format: "0%" };
  if (/^(true|false)$/iu.test(text)) return { value: text.toLowerCase() === "true" };
  const date = DATE.exec(text);
  if (date) return { value: serialOf(Number(date[1]), Number(date[2]), Number(date[3])), format: "yyyy/m/d" };
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay && Number(monthDay[1]) <= 12) {
    return { value: serialOf(new Date().getUTCFullYear(), Number(monthDay[1]), Number(monthDay[2])), format: "m月d日" };
  }
  return { value };
}

/** The rectangle of cells holding a value (or, unless `valuesOnly`, any format); null when none. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    const used = cell.value !== "" || cell.formula !== undefined || (!valuesOnly && (cell.numberFormat !== undefined || cell.style !== undefined));
    if (!used) continue;
    const { row, column } = cellOfKey(key);
    rect = rect
      ? { top: Math.min(rect.top, row), left: Math.min(rect.left, column), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, column) }
      : { top: row, left: column, bottom: row, right: column };
  }
  return rect;
}

/** The rectangle of used cells inside `within` (as {@link usedRect}); null when none. */
export function usedRectWithin(sheet: SheetModel, within: Rect, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  for (const { row, column, cell } of storedCellsIn(sheet, within)) {
    const used = cell.value !== "" || cell.formula !== undefined || (!valuesOnly && (cell.numberFormat !== undefined || cell.style !== undefined));
    if (!used) continue;
    rect = rect
      ? { top: Math.min(rect.top, row), left: Math.min(rect.left, column), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, column) }
      : { top: row, left: column, bottom: row, right: column };
  }
  return rect;
}

/** Visits every stored cell inside a rectangle (cheaply, whatever the rectangle's size). */
export function storedCellsIn(sheet: SheetModel, rect: Rect): { row: number; column: number; cell: CellModel }[] {
  const found: { row: number; column: number; cell: CellModel }[] = [];
  for (const [key, cell] of sheet.cells) {
    const { row, column } = cellOfKey(key);
    if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) found.push({ row, column, cell });
  }
  return found;
}

/** `range.clear(applyTo)`: contents, formats or both. */
export function clearRect(sheet: SheetModel, rect: Rect, applyTo: string): void {
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  for (const { row, column, cell } of storedCellsIn(sheet, rect)) {
    if (contents) {
      cell.value = "";
      delete cell.formula;
    }
    if (formats) {
      delete cell.numberFormat;
      delete cell.style;
    }
    tidyCell(sheet, row, column);
  }
  if (formats) removeConditionalFormats(sheet, rect);
}

/** `conditionalFormats.clearAll()`: takes the rectangle out of every rule, dropping emptied rules. */
export function removeConditionalFormats(sheet: SheetModel, rect: Rect): void {
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((format) => {
    const ranges = format.ranges.flatMap((range) => subtract(range, rect));
    return ranges.length === 0 ? [] : [{ ...format, ranges }];
  });
}

/** Merged areas whose top-left cell lies in the rectangle (Excel's `getMergedAreasOrNullObject`). */
export function mergesStartingIn(sheet: SheetModel, rect: Rect): Rect[] {
  return sheet.merges.filter((merge) => merge.top >= rect.top && merge.top <= rect.bottom && merge.left >= rect.left && merge.left <= rect.right);
}

/** `range.unmerge()`: every merged area touching the rectangle is split. */
export function unmergeRect(sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter((merge) => !overlaps(merge, rect));
}

/** `range.merge()`: merges a rectangle, keeping only its top-left value; refuses partial overlaps. */
export function mergeRect(sheet: SheetModel, rect: Rect): "ok" | "overlap" {
  if (sheet.merges.some((merge) => overlaps(merge, rect) && !contains(rect, merge))) return "overlap";
  sheet.merges = sheet.merges.filter((merge) => !contains(rect, merge));
  // Merging a range whose top-left cell is empty drops the fill set on it before (office-js #6405:
  // https://github.com/OfficeDev/office-js/issues/6405 — the workaround is to merge first).
  const topLeft = sheet.cells.get(cellKey(rect.top, rect.left));
  const dropFill = !topLeft || (topLeft.value === "" && topLeft.formula === undefined);
  for (const { row, column, cell } of storedCellsIn(sheet, rect)) {
    if (dropFill && cell.style?.fill !== undefined) {
      const { fill: _fill, ...rest } = cell.style;
      cell.style = rest;
    }
    if (row === rect.top && column === rect.left) continue;
    cell.value = "";
    delete cell.formula;
    tidyCell(sheet, row, column);
  }
  sheet.merges.push(rect);
  return "ok";
}
