/**
 * Narrowing a sheet's grid before the table is looked for in it: to the range the user selected
 * (使用选中区域), or without the add-in's own results beside the table, so a table is found the same
 * way before and after an assessment. Coordinates stay sheet positions: a mapping found in the
 * narrowed grid names the same cells as in the whole sheet.
 */
import type { CellValue } from "../core/types";
import { columnsIn, indexGrid, ownValue, presentIndices, rowsIn } from "./lookup";
import type { CellRange, Grid } from "./types";

/**
 * Keeps the cells of a grid inside a range (and the merged areas that touch it).
 * @example cropGrid({ sheet: "表", top: 0, left: 0, values: [[1, 2], [3, 4]], merges: [] }, { top: 1, left: 1, bottom: 5, right: 5 })
 * //=> { sheet: "表", top: 1, left: 1, values: [[4]], merges: [] }
 */
export function cropGrid(grid: Grid, range: CellRange): Grid {
  const index = indexGrid(grid);
  const top = Math.max(range.top, grid.top);
  const left = Math.max(range.left, grid.left);
  const bottom = Math.min(range.bottom, index.bottom);
  const right = Math.min(range.right, index.right);
  if (bottom < top || right < left) return { sheet: grid.sheet, top, left, values: [], merges: [] };
  // Dense over the rows and columns kept, as the grid was, unless that is larger than the cells
  // held there (a stray cell far away): then sparse, as the grid may be (see `Grid`).
  const kept = rowsIn(index, top, bottom).map((row) => ({ row, columns: columnsIn(index, row, left, right) }));
  const held = kept.reduce((count, line) => count + line.columns.length, 0);
  const dense = (bottom - top + 1) * (right - left + 1) <= DENSE_CROP + 4 * held;
  const values: CellValue[][] = dense
    ? Array.from({ length: bottom - top + 1 }, () => new Array<CellValue>(right - left + 1).fill(null))
    : [];
  for (const { row, columns } of kept) {
    for (const column of columns) (values[row - top] ??= [])[column - left] = ownValue(index, row, column);
  }
  if (!dense) values.length = bottom - top + 1;
  const merges = grid.merges.filter(
    (merge) => merge.bottom >= top && merge.top <= bottom && merge.right >= left && merge.left <= right,
  );
  const marks = grid.marks?.filter((mark) => mark.row >= top && mark.row <= bottom && mark.column >= left && mark.column <= right);
  return { sheet: grid.sheet, top, left, values, merges, ...(marks && marks.length > 0 ? { marks } : {}) };
}

/** Cells a cropped grid fills densely whatever it holds (a selected table of a few thousand cells). */
const DENSE_CROP = 100_000;

/**
 * Empties the cells of a grid inside a range (and drops the merged areas inside it): the grid as it
 * was before the add-in wrote its status block there.
 * @example withoutArea({ sheet: "表", top: 0, left: 0, values: [[1, 2]], merges: [] }, { top: 0, left: 1, bottom: 0, right: 1 }).values
 * //=> [[1, null]]
 */
export function withoutArea(grid: Grid, area: CellRange): Grid {
  const inside = (row: number, column: number) =>
    row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
  const index = indexGrid(grid);
  // Copies of the rows the area crosses only, emptied there; the other rows are shared.
  const values: CellValue[][] = [];
  for (const i of presentIndices(grid.values)) values[i] = grid.values[i] ?? [];
  values.length = grid.values.length;
  for (const row of rowsIn(index, area.top, area.bottom)) {
    const line = grid.values[row - grid.top];
    if (!line) continue;
    const copy = line.slice();
    for (const column of columnsIn(index, row, area.left, area.right)) if (column - grid.left in copy) copy[column - grid.left] = null;
    values[row - grid.top] = copy;
  }
  const merges = grid.merges.filter(
    (merge) => !(merge.top >= area.top && merge.bottom <= area.bottom && merge.left >= area.left && merge.right <= area.right),
  );
  const marks = grid.marks?.filter((mark) => !inside(mark.row, mark.column));
  return { ...grid, values, merges, ...(marks ? { marks } : {}) };
}
