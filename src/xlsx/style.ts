/**
 * Cell styles for exceljs. exceljs shares one style object among every cell read with the same
 * style, so mutating `cell.numFmt` or `cell.font` on one cell would restyle the user's cells too:
 * this door only ever assigns a fresh style object (`cell.style = …`), built here.
 */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../workbook/types";

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
 * @example styled({}, { bold: true, fill: "#D9E1F2" }, "@") //=> { numFmt: "@", font: { bold: true }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } } }
 */
export function styled(old: Partial<ExcelJS.Style>, style: CellStyle | undefined, numberFormat?: string): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...old };
  if (numberFormat !== undefined) {
    if (numberFormat === "General") delete next.numFmt;
    else next.numFmt = numberFormat;
  }
  if (!style) return next;
  if (style.bold !== undefined || style.fontColor || style.fontSize) {
    const font: Partial<ExcelJS.Font> = { ...old.font };
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
