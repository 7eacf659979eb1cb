/**
 * Reading a grid by sheet coordinates: a cell's own value, the value a merged area shows in every
 * cell it covers, and the value a vertical merge carries down its column; and the rows and columns
 * that hold anything, so every walk over the sheet costs the cells it holds, not its used range.
 * Built once per grid in time linear in its cells and in the row bands its merged areas touch.
 *
 * A grid's `values` may be sparse (see {@link Grid}): a row holding nothing may be a hole, a row's
 * array ends at its last cell. Nothing here walks a row or a column index by index over the sheet.
 */
import type { CellValue } from "../core/types";
import type { CellMark, CellRange, Grid } from "./types";

/** A grid indexed for lookups by 0-based sheet coordinates. */
export interface GridIndex {
  grid: Grid;
  /** Sheet rows and columns the grid covers, inclusive; `bottom < top` for an empty grid. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /**
   * The sheet rows that hold a value or a mark, ascending: every walk down the sheet goes over
   * these, so a stray cell a million rows down costs one row, not a million.
   */
  rows: readonly number[];
  /** The columns of each of those rows that hold a value or a mark, ascending. */
  cellsByRow: ReadonlyMap<number, readonly number[]>;
  /** Merged areas by the band of {@link MERGE_BAND} rows they touch (a merge over a million rows is kept whole). */
  mergesByBand: ReadonlyMap<number, readonly CellRange[]>;
  /** What the door found in a cell besides its value, by `row,column`. */
  marks: ReadonlyMap<string, CellMark["kind"]>;
}

/** Rows per band of the merge index: a merge is listed once per band it touches, not once per row. */
export const MERGE_BAND = 64;

/** Arrays longer than this are walked by their keys (a sparse row or grid), shorter ones by index. */
const DENSE_WALK = 4096;

/**
 * The indices an array holds, ascending: a sparse array (holes, or one cell at XFD) costs what it
 * holds, not its length.
 * @example presentIndices([, "a", , "b"]) //=> [1, 3]
 */
export function presentIndices(array: readonly unknown[]): number[] {
  const indices: number[] = [];
  if (array.length <= DENSE_WALK) {
    for (let i = 0; i < array.length; i += 1) if (i in array) indices.push(i);
    return indices;
  }
  // Array index keys come in ascending order (ECMA-262 OrdinaryOwnPropertyKeys).
  for (const key of Object.keys(array)) indices.push(Number(key));
  return indices;
}

/**
 * Indexes a grid for lookups by sheet coordinates, in time linear in the cells it holds and the
 * bands its merged areas touch.
 * @example indexGrid({ sheet: "表1", top: 2, left: 0, values: [["序号"]], merges: [] }).bottom //=> 2
 */
export function indexGrid(grid: Grid): GridIndex {
  const cellsByRow = new Map<number, number[]>();
  const add = (row: number, column: number): void => {
    const list = cellsByRow.get(row);
    if (list) list.push(column);
    else cellsByRow.set(row, [column]);
  };
  let width = 0;
  for (const i of presentIndices(grid.values)) {
    const line = grid.values[i] ?? [];
    width = Math.max(width, line.length);
    for (const j of presentIndices(line)) if (cellText(line[j] ?? null) !== "") add(grid.top + i, grid.left + j);
  }
  const marks = new Map<string, CellMark["kind"]>();
  const markedRows = new Set<number>();
  for (const mark of grid.marks ?? []) {
    marks.set(`${mark.row},${mark.column}`, mark.kind);
    add(mark.row, mark.column);
    markedRows.add(mark.row);
  }
  for (const row of markedRows) cellsByRow.set(row, [...new Set(cellsByRow.get(row))].sort((a, b) => a - b));
  return {
    grid,
    top: grid.top,
    left: grid.left,
    bottom: grid.top + grid.values.length - 1,
    right: grid.left + width - 1,
    rows: [...cellsByRow.keys()].sort((a, b) => a - b),
    cellsByRow,
    mergesByBand: bandedMerges(grid.merges),
    marks,
  };
}

/** Merged areas listed under every band of rows they touch. */
function bandedMerges(merges: readonly CellRange[]): Map<number, CellRange[]> {
  const byBand = new Map<number, CellRange[]>();
  for (const merge of merges) {
    const last = Math.floor(merge.bottom / MERGE_BAND);
    for (let band = Math.floor(merge.top / MERGE_BAND); band <= last; band += 1) {
      const list = byBand.get(band);
      if (list) list.push(merge);
      else byBand.set(band, [merge]);
    }
  }
  return byBand;
}

/**
 * The rows holding a value or a mark between two sheet rows, inclusive, ascending.
 * @example rowsIn(indexGrid({ sheet: "表1", top: 0, left: 0, values: [["a"], [null], ["b"]], merges: [] }), 0, 5) //=> [0, 2]
 */
export function rowsIn(index: GridIndex, from: number, to: number): readonly number[] {
  const rows = index.rows;
  const start = firstAtLeast(rows, from);
  const end = firstAtLeast(rows, to + 1);
  return start === 0 && end === rows.length ? rows : rows.slice(start, end);
}

/**
 * The columns of a row holding a value or a mark between two columns, inclusive, ascending.
 * @example columnsIn(indexGrid({ sheet: "表1", top: 0, left: 0, values: [["a", null, "b"]], merges: [] }), 0, 0, 9) //=> [0, 2]
 */
export function columnsIn(index: GridIndex, row: number, left: number, right: number): readonly number[] {
  const columns = index.cellsByRow.get(row) ?? [];
  const start = firstAtLeast(columns, left);
  const end = firstAtLeast(columns, right + 1);
  return start === 0 && end === columns.length ? columns : columns.slice(start, end);
}

/**
 * The merged areas that cover a sheet row.
 * @example mergesOnRow(indexGrid({ sheet: "表1", top: 0, left: 0, values: [], merges: [{ top: 0, left: 15, bottom: 1048575, right: 51 }] }), 70000).length //=> 1
 */
export function mergesOnRow(index: GridIndex, row: number): CellRange[] {
  const band = index.mergesByBand.get(Math.floor(row / MERGE_BAND)) ?? [];
  return band.filter((merge) => merge.top <= row && merge.bottom >= row);
}

/**
 * The columns of a row that show something: the cells holding a value or a mark, and every column
 * a merged area covers there, within the grid's columns, ascending.
 * @example shownColumns(indexGrid({ sheet: "表1", top: 0, left: 0, values: [["目标", null, "x"]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }), 0) //=> [0, 1, 2]
 */
export function shownColumns(index: GridIndex, row: number): number[] {
  const shown = new Set(index.cellsByRow.get(row) ?? []);
  for (const merge of mergesOnRow(index, row)) {
    for (let column = Math.max(merge.left, index.left); column <= Math.min(merge.right, index.right); column += 1) shown.add(column);
  }
  return [...shown].sort((a, b) => a - b);
}

/** The position of the first entry at least `value` in an ascending list (its length when none). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * What the door found in a cell besides its value (a formula, a date …), or undefined.
 * @example markAt(indexGrid({ sheet: "表1", top: 0, left: 0, values: [[null]], merges: [], marks: [{ row: 0, column: 0, kind: "formula" }] }), 0, 0) //=> "formula"
 */
export function markAt(index: GridIndex, row: number, column: number): CellMark["kind"] | undefined {
  return index.marks.get(`${row},${column}`);
}

/**
 * Whether a cell holds anything of its own: a value, or a formula (even one whose result is empty).
 * A cell is free only when this is false.
 * @example holdsContent(indexGrid({ sheet: "表1", top: 0, left: 0, values: [[null]], merges: [], marks: [{ row: 0, column: 0, kind: "formula" }] }), 0, 0) //=> true
 */
export function holdsContent(index: GridIndex, row: number, column: number): boolean {
  return cellText(ownValue(index, row, column)) !== "" || markAt(index, row, column) !== undefined;
}

/**
 * A cell's own value (null outside the grid and in the covered cells of a merged area).
 * @example ownValue(indexGrid({ sheet: "表1", top: 1, left: 1, values: [[8500]], merges: [] }), 1, 1) //=> 8500
 */
export function ownValue(index: GridIndex, row: number, column: number): CellValue {
  return index.grid.values[row - index.top]?.[column - index.left] ?? null;
}

/**
 * The merged area covering a cell, if any.
 * @example mergeAt(indexGrid({ sheet: "主要指标", top: 0, left: 0, values: [], merges: [{ top: 2, left: 0, bottom: 7, right: 0 }] }), 5, 0)
 * //=> { top: 2, left: 0, bottom: 7, right: 0 }
 */
export function mergeAt(index: GridIndex, row: number, column: number): CellRange | undefined {
  const band = index.mergesByBand.get(Math.floor(row / MERGE_BAND));
  return band?.find((merge) => merge.top <= row && merge.bottom >= row && column >= merge.left && column <= merge.right);
}

/**
 * The value a cell shows: its own, or its merged area's top-left value (for headers and titles).
 * @example shownValue(indexGrid({ sheet: "表1", top: 1, left: 3, values: [["“十三五”目标", null]], merges: [{ top: 1, left: 3, bottom: 1, right: 4 }] }), 1, 4)
 * //=> "“十三五”目标" (E2, covered by the merged D2:E2)
 */
export function shownValue(index: GridIndex, row: number, column: number): CellValue {
  const merge = mergeAt(index, row, column);
  return merge ? ownValue(index, merge.top, merge.left) : ownValue(index, row, column);
}

/**
 * The value a data cell holds: its own, or the top value of a merged area in the same column
 * (a category merged down the side). A merge across columns gives its value to its first column only.
 * @example filledDown(indexGrid({ sheet: "主要指标", top: 2, left: 0, values: [["综合实力"], [null]], merges: [{ top: 2, left: 0, bottom: 3, right: 0 }] }), 3, 0)
 * //=> "综合实力" (A4, inside the merged A3:A4)
 */
export function filledDown(index: GridIndex, row: number, column: number): CellValue {
  const merge = mergeAt(index, row, column);
  return merge && merge.left === column ? ownValue(index, merge.top, column) : ownValue(index, row, column);
}

/**
 * The address of the cell that holds what `filledDown` returns: the merged area's top cell, or the cell.
 * @example holderOf(indexGrid({ sheet: "主要指标", top: 2, left: 0, values: [["综合实力"], [null]], merges: [{ top: 2, left: 0, bottom: 3, right: 0 }] }), 3, 0)
 * //=> { row: 2, column: 0 }
 */
export function holderOf(index: GridIndex, row: number, column: number): { row: number; column: number } {
  const merge = mergeAt(index, row, column);
  return merge && merge.left === column ? { row: merge.top, column } : { row, column };
}

/**
 * A value as trimmed text: numbers with `String`, booleans as TRUE/FALSE, null as "".
 * @example cellText(" 序号 ") //=> "序号"
 */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

/**
 * Whether a sheet row has no value in the given columns.
 * @example isEmptyRow(indexGrid({ sheet: "表2", top: 0, left: 0, values: [["表 2"], [null, "  "]], merges: [] }), 1, 0, 4) //=> true
 */
export function isEmptyRow(index: GridIndex, row: number, left: number, right: number): boolean {
  for (const column of columnsIn(index, row, left, right)) {
    if (cellText(ownValue(index, row, column)) !== "") return false;
  }
  return true;
}
