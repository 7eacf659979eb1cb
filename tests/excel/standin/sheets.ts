/**
 * The stand-in's worksheets: the collection (get, add, active sheet), a worksheet (ranges by
 * address or index, the used range, delete, rename), its charts and its frozen panes.
 */
import { inSheet, parseA1, SHEET_COLUMNS, SHEET_ROWS, type Rect } from "./a1";
import { itemProperties, StandInObject, type StandInContext } from "./context";
import { StandInError } from "./errors";
import { facet } from "./facet";
import { findSheet, newSheet, usedRect, type SheetModel } from "./model";
import { StandInRange } from "./range";

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/u;

/** Excel's rules for a sheet name. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || INVALID_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new StandInError("InvalidArgument", `'${name}' is not a valid sheet name.`);
  }
}

export class StandInWorksheet extends StandInObject {
  protected readonly typeName = "Worksheet";
  protected readonly scalars = ["name", "visibility", "position"] as const;
  private memo: SheetModel | null | undefined;
  private readonly resolver: () => SheetModel | null;

  constructor(context: StandInContext, resolver: () => SheetModel | null, nullable = false) {
    super(context);
    this.resolver = resolver;
    if (nullable) this.settleNullness(() => this.resolve() === null);
  }

  private resolve(): SheetModel | null {
    if (this.memo === undefined) this.memo = this.resolver();
    return this.memo;
  }

  /** The sheet of an action; throws when it does not exist (any more). */
  live(): SheetModel {
    const sheet = this.resolve();
    if (!sheet || !this.context.model.sheets.includes(sheet)) {
      throw new StandInError("ItemNotFound", "The requested worksheet does not exist.", "Worksheet");
    }
    return sheet;
  }

  protected capture(property: string): unknown {
    const sheet = this.live();
    if (property === "name") return sheet.name;
    if (property === "visibility") return sheet.visibility;
    return this.context.model.sheets.indexOf(sheet);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.context.queueWrite("Worksheet.name", name, () => {
      const sheet = this.live();
      checkSheetName(name);
      const other = findSheet(this.context.model, name);
      if (other && other !== sheet) throw new StandInError("ItemAlreadyExists", `A sheet named '${name}' exists.`);
      renameSheet(this.context, sheet, name);
    });
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: string) {
    this.context.queueWrite("Worksheet.visibility", visibility, () => {
      this.live().visibility = visibility as SheetModel["visibility"];
    });
  }
  get position(): number {
    return this.loadedValue("position");
  }

  getRange(address?: string): StandInRange {
    return new StandInRange(this.context, () => {
      const sheet = this.live();
      if (address === undefined) return { sheet, rect: { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1 } };
      const rect = parseA1(address);
      if (!rect) throw new StandInError("InvalidArgument", `'${address}' is not a valid address.`);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): StandInRange {
    const rect: Rect = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    const range = new StandInRange(this.context, () => ({ sheet: this.live(), rect }));
    this.context.queueRead("Worksheet.getRangeByIndexes", () => {
      if (![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) || rowCount < 1 || columnCount < 1 || !inSheet(rect)) {
        throw new StandInError("InvalidArgument", `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`);
      }
      return null;
    }, "1.7");
    return range;
  }

  getUsedRange(valuesOnly = false): StandInRange {
    return new StandInRange(this.context, () => {
      const sheet = this.live();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): StandInRange {
    return new StandInRange(
      this.context,
      () => {
        const sheet = this.live();
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  /** The sheet of a write to its contents or layout; throws AccessDenied on a protected sheet. */
  writable(): SheetModel {
    const sheet = this.live();
    if (this.context.runtime.protectedSheets.has(sheet.name.toLowerCase())) {
      throw new StandInError("AccessDenied", `The sheet '${sheet.name}' is protected.`, "Worksheet");
    }
    return sheet;
  }

  delete(): void {
    this.context.queueWrite("Worksheet.delete", null, () => {
      const model = this.context.model;
      const sheet = this.live();
      refuseUnderStructureProtection(this.context, "delete");
      // A very hidden sheet cannot be deleted until it is made hidden or visible (office-js #365:
      // https://github.com/OfficeDev/office-js/issues/365, documented by office-js-docs-pr #754).
      if (sheet.visibility === "VeryHidden") {
        throw new StandInError("InvalidOperation", `The very hidden sheet '${sheet.name}' cannot be deleted.`, "Worksheet.delete");
      }
      if (model.sheets.filter((other) => other.visibility === "Visible" && other !== sheet).length === 0) {
        throw new StandInError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      }
      model.sheets = model.sheets.filter((other) => other !== sheet);
      for (const named of model.names) if (named.sheet === sheet.name) named.sheet = null;
      if (model.active === sheet.name) model.active = model.sheets.find((other) => other.visibility === "Visible")?.name ?? "";
    });
  }

  activate(): void {
    this.context.queueWrite("Worksheet.activate", null, () => {
      this.context.model.active = this.live().name;
    });
  }

  get charts(): { add(type: string, source: StandInRange, seriesBy?: string): Record<string, unknown> } {
    return { add: (type, source, seriesBy = "Auto") => addChart(this.context, this, type, source, seriesBy) };
  }

  get pageLayout(): Record<string, unknown> {
    const set = (field: string, check: (value: unknown) => void = () => undefined) => (value: unknown) => {
      check(value);
      this.writable().pageLayout[field] = value;
    };
    const margins = Object.fromEntries(MARGINS.map((field) => [field, set(field, pointsMargin)]));
    const headerFooter = () => ({
      defaultForAllPages: facet(this.context, "HeaderFooter", { centerFooter: set("centerFooter", text) }, {}, "1.9"),
    });
    const layout = facet(
      this.context,
      "PageLayout",
      { orientation: set("orientation", oneOf(["Portrait", "Landscape"])), paperSize: set("paperSize", oneOf(PAPER_SIZES)), zoom: set("zoom", checkZoom), ...margins },
      { headersFooters: headerFooter },
      "1.9",
    );
    // setPrintTitleRows takes a Range or an address (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout).
    layout.setPrintTitleRows = (address: unknown) =>
      this.context.queueWrite("PageLayout.setPrintTitleRows", address, () => {
        if (typeof address !== "string" || !/^\$\d+:\$\d+$/u.test(address)) throw new StandInError("InvalidArgument", `'${String(address)}' is not a row range.`);
        this.writable().pageLayout.printTitleRows = address;
      }, "1.9");
    return layout;
  }

  get freezePanes(): { freezeRows(count: number): void } {
    return {
      freezeRows: (count: number) =>
        this.context.queueWrite("WorksheetFreezePanes.freezeRows", count, () => {
          this.writable().freezeRows = count;
        }, "1.7"),
    };
  }
}

/** Sheets can be neither added nor deleted while the workbook's structure is protected. */
function refuseUnderStructureProtection(context: StandInContext, action: string): void {
  if (context.runtime.structureProtected) {
    throw new StandInError("AccessDenied", `The workbook's structure is protected: a sheet cannot be ${action === "add" ? "added" : "deleted"}.`, `Worksheet.${action}`);
  }
}

/** PageLayout's margins, in points. */
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"];

/** A margin is a non-negative number of points. */
function pointsMargin(value: unknown): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new StandInError("InvalidArgument", `'${String(value)}' is not a margin.`);
}

/** A header or footer section is text. */
function text(value: unknown): void {
  if (typeof value !== "string") throw new StandInError("InvalidArgument", `'${String(value)}' is not text.`);
}

/** `Excel.PaperType` values the stand-in knows. */
const PAPER_SIZES = ["Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5"];

/** An enum property takes one of its values, as Excel refuses any other with InvalidArgument. */
function oneOf(values: readonly string[]): (value: unknown) => void {
  return (value) => {
    if (typeof value !== "string" || !values.includes(value)) throw new StandInError("InvalidArgument", `'${String(value)}' is not one of ${values.join(", ")}.`);
  };
}

/**
 * `pageLayout.zoom` as the reference describes it: `scale` between 10 and 400, or
 * `horizontalFitToPages` / `verticalFitToPages` as page counts; each may be null when the other
 * way is used. A page count of 0 (or anything else) is refused.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
 */
export function checkZoom(value: unknown): void {
  const refuse = (why: string) => {
    throw new StandInError("InvalidArgument", `Invalid zoom ${JSON.stringify(value)}: ${why}.`, "PageLayout.zoom");
  };
  if (typeof value !== "object" || value === null) return refuse("not an object");
  const zoom = value as Record<string, unknown>;
  const keys = Object.keys(zoom);
  if (keys.length === 0 || keys.some((key) => !["scale", "horizontalFitToPages", "verticalFitToPages"].includes(key))) return refuse("unknown fields");
  const pages = (field: string) => {
    const count = zoom[field];
    if (count === undefined || count === null) return;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > 32_767) refuse(`${field} must be a page count`);
  };
  pages("horizontalFitToPages");
  pages("verticalFitToPages");
  const scale = zoom.scale;
  if (scale !== undefined && scale !== null && (typeof scale !== "number" || scale < 10 || scale > 400)) refuse("scale must be between 10 and 400");
}

/** Renames a sheet, carrying the names that point at it (as Excel does). */
export function renameSheet(context: StandInContext, sheet: SheetModel, name: string): void {
  const model = context.model;
  for (const named of model.names) if (named.sheet === sheet.name) named.sheet = name;
  if (model.active === sheet.name) model.active = name;
  sheet.name = name;
}

/** `charts.add`: a chart of a source range, with a title facet and `setPosition`. */
function addChart(context: StandInContext, worksheet: StandInWorksheet, type: string, source: StandInRange, seriesBy: string): Record<string, unknown> {
  let chart: SheetModel["charts"][number] | undefined;
  context.queueWrite("ChartCollection.add", { type, seriesBy }, () => {
    const sheet = worksheet.writable();
    const target = source.live();
    chart = { id: (context.model.nextId += 1), type, source: target.rect, seriesBy };
    sheet.charts.push(chart);
  });
  const live = () => {
    if (!chart) throw new StandInError("ItemNotFound", "The chart was not created.");
    return chart;
  };
  const made = facet(context, "Chart", {}, {
    title: () => facet(context, "ChartTitle", { text: (value) => (live().title = String(value)) }),
  });
  Object.defineProperty(made, "setPosition", {
    value: (start: string, end?: string) =>
      context.queueWrite("Chart.setPosition", { start, end }, () => {
        if (!parseA1(start) || (end !== undefined && !parseA1(end))) throw new StandInError("InvalidArgument", "Invalid chart position.");
        live().position = end === undefined ? { start } : { start, end };
      }),
  });
  return made;
}

export class StandInWorksheetCollection extends StandInObject {
  protected readonly typeName = "WorksheetCollection";
  protected readonly scalars = [] as const;
  private loadedItems: StandInWorksheet[] | undefined;

  protected capture(): unknown {
    return null;
  }

  override load(spec?: unknown): this {
    const properties = itemProperties(spec, ["name", "visibility", "position"], this.typeName);
    this.context.queueRead("WorksheetCollection.load", () => {
      const model = this.context.model;
      this.loadedItems = model.sheets.map((sheet) => new StandInWorksheet(this.context, () => sheet));
      const snapshot = model.sheets.map((sheet, position) =>
        Object.fromEntries(properties.map((property) => [property, property === "name" ? sheet.name : property === "visibility" ? sheet.visibility : position])),
      );
      this.loadedItems.forEach((item, i) => item.adopt(snapshot[i] ?? {}));
      return snapshot;
    });
    return this;
  }

  get items(): StandInWorksheet[] {
    if (!this.loadedItems) return this.loadedValue("items");
    return this.loadedItems;
  }

  getItem(name: string): StandInWorksheet {
    return new StandInWorksheet(this.context, () => findSheet(this.context.model, name) ?? null);
  }

  getItemOrNullObject(name: string): StandInWorksheet {
    return new StandInWorksheet(this.context, () => findSheet(this.context.model, name) ?? null, true);
  }

  getActiveWorksheet(): StandInWorksheet {
    return new StandInWorksheet(this.context, () => findSheet(this.context.model, this.context.model.active) ?? null);
  }

  add(name?: string): StandInWorksheet {
    let created: SheetModel | undefined;
    this.context.queueWrite("WorksheetCollection.add", name ?? null, () => {
      const model = this.context.model;
      refuseUnderStructureProtection(this.context, "add");
      const chosen = name ?? `Sheet${model.sheets.length + 1}`;
      checkSheetName(chosen);
      if (findSheet(model, chosen)) throw new StandInError("ItemAlreadyExists", `A sheet named '${chosen}' already exists.`);
      created = newSheet(chosen);
      model.sheets.push(created);
    });
    return new StandInWorksheet(this.context, () => created ?? null);
  }
}
