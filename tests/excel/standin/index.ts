/**
 * A strict in-memory stand-in for the Excel JavaScript API, as the add-in uses it. Plain
 * TypeScript with no Node imports, so the same code runs in Node tests and in a browser page.
 *
 * `createExcelStandIn(seed, options)` builds a workbook from a grid (or several sheets), and returns
 * `run` (an `Excel.run`), `office` (an `Office` with `requirements.isSetSupported`), `install()` to
 * put `Excel`, `Office` and `OfficeExtension` on `globalThis`, and what tests assert on: cells,
 * formats, rules, names, sheets, properties, the sync count and the largest payload of any sync.
 *
 * Stricter than office-addin-mock: reading a property before `load` + `sync` throws
 * `PropertyNotLoaded`; reads past a cell bound, arrays of the wrong shape, syncs inside loops,
 * payloads over 5 MB and APIs newer than the claimed ExcelApi version all throw.
 */
import { cellA1, parseA1, rectA1, type Rect } from "./a1";
import { StandInContext, versionAtLeast, type StandInOptions, type StandInRuntime, type SyncRecord } from "./context";
import { StandInError } from "./errors";
import { cellKey, cellOfKey, findSheet, newSheet, type CellModel, type Scalar, type SheetModel, type WorkbookModel } from "./model";
import { renameSheet } from "./sheets";
import { StandInApplication, StandInWorkbook, nameFormula } from "./workbook";

export { StandInError } from "./errors";
export type { Rect } from "./a1";
export type { CellModel, StyleModel } from "./model";
export type { StandInOptions, SyncRecord } from "./context";

/** One sheet to seed: values from `(top, left)`, optional number formats, merged areas. */
export interface SheetSeed {
  name: string;
  top?: number;
  left?: number;
  values?: readonly (readonly unknown[])[];
  numberFormat?: readonly (readonly (string | null)[])[];
  merges?: readonly Rect[];
  visibility?: SheetModel["visibility"];
}

/** A grid as the workbook layer defines it (`sheet` instead of `name`). */
export interface GridSeed {
  sheet: string;
  top: number;
  left: number;
  values: readonly (readonly unknown[])[];
  merges: readonly Rect[];
}

/** A workbook's state as plain data, for equality checks (ids left out). */
export interface WorkbookSnapshot {
  sheets: {
    name: string;
    visibility: string;
    cells: Record<string, CellModel>;
    merges: string[];
    conditionalFormats: unknown[];
    validations: unknown[];
    charts: unknown[];
    columnWidths: Record<string, number>;
    freezeRows: number;
    pageLayout: Record<string, unknown>;
  }[];
  names: { name: string; formula: string }[];
  properties: Record<string, string>;
}

export interface ExcelStandIn {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  office: {
    context: {
      requirements: { isSetSupported(name: string, version?: string): boolean };
      /** `Office.context.diagnostics`: the host, its platform and version. */
      diagnostics: { host: string; platform: string; version: string };
    };
  };
  /** Puts `Excel`, `Office` and `OfficeExtension` on `globalThis`; returns the function that removes them. */
  install(): () => void;
  readonly model: WorkbookModel;
  sheetNames(): string[];
  cell(sheet: string, address: string): CellModel | undefined;
  /** Values of a range (default: the sheet's used area), `""` for empty cells. */
  values(sheet: string, address?: string): Scalar[][];
  snapshot(): WorkbookSnapshot;
  readonly syncs: readonly SyncRecord[];
  readonly syncCount: number;
  /** The largest request or response of any sync, in bytes. */
  readonly largestPayload: number;
  readonly loopSyncs: number;
  readonly runs: number;
  resetCounters(): void;
  /** The user's actions the door must cope with. */
  setCellEditMode(on: boolean): void;
  protectSheet(sheet: string, on?: boolean): void;
  /** Workbook structure protection (sheets can be neither added nor deleted). */
  protectStructure(on?: boolean): void;
  /** Makes the next sync fail with an error Excel raises for reasons the add-in cannot see. */
  failNextSync(code: "InactiveWorkbook" | "ActivityLimitReached" | "UnsupportedSheet" | "GeneralException"): void;
  /** Makes the next action of a kind (`Worksheet.delete`, `Range.clear` …) fail, as Excel may refuse one step of a batch. */
  failAction(label: string, code: "GeneralException" | "AccessDenied" | "InvalidOperation"): void;
  /** The user selects areas (A1 addresses) on a sheet, or a chart. */
  select(selection: { sheet: string; addresses: string[] } | "chart"): void;
  renameSheet(from: string, to: string): void;
  setActive(sheet: string): void;
  /** A user typing a value into a cell (stored as given, no coercion). */
  typeValue(sheet: string, address: string, value: Scalar | null): void;
  /** A user typing a formula into a cell, with the result Excel calculated (`""` for `=IF(…,"")`). */
  typeFormula(sheet: string, address: string, formula: string, result: Scalar): void;
}

const DEFAULTS: StandInOptions = {
  apiVersion: "1.17",
  payloadLimit: 5_000_000,
  maxReadCells: 1_000_000,
  nullValuesOverCells: 5_000_000,
  maxMergedAreas: 512,
  propertyValueLimit: 255,
  syncLoops: "throw",
  maxSyncsPerRun: 4,
  payloadMode: "utf8",
  platform: "web",
  addressStyle: "quoted",
};

/** A sheet model from a seed: values stored as given, covered cells of merged areas left empty. */
function seededSheet(seed: SheetSeed): SheetModel {
  const sheet = newSheet(seed.name);
  sheet.visibility = seed.visibility ?? "Visible";
  const top = seed.top ?? 0;
  const left = seed.left ?? 0;
  sheet.merges = (seed.merges ?? []).map((merge) => ({ ...merge }));
  const covered = (row: number, column: number) =>
    sheet.merges.some((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right && !(row === m.top && column === m.left));
  (seed.values ?? []).forEach((line, i) =>
    line.forEach((value, j) => {
      const format = seed.numberFormat?.[i]?.[j] ?? undefined;
      const present = value !== null && value !== undefined && value !== "";
      if ((!present && !format) || covered(top + i, left + j)) return;
      const cell: CellModel = { value: present ? (value as Scalar) : "" };
      if (format && format !== "General") cell.numberFormat = format;
      sheet.cells.set(cellKey(top + i, left + j), cell);
    }),
  );
  return sheet;
}

/**
 * Builds a stand-in workbook from one grid or several sheets.
 * @example createExcelStandIn({ sheet: "表2", top: 0, left: 0, values: [["序号"]], merges: [] }).sheetNames() //=> ["表2"]
 */
export function createExcelStandIn(seed: GridSeed | SheetSeed | readonly (SheetSeed | GridSeed)[], options: Partial<StandInOptions> = {}): ExcelStandIn {
  const seeds = (Array.isArray(seed) ? seed : [seed]) as (SheetSeed | GridSeed)[];
  const sheets = seeds.map((one) => seededSheet("sheet" in one ? { ...one, name: one.sheet } : one));
  const model: WorkbookModel = { sheets, active: sheets[0]?.name ?? "", names: [], properties: new Map(), nextId: 0 };
  const runtime: StandInRuntime = {
    model,
    options: { ...DEFAULTS, ...options },
    syncs: [],
    loopSyncs: 0,
    runs: 0,
    cellEditMode: false,
    protectedSheets: new Set(),
    structureProtected: false,
    injected: [],
    failingActions: new Map(),
    selection: null,
  };

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    runtime.runs += 1;
    const context = new StandInContext(runtime, runtime.runs);
    context.workbook = new StandInWorkbook(context);
    context.application = new StandInApplication(context);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.hasPendingActions()) await context.sync();
    return result;
  }

  const office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          (name === "ExcelApi" && versionAtLeast(runtime.options.apiVersion, version)) || (name === "DialogApi" && versionAtLeast("1.2", version)),
      },
      diagnostics: { host: "Excel", platform: runtime.options.platform === "desktop" ? "PC" : "OfficeOnline", version: "16.0 (stand-in)" },
    },
  };

  const sheetOf = (name: string): SheetModel => {
    const sheet = findSheet(model, name);
    if (!sheet) throw new Error(`No sheet '${name}' in the stand-in`);
    return sheet;
  };

  return {
    run,
    office,
    install() {
      const scope = globalThis as Record<string, unknown>;
      const previous = { Excel: scope.Excel, Office: scope.Office, OfficeExtension: scope.OfficeExtension };
      scope.Excel = { run };
      const ready = { host: "Excel", platform: "OfficeOnline" };
      const onReady = (callback?: (info: typeof ready) => void) => {
        callback?.(ready);
        return Promise.resolve(ready);
      };
      scope.Office = { ...office, onReady, HostType: { Excel: "Excel" } };
      scope.OfficeExtension = { Error: StandInError };
      return () => {
        scope.Excel = previous.Excel;
        scope.Office = previous.Office;
        scope.OfficeExtension = previous.OfficeExtension;
      };
    },
    model,
    sheetNames: () => model.sheets.map((sheet) => sheet.name),
    cell: (sheet, address) => {
      const rect = parseA1(address);
      return rect ? sheetOf(sheet).cells.get(cellKey(rect.top, rect.left)) : undefined;
    },
    values(sheet, address) {
      const model = sheetOf(sheet);
      const rect = address ? parseA1(address) : usedArea(model);
      if (!rect) return [];
      return Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, j) => model.cells.get(cellKey(rect.top + i, rect.left + j))?.value ?? ""),
      );
    },
    snapshot: () => snapshotOf(model),
    get syncs() {
      return runtime.syncs;
    },
    get syncCount() {
      return runtime.syncs.length;
    },
    get largestPayload() {
      return runtime.syncs.reduce((largest, sync) => Math.max(largest, sync.requestBytes, sync.responseBytes), 0);
    },
    get loopSyncs() {
      return runtime.loopSyncs;
    },
    get runs() {
      return runtime.runs;
    },
    resetCounters() {
      runtime.syncs = [];
      runtime.loopSyncs = 0;
      runtime.runs = 0;
    },
    setCellEditMode: (on) => {
      runtime.cellEditMode = on;
    },
    protectStructure: (on = true) => {
      runtime.structureProtected = on;
    },
    failAction: (label, code) => {
      runtime.failingActions.set(label, code);
    },
    failNextSync: (code) => {
      runtime.injected.push(code);
    },
    select: (selection) => {
      if (selection === "chart") {
        runtime.selection = "chart";
        return;
      }
      const rects = selection.addresses.map((address) => {
        const rect = parseA1(address);
        if (!rect) throw new Error(`Bad address ${address}`);
        return rect;
      });
      model.active = sheetOf(selection.sheet).name;
      runtime.selection = { sheet: model.active, rects };
    },
    protectSheet: (sheet, on = true) => {
      if (on) runtime.protectedSheets.add(sheet.toLowerCase());
      else runtime.protectedSheets.delete(sheet.toLowerCase());
    },
    renameSheet: (from, to) => {
      const context = new StandInContext(runtime, 0);
      renameSheet(context, sheetOf(from), to);
    },
    setActive: (sheet) => {
      model.active = sheetOf(sheet).name;
    },
    typeValue: (sheet, address, value) => {
      const rect = parseA1(address);
      if (!rect) throw new Error(`Bad address ${address}`);
      const target = sheetOf(sheet);
      const key = cellKey(rect.top, rect.left);
      const cell = target.cells.get(key) ?? { value: "" };
      cell.value = value ?? "";
      delete cell.formula;
      target.cells.set(key, cell);
    },
    typeFormula: (sheet, address, formula, result) => {
      const rect = parseA1(address);
      if (!rect) throw new Error(`Bad address ${address}`);
      const target = sheetOf(sheet);
      const key = cellKey(rect.top, rect.left);
      target.cells.set(key, { ...(target.cells.get(key) ?? { value: "" }), value: result, formula });
    },
  };
}

/** The bounding rectangle of a sheet's stored cells. */
function usedArea(sheet: SheetModel): Rect | null {
  let rect: Rect | null = null;
  for (const key of sheet.cells.keys()) {
    const { row, column } = cellOfKey(key);
    rect = rect
      ? { top: Math.min(rect.top, row), left: Math.min(rect.left, column), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, column) }
      : { top: row, left: column, bottom: row, right: column };
  }
  return rect;
}

/** Plain data of the whole workbook, cells in row-major order, ids dropped. */
function snapshotOf(model: WorkbookModel): WorkbookSnapshot {
  return {
    sheets: model.sheets.map((sheet) => {
      const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
      const cells: Record<string, CellModel> = {};
      for (const key of keys) {
        const { row, column } = cellOfKey(key);
        const cell = sheet.cells.get(key);
        if (cell) cells[cellA1(row, column)] = structuredCopy(cell);
      }
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        cells,
        merges: sheet.merges.map((merge) => rectA1(merge)).sort(),
        conditionalFormats: sheet.conditionalFormats.map(({ id: _id, ...rest }) => structuredCopy({ ...rest, ranges: rest.ranges.map((r) => rectA1(r)) })),
        validations: sheet.validations.map((item) => structuredCopy({ ...item, range: rectA1(item.range) })),
        charts: sheet.charts.map(({ id: _id, ...rest }) => structuredCopy({ ...rest, source: rectA1(rest.source) })),
        columnWidths: Object.fromEntries([...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([column, width]) => [String(column), width])),
        freezeRows: sheet.freezeRows,
        pageLayout: structuredCopy(sheet.pageLayout),
      };
    }),
    names: model.names.map((named) => ({ name: named.name, formula: nameFormula(named) })).sort((a, b) => a.name.localeCompare(b.name)),
    properties: Object.fromEntries([...model.properties.values()].map((item) => [item.key, item.value])),
  };
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
