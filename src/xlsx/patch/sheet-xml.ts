/**
 * Worksheet XML from what a run writes: the rows of cells (`<sheetData>`), the column widths
 * (`<cols>`), the merges, a frozen top, and a whole sheet for the sheets the add-in creates, its
 * children in CT_Worksheet's sequence (ECMA-376 Part 1 §18.3.1.99). Every generated sheet prints
 * on A4 (paper size 9), one page wide and as many tall as it takes, landscape unless the plan says.
 */
import { cellAddress, columnLetters, rangeAddress } from "../../workbook/address";
import type { CellRange } from "../../workbook/types";
import { escapeXml } from "../chart-xml";
import { cellXml, type StringTable } from "./cell-xml";
import type { CellWrite, SheetEdits } from "./edits";
import { rulesXml, withRules } from "./rules-xml";
import type { StylesPart } from "./styles-part";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** OOXML's paper size code of A4. */
const A4 = 9;

/** What turning written cells into XML needs: the styles to file them in, the strings for escaped text. */
export interface CellSink {
  styles: StylesPart;
  strings: StringTable;
}

/**
 * One written cell's XML, its style filed; "" for a cell without value or style (nothing to write).
 * @example writtenCell(2, 13, { value: "▲ 进度超前", numFmt: "@", style: {} }, sink) //=> '<c r="N3" s="7" t="inlineStr">…</c>'
 */
export function writtenCell(row: number, column: number, cell: CellWrite, sink: CellSink): string {
  const style = sink.styles.cellFormat(cell.numFmt, cell.style);
  if (style === 0 && (cell.value === undefined || cell.value === "")) return "";
  return cellXml(row, column, cell.value, style, sink.strings);
}

/**
 * The cells of a written row, in column order.
 * @example rowCells(2, new Map([[13, cell]]), sink) //=> '<c r="N3" …>…</c>'
 */
export function rowCells(row: number, line: ReadonlyMap<number, CellWrite>, sink: CellSink): string {
  const columns = [...line.keys()];
  // Written left to right in almost every row: sorted only when they are not.
  if (columns.some((column, i) => i > 0 && column < (columns[i - 1] as number))) columns.sort((a, b) => a - b);
  let cells = "";
  for (const column of columns) cells += writtenCell(row, column, line.get(column) as CellWrite, sink);
  return cells;
}

/**
 * `<cols>` entries for column widths, neighbouring columns of one width in one entry.
 * @example columnEntries(new Map([[0, 12], [1, 12], [3, 30]])) //=> '<col min="1" max="2" width="12" customWidth="1"/><col min="4" max="4" width="30" customWidth="1"/>'
 */
export function columnEntries(widths: ReadonlyMap<number, number>): string {
  const columns = [...widths.keys()].sort((a, b) => a - b);
  const entries: string[] = [];
  for (let i = 0; i < columns.length; ) {
    const first = columns[i] as number;
    const width = widths.get(first) as number;
    let last = first;
    while (i + 1 < columns.length && columns[i + 1] === last + 1 && widths.get(last + 1) === width) {
      i += 1;
      last += 1;
    }
    i += 1;
    entries.push(`<col min="${first + 1}" max="${last + 1}" width="${width}" customWidth="1"/>`);
  }
  return entries.join("");
}

/**
 * `<mergeCells>` for the given merges, or "" for none.
 * @example mergeCellsXml([{ top: 0, left: 0, bottom: 0, right: 3 }]) //=> '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>'
 */
export function mergeCellsXml(merges: readonly CellRange[]): string {
  return merges.length === 0 ? "" : `<mergeCells count="${merges.length}">${mergeEntries(merges)}</mergeCells>`;
}

/**
 * The `<mergeCell>` entries of merges.
 * @example mergeEntries([{ top: 0, left: 0, bottom: 0, right: 3 }]) //=> '<mergeCell ref="A1:D1"/>'
 */
export function mergeEntries(merges: readonly CellRange[]): string {
  return merges.map((merge) => `<mergeCell ref="${rangeAddress(merge)}"/>`).join("");
}

/** The page setup of a generated sheet: sheetPr's fit-to-page, margins, paper, footer. */
function pageXml(edits: SheetEdits): { sheetPr: string; tail: string } {
  const print = edits.page?.print;
  const orientation = print?.orientation ?? "landscape";
  const margins = print?.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  const marginsXml = `<pageMargins left="${margins.left}" right="${margins.right}" top="${margins.top}" bottom="${margins.bottom}" header="${margins.header}" footer="${margins.footer}"/>`;
  if (!edits.page) return { sheetPr: "", tail: marginsXml };
  const setup = `<pageSetup paperSize="${A4}" orientation="${orientation}" fitToWidth="1" fitToHeight="0"/>`;
  const footer = print?.footer ? `<headerFooter><oddFooter>${escapeXml(`&C${print.footer}`)}</oddFooter></headerFooter>` : "";
  return { sheetPr: '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>', tail: marginsXml + setup + footer };
}

/** The sheet's view: frozen rows when the plan freezes them. */
function viewXml(rows: number | undefined): string {
  if (!rows) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = cellAddress(rows, 0);
  return `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

/** The rectangle the written cells cover, from A1, as a `dimension` reference. */
function dimensionOf(edits: SheetEdits): string {
  const extent = edits.extent();
  return extent ? `A1:${columnLetters(extent.right)}${extent.bottom + 1}` : "A1";
}

/**
 * The whole worksheet part of a sheet the add-in creates.
 * @example newSheetXml(edits, sink) //=> '<?xml …?><worksheet …><dimension ref="A1:F40"/>…</worksheet>'
 */
export function newSheetXml(edits: SheetEdits, sink: CellSink): string {
  const rows = [...edits.cells.keys()].sort((a, b) => a - b);
  const data = rows
    .map((row) => {
      const cells = rowCells(row, edits.cells.get(row) as Map<number, CellWrite>, sink);
      return cells === "" ? "" : `<row r="${row + 1}">${cells}</row>`;
    })
    .join("");
  const cols = edits.widths.size > 0 ? `<cols>${columnEntries(edits.widths)}</cols>` : "";
  const rules = rulesXml(edits.rules, sink.styles, 1, new Set());
  const page = pageXml(edits);
  const extLst = withRules(null, rules.extensions) ?? "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    `${page.sheetPr}<dimension ref="${dimensionOf(edits)}"/>${viewXml(edits.freezeRows)}<sheetFormatPr defaultRowHeight="15"/>${cols}` +
    `<sheetData>${data}</sheetData>${mergeCellsXml(edits.merges)}${rules.formats}${page.tail}${extLst}</worksheet>`
  );
}
