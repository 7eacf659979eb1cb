/**
 * The rows of the indicator table below its header: indicator rows, empty rows inside the table,
 * section rows (`一、综合实力` on a row of its own) and the footnote rows that end it (`注：…`,
 * `说明：…`, `备注：…`, `资料来源：…`).
 *
 * The table ends at the first footnote row, at a second header (a row without numbers that reads as
 * a header), or after more than {@link MAX_EMPTY_RUN} empty rows in a row unless the rows below
 * continue it (same columns, 序号 going on, no new header); its last row is the last indicator row
 * before that.
 */
import { headerScore } from "./header";
import type { CellValue } from "../core/types";
import { cellText, columnsIn, isEmptyRow, mergeAt, ownValue, rowsIn } from "./lookup";
import type { GridIndex } from "./lookup";

/** What a row of the table holds. */
export type RowKind = "indicator" | "empty" | "section" | "footnote";

/** Empty rows allowed inside the table; one more ends it. */
export const MAX_EMPTY_RUN = 3;
/**
 * A run of more empty rows than this ends the table even when the row after it would continue it:
 * no bureau table has a hundred blank rows inside it, and a table spanning a million rows for two
 * rows of data would make the status block (and its cost) a million rows tall. The row is named
 * in a problem instead (see `farRow`).
 */
export const MAX_CONTINUED_RUN = 100;

/** `注：`, `注1：`, `注（1）`, `说明：`, `备注：`, `资料来源：`, `数据来源：`, `*注`. */
const FOOTNOTE = /^\s*[*※]?\s*(注|附注|说明|备注|资料来源|数据来源|来源)\s*[\d①-⑩（(一二三四五六七八九十、.]*\s*[:：]|^\s*注\s*[\d①-⑩]/u;
/** `一、综合实力`, `（一）科技创新`, `第一部分`: a heading of a section of the table. */
const SECTION_HEADING = /^\s*([一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+(部分|类|篇))/u;

/**
 * Whether a text is a footnote (`注：（1）[]内数据为五年累计数`).
 * @example isFootnoteText("注：[]内数据为五年累计数") //=> true
 */
export function isFootnoteText(text: string): boolean {
  return FOOTNOTE.test(text);
}

/**
 * What a row of the table holds, given the table's columns and its name column.
 * A section row holds one text only (a merged band, a numbered heading, or a text outside the name
 * column) and nothing else; a footnote row starts with a footnote word.
 * @example classifyRow(index, 39, 0, 4, 1) //=> "footnote" (keqiao-14th row 40: 注：（1）…)
 */
export function classifyRow(index: GridIndex, row: number, left: number, right: number, nameColumn: number): RowKind {
  if (isEmptyRow(index, row, left, right)) return "empty";
  const texts: { column: number; text: string }[] = [];
  for (const column of columnsIn(index, row, left, right)) {
    const text = cellText(ownValue(index, row, column));
    if (text !== "") texts.push({ column, text });
  }
  const first = texts[0];
  if (first && isFootnoteText(first.text)) return "footnote";
  if (texts.length !== 1 || !first) return "indicator";
  const merge = mergeAt(index, row, first.column);
  const spansColumns = merge !== undefined && merge.right > merge.left;
  if (spansColumns || SECTION_HEADING.test(first.text) || first.column !== nameColumn) {
    return typeof ownValue(index, row, first.column) === "string" ? "section" : "indicator";
  }
  return "indicator";
}

/**
 * The table's rows below a header: from the first row holding anything (a section heading may open
 * the table) to the last indicator row; null when no indicator row follows. A run of more than
 * {@link MAX_EMPTY_RUN} empty rows ends the table only when the row after it does not continue it
 * (see {@link continuesTable}).
 * Over more than {@link MAX_CONTINUED_RUN} empty rows the table never continues: a row there that
 * would have continued it is returned as `farRow`.
 * @example findDataRows(index, 2, 0, 4, 1) //=> { first: 3, last: 38 } (keqiao-14th: rows 4–39)
 */
export function findDataRows(
  index: GridIndex,
  headerBottom: number,
  left: number,
  right: number,
  nameColumn: number,
  indexColumn?: number,
): { first: number; last: number; farRow?: number } | null {
  let first: number | null = null;
  let farRow: number | undefined;
  let last: number | null = null;
  let emptyRun = 0;
  let lastNumber: number | null = null;
  let previous = headerBottom;
  // Only the rows holding something are visited; the rows between are empty rows of the run.
  for (const row of rowsIn(index, headerBottom + 1, index.bottom)) {
    emptyRun += row - previous - 1;
    previous = row;
    const kind = classifyRow(index, row, left, right, nameColumn);
    if (kind === "footnote") break;
    if (kind === "empty") {
      emptyRun += 1;
      continue;
    }
    const table = { left, right, nameColumn, indexColumn, lastNumber };
    if (emptyRun > MAX_EMPTY_RUN && !continuesTable(index, row, table)) break;
    if (emptyRun > MAX_CONTINUED_RUN) {
      farRow = row;
      break;
    }
    emptyRun = 0;
    if (kind === "indicator" && !holdsNumber(index, row, left, right) && headerScore(index, row) > 0) break;
    first ??= row;
    if (kind === "indicator") {
      last = row;
      lastNumber = indexColumn === undefined ? null : serialNumber(ownValue(index, row, indexColumn)) ?? lastNumber;
    }
  }
  if (first === null || last === null) return null;
  return farRow === undefined ? { first, last } : { first, last, farRow };
}

/** The table a row may continue: its columns, its name and 序号 columns, the last 序号 read. */
interface TableColumns {
  left: number;
  right: number;
  nameColumn: number;
  indexColumn: number | undefined;
  lastNumber: number | null;
}

/**
 * Whether a row after a long run of empty rows continues the table above it: it is no header and no
 * footnote, it holds nothing outside the table's columns, it names an indicator in the name column
 * (or is a section heading), and where the table numbers its rows (序号) the number goes on.
 */
function continuesTable(index: GridIndex, row: number, table: TableColumns): boolean {
  const { left, right, nameColumn, indexColumn, lastNumber } = table;
  const kind = classifyRow(index, row, left, right, nameColumn);
  if (kind === "footnote" || kind === "empty") return false;
  if (!holdsNumber(index, row, left, right) && headerScore(index, row) > 0) return false;
  if (!isEmptyRow(index, row, index.left, left - 1) || !isEmptyRow(index, row, right + 1, index.right)) return false;
  if (kind === "section") return true;
  if (cellText(ownValue(index, row, nameColumn)) === "") return false;
  if (indexColumn === undefined || lastNumber === null) return true;
  return serialNumber(ownValue(index, row, indexColumn)) === lastNumber + 1;
}

/** A 序号 as a number (`7`, `"7"`, `"7."`, `"（7）"`), or null. */
function serialNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) ? value : null;
  const match = /^[（(]?\s*(\d{1,5})\s*[)）.、]?$/u.exec(cellText(value));
  return match ? Number(match[1]) : null;
}

/** Whether a row holds a number in the table's columns (a data row, not a second table's header). */
function holdsNumber(index: GridIndex, row: number, left: number, right: number): boolean {
  for (const column of columnsIn(index, row, left, right)) {
    if (typeof ownValue(index, row, column) === "number") return true;
  }
  return false;
}
