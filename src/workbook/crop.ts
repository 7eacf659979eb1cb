/**
 * Narrowing a sheet's grid before the table is looked for in it: to the range the user selected
 * (使用选中区域), or without the add-in's own results beside the table, so a table is found the same
 * way before and after an assessment. Coordinates stay sheet positions: a mapping found in the
 * narrowed grid names the same cells as in the whole sheet.
 */
import type { CellRange, Grid } from "./types";

/**
 * Keeps the cells of a grid inside a range (and the merged areas that touch it).
 * @example cropGrid({ sheet: "表", top: 0, left: 0, values: [[1, 2], [3, 4]], merges: [] }, { top: 1, left: 1, bottom: 5, right: 5 })
 * //=> { sheet: "表", top: 1, left: 1, values: [[4]], merges: [] }
 */
export function cropGrid(grid: Grid, range: CellRange): Grid {
  const height = grid.values.length;
  const width = Math.max(0, ...grid.values.map((row) => row.length));
  const top = Math.max(range.top, grid.top);
  const left = Math.max(range.left, grid.left);
  const bottom = Math.min(range.bottom, grid.top + height - 1);
  const right = Math.min(range.right, grid.left + width - 1);
  if (bottom < top || right < left) return { sheet: grid.sheet, top, left, values: [], merges: [] };
  const values = grid.values
    .slice(top - grid.top, bottom - grid.top + 1)
    .map((row) => Array.from({ length: right - left + 1 }, (_, j) => row[left - grid.left + j] ?? null));
  const merges = grid.merges.filter(
    (merge) => merge.bottom >= top && merge.top <= bottom && merge.right >= left && merge.left <= right,
  );
  const marks = grid.marks?.filter((mark) => mark.row >= top && mark.row <= bottom && mark.column >= left && mark.column <= right);
  return { sheet: grid.sheet, top, left, values, merges, ...(marks && marks.length > 0 ? { marks } : {}) };
}

/**
 * Empties the cells of a grid inside a range (and drops the merged areas inside it): the grid as it
 * was before the add-in wrote its status block there.
 * @example withoutArea({ sheet: "表", top: 0, left: 0, values: [[1, 2]], merges: [] }, { top: 0, left: 1, bottom: 0, right: 1 }).values
 * //=> [[1, null]]
 */
export function withoutArea(grid: Grid, area: CellRange): Grid {
  const inside = (row: number, column: number) =>
    row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
  const values = grid.values.map((line, i) => line.map((value, j) => (inside(grid.top + i, grid.left + j) ? null : value)));
  const merges = grid.merges.filter(
    (merge) => !(merge.top >= area.top && merge.bottom <= area.bottom && merge.left >= area.left && merge.right <= area.right),
  );
  const marks = grid.marks?.filter((mark) => !inside(mark.row, mark.column));
  return { ...grid, values, merges, ...(marks ? { marks } : {}) };
}
