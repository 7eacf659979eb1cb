/**
 * The stand-in's `Range`: bounded reads (a read over `maxReadCells` throws, one over
 * `nullValuesOverCells` answers null as Excel may), writes whose arrays
 * must match the range's shape exactly (or one format for all cells), Excel's coercion of written
 * strings, clearing and merging; its formats, rules and validation are in `range-format.ts`.
 */
import { cellA1, quoteSheet, rectA1, rectCells, type Rect } from "./a1";
import { StandInObject, type StandInContext } from "./context";
import { StandInError } from "./errors";
import { StandInRangeAreas } from "./areas";
import { cellKey, storedCellsIn, usedRectWithin, clearRect, coerceWritten, mergeRect, mergesStartingIn, tidyCell, touchCell, unmergeRect, type SheetModel } from "./model";
import { conditionalFormatsFacet, dataValidationFacet, formatFacet, type StandInConditionalFormats } from "./range-format";

/** Where a range proxy points once resolved. */
export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

/** The most characters a cell holds. */
const CELL_TEXT_LIMIT = 32_767;

const RANGE_SCALARS = ["values", "numberFormat", "formulas", "text", "address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount"] as const;

export class StandInRange extends StandInObject {
  protected readonly typeName = "Range";
  protected readonly scalars = RANGE_SCALARS;
  private memo: RangeTarget | null | undefined;
  private readonly resolver: () => RangeTarget | null;

  constructor(context: StandInContext, resolver: () => RangeTarget | null, nullable = false) {
    super(context);
    this.resolver = resolver;
    if (nullable) this.settleNullness(() => this.resolve() === null);
  }

  /** The target, resolved once (at the first action that needs it). */
  resolve(): RangeTarget | null {
    if (this.memo === undefined) this.memo = this.resolver();
    return this.memo;
  }

  /** The target of an action; throws when null or when its sheet was deleted since. */
  live(): RangeTarget {
    const target = this.resolve();
    if (!target) throw new StandInError("ItemNotFound", "The range does not exist (null object).", "Range");
    if (!this.context.model.sheets.includes(target.sheet)) {
      throw new StandInError("ItemNotFound", `The sheet '${target.sheet.name}' no longer exists.`, "Range");
    }
    return target;
  }

  /** The target of a write; throws AccessDenied on a protected sheet. */
  writable(): RangeTarget {
    const target = this.live();
    if (this.context.runtime.protectedSheets.has(target.sheet.name.toLowerCase())) {
      throw new StandInError("AccessDenied", `The sheet '${target.sheet.name}' is protected.`, "Range");
    }
    return target;
  }

  protected capture(property: string): unknown {
    const { sheet, rect } = this.live();
    switch (property) {
      case "values":
      case "numberFormat":
      case "formulas":
      case "text":
        return this.readCells(sheet, rect, property);
      case "address":
        return `${quoteSheet(sheet.name)}!${rectA1(rect)}`;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "cellCount":
        return rectCells(rect);
      default:
        throw new StandInError("InvalidArgument", `Range has no property '${property}'.`);
    }
  }

  private readCells(sheet: SheetModel, rect: Rect, property: string): unknown[][] | null {
    const cells = rectCells(rect);
    // Over five million cells Excel may answer null rather than throw (`nullValuesOverCells`).
    if (cells > this.context.runtime.options.nullValuesOverCells) return null;
    if (cells > this.context.runtime.options.maxReadCells) {
      throw new StandInError(
        "ResponsePayloadSizeLimitExceeded",
        `Reading ${property} of ${rectA1(rect)} (${cells} cells) exceeds the bound of ${this.context.runtime.options.maxReadCells} cells: read bounded ranges.`,
        `Range.${property}`,
      );
    }
    const rows: unknown[][] = [];
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      const line: unknown[] = [];
      for (let column = rect.left; column <= rect.right; column += 1) {
        const cell = sheet.cells.get(cellKey(row, column));
        if (property === "values") line.push(cell ? cell.value : "");
        else if (property === "numberFormat") line.push(cell?.numberFormat ?? "General");
        else if (property === "formulas") line.push(cell ? (cell.formula ?? cell.value) : "");
        else line.push(cell ? String(cell.value) : "");
      }
      rows.push(line);
    }
    return rows;
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(values: unknown[][]) {
    this.context.queueWrite("Range.values", values, () => {
      const { sheet, rect } = this.writable();
      requireShape(values, rect, "values");
      values.forEach((line, i) =>
        line.forEach((value, j) => {
          if (value === null || value === undefined) return;
          if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
            throw new StandInError("InvalidArgument", `Unsupported value ${JSON.stringify(value)} at ${cellA1(rect.top + i, rect.left + j)}.`);
          }
          // A cell holds at most 32,767 characters ("Excel specifications and limits").
          if (typeof value === "string" && value.length > CELL_TEXT_LIMIT) {
            throw new StandInError("InvalidArgument", `${value.length} characters at ${cellA1(rect.top + i, rect.left + j)}: a cell holds at most ${CELL_TEXT_LIMIT}.`);
          }
          const cell = touchCell(sheet, rect.top + i, rect.left + j);
          const written = coerceWritten(value, cell.numberFormat);
          cell.value = written.value;
          if (written.formula === undefined) delete cell.formula;
          else cell.formula = written.formula;
          if (written.format && (cell.numberFormat === undefined || cell.numberFormat === "General")) cell.numberFormat = written.format;
          tidyCell(sheet, rect.top + i, rect.left + j);
        }),
      );
    });
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  /** A 2D array of the range's shape, or one format for every cell (as Office allows). */
  set numberFormat(formats: unknown[][]) {
    this.context.queueWrite("Range.numberFormat", formats, () => {
      const { sheet, rect } = this.writable();
      const single = typeof formats === "string" ? (formats as string) : null;
      if (single === null) requireShape(formats, rect, "numberFormat");
      for (let row = rect.top; row <= rect.bottom; row += 1) {
        for (let column = rect.left; column <= rect.right; column += 1) {
          const format = single ?? formats[row - rect.top]?.[column - rect.left];
          if (format === null || format === undefined) continue;
          const cell = touchCell(sheet, row, column);
          if (format === "General") delete cell.numberFormat;
          else cell.numberFormat = String(format);
          tidyCell(sheet, row, column);
        }
      }
    });
  }

  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  get text(): unknown[][] {
    return this.loadedValue("text");
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }

  /**
   * `range.style = "Normal"` (ExcelApi 1.7): the Normal cell style replaces every cell format of
   * the range (number format, font, fill, borders, alignment); conditional formats are not part of
   * a cell style and stay. The stand-in models the built-in Normal style only.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-style-member
   */
  set style(name: string) {
    this.context.queueWrite("Range.style", name, () => {
      if (name !== "Normal") throw new StandInError("InvalidArgument", `The stand-in models the Normal style only, not '${name}'.`, "Range.style");
      const { sheet, rect } = this.writable();
      for (const { row, column, cell } of storedCellsIn(sheet, rect)) {
        delete cell.numberFormat;
        delete cell.style;
        tidyCell(sheet, row, column);
      }
    }, "1.7");
  }
  get style(): string {
    return this.loadedValue("style");
  }

  clear(applyTo: string = "All"): void {
    this.context.queueWrite("Range.clear", applyTo, () => {
      const { sheet, rect } = this.writable();
      clearRect(sheet, rect, applyTo);
    });
  }

  merge(across = false): void {
    this.context.queueWrite("Range.merge", across, () => {
      const { sheet, rect } = this.writable();
      const rows = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
      for (const part of rows) {
        if (mergeRect(sheet, part) === "overlap") {
          throw new StandInError("InvalidArgument", `Cannot merge ${rectA1(part)}: it overlaps a merged area partly.`);
        }
      }
    });
  }

  select(): void {
    this.context.queueWrite("Range.select", null, () => {
      const { sheet, rect } = this.live();
      if (this.context.model.active.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new StandInError("InvalidOperation", `Cannot select a range on '${sheet.name}': it is not the active sheet.`, "Range.select");
      }
      this.context.runtime.selection = { sheet: sheet.name, rects: [rect] };
    });
  }

  unmerge(): void {
    this.context.queueWrite("Range.unmerge", null, () => {
      const { sheet, rect } = this.writable();
      unmergeRect(sheet, rect);
    });
  }

  /**
   * `getUsedRangeOrNullObject(valuesOnly)` (ExcelApi 1.4): the used cells within this range, or a
   * null object when none is used.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)
   */
  getUsedRangeOrNullObject(valuesOnly = false): StandInRange {
    return new StandInRange(
      this.context,
      () => {
        const target = this.resolve();
        if (!target) return null;
        const rect = usedRectWithin(target.sheet, target.rect, valuesOnly);
        return rect ? { sheet: target.sheet, rect } : null;
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): StandInRangeAreas {
    return new StandInRangeAreas(this.context, () => {
      const target = this.resolve();
      if (!target) return null;
      const merges = mergesStartingIn(target.sheet, target.rect);
      if (merges.length > this.context.runtime.options.maxMergedAreas) {
        throw new StandInError("GeneralException", `More than ${this.context.runtime.options.maxMergedAreas} merged areas in the range.`, "Range.getMergedAreasOrNullObject");
      }
      return merges.length === 0 ? null : { sheet: target.sheet, rects: merges };
    });
  }

  /**
   * `getSpecialCellsOrNullObject(cellType)` (ExcelApi 1.9): the cells of this range that hold
   * formulas ("Formulas") or constants ("Constants"), as areas; a null object when there are none.
   * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells
   */
  getSpecialCellsOrNullObject(cellType: string): StandInRangeAreas {
    return new StandInSpecialCells(this.context, () => this.specialCells(cellType), { nullable: true, version: "1.9" });
  }

  /** `getSpecialCells(cellType)`: as {@link getSpecialCellsOrNullObject}, but `ItemNotFound` when there are none. */
  getSpecialCells(cellType: string): StandInRangeAreas {
    return new StandInSpecialCells(this.context, () => {
      const found = this.specialCells(cellType);
      if (!found) throw new StandInError("ItemNotFound", "No cells were found.", "Range.getSpecialCells");
      return found;
    }, { nullable: false, version: "1.9" });
  }

  private specialCells(cellType: string): { sheet: SheetModel; rects: Rect[] } | null {
    if (cellType !== "Formulas" && cellType !== "Constants") {
      throw new StandInError("InvalidArgument", `The stand-in models special cells of type Formulas and Constants only, not ${cellType}.`, "Range.getSpecialCells");
    }
    const target = this.resolve();
    if (!target) return null;
    const cells = storedCellsIn(target.sheet, target.rect).filter(({ cell }) =>
      cellType === "Formulas" ? cell.formula !== undefined : cell.formula === undefined && cell.value !== "",
    );
    const rects = areasOfCells(cells);
    return rects.length === 0 ? null : { sheet: target.sheet, rects };
  }

  get format(): Record<string, unknown> {
    return formatFacet(this.context, () => this.writable());
  }

  get conditionalFormats(): StandInConditionalFormats {
    return conditionalFormatsFacet(this.context, () => this.writable(), () => this.live());
  }

  get dataValidation(): Record<string, unknown> {
    return dataValidationFacet(this.context, () => this.writable());
  }
}

/** An array written to a range must have exactly the range's rows and columns. */
function requireShape(array: unknown, rect: Rect, property: string): asserts array is unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  const fits = Array.isArray(array) && array.length === rows && array.every((row) => Array.isArray(row) && row.length === columns);
  if (!fits) {
    const shape = Array.isArray(array) ? `${array.length}×${Array.isArray(array[0]) ? array[0].length : "?"}` : typeof array;
    throw new StandInError(
      "InvalidArgument",
      `The number of rows or columns in the input array (${shape}) doesn't match the size or dimensions of the range ${rectA1(rect)} (${rows}×${columns}) for ${property}.`,
      `Range.${property}`,
    );
  }
}

/**
 * Cells as areas, as Excel reports them: runs along each row, runs of equal columns on
 * consecutive rows joined into one rectangle.
 */
function areasOfCells(cells: readonly { row: number; column: number }[]): Rect[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: Rect[] = [];
  for (const { row, column } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right === column - 1) last.right = column;
    else runs.push({ top: row, left: column, bottom: row, right: column });
  }
  const areas: Rect[] = [];
  for (const run of runs) {
    const above = areas.find((area) => area.bottom === run.top - 1 && area.left === run.left && area.right === run.right);
    if (above) above.bottom = run.bottom;
    else areas.push(run);
  }
  return areas;
}

/** The `RangeAreas` of special cells: its loads are labelled `SpecialCells.load`, so a test can make Excel refuse them. */
class StandInSpecialCells extends StandInRangeAreas {
  protected override readonly typeName: string = "SpecialCells";
}
