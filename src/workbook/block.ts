/**
 * 评估结果 block: six status columns (实现度, 时序进度, 评价结果, 较上期, 预计完成情况, 说明) on the rows
 * of the table, under a header band marked as generated (评估结果（自动生成）), with one conditional rule
 * per status over the bounded 评价结果 range and a data bar on 实现度.
 *
 * Layout choices:
 * - Beside the table, the block starts in the first column after the user's last column (an
 *   earlier run's generated columns are replaced, not skipped).
 * - Column headers sit on the header's bottom row. The group header sits on the header's top row
 *   when the header has two or more rows, else on the row above it when that row is free there;
 *   with no such row, each column header carries the generated mark itself (`实现度（自动生成）`).
 * - The group header is written into the block's first cell, left-aligned, with the band's fill
 *   across all six columns (no merged cells: nothing to break when a user sorts or inserts).
 */
import type { Assessment, CellValue, Judgement } from "../core/types";
import { noteText } from "../i18n/notes";
import type { WriteText } from "../i18n/workbook";
import { hasGeneratedMark } from "./keywords";
import { cellText, holdsContent, mergeAt, ownValue } from "./lookup";
import type { GridIndex } from "./lookup";
import { MAX_COLUMN, rangeContains } from "./address";
import { DATA_BAR_COLOUR, GENERATED_HEADER, displayCode, statusRules, statusText } from "./status-style";
import { GENERAL_FORMAT, keepText } from "./text-cells";
import type { BlockPlan, CellRange, CellStyle, ConditionalRule, RangeStyle, TableMapping } from "./types";

/** Columns of the block, in order. */
export const BLOCK_WIDTH = 6;
/** Number format of 实现度 and 时序进度. */
export const PERCENT_FORMAT = "0.0%";
/** Column widths (characters) of the six columns. */
const BLOCK_COLUMN_WIDTHS = [10, 10, 18, 10, 14, 48];

/**
 * The 较上期 column's cell text on each row (↑好转 …, or — without a change), by 0-based
 * sheet row; a row of the table that is no indicator gets nothing.
 */
export interface ChangeColumn {
  byRow: ReadonlyMap<number, string>;
}

/** Where the block goes. */
export interface BlockLayout {
  sheet: string;
  left: number;
  /** Row of the group header, or null when the headers carry the generated mark themselves. */
  groupRow: number | null;
  headerRow: number;
  firstRow: number;
  lastRow: number;
}

/**
 * The block's rectangle: from the group header (or the column headers) to the table's last row.
 * @example blockArea({ sheet: "表2", left: 5, groupRow: 1, headerRow: 2, firstRow: 3, lastRow: 38 }) //=> { top: 1, left: 5, bottom: 38, right: 10 }
 */
export function blockArea(layout: BlockLayout): CellRange {
  return { top: layout.groupRow ?? layout.headerRow, left: layout.left, bottom: layout.lastRow, right: layout.left + BLOCK_WIDTH - 1 };
}

/**
 * The first column after the user's table: right of every column that is not generated.
 * @example besideColumn(keqiao14thMapping) //=> 5 (column F)
 */
export function besideColumn(mapping: TableMapping): number {
  const userColumns = mapping.columns.filter((column) => column.role !== "generated").map((column) => column.column);
  return userColumns.reduce((right, column) => Math.max(right, column), mapping.left - 1) + 1;
}

/**
 * Whether the block fits between the table and the sheet's last column (XFD): a table ending
 * within {@link BLOCK_WIDTH} columns of XFD leaves no room beside it.
 * @example fitsBeside(keqiao14thMapping) //=> true
 */
export function fitsBeside(mapping: TableMapping): boolean {
  return besideColumn(mapping) + BLOCK_WIDTH - 1 <= MAX_COLUMN;
}

/**
 * The user's own table, header to last row, without the columns an earlier run generated.
 * @example userTableRange(keqiao14thMappingAfterARun) //=> { top: 1, left: 0, bottom: 37, right: 4 } (A2:E38)
 */
export function userTableRange(mapping: TableMapping): CellRange {
  const generated = mapping.columns.some((column) => column.role === "generated");
  const right = generated ? besideColumn(mapping) - 1 : mapping.right;
  return { top: mapping.headerTop, left: mapping.left, bottom: mapping.lastRow, right };
}

/**
 * Lays the block out at a column of a sheet; `free` says whether a cell may be written (for the row
 * above a one-row header).
 * @example layoutBlock(mapping, "表2", 5, () => true) //=> { sheet: "表2", left: 5, groupRow: 1, headerRow: 2, firstRow: 3, lastRow: 38 }
 */
export function layoutBlock(
  mapping: TableMapping,
  sheet: string,
  left: number,
  free: (row: number, column: number) => boolean,
): BlockLayout {
  const layout = { sheet, left, headerRow: mapping.headerBottom, firstRow: mapping.firstRow, lastRow: mapping.lastRow };
  if (mapping.headerBottom > mapping.headerTop) return { ...layout, groupRow: mapping.headerTop };
  const above = mapping.headerTop - 1;
  let room = above >= 0;
  for (let column = left; room && column < left + BLOCK_WIDTH; column += 1) room = free(above, column);
  return { ...layout, groupRow: room ? above : null };
}

/**
 * Whether a cell of the user's sheet may be written by the block: holding no value and no formula,
 * and not merged; or inside the earlier block (whose cells the collision check compares with what
 * the last run wrote there).
 * @example isFreeCell(index, previousBlock, 1, 5) //=> true
 */
export function isFreeCell(index: GridIndex, previousBlock: CellRange | undefined, row: number, column: number): boolean {
  if (previousBlock && rangeContains(previousBlock, row, column)) return true;
  // The add-in's exact group header is taken as a free place for it here; the collision check
  // then accepts it only inside the add-in's own block or generated columns.
  const text = cellText(ownValue(index, row, column));
  if (text !== "" ? !hasGeneratedMark(text) : holdsContent(index, row, column)) return false;
  const merge = mergeAt(index, row, column);
  return merge === undefined || (previousBlock !== undefined && rangeContains(previousBlock, merge.top, merge.left));
}

/**
 * The status block: values, formats, header band, rules.
 * @example statusBlock(layout, assessment, text.write, { byRow: new Map() }).conditional.length //=> 5 (four statuses and a data bar)
 */
export function statusBlock(layout: BlockLayout, assessment: Assessment, text: WriteText, change: ChangeColumn): BlockPlan {
  const area = blockArea(layout);
  const byRow = judgementsByRow(assessment.judgements);
  const labels = assessment.settings.labels;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (let row = area.top; row <= area.bottom; row += 1) {
    const judgement = row >= layout.firstRow ? byRow.get(row) : undefined;
    if (row === layout.groupRow) values.push(groupRowValues(text));
    else if (row === layout.headerRow) values.push(headerValues(layout, text));
    else values.push(judgement ? rowValues(judgement, labels, change.byRow.get(row) ?? null) : emptyRow());
    const numbers = row >= layout.firstRow;
    formats.push([numbers ? PERCENT_FORMAT : GENERAL_FORMAT, numbers ? PERCENT_FORMAT : GENERAL_FORMAT, ...new Array<string>(BLOCK_WIDTH - 2).fill(GENERAL_FORMAT)]);
  }
  const block = keepText({ top: area.top, left: area.left, values, numberFormat: formats });
  return {
    sheet: layout.sheet,
    area,
    blocks: [block],
    styles: blockStyles(layout, area),
    conditional: blockRules(layout, assessment),
  };
}

/**
 * Judgements by their 0-based sheet row (row 7 → 6).
 * @example judgementsByRow([{ row: 7 }]).get(6) //=> { row: 7 }
 */
export function judgementsByRow<T extends Pick<Judgement, "row">>(judgements: readonly T[]): Map<number, T> {
  const byRow = new Map<number, T>();
  for (const judgement of judgements) byRow.set(judgement.row - 1, judgement);
  return byRow;
}

/** The six cells of an indicator's row. */
function rowValues(judgement: Judgement, labels: Assessment["settings"]["labels"], change: string | null): CellValue[] {
  return [
    finite(judgement.realisation),
    finite(judgement.timeProgress),
    statusText(displayCode(judgement), labels),
    change,
    labels[judgement.projection],
    noteText(judgement.note),
  ];
}

/** A number, or null for null and non-finite values (never NaN in a cell). */
function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

function emptyRow(): CellValue[] {
  return new Array<CellValue>(BLOCK_WIDTH).fill(null);
}

function groupRowValues(text: WriteText): CellValue[] {
  return [text.group, ...new Array<CellValue>(BLOCK_WIDTH - 1).fill(null)];
}

/** Column headers, each carrying the generated mark when there is no group row. */
function headerValues(layout: BlockLayout, text: WriteText): CellValue[] {
  const suffix = layout.groupRow === null ? text.generatedSuffix : "";
  const { realisation, timeProgress, status, change, projection, note } = text.columns;
  return [realisation, timeProgress, status, change, projection, note].map((header) => `${header}${suffix}`);
}

/** Header band, data borders, alignment, wrapped notes and column widths. */
function blockStyles(layout: BlockLayout, area: CellRange): RangeStyle[] {
  const header: CellStyle = { bold: true, fill: GENERATED_HEADER.fill, fontColor: GENERATED_HEADER.fontColor, border: true, vertical: "middle", wrap: true };
  const styles: RangeStyle[] = [];
  if (layout.groupRow !== null && layout.groupRow < layout.headerRow) {
    styles.push({ range: { ...area, bottom: layout.groupRow }, style: { ...header, horizontal: "left", wrap: false } });
  }
  const headerTop = layout.groupRow === null ? layout.headerRow : layout.groupRow + 1;
  styles.push({ range: { ...area, top: Math.min(headerTop, layout.headerRow), bottom: layout.headerRow }, style: { ...header, horizontal: "center" } });
  if (layout.firstRow <= layout.lastRow) {
    const data = { ...area, top: layout.firstRow };
    styles.push({ range: data, style: { border: true, vertical: "middle" } });
    styles.push({ range: { ...data, left: area.left + 2, right: area.left + 3 }, style: { horizontal: "center" } });
    styles.push({ range: { ...data, left: area.left + 5, right: area.left + 5 }, style: { wrap: true, vertical: "top" } });
  }
  BLOCK_COLUMN_WIDTHS.forEach((width, offset) => {
    const column = area.left + offset;
    styles.push({ range: { top: area.top, left: column, bottom: area.top, right: column }, style: {}, columnWidth: width });
  });
  return styles;
}

/** One text rule per displayed status over the bounded 评价结果 range, and a data bar on 实现度. */
function blockRules(layout: BlockLayout, assessment: Assessment): ConditionalRule[] {
  if (layout.firstRow > layout.lastRow) return [];
  const rows = { top: layout.firstRow, bottom: layout.lastRow };
  const status = { ...rows, left: layout.left + 2, right: layout.left + 2 };
  return [
    ...statusRules(status, assessment.judgements, assessment.settings.labels),
    { type: "dataBar", range: { ...rows, left: layout.left, right: layout.left }, color: DATA_BAR_COLOUR },
  ];
}
