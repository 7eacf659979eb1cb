/**
 * The Office-style edge: the one place where the `values` of Office.js and the `Value2` of WPS's
 * Excel object model (numbers, strings, booleans, with dates as serial numbers and errors as text)
 * and their number formats are cleaned into the engine's {@link CellValue}, and where a read
 * rectangle becomes a {@link Grid}. Both doors over a live host (`src/excel`, `src/wps`) use it.
 *
 * The rules mirror the exceljs door's (`src/xlsx/grid.ts`) so both doors hand the workbook layer
 * the same grid for the same sheet (a test holds them together):
 * - empty and white-space-only strings → null;
 * - errors stay as their text (`#N/A`);
 * - numbers under a percent format → percent text (`0.035` shown as `3.5%` → `"3.5%"`);
 * - numbers under a date format → ISO text (`2023-06-30`, or the full timestamp past midnight),
 *   with the mark `date` on the grid, so a date is never read as a number;
 * - NaN and ±∞ → null;
 * - a formula whose result is empty → null, with the mark `formula` (the cell is the user's).
 */
import type { CellValue } from "../core/types";
import type { CellMark, CellRange, Grid } from "./types";

/** Significant digits kept when a percent-formatted number is multiplied by 100. */
const PERCENT_PRECISION = 12;
/** Days between Excel's day 0 (1899-12-30) and 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const MS_PER_DAY = 86_400_000;

/**
 * Cleans one Office cell value into an engine value, given the cell's number format.
 * @example cellValueFromOffice(0.035, "0.0%") //=> "3.5%"
 * @example cellValueFromOffice(45107, "yyyy/m/d") //=> "2023-06-30"
 * @example cellValueFromOffice("  ", "General") //=> null
 */
export function cellValueFromOffice(value: unknown, numberFormat: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  const format = typeof numberFormat === "string" ? numberFormat : "";
  if (isPercentFormat(format)) {
    const percent = Number((value * 100).toPrecision(PERCENT_PRECISION));
    return `${Object.is(percent, -0) ? 0 : percent}%`;
  }
  if (isDateFormat(format)) return isoTextOfSerial(value);
  return value;
}

/**
 * Whether a number format shows numbers as a percent (a `%` outside quotes and escapes).
 * @example isPercentFormat('0.0%;[Red]-0.0%') //=> true
 */
export function isPercentFormat(numberFormat: string): boolean {
  const bare = numberFormat.replace(/"[^"]*"/gu, "").replace(/\\./gu, "");
  return bare.includes("%");
}

/**
 * Whether a number format shows numbers as a date or time (exceljs's test: a date letter outside
 * brackets and quotes), so Office's serial numbers read as exceljs's dates do.
 * @example isDateFormat('yyyy"年"m"月"d"日"') //=> true
 * @example isDateFormat("General") //=> false
 */
export function isDateFormat(numberFormat: string): boolean {
  const bare = numberFormat.replace(/\[[^\]]*\]/gu, "").replace(/"[^"]*"/gu, "");
  return /[ymdhMsb]+/u.test(bare);
}

/** An Excel serial date as ISO text: the day alone at midnight, else the full UTC timestamp. */
function isoTextOfSerial(serial: number): CellValue {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** A rectangle as Office returned it: where it starts, its values and number formats. */
export interface OfficeRectangle {
  top: number;
  left: number;
  values: unknown[][];
  numberFormat: unknown[][];
}

/**
 * Builds a grid from cleaned Office values, trimmed to the cells that hold something (as the exceljs
 * door trims), with the merged areas sorted by position. `formulas` are the areas of the cells that
 * hold a formula (`getSpecialCellsOrNullObject("Formulas")`): one whose result is empty (`=IF(…,"")`,
 * which `values` shows as `""`) is marked `formula`, so it is never taken for a free cell.
 * @example gridFromOffice("表2", { top: 2, left: 0, values: [["序号", ""], [1, 0.5]], numberFormat: [["General", "General"], ["General", "0%"]] }, [])
 * //=> { sheet: "表2", top: 2, left: 0, values: [["序号", null], [1, "50%"]], merges: [] }
 */
export function gridFromOffice(sheet: string, rectangle: OfficeRectangle, merges: readonly CellRange[], formulas: readonly CellRange[] = []): Grid {
  const marks: CellMark[] = [];
  const formulaCells = formulaCellsIn(rectangle, formulas);
  const held: boolean[][] = [];
  const cleaned = rectangle.values.map((row, i) => {
    held[i] = [];
    return row.map((value, j) => {
      const format = rectangle.numberFormat[i]?.[j];
      const cell = cellValueFromOffice(value, format);
      const at = { row: rectangle.top + i, column: rectangle.left + j };
      if (cell !== null && isDateCell(value, format)) marks.push({ ...at, kind: "date" });
      const emptyFormula = cell === null && formulaCells.has(`${at.row},${at.column}`);
      if (emptyFormula) marks.push({ ...at, kind: "formula" });
      (held[i] as boolean[])[j] = cell !== null || emptyFormula;
      return cell;
    });
  });
  const sortedMerges = [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
  const extent = heldExtent(held);
  if (!extent) return { sheet, top: 0, left: 0, values: [], merges: sortedMerges };
  const { top, left, bottom, right } = extent;
  const values = cleaned.slice(top, bottom + 1).map((row) => {
    const slice = row.slice(left, right + 1);
    while (slice.length < right - left + 1) slice.push(null);
    return slice;
  });
  const grid: Grid = { sheet, top: rectangle.top + top, left: rectangle.left + left, values, merges: sortedMerges };
  return marks.length > 0 ? { ...grid, marks } : grid;
}

/** The cells (`"row,column"`) of the formula areas that lie in the rectangle. */
function formulaCellsIn(rectangle: OfficeRectangle, formulas: readonly CellRange[]): Set<string> {
  const cells = new Set<string>();
  const bottom = rectangle.top + rectangle.values.length - 1;
  const right = rectangle.left + rectangle.values.reduce((widest, row) => Math.max(widest, row.length), 0) - 1;
  for (const area of formulas) {
    for (let row = Math.max(area.top, rectangle.top); row <= Math.min(area.bottom, bottom); row += 1) {
      for (let column = Math.max(area.left, rectangle.left); column <= Math.min(area.right, right); column += 1) cells.add(`${row},${column}`);
    }
  }
  return cells;
}

/** The smallest rectangle (relative) holding every held cell, or null when none is. */
function heldExtent(held: readonly (readonly boolean[])[]): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  held.forEach((row, i) =>
    row.forEach((isHeld, j) => {
      if (!isHeld) return;
      top = Math.min(top, i);
      bottom = Math.max(bottom, i);
      left = Math.min(left, j);
      right = Math.max(right, j);
    }),
  );
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** Whether Office's value is a date: a finite number under a date format (and not a percent). */
function isDateCell(value: unknown, numberFormat: unknown): boolean {
  const format = typeof numberFormat === "string" ? numberFormat : "";
  return typeof value === "number" && Number.isFinite(value) && !isPercentFormat(format) && isDateFormat(format);
}
