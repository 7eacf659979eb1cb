/**
 * Styles, conditional formats, charts and print settings through WPS's object model. Colours go
 * to WPS as BGR integers (`Interior.Color`, `Font.Color`: red + green × 256 + blue × 65536, as
 * Excel's `RGB()` builds them — https://learn.microsoft.com/en-us/office/vba/api/excel.interior.color);
 * whole ranges are formatted at once, never cell by cell.
 */
import { rowsAddress } from "../workbook/address";
import { DATA_BAR_COLOUR, STATUS_COLOURS, STATUS_SYMBOLS } from "../workbook/status-style";
import type { CellStyle, ChartSpec, ConditionalRule, PrintSetup } from "../workbook/types";
import {
  DEFAULT_CHART_STYLE, POINTS_PER_INCH, XL_BAR_CLUSTERED, XL_CELL_VALUE, XL_CENTER, XL_COLUMNS, XL_CONTINUOUS, XL_DATABAR,
  XL_EQUAL, XL_LANDSCAPE, XL_LEFT, XL_PAPER_A4, XL_PORTRAIT, XL_RIGHT, XL_THIN, XL_TOP,
} from "./constants";
import type { EtDatabar, EtFormatCondition, EtPageSetup, EtRange, EtWorksheet } from "./port";
import { rangeAt } from "./read";

/**
 * A `#RRGGBB` colour as the BGR integer WPS takes.
 * @example bgrOf("#FF0000") //=> 255
 * @example bgrOf("#0072B2") //=> 11694592
 */
export function bgrOf(hex: string): number {
  const rgb = Number.parseInt(hex.replace(/^#/u, ""), 16);
  const red = (rgb >> 16) & 0xff;
  const green = (rgb >> 8) & 0xff;
  const blue = rgb & 0xff;
  return red + green * 256 + blue * 65_536;
}

/**
 * A BGR integer as `#RRGGBB`.
 * @example hexOfBgr(255) //=> "#FF0000"
 */
export function hexOfBgr(bgr: number): string {
  const red = bgr & 0xff;
  const green = (bgr >> 8) & 0xff;
  const blue = (bgr >> 16) & 0xff;
  return `#${[red, green, blue].map((part) => part.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

const HORIZONTAL = { left: XL_LEFT, center: XL_CENTER, right: XL_RIGHT } as const;
const VERTICAL = { top: XL_TOP, middle: XL_CENTER } as const;

/**
 * Sets the parts of a range's format a style names (thin black borders on every edge and inside
 * line of the range).
 * @example applyStyle(range, { bold: true, fill: "#D9E1F2" }) // Font.Bold, Interior.Color set
 */
export function applyStyle(range: EtRange, style: CellStyle): void {
  if (style.bold !== undefined || style.fontColor || style.fontSize) {
    const font = range.Font;
    if (style.bold !== undefined) font.Bold = style.bold;
    if (style.fontColor) font.Color = bgrOf(style.fontColor);
    if (style.fontSize) font.Size = style.fontSize;
  }
  if (style.fill) range.Interior.Color = bgrOf(style.fill);
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.horizontal) range.HorizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) range.VerticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    // Set on the collection, a line style and weight draw "a thin border around all cells in the
    // range" (https://learn.microsoft.com/en-us/office/vba/api/excel.borders, its example sets
    // `rng.Borders.LineStyle` and `.Weight`): a black grid in three calls instead of eighteen.
    // That WPS draws the inside lines so too is a check of the 加载项自检.
    const borders = range.Borders;
    borders.LineStyle = XL_CONTINUOUS;
    borders.Weight = XL_THIN;
    borders.Color = 0;
  }
}

/**
 * The formula of an "equals this text" rule, with quotes doubled.
 * @example textEqualsFormula('提前实现目标') //=> '="提前实现目标"'
 */
export function textEqualsFormula(text: string): string {
  return `="${text.replace(/"/gu, '""')}"`;
}

/**
 * Adds a conditional format to a range: a cell-value rule "equal to" a status text with its fill
 * and font colour (`FormatConditions.Add(xlCellValue, xlEqual, formula)`), or a data bar
 * (`AddDatabar`, then its `BarColor.Color`) — as Excel's object model describes them:
 * https://learn.microsoft.com/en-us/office/vba/api/excel.formatconditions.add,
 * https://learn.microsoft.com/en-us/office/vba/api/excel.formatconditions.adddatabar.
 * @example addRule(range, { type: "dataBar", range: area, color: "#0072B2" }) // one data bar
 */
export function addRule(range: EtRange, rule: ConditionalRule): void {
  switch (rule.type) {
    case "textEquals": {
      const format = range.FormatConditions.Add(XL_CELL_VALUE, XL_EQUAL, textEqualsFormula(rule.text));
      format.Interior.Color = bgrOf(rule.fill);
      format.Font.Color = bgrOf(rule.fontColor);
      return;
    }
    case "dataBar":
      range.FormatConditions.AddDatabar().BarColor.Color = bgrOf(rule.color);
      return;
    default: {
      const never: never = rule;
      throw new Error(`Unknown conditional rule ${JSON.stringify(never)}`);
    }
  }
}

const SYMBOLS = new Set(Object.values(STATUS_SYMBOLS));
const COLOUR_PAIRS = new Set(Object.values(STATUS_COLOURS).map((pair) => `${bgrOf(pair.fill)}|${bgrOf(pair.fontColor)}`));

/**
 * Whether a conditional format is exactly one the add-in writes (the rule the Office.js door
 * applies too): a cell-value rule equal to a status text in a status colour pair, or a data bar
 * in the add-in's bar colour. Any other is the user's and stays.
 * @example isOwnCondition({ Type: 4, BarColor: { Color: bgrOf("#0072B2") } }) //=> true
 */
export function isOwnCondition(format: EtFormatCondition | EtDatabar): boolean {
  const type = format.Type;
  if (type === XL_DATABAR) return (format as EtDatabar).BarColor.Color === bgrOf(DATA_BAR_COLOUR);
  if (type !== XL_CELL_VALUE) return false;
  const rule = format as EtFormatCondition;
  if (rule.Operator !== XL_EQUAL) return false;
  const match = /^="((?:[^"]|"")*)"$/u.exec(String(rule.Formula1 ?? ""));
  const text = match ? (match[1] ?? "").replace(/""/gu, '"') : null;
  const symbol = text === null ? "" : (text.split(" ")[0] ?? "");
  if (text === null || !SYMBOLS.has(symbol) || text.length <= symbol.length + 1) return false;
  return COLOUR_PAIRS.has(`${rule.Interior.Color}|${rule.Font.Color}`);
}

/**
 * Deletes the add-in's own conditional formats from a range's (from the last, so the indices of
 * those not yet seen stay put); the user's stay.
 * @example deleteOwnConditions(range) //=> 2 (deleted)
 */
export function deleteOwnConditions(range: EtRange): number {
  const formats = range.FormatConditions;
  let deleted = 0;
  for (let i = formats.Count; i >= 1; i -= 1) {
    const format = formats.Item(i);
    if (!isOwnCondition(format)) continue;
    format.Delete();
    deleted += 1;
  }
  return deleted;
}

/**
 * Adds a clustered bar chart of a data range over the cells it spans
 * (`Shapes.AddChart2(style, xlBarClustered, left, top, width, height)`, then `SetSourceData`:
 * https://learn.microsoft.com/en-us/office/vba/api/excel.shapes.addchart2).
 * @example addChart(sheet, spec) // one chart on the sheet
 */
export function addChart(sheet: EtWorksheet, chart: ChartSpec): void {
  const span = rangeAt(sheet, {
    top: chart.anchor.row,
    left: chart.anchor.column,
    bottom: chart.anchor.row + Math.max(1, chart.height) - 1,
    right: chart.anchor.column + Math.max(1, chart.width) - 1,
  });
  const shape = sheet.Shapes.AddChart2(DEFAULT_CHART_STYLE, XL_BAR_CLUSTERED, span.Left, span.Top, span.Width, span.Height);
  const drawn = shape.Chart;
  drawn.SetSourceData(rangeAt(sheet, chart.data), XL_COLUMNS);
  drawn.HasTitle = true;
  drawn.ChartTitle.Text = chart.title;
}

/**
 * A4, one page wide and as many tall as it takes (`Zoom = false` lets `FitToPages*` apply, as in
 * Excel: https://learn.microsoft.com/en-us/office/vba/api/excel.pagesetup.fittopageswide), with a
 * print setup's orientation, title rows, margins (points) and centred footer.
 * @example setUpPage(sheet.PageSetup, undefined) // A4 landscape, one page wide
 */
export function setUpPage(page: EtPageSetup, print: PrintSetup | undefined): void {
  page.Orientation = print?.orientation === "portrait" ? XL_PORTRAIT : XL_LANDSCAPE;
  page.PaperSize = XL_PAPER_A4;
  page.Zoom = false;
  page.FitToPagesWide = 1;
  page.FitToPagesTall = false;
  if (!print) return;
  if (print.titleRows) page.PrintTitleRows = rowsAddress(print.titleRows);
  if (print.margins) {
    const { left, right, top, bottom, header, footer } = print.margins;
    page.LeftMargin = left * POINTS_PER_INCH;
    page.RightMargin = right * POINTS_PER_INCH;
    page.TopMargin = top * POINTS_PER_INCH;
    page.BottomMargin = bottom * POINTS_PER_INCH;
    page.HeaderMargin = header * POINTS_PER_INCH;
    page.FooterMargin = footer * POINTS_PER_INCH;
  }
  if (print.footer) page.CenterFooter = print.footer;
}
