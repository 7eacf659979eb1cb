/**
 * 指纹: what the last run wrote in its status block, saved with the run stamp, so that a re-run can
 * tell the add-in's own cells from cells the user has changed, typed or inserted there since.
 *
 * Choices:
 * - One 32-bit FNV-1a hash per row of the block, which tells whether the row is as written, and a
 *   two-character hash per cell, which names the cells that differ (a 40-row block adds some 700
 *   characters to the stamp). A block over {@link MAX_FINGERPRINT_ROWS} rows is not fingerprinted.
 * - Values are hashed as a door reads them back, not as they were sent: a number to 10 significant
 *   digits, a percent text (`48.8%`, how a percent-formatted cell reads) as its number, empty text
 *   as nothing; a formula whose result is empty counts as content.
 * - When the block has since changed shape (the user inserted rows or columns inside it), rows are
 *   matched by their hash alone: an empty row is nobody's, a row the last run wrote is ours
 *   wherever it now sits, and any other row holding content is the user's.
 */
import type { CellValue } from "../core/types";
import { markAt, ownValue } from "./lookup";
import type { GridIndex } from "./lookup";
import type { CellRange } from "./types";

/** The hashes of a block's rows (top to bottom) and columns (left to right). */
export interface BlockFingerprint {
  rows: string[];
  /** Per row, two base-36 characters per cell. */
  cells: string[];
}

/** Significant digits a number is compared to (a door reads back at least 12). */
const COMPARED_DIGITS = 10;
/** A percent text as a percent-formatted cell reads: `48.8%`, `-3%`. */
const PERCENT_TEXT = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?%$/iu;
/** Stands for a formula whose result is empty, so it never hashes as an empty cell. */
const FORMULA_CONTENT = "\u0000formula";
const SEPARATOR = "\u001f";
/** Values of a cell's short hash (two base-36 characters). */
const CELL_HASHES = 36 * 36;
/** Blocks taller than this are not fingerprinted (the stamp would outgrow a workbook property). */
export const MAX_FINGERPRINT_ROWS = 20_000;

/**
 * A value as the fingerprint compares it.
 * @example comparedText("48.8333333333%") === comparedText(0.48833333333333334) //=> true
 */
export function comparedText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return comparedNumber(value);
  const text = value.trim();
  return PERCENT_TEXT.test(text) ? comparedNumber(Number(text.slice(0, -1)) / 100) : text;
}

/** A number to the compared digits (−0 as 0, non-finite as nothing). */
function comparedNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  const kept = Number(value.toPrecision(COMPARED_DIGITS));
  return String(Object.is(kept, -0) ? 0 : kept);
}

/** FNV-1a (32 bits) over texts joined by a separator. */
function fnv(texts: readonly string[]): number {
  let hash = 0x811c9dc5;
  const joined = texts.join(SEPARATOR);
  for (let i = 0; i < joined.length; i += 1) {
    hash ^= joined.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A row's hash in base 36. */
function rowHash(texts: readonly string[]): string {
  return fnv(texts).toString(36);
}

/** A cell's short hash: two base-36 characters. */
function cellHash(text: string): string {
  return (fnv([text]) % CELL_HASHES).toString(36).padStart(2, "0");
}

/** The short hash of an empty cell. */
const EMPTY_HASH = cellHash("");

/**
 * The fingerprint of values about to be written as a block (rows of equal width), or null for a
 * block too tall to fingerprint ({@link MAX_FINGERPRINT_ROWS}).
 * @example fingerprintOf([["实现度", "时序进度"], [0.5, 0.4]])?.cells.map((cells) => cells.length) //=> [4, 4]
 */
export function fingerprintOf(values: readonly CellValue[][]): BlockFingerprint | null {
  if (values.length > MAX_FINGERPRINT_ROWS) return null;
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const texts = values.map((row) => Array.from({ length: width }, (_, j) => comparedText(row[j] ?? null)));
  return { rows: texts.map(rowHash), cells: texts.map((row) => row.map(cellHash).join("")) };
}

/** The compared texts of an area of the sheet, as it is now. */
function currentTexts(index: GridIndex, area: CellRange): string[][] {
  const texts: string[][] = [];
  for (let row = area.top; row <= area.bottom; row += 1) {
    const line: string[] = [];
    for (let column = area.left; column <= area.right; column += 1) {
      const text = comparedText(ownValue(index, row, column));
      line.push(text === "" && markAt(index, row, column) !== undefined ? FORMULA_CONTENT : text);
    }
    texts.push(line);
  }
  return texts;
}

/**
 * The cells of an earlier block that differ from what the last run wrote there: typed, changed or
 * inserted since. Empty cells are never named (nothing of the user's is lost by replacing them), and
 * a cell the user emptied makes the rest of its row no less the add-in's.
 * @example changedCells(index, { top: 1, left: 5, bottom: 38, right: 9 }, savedFingerprint) //=> [{ row: 6, column: 7 }]
 */
export function changedCells(index: GridIndex, area: CellRange, saved: BlockFingerprint): { row: number; column: number }[] {
  const width = area.right - area.left + 1;
  const texts = currentTexts(index, area);
  const sameShape = saved.rows.length === texts.length && saved.cells.every((cells) => cells.length === width * 2);
  const known = new Set(saved.rows);
  const cells: { row: number; column: number }[] = [];
  texts.forEach((line, i) => {
    const occupied = line.flatMap((text, j) => (text !== "" ? [j] : []));
    if (occupied.length === 0) return;
    const hash = rowHash(line);
    if (sameShape ? hash === saved.rows[i] : known.has(hash)) return;
    const named = sameShape ? changedInRow(line, occupied, saved.cells[i] ?? "") : occupied;
    for (const j of named) cells.push({ row: area.top + i, column: area.left + j });
  });
  return cells;
}

/**
 * The columns of a row, changed since it was written, that hold content: those whose short hash
 * differs; when none does and no emptied cell explains the row's change, every occupied one.
 */
function changedInRow(line: readonly string[], occupied: readonly number[], savedCells: string): number[] {
  const savedAt = (j: number): string => savedCells.slice(j * 2, j * 2 + 2);
  const named = occupied.filter((j) => cellHash(line[j] ?? "") !== savedAt(j));
  if (named.length > 0) return named;
  const emptied = line.some((text, j) => text === "" && savedAt(j) !== EMPTY_HASH);
  return emptied ? [] : [...occupied];
}

/**
 * Reads a fingerprint saved in a run stamp, or null when it is missing or malformed.
 * @example readFingerprint({ rows: ["1x"], cells: ["0a1b"] }) //=> { rows: ["1x"], cells: ["0a1b"] }
 */
export function readFingerprint(saved: unknown): BlockFingerprint | null {
  if (typeof saved !== "object" || saved === null) return null;
  const { rows, cells } = saved as { rows?: unknown; cells?: unknown };
  const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((item) => typeof item === "string");
  return strings(rows) && strings(cells) && rows.length === cells.length ? { rows, cells } : null;
}
