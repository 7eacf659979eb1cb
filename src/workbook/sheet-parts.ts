/**
 * Small pieces the generated sheets are built from: a titled table of rows at a position, a
 * wrapped paragraph over merged rows, and the header style they share. Each returns its parts and
 * the next free row, so a sheet reads top to bottom as a sequence of pieces.
 */
import type { CellValue } from "../core/types";
import { GENERATED_HEADER } from "./status-style";
import { GENERAL_FORMAT, keepText } from "./text-cells";
import type { CellBlock, CellRange, CellStyle, ChartSpec, ConditionalRule, RangeStyle } from "./types";

/** What a piece adds to a sheet. */
export interface SheetParts {
  blocks: CellBlock[];
  styles: RangeStyle[];
  merges: CellRange[];
  conditional: ConditionalRule[];
  charts: ChartSpec[];
}

/** Header cells of every generated table. */
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: GENERATED_HEADER.fill,
  fontColor: GENERATED_HEADER.fontColor,
  border: true,
  horizontal: "center",
  vertical: "middle",
  wrap: true,
};

/** Section titles (一、评价结果统计 …). */
const SECTION_STYLE: CellStyle = { bold: true, fontSize: 12 };

/**
 * Parts with nothing in them.
 * @example noParts().blocks //=> []
 */
export function noParts(): SheetParts {
  return { blocks: [], styles: [], merges: [], conditional: [], charts: [] };
}

/**
 * Adds the second parts to the first (in place) and returns the first.
 * @example joinParts(noParts(), noParts()).styles //=> []
 */
export function joinParts(into: SheetParts, more: SheetParts): SheetParts {
  // One by one, not push(...more): a spread of a 150,000-row table's parts overflows the stack.
  for (const block of more.blocks) into.blocks.push(block);
  for (const style of more.styles) into.styles.push(style);
  for (const merge of more.merges) into.merges.push(merge);
  for (const rule of more.conditional) into.conditional.push(rule);
  for (const chart of more.charts) into.charts.push(chart);
  return into;
}

/** A table to place: a header row, body rows, and a number format per column (undefined: General). */
export interface TablePiece {
  header: string[];
  rows: CellValue[][];
  formats?: (string | undefined)[];
  /** Rows (0-based within `rows`) shown bold, such as a total. */
  boldRows?: number[];
}

/**
 * Places a section title and a bordered table under it at `(row, left)`; returns the parts, the
 * range of the header and body, and the next free row (one blank row after the table).
 * @example placeTable(10, 0, "三、约束性指标未达到进度要求", { header: ["指标名称"], rows: [["无"]] }).next //=> 14
 */
export function placeTable(
  row: number,
  left: number,
  title: string | null,
  table: TablePiece,
): { parts: SheetParts; range: CellRange; next: number } {
  const parts = noParts();
  let top = row;
  if (title !== null) {
    parts.blocks.push(keepText({ top, left, values: [[title]], style: SECTION_STYLE }));
    top += 1;
  }
  const width = table.rows.reduce((widest, cells) => Math.max(widest, cells.length), table.header.length);
  const values = [table.header, ...table.rows].map((cells) => Array.from({ length: width }, (_, j) => finiteCell(cells[j] ?? null)));
  const numberFormat = values.map((_, i) =>
    Array.from({ length: width }, (__, j) => (i === 0 ? GENERAL_FORMAT : table.formats?.[j] ?? GENERAL_FORMAT)),
  );
  parts.blocks.push(keepText({ top, left, values, numberFormat }));
  const range = { top, left, bottom: top + values.length - 1, right: left + width - 1 };
  parts.styles.push({ range: { ...range, bottom: top }, style: HEADER_STYLE });
  if (values.length > 1) parts.styles.push({ range: { ...range, top: top + 1 }, style: { border: true, vertical: "middle" } });
  for (const bold of table.boldRows ?? []) {
    parts.styles.push({ range: { ...range, top: top + 1 + bold, bottom: top + 1 + bold }, style: { bold: true } });
  }
  return { parts, range, next: range.bottom + 2 };
}

/**
 * Places a paragraph in merged rows spanning `width` columns, tall enough for its text to wrap
 * into (`charactersPerRow` CJK characters per row, at least two rows); returns the next free row.
 * @example placeParagraph(30, 0, 8, 60, "按照……").next //=> 33
 */
export function placeParagraph(
  row: number,
  left: number,
  width: number,
  charactersPerRow: number,
  text: string,
): { parts: SheetParts; next: number } {
  const parts = noParts();
  const rows = Math.max(2, Math.ceil(displayWidth(text) / 2 / Math.max(1, charactersPerRow)));
  const range = { top: row, left, bottom: row + rows - 1, right: left + width - 1 };
  parts.blocks.push(keepText({ top: row, left, values: [[text]] }));
  parts.merges.push(range);
  parts.styles.push({ range, style: { wrap: true, vertical: "top" } });
  return { parts, next: range.bottom + 1 };
}

/**
 * Places a section title alone; returns the next row.
 * @example placeTitle(29, 0, "七、评估结论（草稿）").next //=> 30
 */
export function placeTitle(row: number, left: number, title: string): { parts: SheetParts; next: number } {
  const parts = noParts();
  parts.blocks.push(keepText({ top: row, left, values: [[title]], style: SECTION_STYLE }));
  return { parts, next: row + 1 };
}

/**
 * A text's display width in half-width units: CJK and full-width characters count two.
 * @example displayWidth("实现度48.8%") //=> 11
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(character) ? 2 : 1;
  return width;
}

/**
 * A cell value with non-finite numbers (NaN, ±∞) written as empty: a sheet never shows them.
 * @example finiteCell(Number.NaN) //=> null
 */
export function finiteCell(value: CellValue): CellValue {
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}
