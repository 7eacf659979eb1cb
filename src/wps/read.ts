/**
 * Reading a sheet through WPS's object model in few host calls. Every member access is a
 * synchronous call into WPS, so the used range's values come in one `UsedRange.Value2`
 * (https://learn.microsoft.com/en-us/office/vba/api/excel.range.value2: "the only difference
 * between this property and the Value property is that the Value2 property doesn't use the
 * Currency and Date data types" — dates come as serial numbers, as Office.js's `values` do), and
 * are cleaned by the same function as the Office.js door's (`src/workbook/office-values.ts`).
 *
 * What the object model does not hand over in one call is found by testing blocks:
 * - number formats (they turn `0.035` into `3.5%`, a serial into a date): `Range.NumberFormat`
 *   answers one format for a range whose cells share it and `null` otherwise (as in Excel), so each
 *   column's rows that hold numbers are halved until each part has one format;
 * - merged areas: there is no call listing them; `MergeCells` answers `true` when every cell of a
 *   range is merged, `false` when none is and `null` when some are
 *   (https://learn.microsoft.com/en-us/office/vba/api/excel.range.mergecells), so each column is
 *   tested once, and in a column that has merged cells each merge is found from the end of the
 *   last by testing blocks of growing size, then read with `MergeArea`;
 * - the cells holding formulas: one `SpecialCells(xlCellTypeFormulas)`, which fails when there are
 *   none ("No cells were found", as in Excel), so a failure reads as none.
 * A table of real size (40 rows, 11 columns, a merged title and category cells) costs under a
 * hundred calls (92), 4,000 rows with 161 merges under a thousand (894); a cell-by-cell read would
 * cost one call or more a cell.
 */
import { parseMultiAreaAddress, parseRangeAddress, rangeAddress } from "../workbook/address";
import { gridFromOffice } from "../workbook/office-values";
import type { CellRange, Grid } from "../workbook/types";
import { XL_CELL_TYPE_FORMULAS } from "./constants";
import type { EtRange, EtWorksheet } from "./port";

/** The format of cells no test reached (text, booleans, empty cells: their format changes nothing). */
const GENERAL = "General";

/**
 * A rectangle of a sheet, by 0-based coordinates, as one range.
 * @example rangeAt(sheet, { top: 2, left: 5, bottom: 38, right: 9 }) // sheet.Range("F3:J39")
 */
export function rangeAt(sheet: EtWorksheet, range: CellRange): EtRange {
  return sheet.Range(rangeAddress(range));
}

/**
 * `Value2` as rows of `rows` × `columns` values: a scalar (one cell) becomes one row of one value,
 * rows of values are kept; a flat list (should a build answer one) is one row when the range is
 * one row, else one value a row. Anything missing is null.
 * @example rowsOfValue2(3, 1, 1) //=> [[3]]
 * @example rowsOfValue2([[1, "a"]], 1, 2) //=> [[1, "a"]]
 */
export function rowsOfValue2(value: unknown, rows: number, columns: number): unknown[][] {
  let lines: unknown[][];
  if (!Array.isArray(value)) lines = [[value]];
  else if (value.every((row) => Array.isArray(row))) lines = value as unknown[][];
  else lines = rows === 1 ? [value] : value.map((item: unknown) => [item]);
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => lines[i]?.[j] ?? null));
}

/**
 * The error values Excel's object model hands a script as numbers: `Value2` of a cell showing
 * `#N/A` is the COM error code of `CVErr(xlErrNA)` (2042, as the HRESULT 0x800A07FA), and so on
 * for each error (https://learn.microsoft.com/en-us/office/vba/excel/concepts/cells-and-ranges/cell-error-values).
 * Whether WPS passes them so, or as their text, is one of the 加载项自检's checks; either reads the same.
 */
const ERROR_TEXTS: ReadonlyMap<number, string> = new Map([
  [-2146826281, "#DIV/0!"],
  [-2146826246, "#N/A"],
  [-2146826259, "#NAME?"],
  [-2146826288, "#NULL!"],
  [-2146826252, "#NUM!"],
  [-2146826265, "#REF!"],
  [-2146826273, "#VALUE!"],
]);

/**
 * A value read through `Value2` with an error code as the error's text (what Office.js reads).
 * @example errorAsText(-2146826246) //=> "#N/A"
 * @example errorAsText(42) //=> 42
 */
export function errorAsText(value: unknown): unknown {
  return typeof value === "number" ? (ERROR_TEXTS.get(value) ?? value) : value;
}

/**
 * The used range's extent, 0-based.
 * @example usedExtent(sheet.UsedRange) //=> { top: 0, left: 0, bottom: 39, right: 10 }
 */
export function usedExtent(used: EtRange): CellRange {
  const top = used.Row - 1;
  const left = used.Column - 1;
  return { top, left, bottom: top + used.Rows.Count - 1, right: left + used.Columns.Count - 1 };
}

/**
 * The number formats of an area's cells that hold numbers, column by column, halving each
 * column's span of numeric rows until every part answers one format.
 * @example numberFormatsOf(sheet, { top: 0, left: 0, bottom: 1, right: 0 }, [["序号"], [0.5]]) //=> [["General"], ["0%"]]
 */
export function numberFormatsOf(sheet: EtWorksheet, area: CellRange, values: readonly (readonly unknown[])[]): string[][] {
  const formats = values.map((row) => row.map(() => GENERAL));
  const width = area.right - area.left + 1;
  for (let j = 0; j < width; j += 1) {
    const numeric = values.flatMap((row, i) => (typeof row[j] === "number" ? [i] : []));
    const first = numeric[0];
    const last = numeric[numeric.length - 1];
    if (first === undefined || last === undefined) continue;
    const fill = (from: number, to: number, format: string) => {
      for (let i = from; i <= to; i += 1) (formats[i] as string[])[j] = format;
    };
    const visit = (from: number, to: number): void => {
      const format = rangeAt(sheet, { top: area.top + from, left: area.left + j, bottom: area.top + to, right: area.left + j }).NumberFormat;
      if (typeof format === "string") return fill(from, to, format);
      if (from === to) return;
      const middle = Math.floor((from + to) / 2);
      visit(from, middle);
      visit(middle + 1, to);
    };
    visit(first, last);
  }
  return formats;
}

/**
 * The areas of the cells holding formulas in a range: none when WPS finds none (it then fails).
 * @example formulaAreasOf(used) //=> [{ top: 4, left: 9, bottom: 38, right: 9 }]
 */
export function formulaAreasOf(used: EtRange): CellRange[] {
  try {
    return parseMultiAreaAddress(used.SpecialCells(XL_CELL_TYPE_FORMULAS).Address()) ?? [];
  } catch {
    return [];
  }
}

/** Whether a merge covers a cell. */
function covers(merge: CellRange, row: number, column: number): boolean {
  return row >= merge.top && row <= merge.bottom && column >= merge.left && column <= merge.right;
}

/**
 * The first row of `from`…`to` in a column holding a merged cell, or null: blocks of 1, 2, 4 …
 * rows are tested from `from` until one holds a merged cell, which is then halved down to its first.
 */
function firstMergedRow(sheet: EtWorksheet, column: number, from: number, to: number): number | null {
  const merged = (top: number, bottom: number) => rangeAt(sheet, { top, left: column, bottom, right: column }).MergeCells !== false;
  let start = from;
  for (let size = 1; start <= to; size *= 2) {
    const end = Math.min(to, start + size - 1);
    if (merged(start, end)) {
      let low = start;
      let high = end;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (merged(low, middle)) high = middle;
        else low = middle + 1;
      }
      return low;
    }
    start = end + 1;
  }
  return null;
}

/**
 * The merged areas within an area, column by column: a column with no merged cell costs one test;
 * in another, from each merge's end the next merged cell is found by testing blocks of growing
 * size and its `MergeArea` read — a few calls a merge, whatever the rows between (merges that
 * follow one another, as a category column's do, cost four calls each). Rows a merge found
 * already covers are not tested again.
 * @example mergedAreasOf(sheet, { top: 0, left: 0, bottom: 39, right: 10 }) //=> [{ top: 0, left: 0, bottom: 0, right: 10 }]
 */
export function mergedAreasOf(sheet: EtWorksheet, area: CellRange): CellRange[] {
  const found: CellRange[] = [];
  const knownAt = (row: number, column: number) => found.find((merge) => covers(merge, row, column));
  for (let column = area.left; column <= area.right; column += 1) {
    let row = area.top;
    for (let known = knownAt(row, column); known && row <= area.bottom; known = knownAt(row, column)) row = known.bottom + 1;
    if (row > area.bottom || rangeAt(sheet, { top: row, left: column, bottom: area.bottom, right: column }).MergeCells === false) continue;
    while (row <= area.bottom) {
      const known = knownAt(row, column);
      if (known) {
        row = known.bottom + 1;
        continue;
      }
      const next = firstMergedRow(sheet, column, row, area.bottom);
      if (next === null) break;
      const merge = knownAt(next, column) ?? parseRangeAddress(rangeAt(sheet, { top: next, left: column, bottom: next, right: column }).MergeArea.Address());
      if (merge && !found.includes(merge)) found.push(merge);
      row = Math.max(next, merge?.bottom ?? next) + 1;
    }
  }
  return found.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * A sheet's used area as a grid of engine values, with its merged areas and the marks of empty
 * formulas and dates (no names, properties or records: the host adds those).
 * @example readSheetGrid(sheet).values[0] //=> ["序号", "指标名称", …]
 */
export function readSheetGrid(sheet: EtWorksheet): Grid {
  const name = sheet.Name;
  const used = sheet.UsedRange;
  const area = usedExtent(used);
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  const values = rowsOfValue2(used.Value2, rows, columns).map((row) => row.map(errorAsText));
  if (values.every((row) => row.every((value) => value === null || value === undefined || value === ""))) {
    return { sheet: name, top: 0, left: 0, values: [], merges: mergedAreasOf(sheet, area) };
  }
  const numberFormat = numberFormatsOf(sheet, area, values);
  const merges = mergedAreasOf(sheet, area);
  return gridFromOffice(name, { top: area.top, left: area.left, values, numberFormat }, merges, formulaAreasOf(used));
}
