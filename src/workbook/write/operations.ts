/**
 * 写入步骤: a write plan turned into a flat list of plain-data operations, in the order Excel must
 * carry them out: remove the earlier run's artefacts, create sheets, mark them and the block's area
 * (names, run stamp) before writing in them — so a write the Office.js door must send in several requests
 * and that fails between them is still recognised and removed by the next run — then write cells
 * before the charts that point at them. Pure and host-neutral: the list is built from the plan and
 * from what a door read of the workbook; the Office.js door queues it (`src/excel/queue.ts`) and
 * cuts it into requests only where it outgrows a request (`src/excel/budget.ts`), the exceljs door
 * applies it to the file (`src/xlsx/apply.ts`).
 *
 * Every sheet the plan writes whole is set up to print on A4 landscape, all columns on one page
 * width (a summary split across pages by column is unreadable on paper); the user's sheets keep
 * their own print settings.
 *
 * Cells are normalised here for Office: null becomes `""` (Office skips null entries instead of
 * clearing them), numbers keep Excel's 15 significant digits (`0.33999999999999975` → `0.34`), and
 * every string cell gets the text format `"@"` — set before the value — so no text is ever taken
 * for a formula, a number or a date (`=HYPERLINK(…)`, `1-6`, `3.5%`). Number formats travel as
 * one format per rectangle where a column keeps the same format down long runs (Office applies a
 * single value to every cell of a range), and cell by cell only where they change often: on a
 * 10,000-row table this halves what the formats weigh on the wire.
 */
import type { CellValue, Problem, Result } from "../../core/types";
import type { CellBlock, CellRange, CellStyle, ChartSpec, ConditionalRule, PrintSetup, RangeStyle, WritePlan } from "../types";
import { generatedArtefacts, isGeneratedName, runMarkers, sheetOfMarker, type NamedArea } from "./markers";
import { propertyParts, staleParts } from "./properties";

/** An Office cell value as written: never null. */
export type WrittenValue = string | number | boolean;

/** One step of a write, as plain data. */
export type WriteOperation =
  | { kind: "deleteName"; name: string }
  | { kind: "deleteSheet"; sheet: string }
  | { kind: "clearArea"; sheet: string; range: CellRange }
  | { kind: "deleteProperty"; key: string }
  | { kind: "addSheet"; sheet: string }
  | { kind: "columnWidth"; sheet: string; range: CellRange; width: number }
  | { kind: "format"; sheet: string; range: CellRange; format: string }
  | { kind: "formats"; sheet: string; top: number; left: number; numberFormat: string[][] }
  | { kind: "values"; sheet: string; top: number; left: number; values: WrittenValue[][] }
  | { kind: "style"; sheet: string; range: CellRange; style: CellStyle }
  | { kind: "merge"; sheet: string; range: CellRange }
  | { kind: "rule"; sheet: string; rule: ConditionalRule }
  | { kind: "chart"; sheet: string; chart: ChartSpec }
  | { kind: "freeze"; sheet: string; rows: number }
  | { kind: "pageSetup"; sheet: string; print?: PrintSetup }
  | { kind: "addName"; name: string; sheet: string; range: CellRange }
  | { kind: "setProperty"; key: string; value: string };

/** What the door read of the workbook before writing. */
export interface WorkbookState {
  sheets: string[];
  names: NamedArea[];
  propertyKeys: string[];
}

/** The words of a write's refusal, in the door's language (`src/i18n/excel.ts`, `src/i18n/xlsx.ts`). */
export interface WriteText {
  /** A sheet the plan creates exists and is the user's. */
  sheetTaken(sheet: string): string;
}

/** The text format: Excel stores whatever is written under it as text. */
export const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";

/**
 * The operations that remove an earlier run's artefacts: its names, the sheets it created (unless
 * renamed since), and the status block it wrote beside the table — unless that block is one to
 * keep (it holds the user's cells now). Sheets in `keepSheets` (the 评估记录 when the user clears
 * the results: it is history) stay, with the markers that make them the add-in's.
 * @example clearOperations({ sheets: ["表2"], names: [], propertyKeys: [] }) //=> []
 */
export function clearOperations(
  state: WorkbookState,
  alsoNames: readonly string[] = [],
  keep: readonly { sheet: string; range: CellRange }[] = [],
  keepSheets: readonly string[] = [],
): WriteOperation[] {
  const artefacts = generatedArtefacts(state.names);
  const claimed = new Set(alsoNames.map((name) => name.toLowerCase()));
  const kept = new Set(keepSheets.map((sheet) => sheet.toLowerCase()));
  const keptSheet = (sheet: string | null) => sheet !== null && kept.has(sheet.toLowerCase());
  const operations: WriteOperation[] = [];
  for (const named of state.names) {
    if (keptSheet(sheetOfMarker(named.name))) continue;
    if (isGeneratedName(named.name) || claimed.has(named.name.toLowerCase())) {
      operations.push({ kind: "deleteName", name: named.name });
    }
  }
  const existing = new Set(state.sheets);
  const deleted = artefacts.sheets.filter((sheet) => existing.has(sheet) && !keptSheet(sheet));
  for (const sheet of deleted) operations.push({ kind: "deleteSheet", sheet });
  for (const area of artefacts.areas) {
    const keptArea = keep.some((entry) => entry.sheet.toLowerCase() === area.sheet.toLowerCase() && sameRange(entry.range, area.range));
    if (existing.has(area.sheet) && !deleted.includes(area.sheet) && !keptArea) {
      operations.push({ kind: "clearArea", sheet: area.sheet, range: area.range });
    }
  }
  return operations;
}

/**
 * The operations that apply a plan over what an earlier run left, or the problem that stops it
 * (a sheet the plan creates exists and is the user's).
 * @example planOperations(plan, { sheets: ["表2", "评估汇总"], names: [], propertyKeys: [] }, excelZhCN)
 * //=> { ok: false, problem: { code: "excel.sheet_taken", message: "工作簿中已有名为「评估汇总」的工作表…" } }
 */
export function planOperations(
  plan: WritePlan,
  state: WorkbookState,
  text: WriteText,
): Result<WriteOperation[]> {
  const clearing = clearOperations(state, plan.names.map((named) => named.name), plan.keep);
  const deletedSheets = new Set(clearing.flatMap((op) => (op.kind === "deleteSheet" ? [op.sheet] : [])));
  const remaining = state.sheets.filter((sheet) => !deletedSheets.has(sheet)).map((sheet) => sheet.toLowerCase());

  const created = plan.sheets.map((sheet) => sheet.name);
  const blockSheetExists = remaining.includes(plan.block.sheet.toLowerCase());
  if (!blockSheetExists && !created.includes(plan.block.sheet)) created.push(plan.block.sheet);
  const taken = created.find((sheet) => remaining.includes(sheet.toLowerCase()));
  if (taken !== undefined) return { ok: false, problem: sheetTakenProblem(taken, text) };

  const operations: WriteOperation[] = [...clearing, ...propertyDeletions(plan, state)];
  if (blockSheetExists && !clearing.some((op) => op.kind === "clearArea" && op.sheet === plan.block.sheet && sameRange(op.range, plan.block.area))) {
    // The block's own area is cleared on every run, first run included, so that run 1 and run 2
    // leave it the same (formats and rules a user had left on those empty cells go either way).
    operations.push({ kind: "clearArea", sheet: plan.block.sheet, range: plan.block.area });
  }
  for (const sheet of created) operations.push({ kind: "addSheet", sheet });
  // Marked before anything is written in them: a write cut short between its requests leaves
  // areas and sheets the next run (or 清除评估结果) still recognises as its own and removes.
  append(operations, markerOperations(plan, created));
  for (const sheet of plan.sheets) {
    sheet.columnWidths.forEach((width, column) => {
      if (width > 0) operations.push({ kind: "columnWidth", sheet: sheet.name, range: columnRange(column), width });
    });
    append(operations, sheet.blocks.flatMap((block) => blockOperations(sheet.name, block)));
    append(operations, sheet.styles.flatMap((style) => styleOperations(sheet.name, style)));
    append(operations, sheet.merges.map((range): WriteOperation => ({ kind: "merge", sheet: sheet.name, range })));
    append(operations, sheet.conditional.map((rule): WriteOperation => ({ kind: "rule", sheet: sheet.name, rule })));
    append(operations, sheet.charts.map((chart): WriteOperation => ({ kind: "chart", sheet: sheet.name, chart })));
    if (sheet.freezeRows) operations.push({ kind: "freeze", sheet: sheet.name, rows: sheet.freezeRows });
    operations.push(sheet.print ? { kind: "pageSetup", sheet: sheet.name, print: sheet.print } : { kind: "pageSetup", sheet: sheet.name });
  }
  const block = plan.block;
  append(operations, block.blocks.flatMap((cells) => blockOperations(block.sheet, cells)));
  append(operations, block.styles.flatMap((style) => styleOperations(block.sheet, style)));
  append(operations, block.conditional.map((rule): WriteOperation => ({ kind: "rule", sheet: block.sheet, rule })));
  return { ok: true, value: operations };
}

/** Adds items one by one: `push(...items)` of a 150,000-row table's operations overflows the stack. */
function append(into: WriteOperation[], items: readonly WriteOperation[]): void {
  for (const item of items) into.push(item);
}

/**
 * The run's markers: its names (the plan's and those marking what it creates) and its saved
 * properties (run stamp, settings, mapping).
 */
function markerOperations(plan: WritePlan, created: readonly string[]): WriteOperation[] {
  const operations: WriteOperation[] = [];
  const names = [...plan.names, ...runMarkers(created, { sheet: plan.block.sheet, range: plan.block.area })];
  const seen = new Set<string>();
  for (const named of names) {
    if (seen.has(named.name.toLowerCase())) continue;
    seen.add(named.name.toLowerCase());
    operations.push({ kind: "addName", name: named.name, sheet: named.sheet, range: named.range });
  }
  for (const [key, value] of Object.entries(plan.properties)) {
    for (const part of propertyParts(key, value)) operations.push({ kind: "setProperty", key: part.key, value: part.value });
  }
  return operations;
}

/** Whether two ranges are the same rectangle. */
function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** The problem of a plan sheet that already exists as the user's sheet. */
function sheetTakenProblem(sheet: string, text: WriteText): Problem {
  return { code: "excel.sheet_taken", message: text.sheetTaken(sheet) };
}

/** Saved parts of the plan's properties beyond the parts about to be written. */
function propertyDeletions(plan: WritePlan, state: WorkbookState): WriteOperation[] {
  return Object.entries(plan.properties).flatMap(([key, value]) =>
    staleParts(state.propertyKeys, key, propertyParts(key, value).length).map(
      (stale): WriteOperation => ({ kind: "deleteProperty", key: stale }),
    ),
  );
}

/** A column as a one-cell range (Excel sets the width of the whole column). */
function columnRange(column: number): CellRange {
  return { top: 0, left: column, bottom: 0, right: column };
}

/** A run of equal formats down one column, rows `from`…`to` within the block. */
interface FormatRun {
  from: number;
  to: number;
  format: string;
}

/** Runs of equal formats down column `column`. */
function formatRuns(formats: readonly string[][], column: number): FormatRun[] {
  const runs: FormatRun[] = [];
  formats.forEach((row, i) => {
    const format = row[column] ?? GENERAL_FORMAT;
    const last = runs[runs.length - 1];
    if (last && last.format === format) last.to = i;
    else runs.push({ from: i, to: i, format });
  });
  return runs;
}

/** Whether two columns' runs are the same (so their rectangles can be one). */
function sameRuns(a: readonly FormatRun[], b: readonly FormatRun[]): boolean {
  return a.length === b.length && a.every((run, i) => run.from === b[i]?.from && run.to === b[i]?.to && run.format === b[i]?.format);
}

/**
 * The format operations of a block: rectangles of one format where columns keep it down long runs
 * (neighbouring columns with the same runs share rectangles), cell by cell where they do not.
 */
function formatOperations(sheet: string, { top, left, formats, width }: { top: number; left: number; formats: readonly string[][]; width: number }): WriteOperation[] {
  const operations: WriteOperation[] = [];
  const fewRuns = Math.max(1, Math.floor(formats.length / 8));
  let pending: { runs: FormatRun[]; from: number; to: number } | null = null;
  const flush = () => {
    if (!pending) return;
    for (const run of pending.runs) {
      const range = { top: top + run.from, left: left + pending.from, bottom: top + run.to, right: left + pending.to };
      operations.push({ kind: "format", sheet, range, format: run.format });
    }
    pending = null;
  };
  for (let column = 0; column < width; column += 1) {
    const runs = formatRuns(formats, column);
    if (runs.length > fewRuns) {
      flush();
      operations.push({ kind: "formats", sheet, top, left: left + column, numberFormat: formats.map((row) => [row[column] ?? GENERAL_FORMAT]) });
      continue;
    }
    if (pending && sameRuns(pending.runs, runs)) {
      pending.to = column;
      continue;
    }
    flush();
    pending = { runs, from: column, to: column };
  }
  flush();
  return operations;
}

/**
 * A block's number formats, values and style as operations (formats first, so text stays text).
 * @example blockOperations("表2", { top: 2, left: 5, values: [["=1+1", null]] })
 * //=> [{ kind: "format", sheet: "表2", range: { top: 2, left: 5, bottom: 2, right: 5 }, format: "@" },
 * //    { kind: "format", sheet: "表2", range: { top: 2, left: 6, bottom: 2, right: 6 }, format: "General" },
 * //    { kind: "values", sheet: "表2", top: 2, left: 5, values: [["=1+1", ""]] }]
 */
export function blockOperations(sheet: string, block: CellBlock): WriteOperation[] {
  const width = block.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (block.values.length === 0 || width === 0) return [];
  const values = block.values.map((row) => Array.from({ length: width }, (_, j) => writtenValue(row[j] ?? null)));
  const numberFormat = values.map((row, i) =>
    row.map((value, j) => (typeof value === "string" && value !== "" ? TEXT_FORMAT : formatOf(block, i, j))),
  );
  const operations = formatOperations(sheet, { top: block.top, left: block.left, formats: numberFormat, width });
  operations.push({ kind: "values", sheet, top: block.top, left: block.left, values });
  if (block.style) {
    const range = { top: block.top, left: block.left, bottom: block.top + values.length - 1, right: block.left + width - 1 };
    operations.push({ kind: "style", sheet, range, style: block.style });
  }
  return operations;
}

/** A style and, when given, the width of every column it spans. */
function styleOperations(sheet: string, { range, style, columnWidth: width }: RangeStyle): WriteOperation[] {
  const operations: WriteOperation[] = [{ kind: "style", sheet, range, style }];
  if (width !== undefined && width > 0) {
    operations.push({ kind: "columnWidth", sheet, range: { top: range.top, left: range.left, bottom: range.top, right: range.right }, width });
  }
  return operations;
}

/** Significant digits Excel keeps of a number. */
const EXCEL_DIGITS = 15;

/**
 * An engine value as Office writes it: null and non-finite numbers become empty text, numbers keep
 * the 15 significant digits Excel keeps (−0 becomes 0).
 * @example writtenValue(0.33999999999999975) //=> 0.34
 */
export function writtenValue(value: CellValue): WrittenValue {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    const kept = Number(value.toPrecision(EXCEL_DIGITS));
    return Object.is(kept, -0) ? 0 : kept;
  }
  return value;
}

/** The number format a block gives a cell. */
function formatOf(block: CellBlock, row: number, column: number): string {
  const format = block.numberFormat;
  if (format === undefined) return GENERAL_FORMAT;
  if (typeof format === "string") return format;
  return format[row]?.[column] ?? GENERAL_FORMAT;
}
