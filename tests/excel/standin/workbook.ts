/**
 * The stand-in's workbook-level objects: defined names (workbook scope), custom properties (cut to
 * 255 characters as desktop Excel does, unless told otherwise), and the application's
 * screen-updating suspension.
 */
import { parseA1, quoteSheet, rectA1, type Rect } from "./a1";
import { itemProperties, StandInObject, type StandInContext } from "./context";
import { StandInError } from "./errors";
import { findSheet, type NameModel, type SheetModel } from "./model";
import { StandInRangeAreas } from "./areas";
import { StandInRange } from "./range";
import { StandInWorksheetCollection } from "./sheets";

/** Excel's rules for a defined name: letters, digits, `_`, `.`, `\`, not a cell reference, ≤ 255. */
function checkName(name: string): void {
  const shape = /^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\\\u0080-\uFFFF]*$/u.test(name);
  const cellLike = /^[A-Za-z]{1,3}\d+$/u.test(name) || /^[RrCc]\d*$/u.test(name) || /^R\d+C\d+$/iu.test(name);
  if (!shape || cellLike || name.length > 255) throw new StandInError("InvalidArgument", `'${name}' is not a valid name.`);
}

/** A name's formula as Excel shows it: `='评估汇总'!$A$1`, or `=#REF!` once its sheet is gone. */
export function nameFormula(named: NameModel): string {
  return named.sheet === null ? "=#REF!" : `=${quoteSheet(named.sheet)}!${rectA1(named.rect, true)}`;
}

const NAME_PROPERTIES = ["name", "formula", "type", "value", "visible"] as const;

class StandInNamedItem extends StandInObject {
  protected readonly typeName = "NamedItem";
  protected readonly scalars = NAME_PROPERTIES;
  private readonly resolver: () => NameModel | null;

  constructor(context: StandInContext, resolver: () => NameModel | null, nullable = false) {
    super(context);
    this.resolver = resolver;
    if (nullable) this.settleNullness(() => this.resolver() === null);
  }

  private live(): NameModel {
    const named = this.resolver();
    if (!named) throw new StandInError("ItemNotFound", "The requested name does not exist.", "NamedItem");
    return named;
  }

  protected capture(property: string): unknown {
    return nameProperty(this.live(), property);
  }

  protected override loadVersion(properties: readonly string[]): string | undefined {
    return properties.includes("formula") ? "1.7" : undefined;
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get value(): string {
    return this.loadedValue("value");
  }

  delete(): void {
    this.context.queueWrite("NamedItem.delete", null, () => {
      const named = this.live();
      this.context.model.names = this.context.model.names.filter((other) => other !== named);
    });
  }
}

function nameProperty(named: NameModel, property: string): unknown {
  switch (property) {
    case "name":
      return named.name;
    case "formula":
      return nameFormula(named);
    case "type":
      return named.sheet === null ? "Error" : "Range";
    case "value":
      return named.sheet === null ? "#REF!" : `${quoteSheet(named.sheet)}!${rectA1(named.rect, true)}`;
    default:
      return true;
  }
}

class StandInNamedItemCollection extends StandInObject {
  protected readonly typeName = "NamedItemCollection";
  protected readonly scalars = [] as const;
  private loadedItems: StandInNamedItem[] | undefined;

  protected capture(): unknown {
    return null;
  }

  override load(spec?: unknown): this {
    const properties = itemProperties(spec, NAME_PROPERTIES, this.typeName);
    this.context.queueRead("NamedItemCollection.load", () => {
      const names = [...this.context.model.names];
      this.loadedItems = names.map((named) => new StandInNamedItem(this.context, () => (this.context.model.names.includes(named) ? named : null)));
      const snapshot = names.map((named) => Object.fromEntries(properties.map((property) => [property, nameProperty(named, property)])));
      this.loadedItems.forEach((item, i) => item.adopt(snapshot[i] ?? {}));
      return snapshot;
    }, properties.includes("formula") ? "1.7" : undefined);
    return this;
  }

  get items(): StandInNamedItem[] {
    if (!this.loadedItems) return this.loadedValue("items");
    return this.loadedItems;
  }

  private find(name: string): NameModel | null {
    return this.context.model.names.find((named) => named.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  getItem(name: string): StandInNamedItem {
    return new StandInNamedItem(this.context, () => this.find(name));
  }

  getItemOrNullObject(name: string): StandInNamedItem {
    return new StandInNamedItem(this.context, () => this.find(name), true);
  }

  add(name: string, reference: StandInRange | string): StandInNamedItem {
    let created: NameModel | undefined;
    this.context.queueWrite("NamedItemCollection.add", { name, reference: typeof reference === "string" ? reference : "range" }, () => {
      checkName(name);
      if (this.find(name)) throw new StandInError("ItemAlreadyExists", `The name '${name}' already exists.`);
      created = { name, ...referenceTarget(reference) };
      this.context.model.names.push(created);
    });
    return new StandInNamedItem(this.context, () => created ?? null);
  }
}

/** Where a name added with a range or an address string points. */
function referenceTarget(reference: StandInRange | string): { sheet: string; rect: Rect } {
  if (typeof reference !== "string") {
    const target = reference.live();
    return { sheet: target.sheet.name, rect: target.rect };
  }
  const match = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/u.exec(reference.trim());
  const rect = match ? parseA1(match[3] ?? "") : null;
  if (!match || !rect) throw new StandInError("InvalidArgument", `'${reference}' is not a reference.`);
  return { sheet: match[1]?.replace(/''/gu, "'") ?? match[2] ?? "", rect };
}

/**
 * Windows Excel hangs and then crashes when an add-in loads a custom property whose value is over
 * 255 characters (office-js #4378: https://github.com/OfficeDev/office-js/issues/4378, and #4002:
 * https://github.com/OfficeDev/office-js/issues/4002); such a value can be planted by Excel on the
 * web, another add-in or VBA. The desktop stand-in fails the sync instead of hanging.
 */
function refuseLongValues(context: StandInContext, items: readonly { key: string; value: string }[]): void {
  if (context.runtime.options.platform !== "desktop") return;
  const long = items.find((item) => item.value.length > 255);
  if (long) throw new StandInError("HostCrashed", `Excel stopped responding while loading the value of custom property '${long.key}' (${long.value.length} characters).`);
}

/**
 * What Excel stores for a custom property's value: text as it is, numbers, booleans and dates as
 * their own types (`CustomProperty.type`: String, Number, Boolean, Date), anything else refused.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.customproperty
 */
function storedPropertyValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  throw new StandInError("InvalidArgument", `A custom property's value cannot be ${JSON.stringify(value)}.`);
}

class StandInCustomProperty extends StandInObject {
  protected readonly typeName = "CustomProperty";
  protected readonly scalars = ["key", "value", "type"] as const;
  private readonly resolver: () => { key: string; value: string } | null;

  constructor(context: StandInContext, resolver: () => { key: string; value: string } | null, nullable = false) {
    super(context);
    this.resolver = resolver;
    if (nullable) this.settleNullness(() => this.resolver() === null, "1.7");
  }

  protected capture(property: string): unknown {
    const item = this.resolver();
    if (!item) {
      if (this.isNullNow()) return null;
      throw new StandInError("ItemNotFound", "The custom property does not exist.", "CustomProperty");
    }
    if (property === "value") refuseLongValues(this.context, [item]);
    return property === "type" ? "String" : item[property as "key" | "value"];
  }

  get key(): string {
    return this.loadedValue("key");
  }
  get value(): string {
    return this.loadedValue("value");
  }

  delete(): void {
    this.context.queueWrite("CustomProperty.delete", null, () => {
      const item = this.resolver();
      if (!item) throw new StandInError("ItemNotFound", "The custom property does not exist.", "CustomProperty");
      this.context.model.properties.delete(item.key.toLowerCase());
    }, "1.7");
  }
}

class StandInCustomPropertyCollection extends StandInObject {
  protected readonly typeName = "CustomPropertyCollection";
  protected readonly scalars = [] as const;
  private loadedItems: StandInCustomProperty[] | undefined;

  protected capture(): unknown {
    return null;
  }

  override load(spec?: unknown): this {
    const properties = itemProperties(spec, ["key", "value", "type"], this.typeName);
    this.context.queueRead("CustomPropertyCollection.load", () => {
      const items = [...this.context.model.properties.values()];
      if (properties.includes("value")) refuseLongValues(this.context, items);
      this.loadedItems = items.map((item) => new StandInCustomProperty(this.context, () => this.context.model.properties.get(item.key.toLowerCase()) ?? null));
      const snapshot = items.map((item) => Object.fromEntries(properties.map((property) => [property, property === "type" ? "String" : item[property as "key" | "value"]])));
      this.loadedItems.forEach((proxy, i) => proxy.adopt(snapshot[i] ?? {}));
      return snapshot;
    }, "1.7");
    return this;
  }

  get items(): StandInCustomProperty[] {
    if (!this.loadedItems) return this.loadedValue("items");
    return this.loadedItems;
  }

  add(key: string, value: unknown): StandInCustomProperty {
    this.context.queueWrite("CustomPropertyCollection.add", { key, value }, () => {
      if (key.length === 0 || key.length > 255) throw new StandInError("InvalidArgument", `Custom property key of ${key.length} characters.`);
      const limit = this.context.runtime.options.propertyValueLimit;
      const text = storedPropertyValue(value);
      this.context.model.properties.set(key.toLowerCase(), { key, value: limit === null ? text : text.slice(0, limit) });
    }, "1.7");
    return new StandInCustomProperty(this.context, () => this.context.model.properties.get(key.toLowerCase()) ?? null);
  }

  getItem(key: string): StandInCustomProperty {
    return new StandInCustomProperty(this.context, () => this.context.model.properties.get(key.toLowerCase()) ?? null);
  }

  getItemOrNullObject(key: string): StandInCustomProperty {
    return new StandInCustomProperty(this.context, () => this.context.model.properties.get(key.toLowerCase()) ?? null, true);
  }
}

/** `workbook.protection` (ExcelApi 1.7): whether the workbook's structure is protected. */
class StandInWorkbookProtection extends StandInObject {
  protected readonly typeName = "WorkbookProtection";
  protected readonly scalars = ["protected"] as const;

  protected capture(): unknown {
    return this.context.runtime.structureProtected;
  }

  protected override loadVersion(): string {
    return "1.7";
  }

  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

/** `context.workbook`. */
export class StandInWorkbook {
  readonly worksheets: StandInWorksheetCollection;
  readonly names: StandInNamedItemCollection;
  readonly properties: { custom: StandInCustomPropertyCollection };
  readonly protection: StandInWorkbookProtection;
  private readonly context: StandInContext;

  constructor(context: StandInContext) {
    this.context = context;
    this.worksheets = new StandInWorksheetCollection(context);
    this.names = new StandInNamedItemCollection(context);
    this.properties = { custom: new StandInCustomPropertyCollection(context) };
    this.protection = new StandInWorkbookProtection(context);
  }

  /**
   * `getSelectedRange()`: the single selected range; fails with `InvalidSelection` when several
   * areas are selected ("If there are multiple ranges selected, this method will throw an error";
   * the code from office-js-docs-pr #2477) or a chart or shape is (by design: office-js #2268).
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
   */
  getSelectedRange(): StandInRange {
    return new StandInRange(this.context, () => {
      const selection = this.selected();
      const rect = selection.rects[0];
      if (selection.rects.length !== 1 || !rect) throw new StandInError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet: selection.sheet, rect };
    });
  }

  /**
   * `getSelectedRanges()` (ExcelApi 1.9): every selected area as one RangeAreas; fails when a chart
   * or shape is selected (office-js #2268: `InvalidSelection` for both methods, by design).
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedranges-member(1)
   */
  getSelectedRanges(): StandInRangeAreas {
    return new StandInRangeAreas(this.context, () => {
      const selection = this.selected();
      return { sheet: selection.sheet, rects: selection.rects };
    }, { nullable: false, version: "1.9" });
  }

  /** The selection as sheet model and rectangles (A1 of the active sheet when none was made). */
  private selected(): { sheet: SheetModel; rects: Rect[] } {
    const selection = this.context.runtime.selection;
    if (selection === "chart") throw new StandInError("InvalidSelection", "The current selection is invalid for this operation.");
    const name = selection?.sheet ?? this.context.model.active;
    const sheet = findSheet(this.context.model, name);
    if (!sheet) throw new StandInError("ItemNotFound", "The active worksheet does not exist.");
    return { sheet, rects: selection?.rects ?? [{ top: 0, left: 0, bottom: 0, right: 0 }] };
  }
}

/** `context.application`. */
export class StandInApplication {
  private readonly context: StandInContext;

  constructor(context: StandInContext) {
    this.context = context;
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.suspendScreenUpdating();
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.queueWrite("suspendApiCalculationUntilNextSync", null, () => undefined, "1.6");
  }
}
