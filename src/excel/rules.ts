/**
 * The add-in's own conditional formats, known exactly, so that clearing and re-running remove
 * those and nothing else: a user's format on the same cells (`E:E`, `3:3`, `C4:C39 F:F`, a sheet-wide
 * rule) is never deleted nor cut.
 *
 * A sheet's formats are loaded with the first sync that reads the sheet (`worksheet.getRange()`'s
 * `conditionalFormats`: "the collection of ConditionalFormats that intersect the range", ExcelApi
 * 1.6 — https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-conditionalformats-member),
 * each with its id, its type and the parts the add-in writes; the write then deletes the add-in's
 * by id (`ConditionalFormatCollection.getItem(id).delete()`:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-getitem-member(1)),
 * in the write's own sync. A format is the add-in's when it is exactly one the add-in writes:
 * - a cell-value rule "equal to" a status text (`="▲ 提前实现目标"`: one of the status symbols, a
 *   space, a label) in one of the status fill and font colour pairs;
 * - a data bar in the add-in's bar colour.
 * What a format applies to is not loadable with the collection (`getRanges()` is a method, one more
 * sync per format), so a user's format that copies one of the add-in's exactly — same text, same
 * two colours — would be taken for the add-in's; any other is the user's and stays whole.
 */
import { DATA_BAR_COLOUR, STATUS_COLOURS, STATUS_SYMBOLS } from "../workbook/status-style";

/** What a loaded conditional format offers, as the door reads it. */
export interface LoadedFormat {
  id: string;
  type: string;
  cellValueOrNullObject?: {
    isNullObject: boolean;
    rule?: { formula1?: unknown; operator?: unknown };
    format?: { fill?: { color?: unknown }; font?: { color?: unknown } };
  };
  dataBarOrNullObject?: { isNullObject: boolean; positiveFormat?: { fillColor?: unknown } };
}

/** The paths of a sheet's conditional formats the door loads. */
export const FORMAT_LOAD = [
  "items/id",
  "items/type",
  "items/cellValueOrNullObject/rule",
  "items/cellValueOrNullObject/format/fill/color",
  "items/cellValueOrNullObject/format/font/color",
  "items/dataBarOrNullObject/positiveFormat/fillColor",
].join(",");

/** The ids of the add-in's own conditional formats, by sheet name in lower case (sheets whose formats were loaded). */
export type OwnRules = Record<string, string[]>;

/**
 * Queues the load of the sheets' conditional formats and returns the function that picks the
 * add-in's own once synced.
 * @example const own = queueOwnRules(context, ["指标"]); await context.sync(); own() //=> { "指标": ["{6A…}", "{6B…}"] }
 */
export function queueOwnRules(context: Excel.RequestContext, sheets: readonly string[]): () => OwnRules {
  const loads = sheets.map((sheet) => {
    const formats = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
    formats.load(FORMAT_LOAD);
    return { sheet, formats };
  });
  return () =>
    Object.fromEntries(
      loads.map(({ sheet, formats }) => [
        sheet.toLowerCase(),
        (formats.items as unknown as LoadedFormat[]).filter(isOwnFormat).map((format) => String(format.id)),
      ]),
    );
}

const SYMBOLS = new Set(Object.values(STATUS_SYMBOLS));
const COLOUR_PAIRS = new Set(Object.values(STATUS_COLOURS).map((pair) => `${pair.fill}|${pair.fontColor}`.toUpperCase()));

/**
 * Whether a loaded format is exactly one the add-in writes.
 * @example isOwnFormat({ id: "1", type: "DataBar", dataBarOrNullObject: { isNullObject: false, positiveFormat: { fillColor: "#0072B2" } } }) //=> true
 * @example isOwnFormat({ id: "2", type: "Custom" }) //=> false
 */
export function isOwnFormat(format: LoadedFormat): boolean {
  if (format.type === "DataBar") {
    const bar = format.dataBarOrNullObject;
    return bar !== undefined && !bar.isNullObject && String(bar.positiveFormat?.fillColor ?? "").toUpperCase() === DATA_BAR_COLOUR.toUpperCase();
  }
  if (format.type !== "CellValue") return false;
  const cellValue = format.cellValueOrNullObject;
  if (!cellValue || cellValue.isNullObject || cellValue.rule?.operator !== "EqualTo") return false;
  const text = equalsText(String(cellValue.rule.formula1 ?? ""));
  const symbol = text === null ? "" : text.split(" ")[0] ?? "";
  const colours = `${String(cellValue.format?.fill?.color ?? "")}|${String(cellValue.format?.font?.color ?? "")}`.toUpperCase();
  return text !== null && SYMBOLS.has(symbol) && text.length > symbol.length + 1 && COLOUR_PAIRS.has(colours);
}

/**
 * The text of an "equals this text" formula (`="▲ 提前实现目标"`, quotes doubled inside), or null.
 * @example equalsText('="▲ 提前实现目标"') //=> "▲ 提前实现目标"
 */
export function equalsText(formula: string): string | null {
  const match = /^="((?:[^"]|"")*)"$/u.exec(formula);
  return match ? (match[1] ?? "").replace(/""/gu, '"') : null;
}
