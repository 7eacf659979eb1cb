/**
 * The stand-in's `Application`, `Workbook`, `Worksheet` and collections: 1-based `Item` by index
 * or name (a missing one fails, as in WPS), `Sheets.Add(before, after)` with a sheet object for
 * `after`, sheet deletion that fails while alerts would ask the user, custom properties trimmed to
 * the stand-in's limit, frozen panes on the active window only.
 */
import { parseMultiAreaAddress, parseRangeAddress } from "../../../src/workbook/address";
import type { CellRange } from "../../../src/workbook/types";
import { isUsed, type BookState, type SheetState } from "./model";
import { rangeObject } from "./range";
import { strict, WpsStandInError, type CallCounter } from "./strict";

/** The sheet behind each sheet object the stand-in handed out. */
const sheetOfObject = new WeakMap<object, SheetState>();

/** The largest row and column index of a sheet. */
const MAX_ROW = 1_048_575;
const MAX_COLUMN = 16_383;

/** A sheet's used range: from its first to its last used cell (A1 when none). */
function usedArea(sheet: SheetState): CellRange {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [at, cell] of sheet.cells) {
    if (!isUsed(cell)) continue;
    const [row, column] = at.split(",").map(Number) as [number, number];
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  for (const merge of sheet.merges) {
    top = Math.min(top, merge.top);
    left = Math.min(left, merge.left);
    bottom = Math.max(bottom, merge.bottom);
    right = Math.max(right, merge.right);
  }
  return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
}

/** A worksheet object. */
export function sheetObject(book: BookState, sheet: SheetState, counter: CallCounter): object {
  const context = { book, sheet, counter };
  const pageMembers = {};
  for (const name of ["Orientation", "PaperSize", "Zoom", "FitToPagesWide", "FitToPagesTall", "PrintTitleRows", "CenterFooter", "LeftMargin", "RightMargin", "TopMargin", "BottomMargin", "HeaderMargin", "FooterMargin"]) {
    Object.defineProperty(pageMembers, name, { get: () => sheet.page[name], set: (value: unknown) => (sheet.page[name] = value), enumerable: true });
  }
  const page = strict("PageSetup", pageMembers, counter);
  const members = {
    get Name() { return sheet.name; },
    set Name(name: unknown) {
      if (typeof name !== "string" || name === "" || book.sheets.some((other) => other !== sheet && other.name.toLowerCase() === name.toLowerCase())) throw new WpsStandInError(`Sheet name ${String(name)} is taken or invalid`);
      sheet.name = name;
    },
    get Visible() { return sheet.visible; },
    set Visible(visible: unknown) {
      if (visible !== -1 && visible !== 0 && visible !== 2) throw new WpsStandInError(`Visible ${String(visible)}`);
      sheet.visible = visible;
    },
    Activate() {
      if (sheet.visible !== -1) throw new WpsStandInError(`Activate a hidden sheet ${sheet.name}`);
      const index = book.sheets.indexOf(sheet);
      if (index !== book.active) book.window = { SplitRow: 0, SplitColumn: 0, FreezePanes: sheet.frozenRows > 0 };
      book.active = index;
    },
    Delete() {
      if (book.app.DisplayAlerts) throw new WpsStandInError(`Deleting ${sheet.name} with DisplayAlerts on asks the user`);
      if (sheet.visible === 2) throw new WpsStandInError(`A very hidden sheet cannot be deleted (${sheet.name})`);
      if (book.protectStructure) throw new WpsStandInError("The workbook's structure is protected");
      const visible = book.sheets.filter((other) => other.visible === -1);
      if (visible.length === 1 && visible[0] === sheet) throw new WpsStandInError("The last visible sheet cannot be deleted");
      const index = book.sheets.indexOf(sheet);
      const active = book.sheets[book.active];
      book.sheets.splice(index, 1);
      book.active = active === sheet ? Math.max(0, index - 1) : book.sheets.indexOf(active as SheetState);
    },
    get UsedRange() { return rangeObject(context, [usedArea(sheet)]); },
    get Cells() { return rangeObject(context, [{ top: 0, left: 0, bottom: MAX_ROW, right: MAX_COLUMN }]); },
    Range(address: unknown) {
      if (typeof address !== "string" || address.length > 255) throw new WpsStandInError(`Range(${String(address)}): an address of at most 255 characters`);
      const areas = address.includes(",") ? parseMultiAreaAddress(address) : [parseRangeAddress(address)].filter((area): area is CellRange => area !== null);
      if (!areas || areas.length === 0) throw new WpsStandInError(`Range(${address}) is not an address`);
      return rangeObject(context, areas);
    },
    get Shapes() {
      return strict("Shapes", {
        AddChart2(style: unknown, chartType: unknown, left: unknown, top: unknown, width: unknown, height: unknown) {
          if ([style, chartType, left, top, width, height].some((value) => typeof value !== "number")) throw new WpsStandInError("Shapes.AddChart2 takes numbers");
          const chart = { chartType: chartType as number, left: left as number, top: top as number, width: width as number, height: height as number, source: null as CellRange | null, plotBy: null as number | null, title: null as string | null };
          sheet.charts.push(chart);
          const title = strict("ChartTitle", { get Text() { return chart.title ?? ""; }, set Text(text: unknown) { chart.title = String(text); } }, counter);
          const drawn = strict("Chart", {
            SetSourceData(source: unknown, plotBy: unknown) {
              const area = parseRangeAddress(String((source as { Address(): string }).Address()));
              if (!area) throw new WpsStandInError("SetSourceData takes a range");
              chart.source = area;
              chart.plotBy = plotBy as number;
            },
            HasTitle: false,
            get ChartTitle() { return title; },
          }, counter);
          return strict("Shape", { get Chart() { return drawn; } }, counter);
        },
      }, counter);
    },
    get PageSetup() { return page; },
  };
  const object = strict("Worksheet", members, counter);
  sheetOfObject.set(object, sheet);
  return object;
}

/** The sheet behind a sheet object, or a failure. */
export function sheetBehind(object: unknown): SheetState {
  const sheet = typeof object === "object" && object !== null ? sheetOfObject.get(object) : undefined;
  if (!sheet) throw new WpsStandInError("Expected a worksheet object");
  return sheet;
}

/** The 1-based item of a list by index or (case-insensitive) name, or a failure. */
export function itemOf<T>(list: readonly T[], index: unknown, nameOf: (item: T) => string, what: string): T {
  const item = typeof index === "number" ? list[index - 1] : typeof index === "string" ? list.find((entry) => nameOf(entry).toLowerCase() === index.toLowerCase()) : undefined;
  if (item === undefined) throw new WpsStandInError(`${what}.Item(${JSON.stringify(index)}) is not there`);
  return item;
}
