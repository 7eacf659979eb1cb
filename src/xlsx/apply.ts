/**
 * Carries out write operations (the same list the Office.js door queues, built by
 * `src/workbook/write/operations.ts`) on an exceljs workbook: cells with fresh styles, merges, conditional
 * formats, names, sheets, frozen rows, saved properties. Charts are not drawn here (exceljs has no
 * model of them): the copy's writer draws them into the package (`patch/copy.ts`, `chart.ts`).
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/types";
import { sheetReference } from "../workbook/address";
import type { CellRange, CellStyle, PrintSetup } from "../workbook/types";
import type { WriteOperation } from "../workbook/write/operations";
import { addRule, removeRules } from "./conditional";
import { deleteSavedProperty, setSavedProperty } from "./properties";
import { StyleBook, styled } from "./style";

/** OOXML's paper size code of A4. */
const A4 = 9;

/** A sheet by name; a programming error when absent (operations are built from what exists). */
function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet named ${name}`);
  return sheet;
}

/** exceljs keeps merges, by their top-left address, on a field its typings leave out. */
type WithMerges = { _merges: Record<string, { top: number; left: number; bottom: number; right: number } | undefined> };

/**
 * The merged areas of a sheet, 0-based (read from exceljs's merge index, not its full model).
 * @example mergedRanges(sheet) //=> [{ top: 0, left: 0, bottom: 0, right: 4 }]
 */
export function mergedRanges(sheet: ExcelJS.Worksheet): CellRange[] {
  return Object.values((sheet as unknown as WithMerges)._merges)
    .filter((merge): merge is NonNullable<typeof merge> => merge !== undefined)
    .map((merge) => ({ top: merge.top - 1, left: merge.left - 1, bottom: merge.bottom - 1, right: merge.right - 1 }));
}

/** What a write carries from one operation to the next: the styles it has made. */
export interface WriteSession {
  styles: StyleBook;
}

/**
 * A session for one write.
 * @example writeSession().styles.formatted("@") //=> { numFmt: "@" }
 */
export function writeSession(): WriteSession {
  return { styles: new StyleBook() };
}

/** Clears values, styles, merges and conditional formats in a rectangle. */
function clearArea(sheet: ExcelJS.Worksheet, area: CellRange, styles: StyleBook): void {
  for (const merge of mergedRanges(sheet)) {
    const overlaps = merge.top <= area.bottom && area.top <= merge.bottom && merge.left <= area.right && area.left <= merge.right;
    if (overlaps) sheet.unMergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  }
  for (let row = area.top; row <= area.bottom; row += 1) {
    const line = sheet.findRow(row + 1);
    if (!line) continue;
    for (let column = area.left; column <= area.right; column += 1) {
      const cell = line.findCell(column + 1);
      if (!cell) continue;
      cell.value = null;
      cell.style = styles.shared({});
    }
  }
  removeRules(sheet, area);
}

/** An engine value as exceljs stores it: empty text is an empty cell. */
function storedValue(value: CellValue): ExcelJS.CellValue {
  return value === "" ? null : value;
}

/** Each cell of a rectangle. */
function eachCell(sheet: ExcelJS.Worksheet, range: CellRange, visit: (cell: ExcelJS.Cell) => void): void {
  for (let row = range.top; row <= range.bottom; row += 1) {
    const line = sheet.getRow(row + 1);
    for (let column = range.left; column <= range.right; column += 1) visit(line.getCell(column + 1));
  }
}

/** An operation that writes into cells: formats, values, a style. */
type CellOperation = Extract<WriteOperation, { kind: "format" | "formats" | "values" | "style" }>;

/** Writes a cell operation into a sheet, sharing the styles the write has already made. */
function writeCells(sheet: ExcelJS.Worksheet, operation: CellOperation, styles: StyleBook): void {
  switch (operation.kind) {
    case "format": {
      // A new style for every cell: the format operations of a block come first and cover all of it.
      const style = styles.formatted(operation.format);
      eachCell(sheet, operation.range, (cell) => {
        cell.style = style;
      });
      return;
    }
    case "formats":
      operation.numberFormat.forEach((line, i) =>
        line.forEach((format, j) => {
          sheet.getCell(operation.top + i + 1, operation.left + j + 1).style = styles.formatted(format);
        }),
      );
      return;
    case "values":
      operation.values.forEach((line, i) => {
        const row = sheet.getRow(operation.top + i + 1);
        line.forEach((value, j) => {
          row.getCell(operation.left + j + 1).value = storedValue(value);
        });
      });
      return;
    case "style":
      restyle(sheet, operation, styles);
      return;
  }
}

/** Adds a style over each cell's own, one shared style per distinct cell style. */
function restyle(sheet: ExcelJS.Worksheet, { range, style }: { range: CellRange; style: CellStyle }, styles: StyleBook): void {
  const restyled = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  eachCell(sheet, range, (cell) => {
    let next = restyled.get(cell.style);
    if (!next) {
      next = styles.shared(styled(cell.style, style));
      restyled.set(cell.style, next);
    }
    cell.style = next;
  });
}

/**
 * Carries out one operation on an exceljs workbook.
 * @example applyOperation(workbook, { kind: "freeze", sheet: "评估明细", rows: 1 }) //=> the first row of 评估明细 frozen
 */
export function applyOperation(workbook: ExcelJS.Workbook, operation: WriteOperation, session: WriteSession = writeSession()): void {
  const { styles } = session;
  switch (operation.kind) {
    case "deleteName":
      workbook.definedNames.model = workbook.definedNames.model.filter((named) => named.name !== operation.name);
      return;
    case "deleteSheet":
      workbook.removeWorksheet(sheetNamed(workbook, operation.sheet).id);
      return;
    case "clearArea":
      clearArea(sheetNamed(workbook, operation.sheet), operation.range, styles);
      return;
    case "deleteProperty":
      deleteSavedProperty(workbook, operation.key);
      return;
    case "addSheet":
      workbook.addWorksheet(operation.sheet);
      return;
    case "columnWidth": {
      const sheet = sheetNamed(workbook, operation.sheet);
      for (let column = operation.range.left; column <= operation.range.right; column += 1) sheet.getColumn(column + 1).width = operation.width;
      return;
    }
    case "format":
    case "formats":
    case "values":
    case "style":
      writeCells(sheetNamed(workbook, operation.sheet), operation, styles);
      return;
    case "merge": {
      const { top, left, bottom, right } = operation.range;
      sheetNamed(workbook, operation.sheet).mergeCellsWithoutStyle(top + 1, left + 1, bottom + 1, right + 1);
      return;
    }
    case "rule":
      addRule(sheetNamed(workbook, operation.sheet), operation.rule);
      return;
    case "chart":
      // Drawn into the copy's package by `patch/copy.ts`.
      return;
    case "freeze":
      sheetNamed(workbook, operation.sheet).views = [{ state: "frozen", xSplit: 0, ySplit: operation.rows, topLeftCell: `A${operation.rows + 1}` }];
      return;
    case "pageSetup":
      setUpPage(sheetNamed(workbook, operation.sheet), operation.print);
      return;
    case "addName":
      workbook.definedNames.add(absoluteReference(operation.sheet, operation.range), operation.name);
      return;
    case "setProperty":
      setSavedProperty(workbook, operation.key, operation.value);
      return;
    default: {
      const never: never = operation;
      throw new Error(`Unknown write operation ${JSON.stringify(never)}`);
    }
  }
}

/**
 * A sheet-qualified absolute reference, as exceljs's defined names take it.
 * @example absoluteReference("表2", { top: 2, left: 5, bottom: 38, right: 9 }) //=> "'表2'!$F$3:$J$39"
 */
export function absoluteReference(sheet: string, range: CellRange): string {
  const relative = sheetReference(sheet, range);
  const bang = relative.lastIndexOf("!");
  const quoted = relative.startsWith("'") ? relative.slice(0, bang) : `'${sheet.replace(/'/gu, "''")}'`;
  const address = relative.slice(bang + 1).replace(/([A-Z]+)(\d+)/gu, "$$$1$$$2");
  return `${quoted}!${address}`;
}

/**
 * A4, one page wide and as many tall as it takes; with a print setup, its orientation, the rows
 * repeated on every page, margins and a centred footer (`&C` opens the footer's centre section).
 */
function setUpPage(sheet: ExcelJS.Worksheet, print: PrintSetup | undefined): void {
  const orientation = print?.orientation ?? "landscape";
  sheet.pageSetup = { ...sheet.pageSetup, paperSize: A4, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (!print) return;
  if (print.titleRows) sheet.pageSetup.printTitlesRow = `${print.titleRows.top + 1}:${print.titleRows.bottom + 1}`;
  if (print.margins) sheet.pageSetup.margins = { ...print.margins };
  if (print.footer) sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&C${print.footer}` };
}
