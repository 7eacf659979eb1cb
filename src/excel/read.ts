/**
 * Reading through Office.js in few syncs, each response under the payload budget.
 *
 * A grid read's first sync brings, together: the workbook's sheets, names and structure protection,
 * the add-in's own saved properties (loaded by key: `properties.ts`), the used area's extent and
 * merged areas, the areas of the cells holding formulas, the sheet's conditional formats (the
 * add-in's own picked out: `rules.ts`), and the values and number formats of the used cells in the sheet's first
 * {@link HEAD_ROWS} rows and {@link HEAD_COLUMNS} columns. A real table (30–40 rows) is then read
 * whole, in one sync.
 *
 * A larger used area is read in row bands sized by a byte budget: the head's rows are measured
 * (every non-ASCII character counted as the six bytes of a `\uXXXX` escape, the worst a host may
 * send), and as many rows go into one band as fit the budget at the widest row seen, with a margin.
 * One sync per band. Excel on the web refuses a response over 5 MB
 * (`ResponsePayloadSizeLimitExceeded`: https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * should a band still be refused (its rows far longer than the head's), the caller reads the rest
 * again in bands of half the rows. Large ranges are read as separate smaller reads, as the
 * reference advises: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-large
 *
 * An area beyond {@link MAX_READ_CELLS} is refused with a message asking the user to trim the sheet.
 *
 * Excel limits a get to five million cells on every platform, and over it `Range.values` may come
 * back `null` instead of failing (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices;
 * office-js #4783, #6781). No read of the door comes near it: the head is at most
 * {@link HEAD_ROWS} × {@link HEAD_COLUMNS} cells, a band at most the budget over
 * {@link READ_BYTES_PER_CELL} bytes a cell (125,000 cells at 4 MB), and an area over
 * {@link MAX_READ_CELLS} is refused before any of its cells is read. Should a host still answer a
 * band with `null`, it is taken as a refused band and read again in halves; a `null` head is
 * read again in the bands.
 */
import { excelZhCN, type ExcelText } from "../i18n/excel";
import type { SheetList } from "../workbook/host";
import type { CellRange, Grid } from "../workbook/types";
import { parseAreasAddress, parseNameFormula } from "../workbook/write/references";
import { gridFromOffice } from "./clean";
import { ExcelDoorError, isOfficeError } from "./errors";
import type { NamedArea } from "../workbook/write/markers";
import type { WorkbookState } from "../workbook/write/operations";
import { queueOwnProperties, OWN_PROPERTY_KEYS } from "./properties";
import { queueRecordReads, recordSheetsAmong } from "./record-read";
import { queueOwnRules, type OwnRules } from "./rules";

/** Rows of the head read with the extent in a grid read's first sync. */
export const HEAD_ROWS = 1_000;
/** Columns of that head. */
export const HEAD_COLUMNS = 64;
/** Assumed bytes of one cell (value and number format) where nothing was measured. */
export const READ_BYTES_PER_CELL = 32;
/** Margin on the measured widest row when sizing bands. */
const ROW_MARGIN = 1.25;
/** The most cells the door reads from one sheet. */
export const MAX_READ_CELLS = 2_000_000;

/** Codes after which retrying a read without merged areas would not help. */
const FINAL_CODES = new Set(["ItemNotFound", "InvalidOperationInCellEditMode", "AccessDenied", "ResponsePayloadSizeLimitExceeded"]);

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

/** What a write needs to know of the workbook, as the Office.js door reads it. */
export interface OfficeWorkbookState extends WorkbookState {
  /** Sheets that are very hidden (Excel refuses to delete them until they are made hidden). */
  veryHidden: string[];
  /** Whether the workbook's structure is protected (no sheet can be added or deleted). */
  structureProtected: boolean;
  /** The ids of the add-in's own conditional formats on the sheets whose formats were loaded (`rules.ts`). */
  ownRules: OwnRules;
}

/** The workbook's state and the add-in's saved properties, parts joined. */
interface WorkbookRead {
  state: OfficeWorkbookState;
  properties: Record<string, string>;
}

/**
 * Queues the loads of what a write needs to know first — sheet names and visibility, defined names
 * with their targets, structure protection, the add-in's own property keys, and the conditional
 * formats of the sheets named in `ruleSheets` (each must exist) — and returns the
 * function that reads them once synced.
 * @example const state = queueWorkbookState(context); await context.sync(); state().sheets //=> ["表2"]
 */
export function queueWorkbookState(
  context: Excel.RequestContext,
  keys: readonly string[] = OWN_PROPERTY_KEYS,
  ruleSheets: readonly string[] = [],
): () => WorkbookRead {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const names = workbook.names;
  names.load("items/name,items/formula");
  const protection = workbook.protection;
  protection.load("protected");
  const own = queueOwnProperties(context, keys);
  const rules = queueOwnRules(context, ruleSheets);
  return () => {
    const { values, found } = own();
    return {
      state: {
        sheets: sheets.items.map((sheet) => sheet.name),
        names: names.items.map((named): NamedArea => ({ name: named.name, target: parseNameFormula(String(named.formula ?? "")) })),
        propertyKeys: found,
        veryHidden: sheets.items.filter((sheet) => sheet.visibility === "VeryHidden").map((sheet) => sheet.name),
        structureProtected: protection.protected === true,
        ownRules: rules(),
      },
      properties: values,
    };
  };
}

/**
 * What a write needs to know first (one sync).
 * @example (await readWorkbookState(context)).sheets //=> ["表2"]
 */
export async function readWorkbookState(context: Excel.RequestContext, keys?: readonly string[]): Promise<OfficeWorkbookState> {
  const state = queueWorkbookState(context, keys);
  await context.sync();
  return state().state;
}

/**
 * A saved property of the add-in, its parts joined, or null (one sync; only that key and its parts
 * are loaded).
 * @example await readSavedProperty(context, "PlanAssess.settings") //=> "{\"tolerance\":0,…}"
 */
export async function readSavedProperty(context: Excel.RequestContext, key: string): Promise<string | null> {
  const own = queueOwnProperties(context, [key]);
  await context.sync();
  return own().values[key] ?? null;
}

/** A rectangle of cells as read: where it starts and its values and number formats. */
interface Patch {
  top: number;
  left: number;
  values: unknown[][];
  numberFormat: unknown[][];
}

/** The first sync of a grid read: the extent, merged areas, workbook state, properties and the head. */
interface FirstRead extends WorkbookRead {
  range: CellRange | null;
  merges: CellRange[];
  /** The areas of the cells that hold formulas. */
  formulas: CellRange[];
  head: Patch | null;
  /** The 评估记录 sheets the read was told exist. */
  records: Grid[];
}

/** How a grid read goes: with merged areas, with the head in the first sync, within what budget. */
export interface GridReadOptions {
  merges: boolean;
  head: boolean;
  budget: number;
  text?: ExcelText;
  /**
   * Whether the cells holding formulas are asked for (default); a read that Excel refused even
   * without merged areas is tried once more without them.
   */
  formulas?: boolean;
  /** Rows per band for the rest, when an earlier try found the measured size too large. */
  rowsPerBand?: number;
  /** 评估记录 sheets known to exist (from the last sheet list): read in the first sync. */
  records?: readonly string[];
}

/**
 * Rows of the head: {@link HEAD_ROWS}, fewer when the budget could not hold that many full rows of
 * {@link HEAD_COLUMNS} cells at 32 bytes a cell.
 * @example headRows(400_000) //=> 195
 */
export function headRows(budget: number): number {
  return Math.max(1, Math.min(HEAD_ROWS, Math.floor(budget / (HEAD_COLUMNS * READ_BYTES_PER_CELL))));
}

/** Queues the first sync's loads and returns the function that reads them. */
function queueFirstRead(context: Excel.RequestContext, sheet: string, options: GridReadOptions): () => FirstRead {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const merged = options.merges ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  // The cells holding formulas, so a formula whose result is empty (`values` shows "") is never
  // taken for a free cell: `getSpecialCellsOrNullObject` (ExcelApi 1.9) is a null object when there
  // are none — https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells
  const formulas = options.formulas === false ? null : used.getSpecialCellsOrNullObject("Formulas");
  formulas?.load("address");
  // The used cells of the head rectangle (`Range.getUsedRangeOrNullObject`, ExcelApi 1.4).
  const head = options.head ? worksheet.getRangeByIndexes(0, 0, headRows(options.budget), HEAD_COLUMNS).getUsedRangeOrNullObject(true) : null;
  head?.load("rowIndex,columnIndex,values,numberFormat");
  const workbook = queueWorkbookState(context, OWN_PROPERTY_KEYS, [sheet]);
  const records = queueRecordReads(context, options.records ?? []);
  return () => {
    const { state, properties } = workbook();
    const headPatch = head && !head.isNullObject && answered(head)
      ? { top: head.rowIndex, left: head.columnIndex, values: head.values as unknown[][], numberFormat: head.numberFormat as unknown[][] }
      : null;
    if (used.isNullObject) return { range: null, merges: [], formulas: [], head: null, state, properties, records: records() };
    const range = { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
    const merges = merged && !merged.isNullObject ? parseAreasAddress(merged.address) : [];
    const formulaAreas = formulas && !formulas.isNullObject ? parseAreasAddress(formulas.address) : [];
    return { range, merges, formulas: formulaAreas, head: headPatch, state, properties, records: records() };
  };
}

/**
 * Row bands `[top, bottom]` covering rows `from`…`to`, `rowsPerBand` rows each.
 * @example rowBands(0, 9, 4) //=> [[0, 3], [4, 7], [8, 9]]
 */
export function rowBands(from: number, to: number, rowsPerBand: number): [number, number][] {
  const size = Math.max(1, Math.floor(rowsPerBand));
  const bands: [number, number][] = [];
  for (let top = from; top <= to; top += size) bands.push([top, Math.min(to, top + size - 1)]);
  return bands;
}

/**
 * What a value weighs in a response at worst: its JSON with every non-ASCII character as `\uXXXX`.
 * @example pessimisticBytes(["地区"]) //=> 16
 */
export function pessimisticBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i += 1) bytes += json.charCodeAt(i) < 0x80 ? 1 : 6;
  return bytes;
}

/**
 * Rows per band for the rest of an area: the budget over the widest row of the head (values and
 * formats, pessimistically, with a margin), or over 32 bytes a cell when nothing was measured.
 * @example rowsPerBand(null, 10, 4_000_000) //=> 12500
 */
export function rowsPerBand(head: Patch | null, columns: number, budget: number): number {
  const assumed = columns * READ_BYTES_PER_CELL;
  const widest = (head?.values ?? []).reduce(
    (most, row, i) => Math.max(most, pessimisticBytes(row) + pessimisticBytes(head?.numberFormat[i] ?? [])),
    0,
  );
  const perRow = Math.max(assumed, widest * ROW_MARGIN * (columns / Math.max(1, head?.values[0]?.length ?? columns)));
  return Math.max(1, Math.floor(budget / perRow));
}

/** A grid (with the add-in's saved properties) and the workbook's state read alongside it. */
export interface GridRead {
  grid: Grid;
  state: OfficeWorkbookState;
}

/** A grid read cut short by a refused band: what was read, and from which row the rest remains. */
export class PartialRead extends Error {
  override readonly cause: unknown;
  readonly rowsPerBand: number;

  constructor(cause: unknown, rowsPerBand: number) {
    super("A band of the grid was refused as too large.");
    this.name = "PartialRead";
    this.cause = cause;
    this.rowsPerBand = rowsPerBand;
  }
}

/**
 * A sheet's used area as a grid: one sync when the used area lies within the head (any real
 * table), one more per band of the rest. Merged areas are read where Excel supports them
 * (ExcelApi 1.13); the caller may retry without them, or without the head, or with smaller bands
 * (a {@link PartialRead} says how small the refused ones were).
 * @example (await readUsedGrid(context, "表2", { merges: true, head: true, budget: 4_000_000 })).grid.sheet //=> "表2"
 */
export async function readUsedGrid(context: Excel.RequestContext, sheet: string, options: GridReadOptions): Promise<GridRead> {
  const text = options.text ?? excelZhCN;
  const first = queueFirstRead(context, sheet, options);
  await context.sync();
  const { range, merges, formulas, head, state, properties, records: told } = first();
  const records = await withUnknownRecords(context, told, state.sheets);
  if (!range) return { grid: { sheet, top: 0, left: 0, values: [], merges, properties, records }, state };
  const rows = range.bottom - range.top + 1;
  const columns = range.right - range.left + 1;
  if (rows * columns > MAX_READ_CELLS) {
    throw new ExcelDoorError({ code: "excel.used_range_too_large", message: text.usedRangeTooLarge(sheet, rows, columns) });
  }
  const headBottom = headRows(options.budget) - 1;
  const covered = head !== null && range.bottom <= headBottom && range.right < HEAD_COLUMNS;
  const patches: Patch[] = covered && head ? [head] : [];
  if (!covered) {
    // Rows the head covers whole (all the area's columns within the head) are not read again.
    const from = head && range.right < HEAD_COLUMNS ? Math.max(range.top, headBottom + 1) : range.top;
    if (head && from > range.top) patches.push(head);
    const size = options.rowsPerBand ?? rowsPerBand(head, columns, options.budget);
    const worksheet = context.workbook.worksheets.getItem(sheet);
    // One sync per band, each response under the budget: the count follows the area's size only.
    for (const [top, bottom] of rowBands(from, range.bottom, size)) {
      const band = worksheet.getRangeByIndexes(top, range.left, bottom - top + 1, columns).load("values,numberFormat");
      try {
        await context.sync();
      } catch (error) {
        if (isPayloadRefusal(error) && size > 1) throw new PartialRead(error, size);
        throw error;
      }
      if (!answered(band)) throw unanswered(sheet, size, rows, columns, text);
      patches.push({ top, left: range.left, values: band.values as unknown[][], numberFormat: band.numberFormat as unknown[][] });
    }
  }
  const grid = gridFromOffice(sheet, assemble(range, patches), merges, formulas);
  // The defined names come with the grid: the add-in's block is where its name points now.
  return { grid: { ...grid, properties, names: state.names, records }, state };
}

/**
 * The record sheets read in the first sync, and any the first sync's sheet names show that the
 * read was not told of (read in one more sync, only then).
 */
async function withUnknownRecords(context: Excel.RequestContext, told: Grid[], sheets: readonly string[]): Promise<Grid[]> {
  const read = new Set(told.map((grid) => grid.sheet.toLowerCase()));
  const unknown = recordSheetsAmong(sheets).filter((sheet) => !read.has(sheet.toLowerCase()));
  if (unknown.length === 0) return told;
  const more = queueRecordReads(context, unknown);
  await context.sync();
  return [...told, ...more()];
}

/** Whether Excel answered a range's cells (over five million cells it may answer `null`). */
function answered(range: { values: unknown; numberFormat: unknown }): boolean {
  return Array.isArray(range.values) && Array.isArray(range.numberFormat);
}

/** A band answered with `null`: read again in halves, or, for a single row, refused as too large. */
function unanswered(sheet: string, size: number, rows: number, columns: number, text: ExcelText): Error {
  if (size > 1) return new PartialRead(new Error("Excel answered a band's values with null."), size);
  return new ExcelDoorError({ code: "excel.used_range_too_large", message: text.usedRangeTooLarge(sheet, rows, columns) });
}

/** The area's rectangle filled from the patches read (cells no patch covers stay empty). */
function assemble(range: CellRange, patches: readonly Patch[]): { top: number; left: number; values: unknown[][]; numberFormat: unknown[][] } {
  const rows = range.bottom - range.top + 1;
  const columns = range.right - range.left + 1;
  const values: unknown[][] = Array.from({ length: rows }, () => new Array<unknown>(columns).fill(""));
  const numberFormat: unknown[][] = Array.from({ length: rows }, () => new Array<unknown>(columns).fill("General"));
  for (const patch of patches) {
    patch.values.forEach((line, i) => {
      const row = patch.top + i - range.top;
      if (row < 0 || row >= rows) return;
      line.forEach((value, j) => {
        const column = patch.left + j - range.left;
        if (column < 0 || column >= columns) return;
        (values[row] as unknown[])[column] = value;
        (numberFormat[row] as unknown[])[column] = patch.numberFormat[i]?.[j] ?? "General";
      });
    });
  }
  return { top: range.top, left: range.left, values, numberFormat };
}

/**
 * Whether a failed read is worth retrying without merged areas (Excel refuses more than 512):
 * not when the sheet is missing, a cell is being edited or access is denied.
 * @example worthRetryingWithoutMerges({ code: "GeneralException" }) //=> true
 */
export function worthRetryingWithoutMerges(error: unknown): boolean {
  return !(isOfficeError(error) && FINAL_CODES.has(error.code)) && !(error instanceof ExcelDoorError) && !(error instanceof PartialRead);
}

/**
 * Whether Excel refused a response as too large (`ResponsePayloadSizeLimitExceeded`).
 * @example isPayloadRefusal({ code: "ResponsePayloadSizeLimitExceeded" }) //=> true
 */
export function isPayloadRefusal(error: unknown): boolean {
  return isOfficeError(error) && error.code === "ResponsePayloadSizeLimitExceeded";
}
