/**
 * The stand-in's `Range`: one or more rectangular areas of a sheet, with the Excel object
 * model's semantics as far as the door relies on them — `Value2` a scalar for one cell and rows
 * for a block (set the same way: rows must match the range exactly), `NumberFormat` and
 * `MergeCells` `null` over mixed cells, 1-based `Item`, BGR colours (numbers only), text under
 * `"@"` kept as text and anything else under another format read as a formula or a number as Excel
 * would, `SpecialCells` failing when no cell is found.
 */
import { rangeAddress } from "../../../src/workbook/address";
import type { CellRange } from "../../../src/workbook/types";
import { cellAt, eachPosition, key, overlaps, within, type BookState, type RuleState, type SheetState } from "./model";
import { strict, WpsStandInError, type CallCounter } from "./strict";

/** Points of a column (default width) and of a row, for chart positions. */
const COLUMN_POINTS = 54;
const ROW_POINTS = 13.5;
/** `Interior.Color` of a cell with no fill (white), as Excel answers it. */
const NO_FILL = 16_777_215;
/** The most cells a `Value2` read or write may span (a read of the whole sheet is a door bug). */
const MAX_VALUE_CELLS = 2_000_000;

/** What a range object is made from. */
export interface RangeContext {
  book: BookState;
  sheet: SheetState;
  counter: CallCounter;
}

/** A value as written under a cell's format: text under "@"; else a formula or a number, as Excel reads typing. */
function stored(value: unknown, format: string): { value: string | number | boolean | null; formula?: string } {
  if (value === undefined || value === null || value === "") return { value: null };
  if (typeof value === "number" || typeof value === "boolean") return { value };
  if (typeof value !== "string") throw new WpsStandInError(`Value2 cannot hold ${typeof value}`);
  if (format === "@") return { value };
  // A formula's result is not computed, but for =NA(): its `Value2` is the COM error code of #N/A.
  if (/^=NA\(\)$/iu.test(value)) return { value: -2146826246, formula: value };
  if (/^[=+@]/u.test(value) || (/^-./u.test(value) && Number.isNaN(Number(value)))) return { value: null, formula: value };
  const number = Number(value.replace(/%$/u, ""));
  if (value.trim() !== "" && Number.isFinite(number)) return { value: value.endsWith("%") ? number / 100 : number };
  return { value };
}

/** The single area of a range, or a failure when the door used a multi-area range for it. */
function single(areas: readonly CellRange[], member: string): CellRange {
  if (areas.length !== 1 || !areas[0]) throw new WpsStandInError(`Range.${member} on a multi-area range`);
  return areas[0];
}

/** The rules of a sheet that touch a range. */
function rulesOver(sheet: SheetState, range: CellRange): RuleState[] {
  return sheet.rules.filter((rule) => overlaps(rule.range, range));
}

/** A conditional format object over a rule. */
function ruleObject(context: RangeContext, rule: RuleState): object {
  const { counter, sheet } = context;
  const remove = () => {
    sheet.rules = sheet.rules.filter((other) => other !== rule);
  };
  if (rule.type === 4) {
    const bar = strict("ColorFormat", { get Color() { return rule.barColor; }, set Color(color: unknown) { rule.barColor = bgr(color); } }, counter);
    return strict("Databar", { get Type() { return rule.type; }, get BarColor() { return bar; }, Delete: remove }, counter);
  }
  const interior = strict("Interior", { get Color() { return rule.fill; }, set Color(color: unknown) { rule.fill = bgr(color); } }, counter);
  const font = strict("Font", { get Color() { return rule.fontColor; }, set Color(color: unknown) { rule.fontColor = bgr(color); } }, counter);
  return strict("FormatCondition", {
    get Type() { return rule.type; },
    get Operator() { return rule.operator; },
    get Formula1() { return rule.formula1; },
    get Interior() { return interior; },
    get Font() { return font; },
    Delete: remove,
  }, counter);
}

/** A colour as WPS takes it: a BGR integer. */
function bgr(color: unknown): number {
  if (typeof color !== "number" || !Number.isInteger(color) || color < 0 || color > 0xffffff) throw new WpsStandInError(`A colour must be a BGR integer, not ${JSON.stringify(color)}`);
  return color;
}

/** Sets one style entry on every cell of the areas. */
function styleAll(context: RangeContext, areas: readonly CellRange[], entry: string, value: unknown): void {
  for (const area of areas) eachPosition(area, (row, column) => (cellAt(context.sheet, row, column).style[entry] = value));
}

/** The value entries of a range, read the Excel way. */
function value2Of(context: RangeContext, area: CellRange): unknown {
  const read = (row: number, column: number) => context.sheet.cells.get(key(row, column))?.value ?? undefined;
  if (area.top === area.bottom && area.left === area.right) return read(area.top, area.left);
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > MAX_VALUE_CELLS) throw new WpsStandInError("Value2 of a range this large");
  return Array.from({ length: area.bottom - area.top + 1 }, (_, i) => Array.from({ length: area.right - area.left + 1 }, (_, j) => read(area.top + i, area.left + j)));
}

/** Writes `Value2`: a scalar fills every cell, rows must match the range. */
function writeValue2(context: RangeContext, area: CellRange, value: unknown): void {
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  const at = (i: number, j: number): unknown => {
    if (!Array.isArray(value)) return value;
    const row: unknown = value[i];
    if (!Array.isArray(row) || value.length !== rows || row.length !== columns) throw new WpsStandInError(`Value2 rows do not match a ${rows}×${columns} range`);
    return row[j];
  };
  eachPosition(area, (row, column) => {
    const cell = cellAt(context.sheet, row, column);
    const written = stored(at(row - area.top, column - area.left), cell.numberFormat);
    cell.value = written.value;
    if (written.formula === undefined) delete cell.formula;
    else cell.formula = written.formula;
  });
}

/** A uniform value of cells, or null when they differ. */
function uniform<T>(values: T[]): T | null {
  const first = values[0];
  return values.every((value) => value === first) ? (first ?? null) : null;
}

/**
 * A range object over areas of a sheet.
 * @example rangeObject(context, [{ top: 0, left: 0, bottom: 0, right: 0 }]).Value2 //=> undefined (empty)
 */
export function rangeObject(context: RangeContext, areas: readonly CellRange[]): object {
  const { sheet, counter } = context;
  const first = () => single(areas, "member");
  const positions = () => areas.flatMap((area) => { const out: [number, number][] = []; eachPosition(area, (r, c) => out.push([r, c])); return out; });
  const mergeOf = (row: number, column: number) => sheet.merges.find((merge) => row >= merge.top && row <= merge.bottom && column >= merge.left && column <= merge.right);
  const sub = (range: CellRange) => rangeObject(context, [range]);
  const members = {
    get Row() { return first().top + 1; },
    get Column() { return first().left + 1; },
    get Rows() { const area = first(); return strict("Rows", { Count: area.bottom - area.top + 1 }, counter); },
    get Columns() { const area = first(); return strict("Columns", { Count: area.right - area.left + 1 }, counter); },
    Address(rowAbsolute = true, columnAbsolute = true) {
      return areas.map((area) => rangeAddress(area).replace(/([A-Z]+)(\d+)/gu, (_, c: string, r: string) => `${columnAbsolute ? "$" : ""}${c}${rowAbsolute ? "$" : ""}${r}`)).join(",");
    },
    Item(row: unknown, column: unknown) {
      if (!Number.isInteger(row) || !Number.isInteger(column) || (row as number) < 1 || (column as number) < 1) throw new WpsStandInError(`Range.Item is 1-based: Item(${String(row)}, ${String(column)})`);
      const area = first();
      return sub({ top: area.top + (row as number) - 1, left: area.left + (column as number) - 1, bottom: area.top + (row as number) - 1, right: area.left + (column as number) - 1 });
    },
    Resize(rows: unknown, columns: unknown) {
      if (!Number.isInteger(rows) || !Number.isInteger(columns) || (rows as number) < 1 || (columns as number) < 1) throw new WpsStandInError(`Range.Resize(${String(rows)}, ${String(columns)})`);
      const area = first();
      return sub({ top: area.top, left: area.left, bottom: area.top + (rows as number) - 1, right: area.left + (columns as number) - 1 });
    },
    get Value2() { return value2Of(context, first()); },
    set Value2(value: unknown) { writeValue2(context, first(), value); },
    set Formula(formula: unknown) {
      const area = first();
      if (typeof formula !== "string") throw new WpsStandInError("Formula takes text");
      eachPosition(area, (row, column) => {
        const cell = cellAt(sheet, row, column);
        const written = stored(formula, "General");
        cell.value = written.value;
        if (written.formula === undefined) delete cell.formula;
        else cell.formula = written.formula;
      });
    },
    get Formula() {
      const area = first();
      const read = (row: number, column: number) => { const cell = sheet.cells.get(key(row, column)); return cell?.formula ?? (cell?.value === null || cell?.value === undefined ? "" : cell.value); };
      if (area.top === area.bottom && area.left === area.right) return read(area.top, area.left);
      return Array.from({ length: area.bottom - area.top + 1 }, (_, i) => Array.from({ length: area.right - area.left + 1 }, (_, j) => read(area.top + i, area.left + j)));
    },
    get NumberFormat() { return uniform(positions().map(([r, c]) => sheet.cells.get(key(r, c))?.numberFormat ?? "General")); },
    set NumberFormat(format: unknown) {
      if (typeof format !== "string") throw new WpsStandInError("NumberFormat takes one format for the whole range");
      for (const [r, c] of positions()) cellAt(sheet, r, c).numberFormat = format;
    },
    get MergeCells() { return uniform(positions().map(([r, c]) => mergeOf(r, c) !== undefined)); },
    get MergeArea() {
      const area = first();
      const merge = sheet.merges.find((candidate) => within(area, candidate));
      return sub(merge ?? area);
    },
    Merge() {
      const area = first();
      if (sheet.merges.some((merge) => overlaps(merge, area))) throw new WpsStandInError(`Merge over an existing merge at ${rangeAddress(area)}`);
      sheet.merges.push({ ...area });
    },
    ClearContents() {
      for (const [r, c] of positions()) { const cell = sheet.cells.get(key(r, c)); if (cell) { cell.value = null; delete cell.formula; } }
    },
    get Style() { return "Normal"; },
    set Style(name: unknown) {
      if (name !== "Normal") throw new WpsStandInError(`Style ${String(name)} is not a style the stand-in knows`);
      for (const [r, c] of positions()) { const cell = sheet.cells.get(key(r, c)); if (cell) { cell.numberFormat = "General"; cell.style = {}; } }
    },
    get ColumnWidth() { return sheet.columnWidths.get(first().left) ?? 8.43; },
    set ColumnWidth(width: unknown) { const area = first(); for (let c = area.left; c <= area.right; c += 1) sheet.columnWidths.set(c, Number(width)); },
    set WrapText(wrap: unknown) { styleAll(context, areas, "wrap", wrap); },
    get WrapText() { return uniform(positions().map(([r, c]) => sheet.cells.get(key(r, c))?.style.wrap)); },
    set HorizontalAlignment(value: unknown) { styleAll(context, areas, "horizontal", value); },
    get HorizontalAlignment() { return uniform(positions().map(([r, c]) => sheet.cells.get(key(r, c))?.style.horizontal)); },
    set VerticalAlignment(value: unknown) { styleAll(context, areas, "vertical", value); },
    get VerticalAlignment() { return uniform(positions().map(([r, c]) => sheet.cells.get(key(r, c))?.style.vertical)); },
    get Interior() {
      return strict("Interior", { get Color() { return uniform(positions().map(([r, c]) => sheet.cells.get(key(r, c))?.style.fill ?? NO_FILL)); }, set Color(color: unknown) { styleAll(context, areas, "fill", bgr(color)); } }, counter);
    },
    get Font() {
      return strict("Font", {
        set Bold(bold: unknown) { styleAll(context, areas, "bold", bold); },
        get Bold() { return uniform(positions().map(([r, c]) => sheet.cells.get(key(r, c))?.style.bold ?? false)); },
        set Color(color: unknown) { styleAll(context, areas, "fontColor", bgr(color)); },
        get Color() { return uniform(positions().map(([r, c]) => sheet.cells.get(key(r, c))?.style.fontColor ?? 0)); },
        set Size(size: unknown) { styleAll(context, areas, "fontSize", size); },
        get Size() { return uniform(positions().map(([r, c]) => sheet.cells.get(key(r, c))?.style.fontSize)); },
      }, counter);
    },
    get Borders() {
      const area = first();
      const border = (edge: number) => {
        const found = sheet.borders.find((entry) => entry.edge === edge && entry.range.top === area.top && entry.range.left === area.left && entry.range.bottom === area.bottom && entry.range.right === area.right);
        if (found) return found;
        const entry: { range: CellRange; edge: number; lineStyle?: number; weight?: number; color?: number } = { range: area, edge };
        sheet.borders.push(entry);
        return entry;
      };
      // Set on the collection, a setting applies to the four edges and the inside lines.
      const all = () => [7, 8, 9, 10, 11, 12].map(border);
      return strict("Borders", {
        Item(edge: unknown) {
          if (![7, 8, 9, 10, 11, 12].includes(edge as number)) throw new WpsStandInError(`Borders.Item(${String(edge)})`);
          const entry = border(edge as number);
          return strict("Border", {
            set LineStyle(value: unknown) { entry.lineStyle = Number(value); },
            get LineStyle() { return entry.lineStyle; },
            set Weight(value: unknown) { entry.weight = Number(value); },
            get Weight() { return entry.weight; },
            set Color(value: unknown) { entry.color = bgr(value); },
            get Color() { return entry.color; },
          }, counter);
        },
        set LineStyle(value: unknown) { for (const entry of all()) entry.lineStyle = Number(value); },
        get LineStyle() { return uniform(all().map((entry) => entry.lineStyle)); },
        set Weight(value: unknown) { for (const entry of all()) entry.weight = Number(value); },
        get Weight() { return uniform(all().map((entry) => entry.weight)); },
        set Color(value: unknown) { const color = bgr(value); for (const entry of all()) entry.color = color; },
        get Color() { return uniform(all().map((entry) => entry.color)); },
      }, counter);
    },
    get FormatConditions() {
      const area = first();
      const add = (rule: RuleState) => { sheet.rules.push(rule); return ruleObject(context, rule); };
      return strict("FormatConditions", {
        get Count() { return rulesOver(sheet, area).length; },
        Item(index: unknown) {
          const rule = rulesOver(sheet, area)[(index as number) - 1];
          if (!Number.isInteger(index) || !rule) throw new WpsStandInError(`FormatConditions.Item(${String(index)}) is 1-based, of ${rulesOver(sheet, area).length}`);
          return ruleObject(context, rule);
        },
        Add(type: unknown, operator: unknown, formula1: unknown) {
          if (type !== 1 && type !== 2) throw new WpsStandInError(`FormatConditions.Add type ${String(type)}`);
          if (typeof formula1 !== "string" || !formula1.startsWith("=")) throw new WpsStandInError(`FormatConditions.Add formula ${String(formula1)}`);
          return add({ type, range: { ...area }, operator: typeof operator === "number" ? operator : null, formula1, fill: null, fontColor: null, barColor: null });
        },
        AddDatabar() {
          return add({ type: 4, range: { ...area }, operator: null, formula1: "", fill: null, fontColor: null, barColor: null });
        },
      }, counter);
    },
    get Validation() {
      const area = first();
      const found = () => sheet.validations.find((validation) => validation.range.top === area.top && validation.range.left === area.left && validation.range.bottom === area.bottom && validation.range.right === area.right);
      const current = () => { const validation = found(); if (!validation) throw new WpsStandInError("Validation set before Validation.Add"); return validation; };
      return strict("Validation", {
        Delete() { sheet.validations = sheet.validations.filter((validation) => !overlaps(validation.range, area)); },
        Add(type: number, alertStyle: number, operator: number, formula1: string, formula2: string) {
          if (found()) throw new WpsStandInError("Validation.Add over an existing validation (Delete it first)");
          sheet.validations.push({ range: { ...area }, type, alertStyle, operator, formula1, formula2, title: "", message: "", showError: true });
        },
        set ErrorTitle(title: unknown) { current().title = String(title); },
        get ErrorTitle() { return current().title; },
        set ErrorMessage(message: unknown) { current().message = String(message); },
        get ErrorMessage() { return current().message; },
        set ShowError(show: unknown) { current().showError = Boolean(show); },
        get ShowError() { return current().showError; },
      }, counter);
    },
    SpecialCells(type: unknown) {
      if (type !== -4123) throw new WpsStandInError(`SpecialCells(${String(type)})`);
      const found = positions().filter(([r, c]) => sheet.cells.get(key(r, c))?.formula !== undefined);
      if (found.length === 0) throw new Error("No cells were found.");
      return rangeObject(context, found.map(([r, c]) => ({ top: r, left: c, bottom: r, right: c })));
    },
    get Left() { let left = 0; for (let c = 0; c < first().left; c += 1) left += (sheet.columnWidths.get(c) ?? 8.43) * 6.4; return left; },
    get Top() { return first().top * ROW_POINTS; },
    get Width() { const area = first(); return (area.right - area.left + 1) * COLUMN_POINTS; },
    get Height() { const area = first(); return (area.bottom - area.top + 1) * ROW_POINTS; },
  };
  return strict("Range", members, counter);
}
