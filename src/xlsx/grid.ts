/**
 * The exceljs edge: the one place where exceljs's `CellValue` union and its 1-based sparse rows are
 * cleaned into the host-agnostic {@link Grid} the workbook layer reads.
 *
 * Cleaning, cell by cell:
 * - empty cells, empty strings and white-space-only strings → null;
 * - the covered cells of a merged area → null (only the top-left cell holds the value, as in
 *   Office.js); the merged areas themselves travel in `Grid.merges`;
 * - rich text → its text runs joined; hyperlinks → their display text;
 * - formulas and shared formulas → their cached result (null when none was saved), and a mark:
 *   `formula` when the result is empty, `uncalculated` when none was saved;
 * - errors → their text (`#N/A`); dates → ISO text (`2023-06-30`, or the full timestamp when the
 *   time of day is not midnight) with the mark `date`, so a date is never read as a number;
 * - NaN and ±∞ → null, with the mark `notFinite`;
 * - numbers under a percent number format → text (`0.035` shown as `3.5%` → `"3.5%"`), so the
 *   engine reads them as a percent exactly as the user sees them.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/types";
import type { CellMark, CellRange, Grid } from "../workbook/types";
import { parseRangeAddress } from "../workbook/address";

/** A loose view of the exceljs value union, so each branch can be tested by its keys. */
type DirtyValue = ExcelJS.CellValue | { text?: unknown; richText?: unknown; result?: unknown; error?: unknown };

/** exceljs's ValueType.Merge: a cell covered by a merged area. */
const MERGE_TYPE = 1;
/** Significant digits kept when a percent-formatted number is multiplied by 100. */
const PERCENT_PRECISION = 12;

/**
 * Reads a worksheet's cells into a grid of engine values with its merged areas, sized to the cells
 * the sheet holds (sparse, see `Grid`), not to its used range. `setAside`: the sheet's merges too
 * large for exceljs, taken out before it read the file (`large-merges.ts`).
 * @example gridFromWorksheet(sheetOf([["序号", "指标"], [1, "地区生产总值"]])) //=> { sheet: "表1", top: 0, left: 0, values: [["序号", "指标"], [1, "地区生产总值"]], merges: [] }
 */
export function gridFromWorksheet(ws: ExcelJS.Worksheet, setAside: readonly CellRange[] = []): Grid {
  const cells: { row: number; column: number; value: CellValue }[] = [];
  const marks: CellMark[] = [];
  // A cell a merge set aside before reading covers (not its top-left) is null, as in any merge.
  const covered = (row: number, column: number): boolean =>
    setAside.some((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right && (row !== m.top || column !== m.left));
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === MERGE_TYPE || covered(rowNumber - 1, columnNumber - 1)) return;
      const value = cleanCellValue(cell.value, cell.numFmt);
      const kind = cellMark(cell.value);
      if (kind) marks.push({ row: rowNumber - 1, column: columnNumber - 1, kind });
      if (value !== null || kind) cells.push({ row: rowNumber - 1, column: columnNumber - 1, value });
    });
  });
  const merges = [...mergedAreas(ws), ...setAside].sort((a, b) => a.top - b.top || a.left - b.left);
  const marked = marks.length > 0 ? { marks } : {};
  if (cells.length === 0) return { sheet: ws.name, top: 0, left: 0, values: [], merges, ...marked };

  let top = Infinity;
  let left = Infinity;
  for (const cell of cells) {
    top = Math.min(top, cell.row);
    left = Math.min(left, cell.column);
  }
  // Sparse, as the file is: a row or a cell the file does not hold stays a hole (see `Grid`).
  const values: CellValue[][] = [];
  for (const cell of cells) {
    const line = (values[cell.row - top] ??= []);
    line[cell.column - left] = cell.value;
  }
  return { sheet: ws.name, top, left, values, merges, ...marked };
}

/**
 * What a cell holds besides its cleaned value: a formula whose saved result is empty, a formula
 * with no saved result (the file was saved without calculation), a date, a number that is not
 * finite (`<v>NaN</v>`); undefined for an ordinary cell.
 * @example cellMark({ formula: "IF(A1>0,\"\",1)", result: "" }) //=> "formula"
 * @example cellMark({ formula: "SUM(B2:B9)" }) //=> "uncalculated"
 * @example cellMark(new Date("2023-06-30T00:00:00Z")) //=> "date"
 */
export function cellMark(value: DirtyValue): CellMark["kind"] | undefined {
  if (value instanceof Date) return "date";
  if (typeof value === "number") return Number.isFinite(value) ? undefined : "notFinite";
  if (typeof value !== "object" || value === null) return undefined;
  if (!("formula" in value || "sharedFormula" in value || "result" in value)) return undefined;
  const result = "result" in value ? (value.result as DirtyValue) : undefined;
  if (result === undefined) return "uncalculated";
  const inner = cellMark(result);
  if (inner) return inner;
  return cleanCellValue(result) === null ? "formula" : undefined;
}

/**
 * Cleans one exceljs cell value into an engine value, given the cell's number format.
 * @example cleanCellValue({ formula: "B2/C2", result: 0.054 }, "0.0%") //=> "5.4%"
 */
export function cleanCellValue(value: DirtyValue, numberFormat?: string): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return cleanNumber(value, numberFormat);
  if (value instanceof Date) return isoText(value);
  if (typeof value !== "object") return null;
  if ("richText" in value && Array.isArray(value.richText)) return richText(value.richText);
  if ("error" in value && typeof value.error === "string") return value.error;
  if ("result" in value || "formula" in value || "sharedFormula" in value) {
    return cleanCellValue(("result" in value ? value.result : undefined) as DirtyValue, numberFormat);
  }
  if ("text" in value) return cleanCellValue(value.text as DirtyValue, numberFormat);
  return null;
}

/**
 * Whether a number format shows numbers as a percent (a `%` outside quotes and escapes).
 * @example isPercentFormat('0.0%;[Red]-0.0%') //=> true
 */
export function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const bare = numberFormat.replace(/"[^"]*"/gu, "").replace(/\\./gu, "");
  return bare.includes("%");
}

/** A number, or its percent text when the cell shows it as a percent; NaN and ±∞ become null. */
function cleanNumber(value: number, numberFormat: string | undefined): CellValue {
  if (!Number.isFinite(value)) return null;
  if (!isPercentFormat(numberFormat)) return value;
  const percent = Number((value * 100).toPrecision(PERCENT_PRECISION));
  return `${Object.is(percent, -0) ? 0 : percent}%`;
}

/** The text of rich-text runs, joined; null when they hold only white space. */
function richText(runs: unknown[]): CellValue {
  const text = runs
    .map((run) => (run && typeof run === "object" && "text" in run ? String(run.text) : ""))
    .join("");
  return text.trim() === "" ? null : text;
}

/** A date as ISO text: the day alone at midnight (UTC, as exceljs reads serial dates). */
function isoText(date: Date): CellValue {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** The worksheet's merged areas as 0-based ranges. */
function mergedAreas(ws: ExcelJS.Worksheet): CellRange[] {
  const ranges: CellRange[] = [];
  for (const address of ws.model.merges ?? []) {
    const range = parseRangeAddress(address);
    if (range) ranges.push(range);
  }
  return ranges.sort((a, b) => a.top - b.top || a.left - b.left);
}
