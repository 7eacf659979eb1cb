/**
 * The write-only facets of a stand-in range: `format` (font, fill, borders, alignment, column
 * width), `conditionalFormats` (cell-value, custom and data-bar rules) and `dataValidation`.
 * Each takes the range's context and a function giving its target at sync time (which throws on a
 * protected sheet or a deleted one).
 */
import { overlaps, rectA1 } from "./a1";
import { itemProperties, type StandInContext } from "./context";
import { propertyNotLoaded, StandInError } from "./errors";
import { facet } from "./facet";
import { removeConditionalFormats, touchCell, type ConditionalFormatModel, type StyleModel } from "./model";
import type { RangeTarget } from "./range";

/**
 * A colour as Excel takes it: `#RRGGBB` or a named HTML colour ("in the form #RRGGBB (e.g.
 * "FFA500"), or as a named HTML color (e.g. "orange")"):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefill#excel-excel-rangefill-color-member
 */
const NAMED_COLOURS = ["black", "white", "red", "green", "blue", "yellow", "orange", "purple", "gray", "grey"];

/** Refuses a colour Excel would refuse. */
export function checkColour(value: unknown): string {
  const text = String(value);
  if (/^#[0-9A-Fa-f]{6}$/u.test(text) || NAMED_COLOURS.includes(text.toLowerCase())) return text;
  throw new StandInError("InvalidArgument", `'${text}' is not a colour.`);
}

/** Refuses a value outside an enum (Excel.HorizontalAlignment, Excel.BorderLineStyle …). */
function member(values: readonly string[]): (value: unknown) => string {
  return (value) => {
    if (typeof value === "string" && values.includes(value)) return value;
    throw new StandInError("InvalidArgument", `'${String(value)}' is not one of ${values.join(", ")}.`);
  };
}

const HORIZONTAL = member(["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]);
const VERTICAL = member(["Top", "Center", "Bottom", "Justify", "Distributed"]);
const BORDER_STYLE = member(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]);
const OPERATORS = ["Invalid", "Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"];

/**
 * A cell-value rule as the reference shapes it: `formula1` and an operator, and `formula2` for
 * Between and NotBetween.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalcellvaluerule
 */
export function checkCellValueRule(value: unknown): unknown {
  const rule = (value ?? {}) as { formula1?: unknown; formula2?: unknown; operator?: unknown };
  const refuse = (why: string) => {
    throw new StandInError("InvalidArgument", `Invalid cell-value rule ${JSON.stringify(value)}: ${why}.`);
  };
  if (rule.formula1 === undefined || rule.formula1 === "") refuse("formula1 is required");
  if (typeof rule.operator !== "string" || !OPERATORS.includes(rule.operator)) refuse("an operator is required");
  if ((rule.operator === "Between" || rule.operator === "NotBetween") && (rule.formula2 === undefined || rule.formula2 === "")) refuse("Between needs formula2");
  return value;
}

/**
 * A data-validation rule holds one criterion ("You can only use one of them at a time"):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationrule
 */
export function checkValidationRule(value: unknown): unknown {
  const kinds = Object.keys((value ?? {}) as object);
  if (kinds.length !== 1) throw new StandInError("InvalidArgument", `A data-validation rule holds one criterion, not ${kinds.length}.`);
  return value;
}

/** A style's own copy (borders included), to change without touching cells that share the original. */
function copiedStyle(style: StyleModel | undefined): StyleModel {
  if (!style) return {};
  const copy: StyleModel = { ...style };
  if (style.borders) copy.borders = Object.fromEntries(Object.entries(style.borders).map(([edge, border]) => [edge, { ...border }]));
  return copy;
}

/** `range.format`. */
export function formatFacet(context: StandInContext, target: () => RangeTarget): Record<string, unknown> {
  // Cells share style objects, copied on write: one copy per distinct old style in the range.
  const paint = (patch: (style: StyleModel) => void): void => {
    const { sheet, rect } = target();
    const copies = new Map<StyleModel | undefined, StyleModel>();
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      for (let column = rect.left; column <= rect.right; column += 1) {
        const cell = touchCell(sheet, row, column);
        let next = copies.get(cell.style);
        if (!next) {
          next = copiedStyle(cell.style);
          patch(next);
          copies.set(cell.style, next);
        }
        cell.style = next;
      }
    }
  };
  return facet(
    context,
    "RangeFormat",
    {
      columnWidth: (value) => {
        const { sheet, rect } = target();
        for (let column = rect.left; column <= rect.right; column += 1) sheet.columnWidths.set(column, Number(value));
      },
      wrapText: (value) => paint((s) => (s.wrap = Boolean(value))),
      horizontalAlignment: (value) => paint((s) => (s.horizontal = HORIZONTAL(value))),
      verticalAlignment: (value) => paint((s) => (s.vertical = VERTICAL(value))),
    },
    {
      font: () =>
        facet(context, "RangeFont", {
          bold: (value) => paint((s) => (s.bold = Boolean(value))),
          color: (value) => paint((s) => (s.fontColor = checkColour(value))),
          size: (value) => paint((s) => (s.fontSize = Number(value))),
        }),
      fill: () => facet(context, "RangeFill", { color: (value) => paint((s) => (s.fill = checkColour(value))) }),
      borders: () => ({
        getItem: (edge: string) =>
          facet(context, "RangeBorder", {
            style: (value) => paint((s) => ((((s.borders ??= {})[edge] ??= {}).style = BORDER_STYLE(value)))),
            color: (value) => paint((s) => ((((s.borders ??= {})[edge] ??= {}).color = checkColour(value)))),
          }),
      }),
    },
  );
}

/** What a loaded conditional format of the collection holds: the paths the door may load. */
const FORMAT_PATHS = [
  "id",
  "type",
  "priority",
  "cellValueOrNullObject/rule",
  "cellValueOrNullObject/format/fill/color",
  "cellValueOrNullObject/format/font/color",
  "dataBarOrNullObject/positiveFormat/fillColor",
] as const;

/** `range.conditionalFormats`: add, clearAll, and (ExcelApi 1.6) the formats that intersect the range, loadable and deletable by id. */
export interface StandInConditionalFormats {
  add(type: string): Record<string, unknown>;
  clearAll(): void;
  load(spec?: unknown): StandInConditionalFormats;
  readonly items: Record<string, unknown>[];
  getItem(id: string): { delete(): void };
}

/**
 * `range.conditionalFormats`. A load returns the formats that intersect the range ("the collection
 * of ConditionalFormats that intersect the range":
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-conditionalformats-member),
 * each with the loaded paths only, as plain data; the ranges a format applies to are not loadable
 * that way (`getRanges()` is a method).
 */
export function conditionalFormatsFacet(context: StandInContext, target: () => RangeTarget, readTarget: () => RangeTarget = target): StandInConditionalFormats {
  let loaded: Record<string, unknown>[] | undefined;
  const collection: StandInConditionalFormats = {
    add: (type: string) => addConditionalFormat(context, target, type),
    clearAll: () =>
      context.queueWrite("ConditionalFormatCollection.clearAll", null, () => {
        const { sheet, rect } = target();
        removeConditionalFormats(sheet, rect);
      }, "1.6"),
    load: (spec?: unknown) => {
      const paths = itemProperties(spec, FORMAT_PATHS, "ConditionalFormatCollection");
      context.queueRead("ConditionalFormatCollection.load", () => {
        const { sheet, rect } = readTarget();
        loaded = sheet.conditionalFormats
          .map((format, i) => ({ format, priority: i }))
          .filter(({ format }) => format.ranges.some((range) => overlaps(range, rect)))
          .map(({ format, priority }) => formatData(format, priority, paths));
        return loaded;
      }, "1.6");
      return collection;
    },
    get items() {
      if (!loaded) throw propertyNotLoaded("ConditionalFormatCollection", "items");
      return loaded;
    },
    getItem: (id: string) => ({
      delete: () =>
        context.queueWrite("ConditionalFormat.delete", id, () => {
          const { sheet } = target();
          const index = sheet.conditionalFormats.findIndex((format) => String(format.id) === id);
          if (index < 0) throw new StandInError("ItemNotFound", `No conditional format has the id '${id}'.`, "ConditionalFormatCollection.getItem");
          sheet.conditionalFormats.splice(index, 1);
        }, "1.6"),
    }),
  };
  return collection;
}

/** A loaded format as plain nested data, with only the loaded paths (a null object where its type has no such facet). */
function formatData(format: ConditionalFormatModel, priority: number, paths: readonly string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const cellValue = format.type === "CellValue";
  const dataBar = format.type === "DataBar";
  const values: Record<string, unknown> = {
    id: String(format.id),
    type: format.type,
    priority,
    "cellValueOrNullObject/rule": format.rule,
    "cellValueOrNullObject/format/fill/color": format.fill,
    "cellValueOrNullObject/format/font/color": format.fontColor,
    "dataBarOrNullObject/positiveFormat/fillColor": format.barColor,
  };
  for (const path of paths) {
    const parts = path.split("/");
    const facetName = parts[0] ?? "";
    if (facetName === "cellValueOrNullObject" || facetName === "dataBarOrNullObject") {
      const present = facetName === "cellValueOrNullObject" ? cellValue : dataBar;
      const holder = (data[facetName] ??= { isNullObject: !present }) as Record<string, unknown>;
      if (!present) continue;
      let node = holder;
      for (const part of parts.slice(1, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[parts[parts.length - 1] ?? ""] = values[path];
    } else {
      data[path] = values[path];
    }
  }
  return data;
}

/** `conditionalFormats.add(type)`: the rule is created at sync; its facets set its parts. */
function addConditionalFormat(context: StandInContext, target: () => RangeTarget, type: string): Record<string, unknown> {
  let record: ConditionalFormatModel | undefined;
  context.queueWrite("ConditionalFormatCollection.add", type, () => {
    const { sheet, rect } = target();
    record = { id: (context.model.nextId += 1), type, ranges: [rect] };
    sheet.conditionalFormats.push(record);
  }, "1.6");
  const live = (expected: string): ConditionalFormatModel => {
    if (!record) throw new StandInError("ItemNotFound", "The conditional format was not created.");
    if (record.type !== expected) throw new StandInError("InvalidArgument", `A ${record.type} conditional format has no ${expected} facet.`);
    return record;
  };
  const colours = (expected: string) => () =>
    facet(context, "ConditionalRangeFormat", {}, {
      fill: () => facet(context, "ConditionalRangeFill", { color: (value) => (live(expected).fill = checkColour(value)) }),
      font: () => facet(context, "ConditionalRangeFont", { color: (value) => (live(expected).fontColor = checkColour(value)) }),
    });
  return facet(context, "ConditionalFormat", {}, {
    cellValue: () => facet(context, "CellValueConditionalFormat", { rule: (value) => (live("CellValue").rule = checkCellValueRule(value)) }, { format: colours("CellValue") }),
    custom: () =>
      facet(context, "CustomConditionalFormat", {}, {
        // A custom rule's formula starts with "=" (ConditionalFormatRule.formula).
        rule: () =>
          facet(context, "ConditionalFormatRule", {
            formula: (value) => {
              if (!String(value).startsWith("=")) throw new StandInError("InvalidArgument", `A custom rule's formula must start with "=": ${String(value)}.`);
              live("Custom").formula = String(value);
            },
          }),
        format: colours("Custom"),
      }),
    dataBar: () =>
      facet(context, "DataBarConditionalFormat", {}, {
        positiveFormat: () => facet(context, "ConditionalDataBarPositiveFormat", { fillColor: (value) => (live("DataBar").barColor = checkColour(value)) }),
      }),
  });
}

/** `range.dataValidation`. */
export function dataValidationFacet(context: StandInContext, target: () => RangeTarget): Record<string, unknown> {
  const forRange = () => {
    const { sheet, rect } = target();
    let validation = sheet.validations.find((item) => rectA1(item.range) === rectA1(rect));
    if (!validation) {
      validation = { range: rect };
      sheet.validations.push(validation);
    }
    return validation;
  };
  const validation = facet(context, "DataValidation", {
    rule: (value) => (forRange().rule = checkValidationRule(value)),
    errorAlert: (value) => (forRange().errorAlert = value),
  }, {}, "1.8");
  Object.defineProperty(validation, "clear", {
    value: () =>
      context.queueWrite("DataValidation.clear", null, () => {
        const { sheet, rect } = target();
        sheet.validations = sheet.validations.filter((item) => rectA1(item.range) !== rectA1(rect));
      }, "1.8"),
  });
  return validation;
}
