/**
 * Cell styles for exceljs. exceljs shares one style object among every cell read with the same
 * style, so mutating `cell.numFmt` or `cell.font` on one cell would restyle the user's cells too:
 * this door never mutates a style, it assigns another object (`cell.style = …`), built here.
 *
 * The door's own style objects are never mutated either, so cells with the same style share one
 * object ({@link StyleBook}): exceljs then files each distinct style once when saving (it caches
 * styles by object), which on a 10,000-row table saves seconds.
 */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../workbook/types";

/**
 * The font a new font starts from: exceljs's (and Excel's) default body font. Without a name, a
 * bold cell would be drawn in whatever font the reader falls back to (LibreOffice: a serif).
 */
const BODY_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, scheme: "minor", size: 11 };

/** Thin black borders, as in a bureau's printed tables (the Office.js door draws the same). */
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/**
 * An ARGB colour from `#RRGGBB`.
 * @example argb("#C6EFCE") //=> "FFC6EFCE"
 */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/u, "").toUpperCase()}`;
}

/**
 * A fresh exceljs style: the old style's parts, overlaid with a plan's style and number format.
 * @example styled({}, { bold: true, fill: "#D9E1F2" }, "@")
 * //=> { numFmt: "@", font: { name: "Calibri", family: 2, scheme: "minor", size: 11, bold: true }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } } }
 */
export function styled(old: Partial<ExcelJS.Style>, style: CellStyle | undefined, numberFormat?: string): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...old };
  if (numberFormat !== undefined) {
    if (numberFormat === "General") delete next.numFmt;
    else next.numFmt = numberFormat;
  }
  if (!style) return next;
  if (style.bold !== undefined || style.fontColor || style.fontSize) {
    const font: Partial<ExcelJS.Font> = { ...BODY_FONT, ...old.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.fontColor) font.color = { argb: argb(style.fontColor) };
    if (style.fontSize) font.size = style.fontSize;
    next.font = font;
  }
  if (style.fill) next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap !== undefined || style.horizontal || style.vertical) {
    const alignment: Partial<ExcelJS.Alignment> = { ...old.alignment };
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.horizontal) alignment.horizontal = style.horizontal;
    if (style.vertical) alignment.vertical = style.vertical;
    next.alignment = alignment;
  }
  if (style.border) next.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  return next;
}

/** The styles one write has made, shared between the cells that have the same one. */
export class StyleBook {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  /**
   * The shared object for a style's content.
   * @example book.shared({ numFmt: "@" }) === book.shared({ numFmt: "@" }) //=> true
   */
  shared(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
    const key = JSON.stringify(style);
    const known = this.byKey.get(key);
    if (known) return known;
    this.byKey.set(key, style);
    return style;
  }

  /**
   * A shared style of one number format and nothing else.
   * @example book.formatted("0.0%") //=> { numFmt: "0.0%" }
   */
  formatted(numberFormat: string): Partial<ExcelJS.Style> {
    return this.shared(styled({}, undefined, numberFormat));
  }
}
