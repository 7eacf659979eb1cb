/**
 * A1 addresses: column letters, cell and range addresses, and sheet-qualified references, all from
 * the 0-based coordinates of `src/workbook/types.ts` (row 0 is sheet row 1, column 0 is column A).
 */
import type { CellRange } from "./types";

/** Excel's last column (XFD) and last row, 0-based. */
export const MAX_COLUMN = 16_383;
export const MAX_ROW = 1_048_575;

const LETTERS = 26;
const CODE_A = 65;

/**
 * The letters of a 0-based column.
 * @example columnLetters(27) //=> "AB"
 */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`Invalid column index ${column}`);
  let letters = "";
  let rest = column + 1;
  while (rest > 0) {
    const digit = (rest - 1) % LETTERS;
    letters = String.fromCharCode(CODE_A + digit) + letters;
    rest = Math.floor((rest - 1) / LETTERS);
  }
  return letters;
}

/**
 * The 0-based column of a run of letters (case-insensitive), or null when they are not letters.
 * @example columnIndex("AB") //=> 27
 */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/u.test(letters)) return null;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * LETTERS + (letter.charCodeAt(0) - CODE_A + 1);
  return index - 1 <= MAX_COLUMN ? index - 1 : null;
}

/**
 * The A1 address of a 0-based cell.
 * @example cellAddress(6, 3) //=> "D7"
 */
export function cellAddress(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Invalid row index ${row}`);
  return `${columnLetters(column)}${row + 1}`;
}

/**
 * The A1 address of a range; a single cell reads as one address.
 * @example rangeAddress({ top: 2, left: 0, bottom: 38, right: 4 }) //=> "A3:E39"
 */
export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${cellAddress(range.bottom, range.right)}`;
}

/**
 * Reads an A1 cell address (`$` signs allowed) into 0-based coordinates, or null.
 * @example parseCellAddress("$D$7") //=> { row: 6, column: 3 }
 */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u.exec(address.trim());
  if (!match) return null;
  const column = columnIndex(match[1] ?? "");
  const row = Number(match[2]) - 1;
  if (column === null || row < 0 || row > MAX_ROW) return null;
  return { row, column };
}

/**
 * Reads an A1 range into a normalised 0-based range, or null: `A3:E39`, one cell `D7`, `$` forms
 * (`$A$3:$E$39`), whole columns (`E:E`, `$E:$F`) and whole rows (`3:3`, `$3:$5`), as Excel writes
 * them in conditional formats and defined names.
 * @example parseRangeAddress("E39:A3") //=> { top: 2, left: 0, bottom: 38, right: 4 }
 * @example parseRangeAddress("$E:$E") //=> { top: 0, left: 4, bottom: 1048575, right: 4 }
 * @example parseRangeAddress("3:3") //=> { top: 2, left: 0, bottom: 2, right: 16383 }
 */
export function parseRangeAddress(address: string): CellRange | null {
  const parts = address.trim().split(":");
  if (parts.length > 2) return null;
  const whole = parts.length === 2 ? wholeLines(parts[0] ?? "", parts[1] ?? "") : null;
  if (whole) return whole;
  const start = parseCellAddress(parts[0] ?? "");
  const end = parts.length === 2 ? parseCellAddress(parts[1] ?? "") : start;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Whole columns (`E:F`) or whole rows (`3:5`) between two ends, or null when they are neither. */
function wholeLines(first: string, second: string): CellRange | null {
  const a = first.trim().replace(/^\$/u, "");
  const b = second.trim().replace(/^\$/u, "");
  const columnA = /^[A-Za-z]{1,3}$/u.test(a) ? columnIndex(a) : null;
  const columnB = /^[A-Za-z]{1,3}$/u.test(b) ? columnIndex(b) : null;
  if (columnA !== null && columnB !== null) {
    return { top: 0, left: Math.min(columnA, columnB), bottom: MAX_ROW, right: Math.max(columnA, columnB) };
  }
  if (!/^\d{1,7}$/u.test(a) || !/^\d{1,7}$/u.test(b)) return null;
  const rowA = Number(a) - 1;
  const rowB = Number(b) - 1;
  if (rowA < 0 || rowB < 0 || rowA > MAX_ROW || rowB > MAX_ROW) return null;
  return { top: Math.min(rowA, rowB), left: 0, bottom: Math.max(rowA, rowB), right: MAX_COLUMN };
}

/**
 * Reads a multi-area address (`C4:C39 F:F`, or `A1:B2,D4` as Office writes it) into its ranges;
 * null when any part does not read, so a caller never mistakes a part it could not read for none.
 * @example parseMultiAreaAddress("C4:C39 $F:$F") //=> [{ top: 3, left: 2, bottom: 38, right: 2 }, { top: 0, left: 5, bottom: 1048575, right: 5 }]
 */
export function parseMultiAreaAddress(address: string): CellRange[] | null {
  const parts = address.split(/[\s,]+/u).filter((part) => part !== "");
  const ranges: CellRange[] = [];
  for (const part of parts) {
    const range = parseRangeAddress(part);
    if (!range) return null;
    ranges.push(range);
  }
  return ranges.length > 0 ? ranges : null;
}

/**
 * A sheet-qualified reference, quoting the sheet name as Excel does (`'` doubled inside).
 * @example sheetReference("评估汇总", { top: 0, left: 0, bottom: 9, right: 7 }) //=> "'评估汇总'!A1:H10"
 */
export function sheetReference(sheet: string, range: CellRange): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/u.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/gu, "''")}'`;
  return `${name}!${rangeAddress(range)}`;
}

/**
 * Whole rows as an absolute reference (what print titles take), 0-based rows in.
 * @example rowsAddress({ top: 1, bottom: 2 }) //=> "$2:$3"
 */
export function rowsAddress(rows: { top: number; bottom: number }): string {
  return `$${rows.top + 1}:$${rows.bottom + 1}`;
}

/**
 * Whether a 0-based cell lies inside a range.
 * @example rangeContains({ top: 2, left: 0, bottom: 38, right: 4 }, 6, 3) //=> true
 */
export function rangeContains(range: CellRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

/**
 * Whether two ranges share at least one cell.
 * @example rangesOverlap({ top: 0, left: 0, bottom: 1, right: 1 }, { top: 1, left: 1, bottom: 2, right: 2 }) //=> true
 */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
