/**
 * Queues write operations on an Office.js request context: each operation becomes Excel API calls
 * on bounded ranges (`getRangeByIndexes`), nothing is read and nothing is synced here — the caller
 * syncs once per pack.
 */
import type { CellRange, CellStyle, ChartSpec, ConditionalRule, PrintSetup } from "../workbook/types";
import { cellAddress, rowsAddress } from "../workbook/address";
import type { OfficeOperation } from "./order";

/** Border edges drawn for a bordered style. */
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
/** Thin black borders, as in a bureau's printed tables. */
const BORDER_COLOR = "#000000";

/**
 * A column width in Excel's characters as Office's points (a character is 7 px plus 5 px padding,
 * at 0.75 pt per px).
 * @example pointsOfCharacters(10) //=> 56.25
 */
export function pointsOfCharacters(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** A bounded range on a sheet, by 0-based coordinates. */
function rangeOf(context: Excel.RequestContext, sheet: string, range: CellRange): Excel.Range {
  return context.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
}

/**
 * Queues one operation (no sync).
 * @example queueOperation(context, { kind: "freeze", sheet: "评估明细", rows: 1 }) //=> undefined (queued)
 */
export function queueOperation(context: Excel.RequestContext, operation: OfficeOperation): void {
  const workbook = context.workbook;
  switch (operation.kind) {
    case "deleteName":
      workbook.names.getItem(operation.name).delete();
      return;
    case "unhideSheet":
      workbook.worksheets.getItem(operation.sheet).visibility = "Hidden";
      return;
    case "deleteSheet":
      workbook.worksheets.getItem(operation.sheet).delete();
      return;
    case "clearArea":
      queueClearArea(rangeOf(context, operation.sheet, operation.range));
      return;
    case "deleteRule":
      workbook.worksheets.getItem(operation.sheet).getRange().conditionalFormats.getItem(operation.id).delete();
      return;
    case "deleteProperty":
      workbook.properties.custom.getItem(operation.key).delete();
      return;
    case "addSheet":
      workbook.worksheets.add(operation.sheet);
      return;
    case "columnWidth":
      rangeOf(context, operation.sheet, operation.range).format.columnWidth = pointsOfCharacters(operation.width);
      return;
    case "format":
      // Office applies a single value to every cell of the range (its typings only allow arrays).
      rangeOf(context, operation.sheet, operation.range).numberFormat = operation.format as unknown as string[][];
      return;
    case "formats": {
      const rows = operation.numberFormat.length;
      const columns = operation.numberFormat[0]?.length ?? 0;
      workbook.worksheets.getItem(operation.sheet).getRangeByIndexes(operation.top, operation.left, rows, columns).numberFormat = operation.numberFormat;
      return;
    }
    case "values": {
      const rows = operation.values.length;
      const columns = operation.values[0]?.length ?? 0;
      workbook.worksheets.getItem(operation.sheet).getRangeByIndexes(operation.top, operation.left, rows, columns).values = operation.values;
      return;
    }
    case "style":
      applyStyle(rangeOf(context, operation.sheet, operation.range).format, operation.style);
      return;
    case "merge":
      rangeOf(context, operation.sheet, operation.range).merge(false);
      return;
    case "rule":
      addRule(rangeOf(context, operation.sheet, operation.rule.range), operation.rule);
      return;
    case "chart":
      addChart(context, operation.sheet, operation.chart);
      return;
    case "freeze":
    case "pageSetup":
    case "printZoom":
      queueSheetLayout(context, operation);
      return;
    case "addName":
      workbook.names.add(operation.name, rangeOf(context, operation.sheet, operation.range));
      return;
    case "setProperty":
      workbook.properties.custom.add(operation.key, operation.value);
      return;
    default: {
      const never: never = operation;
      throw new Error(`Unknown write operation ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Clears an area the add-in wrote. No unmerge: the add-in never merges cells in the status area,
 * so any merge there is the user's, and one the collision check could not see (ExcelApi below
 * 1.13, over 512 merged areas, or a merge starting outside the used range: office-js #3611) must
 * stay. Neither `conditionalFormats.clearAll()` nor `clear("All")`/`clear("Formats")`, which take
 * the area out of every conditional format over it, the user's too ("ClearContents … leaves the
 * cell formatting and conditional formatting intact", which the others do not:
 * https://learn.microsoft.com/en-us/office/vba/api/excel.range.clearcontents). The contents go,
 * and the Normal cell style replaces the cells' formats (ExcelApi 1.7:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-style-member);
 * the add-in's own conditional formats were deleted by id before (`deleteRule`, `rules.ts`).
 */
function queueClearArea(range: Excel.Range): void {
  range.clear("Contents");
  range.style = "Normal";
}

/** Queues a sheet's frozen rows or print settings. */
function queueSheetLayout(context: Excel.RequestContext, operation: Extract<OfficeOperation, { kind: "freeze" | "pageSetup" | "printZoom" }>): void {
  const worksheet = context.workbook.worksheets.getItem(operation.sheet);
  switch (operation.kind) {
    case "freeze":
      worksheet.freezePanes.freezeRows(operation.rows);
      return;
    case "pageSetup":
      worksheet.pageLayout.orientation = operation.print?.orientation === "portrait" ? "Portrait" : "Landscape";
      worksheet.pageLayout.paperSize = "A4";
      if (operation.print) queuePrintSetup(worksheet.pageLayout, operation.print);
      return;
    case "printZoom":
      // Page counts, as the reference describes them (never 0):
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
      worksheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: operation.pagesTall };
      return;
  }
}

/** Points in an inch: the Office.js margins are in points, the plan's in inches. */
const POINTS_PER_INCH = 72;

/**
 * Queues a sheet's title rows, margins (in points) and centred footer, as ExcelApi 1.9's
 * PageLayout describes them (setPrintTitleRows takes an address, margins are in points,
 * headersFooters.defaultForAllPages.centerFooter takes Excel's &P/&N codes):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter
 */
function queuePrintSetup(layout: Excel.PageLayout, print: PrintSetup): void {
  if (print.titleRows) layout.setPrintTitleRows(rowsAddress(print.titleRows));
  if (print.margins) {
    const { left, right, top, bottom, header, footer } = print.margins;
    layout.leftMargin = left * POINTS_PER_INCH;
    layout.rightMargin = right * POINTS_PER_INCH;
    layout.topMargin = top * POINTS_PER_INCH;
    layout.bottomMargin = bottom * POINTS_PER_INCH;
    layout.headerMargin = header * POINTS_PER_INCH;
    layout.footerMargin = footer * POINTS_PER_INCH;
  }
  if (print.footer) layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
}

/** Sets the parts of a range format a style names. */
function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOR;
    }
  }
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center" } as const;

/**
 * The formula of an "equals this text" rule, with quotes doubled.
 * @example textEqualsFormula('提前实现目标') //=> '="提前实现目标"'
 */
export function textEqualsFormula(text: string): string {
  return `="${text.replace(/"/gu, '""')}"`;
}

/** Adds a conditional-format rule to a range. */
function addRule(range: Excel.Range, rule: ConditionalRule): void {
  switch (rule.type) {
    case "textEquals": {
      const format = range.conditionalFormats.add("CellValue");
      format.cellValue.format.fill.color = rule.fill;
      format.cellValue.format.font.color = rule.fontColor;
      format.cellValue.rule = { formula1: textEqualsFormula(rule.text), operator: "EqualTo" };
      return;
    }
    case "dataBar": {
      const format = range.conditionalFormats.add("DataBar");
      format.dataBar.positiveFormat.fillColor = rule.color;
      return;
    }
    default: {
      const never: never = rule;
      throw new Error(`Unknown conditional rule ${JSON.stringify(never)}`);
    }
  }
}

/** Adds a clustered bar chart of a data range, placed over the cells it spans. */
function addChart(context: Excel.RequestContext, sheet: string, chart: ChartSpec): void {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const data = rangeOf(context, sheet, chart.data);
  const added = worksheet.charts.add("BarClustered", data, "Columns");
  added.title.text = chart.title;
  const start = cellAddress(chart.anchor.row, chart.anchor.column);
  const end = cellAddress(chart.anchor.row + Math.max(1, chart.height) - 1, chart.anchor.column + Math.max(1, chart.width) - 1);
  added.setPosition(start, end);
}
