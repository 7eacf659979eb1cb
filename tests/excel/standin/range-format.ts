/**
 * The write-only facets of a stand-in range: `format` (font, fill, borders, alignment, column
 * width), `conditionalFormats` (cell-value, custom and data-bar rules) and `dataValidation`.
 * Each takes the range's context and a function giving its target at sync time (which throws on a
 * protected sheet or a deleted one).
 */
import { rectA1 } from "./a1";
import type { StandInContext } from "./context";
import { StandInError } from "./errors";
import { facet } from "./facet";
import { removeConditionalFormats, touchCell, type ConditionalFormatModel, type StyleModel } from "./model";
import type { RangeTarget } from "./range";

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
      horizontalAlignment: (value) => paint((s) => (s.horizontal = String(value))),
      verticalAlignment: (value) => paint((s) => (s.vertical = String(value))),
    },
    {
      font: () =>
        facet(context, "RangeFont", {
          bold: (value) => paint((s) => (s.bold = Boolean(value))),
          color: (value) => paint((s) => (s.fontColor = String(value))),
          size: (value) => paint((s) => (s.fontSize = Number(value))),
        }),
      fill: () => facet(context, "RangeFill", { color: (value) => paint((s) => (s.fill = String(value))) }),
      borders: () => ({
        getItem: (edge: string) =>
          facet(context, "RangeBorder", {
            style: (value) => paint((s) => ((((s.borders ??= {})[edge] ??= {}).style = String(value)))),
            color: (value) => paint((s) => ((((s.borders ??= {})[edge] ??= {}).color = String(value)))),
          }),
      }),
    },
  );
}

/** `range.conditionalFormats`. */
export function conditionalFormatsFacet(context: StandInContext, target: () => RangeTarget): { add(type: string): Record<string, unknown>; clearAll(): void } {
  return {
    add: (type: string) => addConditionalFormat(context, target, type),
    clearAll: () =>
      context.queueWrite("ConditionalFormatCollection.clearAll", null, () => {
        const { sheet, rect } = target();
        removeConditionalFormats(sheet, rect);
      }, "1.6"),
  };
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
      fill: () => facet(context, "ConditionalRangeFill", { color: (value) => (live(expected).fill = String(value)) }),
      font: () => facet(context, "ConditionalRangeFont", { color: (value) => (live(expected).fontColor = String(value)) }),
    });
  return facet(context, "ConditionalFormat", {}, {
    cellValue: () => facet(context, "CellValueConditionalFormat", { rule: (value) => (live("CellValue").rule = value) }, { format: colours("CellValue") }),
    custom: () =>
      facet(context, "CustomConditionalFormat", {}, {
        rule: () => facet(context, "ConditionalFormatRule", { formula: (value) => (live("Custom").formula = String(value)) }),
        format: colours("Custom"),
      }),
    dataBar: () =>
      facet(context, "DataBarConditionalFormat", {}, {
        positiveFormat: () => facet(context, "ConditionalDataBarPositiveFormat", { fillColor: (value) => (live("DataBar").barColor = String(value)) }),
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
    rule: (value) => (forRange().rule = value),
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
