/**
 * The header band of the indicator table: the row that reads most like a header (序号, 指标名称,
 * 2020年实绩, 2025年目标 …), grown up and down over the rows of a two- or three-row header
 * (“十三五”目标 over 2020 年 / 年均增长), and each column's header read through merged cells.
 *
 * Title rows above (one text merged across the table) and data rows below (numbers, or a name that
 * is not a header word) end the band. One pass over the rows and columns that hold something:
 * linear in the sheet's cells, whatever its used range.
 */
import { parseHeaderLabel } from "../core/period";
import { BLOCK_WIDTH } from "./block";
import type { HeaderLabel } from "../core/period";
import { hasGeneratedMark, isGeneratedHeader, isHeaderText, keywordRole } from "./keywords";
import type { KeywordRole } from "./keywords";
import { cellText, columnsIn, mergeAt, mergesOnRow, ownValue, shownColumns, shownValue } from "./lookup";
import type { GridIndex } from "./lookup";
import type { CellRange } from "./types";

/** One column's header, read top to bottom through the band. */
export interface HeaderColumn {
  column: number;
  /** The distinct texts of the band's cells in this column, top to bottom, as written. */
  parts: string[];
  /** The parts joined by a space: `“十三五”目标 2020 年`. */
  header: string;
  label: HeaderLabel;
  /** The role the bottom-most part names by its words, if any. */
  keyword: KeywordRole | null;
  /** The header, or the cell just above the band, carries the generated mark. */
  generatedMark: boolean;
}

/** Where the header is and what each of its columns says. */
export interface HeaderBand {
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: HeaderColumn[];
}

/** A header needs this many header-like cells … */
const MIN_HEADER_CELLS = 3;
/** … and at most this many rows. */
const MAX_HEADER_ROWS = 3;
/** The generated mark reaches as far as a status block spans from its marked first column. */
const GENERATED_RUN = BLOCK_WIDTH;

/**
 * Finds the header band of the indicator table, or null when no row reads as its header.
 * @example findHeaderBand(indexGrid(keqiao13th)) //=> { top: 1, bottom: 2, left: 0, right: 6, columns: [...] }
 */
export function findHeaderBand(index: GridIndex): HeaderBand | null {
  const best = bestHeaderRow(index);
  if (best === null) return null;
  let top = best;
  let bottom = best;
  while (bottom - top + 1 < MAX_HEADER_ROWS && continuesHeader(index, top - 1, best)) top -= 1;
  while (bottom - top + 1 < MAX_HEADER_ROWS && continuesHeader(index, bottom + 1, best)) bottom += 1;

  // The columns that show something in the band or just above it; the others have no header.
  const shown = new Set<number>();
  for (let row = top - 1; row <= bottom; row += 1) for (const column of shownColumns(index, row)) shown.add(column);
  const all = [...shown].sort((a, b) => a - b).map((column) => headerColumn(index, top, bottom, column));
  const run = richestRun(markGeneratedRuns(all));
  if (run.length === 0) return null;
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  return { top, bottom, left: first.column, right: last.column, columns: run };
}

/**
 * Whether a row reads as a header row: enough header-like cells, a name header or several period
 * headers among them (each merged area counted once).
 * @example headerScore(indexGrid(keqiao14th), 2) //=> 5
 */
export function headerScore(index: GridIndex, row: number): number {
  let score = 0;
  let named = false;
  let periods = 0;
  let yearNumbers = 0;
  // A merged area is counted once, at its first column; its other columns show the same text.
  const columns = new Set(columnsIn(index, row, index.left, index.right));
  for (const merge of mergesOnRow(index, row)) if (merge.left >= index.left && merge.left <= index.right) columns.add(merge.left);
  for (const column of columns) {
    const merge = mergeAt(index, row, column);
    if (merge && merge.left < column && merge.left >= index.left) continue;
    const value = shownValue(index, row, column);
    if (typeof value === "number") {
      if (isYearNumber(value)) yearNumbers += 1;
      continue;
    }
    const text = cellText(value);
    if (!isHeaderText(text)) continue;
    score += 1;
    const keyword = keywordRole(text);
    if (keyword === "name") named = true;
    else if (keyword === null && parseHeaderLabel(text).period !== undefined) periods += 1;
  }
  if (named) score += yearNumbers;
  return score >= MIN_HEADER_CELLS && (named || periods >= 2) ? score : 0;
}

/**
 * Whether a number typed into a header cell is a year (Excel keeps a typed `2021` as a number).
 * Counted only in a row that also names the indicator column, since data rows hold such numbers too.
 */
function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1950 && value <= 2100;
}

/**
 * The row with the highest header score (the first of equals), or null. The search ends a few rows
 * after the first header-like row (a two-row header's second row may score higher), so a long
 * sheet is read only down to its table's header.
 */
function bestHeaderRow(index: GridIndex): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (const row of index.rows) {
    if (best !== null && row > best + MAX_HEADER_ROWS) break;
    const score = headerScore(index, row);
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether a row next to the header continues it: no numbers, at least one header word of its own,
 * not a title (one text merged across the table), and the name column's cell empty, merged with
 * the header's or itself a header word.
 */
function continuesHeader(index: GridIndex, row: number, headerRow: number): boolean {
  if (row < index.top || row > index.bottom) return false;
  if (isTitleRow(index, row, headerRow)) return false;
  let ownHeaders = 0;
  let texts = 0;
  for (const column of columnsIn(index, row, index.left, index.right)) {
    const value = ownValue(index, row, column);
    if (typeof value === "number") return false;
    const text = cellText(value);
    if (text === "") continue;
    texts += 1;
    const merge = mergeAt(index, row, column);
    if (merge && merge.top === merge.bottom && spansHeader(index, merge.left, merge.right, headerRow)) return false;
    const covered = mergeAt(index, headerRow, column);
    const sharesMerge = covered !== undefined && covered === merge;
    if (isHeaderText(text)) ownHeaders += 1;
    else if (!sharesMerge && keywordRole(cellText(shownValue(index, headerRow, column))) === "name") return false;
  }
  return texts > 0 && ownHeaders > 0;
}

/**
 * Whether a row is a title: its only text, the add-in's own mark aside, is one single-row merge
 * over the name column — however far the table has since grown past the merge (a period column
 * added later, the status block's group header in the title row).
 */
function isTitleRow(index: GridIndex, row: number, headerRow: number): boolean {
  let title: CellRange | undefined;
  for (const column of columnsIn(index, row, index.left, index.right)) {
    const text = cellText(ownValue(index, row, column));
    if (text === "" || hasGeneratedMark(text)) continue;
    const merge = mergeAt(index, row, column);
    if (!merge || merge.top !== merge.bottom || title !== undefined) return false;
    title = merge;
  }
  if (!title) return false;
  for (let column = title.left; column <= title.right; column += 1) {
    if (keywordRole(cellText(shownValue(index, headerRow, column))) === "name") return true;
  }
  return false;
}

/** Whether a merged area spans every non-empty cell of the header row (a title, not a group header). */
function spansHeader(index: GridIndex, left: number, right: number, headerRow: number): boolean {
  for (const column of shownColumns(index, headerRow)) {
    if (cellText(shownValue(index, headerRow, column)) === "") continue;
    if (column < left || column > right) return false;
  }
  return true;
}

/** One column's header through the band, and whether it or the cell above carries the generated mark. */
function headerColumn(index: GridIndex, top: number, bottom: number, column: number): HeaderColumn {
  const parts: string[] = [];
  for (let row = top; row <= bottom; row += 1) {
    const text = cellText(shownValue(index, row, column));
    if (text !== "" && parts[parts.length - 1] !== text) parts.push(text);
  }
  const header = parts.join(" ");
  const above = cellText(shownValue(index, top - 1, column));
  const bottomPart = parts[parts.length - 1] ?? "";
  return {
    column,
    parts,
    header,
    label: parseHeaderLabel(header),
    keyword: keywordRole(bottomPart) ?? (parts.length > 1 ? keywordRole(parts[0] ?? "") : null),
    generatedMark: parts.some(hasGeneratedMark) || hasGeneratedMark(above),
  };
}

/**
 * Extends the generated mark from a marked column to the status-block headers right after it
 * (the group header sits over the block's first column only), at most one block wide.
 */
function markGeneratedRuns(columns: HeaderColumn[]): HeaderColumn[] {
  let remaining = 0;
  let previous: number | null = null;
  return columns.map((column) => {
    // A column with nothing to show (not in the list) ends a run as an empty header would.
    if (previous !== null && column.column !== previous + 1) remaining = 0;
    previous = column.column;
    if (column.generatedMark) {
      remaining = GENERATED_RUN - 1;
      return column;
    }
    const bottomPart = column.parts[column.parts.length - 1] ?? "";
    if (remaining > 0 && isGeneratedHeader(bottomPart)) {
      remaining -= 1;
      return { ...column, generatedMark: true };
    }
    remaining = 0;
    return column;
  });
}

/**
 * The contiguous run of non-empty headers holding the most header-like cells; a column missing
 * from the list (it shows nothing) ends a run.
 */
function richestRun(columns: HeaderColumn[]): HeaderColumn[] {
  let best: HeaderColumn[] = [];
  let bestCount = 0;
  let current: HeaderColumn[] = [];
  let count = 0;
  const close = (): void => {
    if (count > bestCount) {
      best = current;
      bestCount = count;
    }
    current = [];
    count = 0;
  };
  for (const column of columns) {
    const last = current[current.length - 1];
    if (last && column.column !== last.column + 1) close();
    if (column.header === "") {
      close();
      continue;
    }
    current.push(column);
    if (column.parts.some((part) => isHeaderText(part) || hasGeneratedMark(part))) count += 1;
  }
  close();
  return best;
}
