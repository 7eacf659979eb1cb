/**
 * Reading through Office.js in a fixed number of syncs: the sheet list (one sync), the workbook's
 * names, sheets and property keys before a write (one sync), and a sheet's used area (two syncs:
 * first its extent and merged areas, then its values and number formats as bounded ranges).
 *
 * The first sync of a grid read also loads the workbook's sheets, names and saved properties, so
 * the run that reads the grid needs no sync of its own for its run stamp and settings, and the
 * write that follows it none to learn what an earlier run left.
 *
 * A used area too large for one response (Excel on the web answers at most 5 MB) is read in row
 * bands of at most {@link READ_BYTES_PER_CELL}-estimated bytes, one more sync per band: with the
 * door's 4 MB budget one response holds 125,000 cells (about 11,000 rows of an 11-column table),
 * the largest area read in two syncs. An area beyond {@link MAX_READ_CELLS} is refused with a
 * message asking the user to trim the sheet.
 */
import { excelZhCN, type ExcelText } from "../i18n/excel";
import type { SheetList } from "../workbook/host";
import type { CellRange, Grid } from "../workbook/types";
import { parseAreasAddress, parseNameFormula } from "../workbook/write/references";
import { gridFromOffice } from "./clean";
import { ExcelDoorError, isOfficeError } from "./errors";
import type { NamedArea } from "../workbook/write/markers";
import type { WorkbookState } from "../workbook/write/operations";
import { joinPropertyParts, savedProperties } from "../workbook/write/properties";

/** Assumed size of one cell's value and number format in a response (JSON, UTF-8), for planning reads. */
export const READ_BYTES_PER_CELL = 32;
/** The most cells the door reads from one sheet (about sixteen syncs' worth). */
export const MAX_READ_CELLS = 2_000_000;

/** Codes after which retrying a read without merged areas would not help. */
const FINAL_CODES = new Set(["ItemNotFound", "InvalidOperationInCellEditMode", "AccessDenied"]);

/**
 * The visible sheets in tab order and the active one (one sync).
 * @example await readSheetList(context) //=> { names: ["表2", "评估汇总"], active: "表2" }
 */
export async function readSheetList(context: Excel.RequestContext): Promise<SheetList> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  const names = sheets.items.filter((sheet) => sheet.visibility === "Visible").map((sheet) => sheet.name);
  return { names, active: active.name };
}

/**
 * Queues the loads of what a write needs to know first — sheet names, defined names with their
 * targets, property keys — and returns the function that reads them once synced.
 * @example const state = queueWorkbookState(context); await context.sync(); state() //=> { sheets: ["表2"], names: [], propertyKeys: [] }
 */
export function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const read = queueWorkbook(context, "items/key");
  return () => read().state;
}

/** The workbook's state and its saved properties, parts joined, by key as saved. */
interface WorkbookRead {
  state: WorkbookState;
  properties: Record<string, string>;
}

/** Queues the loads of the workbook's sheets, names and custom properties (`items/key` alone, or with values). */
function queueWorkbook(context: Excel.RequestContext, customItems: "items/key" | "items/key,items/value"): () => WorkbookRead {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name");
  const names = workbook.names;
  names.load("items/name,items/formula");
  const custom = workbook.properties.custom;
  custom.load(customItems);
  return () => {
    const items = custom.items;
    return {
      state: {
        sheets: sheets.items.map((sheet) => sheet.name),
        names: names.items.map((named): NamedArea => ({ name: named.name, target: parseNameFormula(String(named.formula ?? "")) })),
        propertyKeys: items.map((item) => item.key),
      },
      properties: customItems === "items/key" ? {} : savedProperties(items.map((item) => ({ key: item.key, value: item.value }))),
    };
  };
}

/**
 * What a write needs to know first (one sync).
 * @example await readWorkbookState(context) //=> { sheets: ["表2"], names: [], propertyKeys: [] }
 */
export async function readWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const state = queueWorkbookState(context);
  await context.sync();
  return state();
}

/**
 * A saved property, its parts joined, or null (one sync).
 * @example await readSavedProperty(context, "PlanAssess.settings") //=> "{\"tolerance\":0,…}"
 */
export async function readSavedProperty(context: Excel.RequestContext, key: string): Promise<string | null> {
  const custom = context.workbook.properties.custom;
  custom.load("items/key,items/value");
  await context.sync();
  return joinPropertyParts(custom.items.map((item) => ({ key: item.key, value: item.value })), key);
}

/** The extent of a used area and the merged areas in it, from the first sync, with the workbook's state and properties. */
interface UsedExtent extends WorkbookRead {
  range: CellRange | null;
  merges: CellRange[];
}

/** First sync: the used area's extent (values only), its merged areas when asked, the workbook's state and saved properties. */
async function readExtent(context: Excel.RequestContext, sheet: string, withMerges: boolean): Promise<UsedExtent> {
  const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  const workbook = queueWorkbook(context, "items/key,items/value");
  await context.sync();
  const { state, properties } = workbook();
  if (used.isNullObject) return { range: null, merges: [], state, properties };
  const range = {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + used.rowCount - 1,
    right: used.columnIndex + used.columnCount - 1,
  };
  const merges = merged && !merged.isNullObject ? parseAreasAddress(merged.address) : [];
  return { range, merges, state, properties };
}

/**
 * Row bands `[top, bottom]` covering a range, each small enough for one response.
 * @example rowBands({ top: 0, left: 0, bottom: 9, right: 0 }, 4) //=> [[0, 3], [4, 7], [8, 9]]
 */
export function rowBands(range: CellRange, maxCells: number): [number, number][] {
  const columns = range.right - range.left + 1;
  const rowsPerBand = Math.max(1, Math.floor(maxCells / columns));
  const bands: [number, number][] = [];
  for (let top = range.top; top <= range.bottom; top += rowsPerBand) {
    bands.push([top, Math.min(range.bottom, top + rowsPerBand - 1)]);
  }
  return bands;
}

/**
 * A grid (with the workbook's saved properties) and the workbook's state read alongside it, so a
 * write that follows needs no sync to learn it.
 */
export interface GridRead {
  grid: Grid;
  state: WorkbookState;
}

/**
 * A sheet's used area as a grid: two syncs for any area up to one response's worth, one more per
 * further band. Merged areas are read where Excel supports them (ExcelApi 1.13); the caller may
 * retry without them when Excel refuses them (more than 512 in the area).
 * @example (await readUsedGrid(context, "表2", { merges: true, budget: 4_000_000 })).grid
 * //=> { sheet: "表2", top: 0, left: 0, values: [...], merges: [...], properties: { "PlanAssess.run": "{…}" } }
 */
export async function readUsedGrid(
  context: Excel.RequestContext,
  sheet: string,
  options: { merges: boolean; budget: number; text?: ExcelText },
): Promise<GridRead> {
  const text = options.text ?? excelZhCN;
  const extent = await readExtent(context, sheet, options.merges);
  const range = extent.range;
  const properties = extent.properties;
  if (!range) return { grid: { sheet, top: 0, left: 0, values: [], merges: extent.merges, properties }, state: extent.state };
  const rows = range.bottom - range.top + 1;
  const columns = range.right - range.left + 1;
  if (rows * columns > MAX_READ_CELLS) {
    throw new ExcelDoorError({ code: "excel.used_range_too_large", message: text.usedRangeTooLarge(sheet, rows, columns) });
  }
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const load = ([top, bottom]: [number, number]): Excel.Range =>
    worksheet.getRangeByIndexes(top, range.left, bottom - top + 1, columns).load("values,numberFormat");
  const [first, ...further] = rowBands(range, Math.floor(options.budget / READ_BYTES_PER_CELL));
  const loaded: Excel.Range[] = first ? [load(first)] : [];
  await context.sync();
  // Only an area larger than one response reaches this loop: one sync per further band.
  for (const band of further) {
    loaded.push(load(band));
    await context.sync();
  }
  const values = loaded.flatMap((part) => part.values as unknown[][]);
  const numberFormat = loaded.flatMap((part) => part.numberFormat as unknown[][]);
  const grid = gridFromOffice(sheet, { top: range.top, left: range.left, values, numberFormat }, extent.merges);
  // The defined names come with the grid: the add-in's block is where its name points now.
  return { grid: { ...grid, properties, names: extent.state.names }, state: extent.state };
}

/**
 * Whether a failed read is worth retrying without merged areas (Excel refuses more than 512):
 * not when the sheet is missing, a cell is being edited or access is denied.
 * @example worthRetryingWithoutMerges({ code: "GeneralException" }) //=> true
 */
export function worthRetryingWithoutMerges(error: unknown): boolean {
  return !(isOfficeError(error) && FINAL_CODES.has(error.code)) && !(error instanceof ExcelDoorError);
}
