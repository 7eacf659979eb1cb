/**
 * A1 addresses and rectangles for the Excel stand-in: self-contained (no imports from `src`), so the
 * stand-in models Excel rather than the code under test. Coordinates are 0-based.
 */

/** An inclusive rectangle of cells, 0-based. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** Column letters of a 0-based column: 27 → "AB". */
export function letters(column: number): string {
  let text = "";
  let rest = column + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    text = String.fromCharCode(65 + digit) + text;
    rest = Math.floor((rest - 1) / 26);
  }
  return text;
}

/** "D7" for (6, 3); absolute ("$D$7") when asked. */
export function cellA1(row: number, column: number, absolute = false): string {
  const sign = absolute ? "$" : "";
  return `${sign}${letters(column)}${sign}${row + 1}`;
}

/** "A3:E39", or "D7" for one cell. */
export function rectA1(rect: Rect, absolute = false): string {
  const start = cellA1(rect.top, rect.left, absolute);
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${cellA1(rect.bottom, rect.right, absolute)}`;
}

/** A sheet name as Excel writes it in a reference: quoted unless plain. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/u.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/gu, "''")}'`;
}

/** Reads "B2", "$B$2:$D$9", "A:C" (whole columns), "3:5" (whole rows); null when it does not read. */
export function parseA1(address: string): Rect | null {
  const text = address.replace(/\$/gu, "").trim().toUpperCase();
  const columnsOnly = /^([A-Z]{1,3}):([A-Z]{1,3})$/u.exec(text);
  if (columnsOnly) {
    const a = columnOf(columnsOnly[1] ?? "");
    const b = columnOf(columnsOnly[2] ?? "");
    return { top: 0, bottom: SHEET_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rowsOnly = /^(\d+):(\d+)$/u.exec(text);
  if (rowsOnly) {
    const a = Number(rowsOnly[1]) - 1;
    const b = Number(rowsOnly[2]) - 1;
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: SHEET_COLUMNS - 1 };
  }
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((part) => /^([A-Z]{1,3})(\d+)$/u.exec(part));
  if (cells.some((cell) => !cell)) return null;
  const [first, second = first] = cells.map((cell) => ({ row: Number(cell?.[2]) - 1, column: columnOf(cell?.[1] ?? "") }));
  if (!first || !second) return null;
  const rect = {
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  };
  return inSheet(rect) ? rect : null;
}

function columnOf(text: string): number {
  let index = 0;
  for (const char of text) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** Whether a rectangle lies inside Excel's grid. */
export function inSheet(rect: Rect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < SHEET_ROWS && rect.right < SHEET_COLUMNS && rect.top <= rect.bottom && rect.left <= rect.right;
}

export function rectCells(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

/** What remains of `a` once `b` is taken out: up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!overlaps(a, b)) return [a];
  const pieces: Rect[] = [];
  if (a.top < b.top) pieces.push({ top: a.top, left: a.left, bottom: b.top - 1, right: a.right });
  if (a.bottom > b.bottom) pieces.push({ top: b.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) pieces.push({ top, left: a.left, bottom, right: b.left - 1 });
  if (a.right > b.right) pieces.push({ top, left: b.right + 1, bottom, right: a.right });
  return pieces;
}
