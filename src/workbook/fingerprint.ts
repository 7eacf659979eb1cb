/**
 * 指纹: what the last run wrote in its status block, saved with the run stamp, so that a re-run can
 * tell the add-in's own cells from cells the user has changed, typed or inserted there since.
 *
 * Choices:
 * - A three-character hash per cell (FNV-1a, 46,656 values), row by row in one string: it names
 *   the cells that differ (a 40-row block adds 600 characters to the stamp; a changed cell goes
 *   unnoticed once in 46,656). A block over {@link MAX_FINGERPRINT_ROWS} rows is not fingerprinted.
 * - Values are hashed as a door reads them back, not as they were sent: a number as the percent
 *   text a door reads under a percent format (any number, so a door that reads the number itself
 *   compares the same), empty text as nothing; a formula whose result is empty counts as content.
 * - When the block has since changed shape (the user inserted rows or columns inside it), rows are
 *   matched by their hash alone: an empty row is nobody's, a row the last run wrote is ours
 *   wherever it now sits, and any other row holding content is the user's.
 */
import type { CellValue } from "../core/types";
import { columnsIn, markAt, ownValue, rowsIn } from "./lookup";
import type { GridIndex } from "./lookup";
import type { CellBlock, CellRange } from "./types";

/** The hashes of a block's rows (top to bottom) and columns (left to right). */
export interface BlockFingerprint {
  /** The block's width in cells. */
  width: number;
  /** Each cell's short hash, row by row. */
  cells: string;
}

/** Significant digits of a number as written (Excel keeps 15). */
const WRITTEN_DIGITS = 15;
/** Significant digits a door keeps of a percent-formatted number times 100, reading it as text. */
const PERCENT_DIGITS = 12;
/** Stands for a formula whose result is empty, so it never hashes as an empty cell. */
const FORMULA_CONTENT = "\u0000formula";
/** Characters of a cell's short hash, and the values it takes. */
const CELL_HASH_LENGTH = 3;
const CELL_HASHES = 36 ** CELL_HASH_LENGTH;
/** Blocks taller than this are not fingerprinted (the stamp would outgrow a workbook property). */
export const MAX_FINGERPRINT_ROWS = 20_000;

/**
 * A value as the fingerprint compares it, the same whether a door reads a number back as a number
 * or, under a percent format, as the percent text it shows: every number as that percent text
 * (15 significant digits as written, then 12 of the percent, as the doors read them); text trimmed;
 * empty as nothing.
 * @example comparedText(0.8559349593495933) //=> "85.593495935%"
 * @example comparedText("85.593495935%") //=> "85.593495935%"
 */
export function comparedText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value.trim();
  if (!Number.isFinite(value)) return "";
  const written = Number(value.toPrecision(WRITTEN_DIGITS));
  const shown = Number((written * 100).toPrecision(PERCENT_DIGITS));
  return `${Object.is(shown, -0) ? 0 : shown}%`;
}

/** FNV-1a (32 bits) of a text. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A cell's short hash: {@link CELL_HASH_LENGTH} base-36 characters. */
function cellHash(text: string): string {
  return (fnv(text) % CELL_HASHES).toString(36).padStart(CELL_HASH_LENGTH, "0");
}

/**
 * The fingerprint of a block about to be written, or null for a block too tall to fingerprint
 * ({@link MAX_FINGERPRINT_ROWS}).
 * @example fingerprintOf({ top: 0, left: 0, values: [["实现度", "时序进度"], [0.5, 0.4]] })?.cells.length //=> 12
 */
export function fingerprintOf(block: CellBlock): BlockFingerprint | null {
  const values = block.values;
  if (values.length > MAX_FINGERPRINT_ROWS) return null;
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const cells = values.map((row) => Array.from({ length: width }, (_, j) => cellHash(comparedText(row[j] ?? null))).join("")).join("");
  return { width, cells };
}

/** A cell's compared text as it is now (a formula whose result is empty counts as content). */
function currentText(index: GridIndex, row: number, column: number): string {
  const text = comparedText(ownValue(index, row, column));
  return text === "" && markAt(index, row, column) !== undefined ? FORMULA_CONTENT : text;
}

/**
 * The cells of an earlier block that differ from what the last run wrote there: typed, changed or
 * inserted since. Empty cells are never named (nothing of the user's is lost by replacing them), and
 * a cell the user emptied makes the rest of its row no less the add-in's. Only the rows and cells
 * that hold something are looked at, however large the area.
 * @example changedCells(index, { top: 1, left: 5, bottom: 38, right: 9 }, savedFingerprint) //=> [{ row: 6, column: 7 }]
 */
export function changedCells(index: GridIndex, area: CellRange, saved: BlockFingerprint): { row: number; column: number }[] {
  const width = area.right - area.left + 1;
  const rowLength = saved.width * CELL_HASH_LENGTH;
  const savedRows: string[] = [];
  for (let start = 0; rowLength > 0 && start < saved.cells.length; start += rowLength) savedRows.push(saved.cells.slice(start, start + rowLength));
  const sameShape = saved.width === width && savedRows.length === area.bottom - area.top + 1;
  const known = saved.width === width ? new Set(savedRows) : new Set<string>();
  const cells: { row: number; column: number }[] = [];
  for (const row of rowsIn(index, area.top, area.bottom)) {
    const occupied = columnsIn(index, row, area.left, area.right).filter((column) => currentText(index, row, column) !== "");
    if (occupied.length === 0) continue;
    let named: readonly number[];
    if (sameShape) {
      const savedRow = savedRows[row - area.top] ?? "";
      named = occupied.filter((column) => {
        const j = column - area.left;
        return cellHash(currentText(index, row, column)) !== savedRow.slice(j * CELL_HASH_LENGTH, (j + 1) * CELL_HASH_LENGTH);
      });
    } else {
      // Matched by the row's hash alone; a row of another width than the saved one matches none.
      const line = known.size > 0 ? Array.from({ length: width }, (_, j) => cellHash(currentText(index, row, area.left + j))).join("") : "";
      named = known.has(line) ? [] : occupied;
    }
    for (const column of named) cells.push({ row, column });
  }
  return cells;
}

/**
 * The cells of a sheet the add-in wrote whole from A1 (the 评估记录) that differ from what the last
 * run wrote: inside the rectangle its fingerprint covers, as {@link changedCells} finds them; beyond
 * it, each cell that holds something (typed there since). A note typed in H1 beside the record is
 * that one cell, not every cell of the rows it widens.
 * @example changedSheetCells(index, savedFingerprint) //=> [{ row: 0, column: 7 }]
 */
export function changedSheetCells(index: GridIndex, saved: BlockFingerprint): { row: number; column: number }[] {
  const rows = saved.width > 0 ? saved.cells.length / (saved.width * CELL_HASH_LENGTH) : 0;
  const covered = { top: 0, left: 0, bottom: rows - 1, right: saved.width - 1 };
  const inside = rows > 0 ? changedCells(index, covered, saved) : [];
  const beyond: { row: number; column: number }[] = [];
  for (const row of rowsIn(index, 0, index.bottom)) {
    for (const column of columnsIn(index, row, 0, index.right)) {
      if ((row > covered.bottom || column > covered.right) && currentText(index, row, column) !== "") beyond.push({ row, column });
    }
  }
  return [...inside, ...beyond].sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * Reads a fingerprint saved in a run stamp, or null when it is missing or malformed.
 * @example readFingerprint({ width: 2, cells: "0a11b2" }) //=> { width: 2, cells: "0a11b2" }
 */
export function readFingerprint(saved: unknown): BlockFingerprint | null {
  if (typeof saved !== "object" || saved === null) return null;
  const { width, cells } = saved as { width?: unknown; cells?: unknown };
  if (typeof width !== "number" || !Number.isInteger(width) || width <= 0 || typeof cells !== "string") return null;
  return cells.length % (width * CELL_HASH_LENGTH) === 0 ? { width, cells } : null;
}
