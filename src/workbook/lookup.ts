/**
 * Reading a grid by sheet coordinates: a cell's own value, the value a merged area shows in every
 * cell it covers, and the value a vertical merge carries down its column. Built once per grid in
 * time linear in the cells the merges cover, so a 10,000-row sheet stays fast.
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
  /** Merged areas by each sheet row they cover. */
  mergesByRow: ReadonlyMap<number, readonly CellRange[]>;
  /** What the door found in a cell besides its value, by `row,column`. */
  marks: ReadonlyMap<string, CellMark["kind"]>;
}

/**
 * Indexes a grid for lookups by sheet coordinates.
 * @example indexGrid({ sheet: "表1", top: 2, left: 0, values: [["序号"]], merges: [] }).bottom //=> 2
 */
export function indexGrid(grid: Grid): GridIndex {
  const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const byRow = new Map<number, CellRange[]>();
  for (const merge of grid.merges) {
    for (let row = merge.top; row <= merge.bottom; row += 1) {
      const list = byRow.get(row);
      if (list) list.push(merge);
      else byRow.set(row, [merge]);
    }
  }
  return {
    grid,
    top: grid.top,
    left: grid.left,
    bottom: grid.top + grid.values.length - 1,
    right: grid.left + width - 1,
    mergesByRow: byRow,
    marks: new Map((grid.marks ?? []).map((mark) => [`${mark.row},${mark.column}`, mark.kind])),
  };
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
  const list = index.mergesByRow.get(row);
  return list?.find((merge) => column >= merge.left && column <= merge.right);
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
  const values = index.grid.values[row - index.top];
  if (!values) return true;
  for (let column = Math.max(left, index.left); column <= right; column += 1) {
    if (cellText(values[column - index.left] ?? null) !== "") return false;
  }
  return true;
}
