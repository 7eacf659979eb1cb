/**
 * A strict in-memory stand-in of WPS 表格's object model, as far as the WPS door's `EtPort` goes:
 * every object a Proxy that fails on a member it does not implement, 1-based `Item`, row-major
 * `Value2`, BGR colours, conditional-format and data-bar objects, and a count of host calls.
 */
import { parseRangeAddress } from "../../../src/workbook/address";
import type { CellRange } from "../../../src/workbook/types";
import type { EtPort } from "../../../src/wps/port";
import { hexOfBgr } from "../../../src/wps/style";
import type { SheetSeed } from "../../excel/standin";
import { cellAt, emptySheet, key, type BookState, type SheetState } from "./model";
import { rangeObject } from "./range";
import { callCounter, strict, WpsStandInError, type CallCounter } from "./strict";
import { itemOf, sheetBehind, sheetObject } from "./workbook";

export { WpsStandInError } from "./strict";
export type { BookState, SheetState } from "./model";

/** How the stand-in behaves where WPS is not known. */
export interface WpsStandInOptions {
  /** The longest custom property value kept (default 255, Excel's desktop limit). */
  propertyLimit: number;
  /** No workbook open. */
  noWorkbook: boolean;
  build: string;
  version: string;
  operatingSystem: string;
}

/** The stand-in and what tests read of it. */
export interface WpsStandIn {
  port: EtPort;
  book: BookState;
  counter: CallCounter;
  /** Host calls since the last reset. */
  readonly calls: number;
  resetCalls(): void;
  sheet(name: string): SheetState;
  /** A rectangle's values as Office shows them: "" for an empty cell. */
  values(sheet: string, address: string): unknown[][];
  /** A cell's fill as `#RRGGBB` (stored as BGR), or null. */
  fill(sheet: string, address: string): string | null;
  numberFormat(sheet: string, address: string): string;
}

/** Seeds a sheet's cells, formats and merges. */
function seeded(seed: SheetSeed): SheetState {
  const sheet = emptySheet(seed.name);
  const top = seed.top ?? 0;
  const left = seed.left ?? 0;
  (seed.values ?? []).forEach((row, i) =>
    row.forEach((value, j) => {
      const format = seed.numberFormat?.[i]?.[j] ?? "General";
      if ((value === null || value === undefined || value === "") && format === "General") return;
      const cell = cellAt(sheet, top + i, left + j);
      cell.value = value === undefined || value === "" ? null : (value as string | number | boolean | null);
      cell.numberFormat = format;
    }),
  );
  sheet.merges = (seed.merges ?? []).map((merge) => ({ ...merge }));
  if (seed.visibility === "Hidden") sheet.visible = 0;
  if (seed.visibility === "VeryHidden") sheet.visible = 2;
  return sheet;
}

/** The workbook object. */
function workbookObject(book: BookState, counter: CallCounter): object {
  const sheets = strict("Sheets", {
    get Count() { return book.sheets.length; },
    Item(index: unknown) { return sheetObject(book, itemOf(book.sheets, index, (sheet) => sheet.name, "Sheets"), counter); },
    Add(before: unknown, after: unknown) {
      if (before !== undefined) throw new WpsStandInError("Sheets.Add: the door adds after a sheet only");
      if (book.protectStructure) throw new WpsStandInError("The workbook's structure is protected");
      const index = book.sheets.indexOf(sheetBehind(after)) + 1;
      let number = book.sheets.length + 1;
      while (book.sheets.some((sheet) => sheet.name === `Sheet${number}`)) number += 1;
      const sheet = emptySheet(`Sheet${number}`);
      book.sheets.splice(index, 0, sheet);
      book.active = index;
      return sheetObject(book, sheet, counter);
    },
  }, counter);
  const nameObject = (entry: { name: string; refersTo: string }) =>
    strict("Name", {
      get Name() { return entry.name; },
      get RefersTo() { return entry.refersTo; },
      Delete() { book.names = book.names.filter((other) => other !== entry); },
    }, counter);
  const names = strict("Names", {
    get Count() { return book.names.length; },
    Item(index: unknown) { return nameObject(itemOf(book.names, index, (entry) => entry.name, "Names")); },
    Add(name: unknown, refersTo: unknown) {
      if (typeof name !== "string" || typeof refersTo !== "string" || !refersTo.startsWith("=")) throw new WpsStandInError(`Names.Add(${String(name)}, ${String(refersTo)})`);
      book.names = book.names.filter((entry) => entry.name.toLowerCase() !== name.toLowerCase());
      const entry = { name, refersTo };
      book.names.push(entry);
      return nameObject(entry);
    },
  }, counter);
  const propertyObject = (entry: { name: string; value: string }) =>
    strict("DocumentProperty", {
      get Name() { return entry.name; },
      get Value() { return entry.value; },
      set Value(value: unknown) { entry.value = String(value).slice(0, book.propertyLimit); },
      Delete() { book.properties = book.properties.filter((other) => other !== entry); },
    }, counter);
  const properties = strict("DocumentProperties", {
    get Count() { return book.properties.length; },
    Item(index: unknown) { return propertyObject(itemOf(book.properties, index, (entry) => entry.name, "DocumentProperties")); },
    Add(name: unknown, linkToContent: unknown, type: unknown, value: unknown) {
      if (typeof name !== "string" || linkToContent !== false || type !== 4 || typeof value !== "string") throw new WpsStandInError(`DocumentProperties.Add(${String(name)}, ${String(linkToContent)}, ${String(type)}, …)`);
      if (book.properties.some((entry) => entry.name.toLowerCase() === name.toLowerCase())) throw new WpsStandInError(`Property ${name} exists`);
      const entry = { name, value: value.slice(0, book.propertyLimit) };
      book.properties.push(entry);
      return propertyObject(entry);
    },
  }, counter);
  return strict("Workbook", {
    Name: "指标表.xlsx",
    get Worksheets() { return sheets; },
    get Names() { return names; },
    get CustomDocumentProperties() { return properties; },
    get ProtectStructure() { return book.protectStructure; },
    get ActiveSheet() { return sheetObject(book, book.sheets[book.active] as SheetState, counter); },
  }, counter);
}

/** The application object. */
function applicationObject(book: BookState, counter: CallCounter, options: WpsStandInOptions): object {
  const workbook = options.noWorkbook ? null : workbookObject(book, counter);
  const window = strict("Window", {
    get FreezePanes() { return book.window.FreezePanes; },
    set FreezePanes(frozen: unknown) {
      book.window.FreezePanes = Boolean(frozen);
      const sheet = book.sheets[book.active] as SheetState;
      sheet.frozenRows = frozen ? book.window.SplitRow : 0;
    },
    get SplitRow() { return book.window.SplitRow; },
    set SplitRow(rows: unknown) { book.window.SplitRow = Number(rows); },
    get SplitColumn() { return book.window.SplitColumn; },
    set SplitColumn(columns: unknown) { book.window.SplitColumn = Number(columns); },
  }, counter);
  const app = book.app;
  return strict("Application", {
    Build: options.build,
    Version: options.version,
    OperatingSystem: options.operatingSystem,
    get ScreenUpdating() { return app.ScreenUpdating; },
    set ScreenUpdating(value: unknown) { app.ScreenUpdating = Boolean(value); },
    get EnableEvents() { return app.EnableEvents; },
    set EnableEvents(value: unknown) { app.EnableEvents = Boolean(value); },
    get Calculation() { return app.Calculation; },
    set Calculation(value: unknown) {
      if (value !== -4105 && value !== -4135 && value !== 2) throw new WpsStandInError(`Calculation ${String(value)}`);
      app.Calculation = value;
    },
    get DisplayAlerts() { return app.DisplayAlerts; },
    set DisplayAlerts(value: unknown) { app.DisplayAlerts = Boolean(value); },
    get ActiveWorkbook() { return workbook; },
    get ActiveWindow() { return window; },
    get ActiveCell() { return rangeObject({ book, sheet: book.sheets[book.active] as SheetState, counter }, [{ top: 0, left: 0, bottom: 0, right: 0 }]); },
  }, counter);
}

/** A range address's rectangle, or a failure. */
function areaOf(address: string): CellRange {
  const area = parseRangeAddress(address);
  if (!area) throw new Error(`Not an address: ${address}`);
  return area;
}

/**
 * A stand-in over seeded sheets (the first is active).
 * @example createWpsStandIn([{ name: "表2", values: [["序号"]] }]).port.Application.ActiveWorkbook?.Name //=> "指标表.xlsx"
 */
export function createWpsStandIn(seeds: readonly SheetSeed[], options: Partial<WpsStandInOptions> = {}): WpsStandIn {
  const settings: WpsStandInOptions = { propertyLimit: 255, noWorkbook: false, build: "12.1.0.16120", version: "12.1", operatingSystem: "Linux", ...options };
  const book: BookState = {
    sheets: seeds.map(seeded),
    active: 0,
    names: [],
    properties: [],
    protectStructure: false,
    app: { ScreenUpdating: true, EnableEvents: true, Calculation: -4105, DisplayAlerts: true },
    window: { SplitRow: 0, SplitColumn: 0, FreezePanes: false },
    propertyLimit: settings.propertyLimit,
  };
  const counter = callCounter();
  const port = { Application: applicationObject(book, counter, settings) } as unknown as EtPort;
  const sheet = (name: string) => {
    const found = book.sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`No sheet ${name} in the stand-in`);
    return found;
  };
  return {
    port,
    book,
    counter,
    get calls() { return counter.calls; },
    resetCalls() { counter.calls = 0; counter.byMember.clear(); },
    sheet,
    values(name, address) {
      const area = areaOf(address);
      const cells = sheet(name).cells;
      return Array.from({ length: area.bottom - area.top + 1 }, (_, i) => Array.from({ length: area.right - area.left + 1 }, (_, j) => cells.get(key(area.top + i, area.left + j))?.value ?? ""));
    },
    fill(name, address) {
      const area = areaOf(address);
      const fill = sheet(name).cells.get(key(area.top, area.left))?.style.fill;
      return typeof fill === "number" ? hexOfBgr(fill) : null;
    },
    numberFormat(name, address) {
      const area = areaOf(address);
      return sheet(name).cells.get(key(area.top, area.left))?.numberFormat ?? "General";
    },
  };
}
