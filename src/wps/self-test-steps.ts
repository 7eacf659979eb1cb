/**
 * The 加载项自检's steps for WPS: each exercises, on the scratch sheet, the calls the door makes
 * — through the door's own functions where it has one — and checks what WPS answers against what
 * the door assumes (the corrections of `port.ts`, the Excel object model's documented behaviour).
 * A step throws when WPS refuses, and answers a detail (what WPS said) when the answer is not
 * what the door assumes; `null` is a pass.
 */
import { parseRangeAddress } from "../workbook/address";
import { DATA_BAR_COLOUR, STATUS_COLOURS, STATUS_ORDER, STATUS_SYMBOLS } from "../workbook/status-style";
import type { CellRange } from "../workbook/types";
import { joinPropertyParts, propertyParts } from "../workbook/write/properties";
import { applyOperation, refersTo, type WpsWrite } from "./apply";
import { XL_CALCULATION_MANUAL, XL_CONTINUOUS, XL_DATABAR, XL_INSIDE_HORIZONTAL } from "./constants";
import type { EtWorksheet } from "./port";
import { quietly } from "./quiet";
import { errorAsText, formulaAreasOf, mergedAreasOf, rangeAt, rowsOfValue2, usedExtent } from "./read";
import { definedNames, propertyItems, sheetNamed } from "./state";
import { bgrOf, deleteOwnConditions, isOwnCondition } from "./style";

/** The scratch sheet's name. */
export const SELF_TEST_SHEET = "PlanAssess_SelfTest";

/** The steps, in order. */
export const WPS_SELF_TEST_STEPS = [
  "addSheet", "values", "valueShape", "usedRange", "textFormat", "merge", "formulas", "errors", "style", "clear",
  "conditional", "dataBar", "validation", "chart", "freeze", "pageSetup", "names", "properties", "quiet", "deleteSheet",
] as const;
export type WpsSelfTestStep = (typeof WPS_SELF_TEST_STEPS)[number];

/** A step's work: null when WPS answered as the door assumes, else what it answered. */
export type StepWork = (write: WpsWrite, scratch: () => EtWorksheet) => string | null;

const AREA = (top: number, left: number, bottom = top, right = left): CellRange => ({ top, left, bottom, right });
const SAMPLE = [[1, "文字", true], [2.5, "说明", false]];
/** The status rules as the add-in writes them on one column: a status symbol and a label, in the status's colours. */
const STATUS_RULES = STATUS_ORDER.map((code) => ({
  type: "textEquals" as const,
  range: AREA(6, 0, 8, 0),
  text: `${STATUS_SYMBOLS[code]} 自检`,
  fill: STATUS_COLOURS[code].fill,
  fontColor: STATUS_COLOURS[code].fontColor,
}));
const STATUS_RANGE = AREA(6, 0, 8, 0);

/** What differs between a value read back and the one written, or null. */
function differs(read: unknown, expected: unknown): string | null {
  return JSON.stringify(read) === JSON.stringify(expected) ? null : JSON.stringify(read);
}

/** The steps' work, by step. */
export const STEP_WORK: Record<WpsSelfTestStep, StepWork> = {
  addSheet: (write) => {
    applyOperation(write, { kind: "addSheet", sheet: SELF_TEST_SHEET });
    return sheetNamed(write.workbook, SELF_TEST_SHEET) ? null : "sheet not found after Add";
  },
  values: (write, scratch) => {
    applyOperation(write, { kind: "values", sheet: SELF_TEST_SHEET, top: 0, left: 0, values: SAMPLE });
    return differs(rowsOfValue2(rangeAt(scratch(), AREA(0, 0, 1, 2)).Value2, 2, 3), SAMPLE);
  },
  valueShape: (_, scratch) => {
    const one = rangeAt(scratch(), AREA(0, 0)).Value2;
    const empty = rangeAt(scratch(), AREA(20, 20)).Value2;
    const block = rangeAt(scratch(), AREA(0, 0, 1, 2)).Value2;
    const fine = !Array.isArray(one) && (empty === undefined || empty === null || empty === "") && Array.isArray(block) && Array.isArray(block[0]);
    return fine ? null : `one cell ${JSON.stringify(one)}, empty ${JSON.stringify(empty)}, block ${JSON.stringify(block)}`;
  },
  usedRange: (_, scratch) => differs(usedExtent(scratch().UsedRange), AREA(0, 0, 1, 2)),
  textFormat: (write, scratch) => {
    applyOperation(write, { kind: "format", sheet: SELF_TEST_SHEET, range: AREA(0, 3), format: "@" });
    applyOperation(write, { kind: "values", sheet: SELF_TEST_SHEET, top: 0, left: 3, values: [["=1+1"]] });
    return differs(rangeAt(scratch(), AREA(0, 3)).Value2, "=1+1");
  },
  merge: (write, scratch) => {
    applyOperation(write, { kind: "merge", sheet: SELF_TEST_SHEET, range: AREA(3, 0, 3, 2) });
    const whole = rangeAt(scratch(), AREA(3, 0, 3, 2)).MergeCells;
    const mixed = rangeAt(scratch(), AREA(3, 0, 3, 3)).MergeCells;
    const area = parseRangeAddress(rangeAt(scratch(), AREA(3, 1)).MergeArea.Address());
    const found = mergedAreasOf(scratch(), AREA(0, 0, 5, 5));
    const fine = whole === true && mixed === null && differs(area, AREA(3, 0, 3, 2)) === null && differs(found, [AREA(3, 0, 3, 2)]) === null;
    return fine ? null : `MergeCells ${String(whole)}/${String(mixed)}, MergeArea ${JSON.stringify(area)}, found ${JSON.stringify(found)}`;
  },
  formulas: (_, scratch) => {
    rangeAt(scratch(), AREA(0, 4)).Formula = "=A1*2";
    const areas = formulaAreasOf(scratch().UsedRange);
    const none = formulaAreasOf(rangeAt(scratch(), AREA(10, 10, 11, 11)));
    return differs({ areas, none }, { areas: [AREA(0, 4)], none: [] });
  },
  errors: (_, scratch) => {
    const cell = rangeAt(scratch(), AREA(1, 4));
    cell.Formula = "=NA()";
    const read = cell.Value2;
    return errorAsText(read) === "#N/A" ? null : `=NA() read as ${JSON.stringify(read)}`;
  },
  style: (write, scratch) => {
    applyOperation(write, { kind: "style", sheet: SELF_TEST_SHEET, range: AREA(0, 0, 1, 2), style: { bold: true, fill: "#FF0000", fontColor: "#0000FF", border: true, horizontal: "center", wrap: true } });
    applyOperation(write, { kind: "columnWidth", sheet: SELF_TEST_SHEET, range: AREA(0, 0), width: 12 });
    const range = rangeAt(scratch(), AREA(0, 0, 1, 2));
    const inside = range.Borders.Item(XL_INSIDE_HORIZONTAL).LineStyle;
    const answer = { fill: range.Interior.Color, font: range.Font.Color, bold: range.Font.Bold, width: rangeAt(scratch(), AREA(0, 0)).ColumnWidth, inside };
    return differs(answer, { fill: 255, font: bgrOf("#0000FF"), bold: true, width: 12, inside: XL_CONTINUOUS });
  },
  clear: (write, scratch) => {
    applyOperation(write, { kind: "clearArea", sheet: SELF_TEST_SHEET, range: AREA(0, 0, 1, 2) });
    const range = rangeAt(scratch(), AREA(0, 0, 1, 2));
    const values = rowsOfValue2(range.Value2, 2, 3).flat();
    const empty = values.every((value) => value === null || value === undefined || value === "");
    return empty && range.Font.Bold === false ? null : `after clearing: values ${JSON.stringify(values)}, bold ${String(range.Font.Bold)}, format ${String(range.NumberFormat)}`;
  },
  conditional: (write, scratch) => {
    // Every status rule on the same cells, as a run writes them: WPS must keep them all.
    for (const rule of STATUS_RULES) applyOperation(write, { kind: "rule", sheet: SELF_TEST_SHEET, rule });
    const formats = rangeAt(scratch(), STATUS_RANGE).FormatConditions;
    const count = formats.Count;
    const own = Array.from({ length: count }, (_, i) => isOwnCondition(formats.Item(i + 1))).filter(Boolean).length;
    const deleted = deleteOwnConditions(rangeAt(scratch(), STATUS_RANGE));
    const wanted = STATUS_RULES.length;
    return count === wanted && own === wanted && deleted === wanted ? null : `found ${count} of ${wanted}, own ${own}, deleted ${deleted}`;
  },
  dataBar: (write, scratch) => {
    applyOperation(write, { kind: "rule", sheet: SELF_TEST_SHEET, rule: { type: "dataBar", range: AREA(0, 0, 1, 0), color: DATA_BAR_COLOUR } });
    const formats = rangeAt(scratch(), AREA(0, 0, 1, 0)).FormatConditions;
    const bar = formats.Item(formats.Count);
    return bar.Type === XL_DATABAR ? null : `type ${String(bar.Type)}`;
  },
  validation: (_, scratch) => {
    const validation = rangeAt(scratch(), AREA(10, 0, 12, 0)).Validation;
    validation.Delete();
    validation.Add(2, 2, 1, "-1000000000000000", "1000000000000000");
    validation.ErrorTitle = "自检";
    return null;
  },
  chart: (write) => {
    applyOperation(write, { kind: "chart", sheet: SELF_TEST_SHEET, chart: { title: "自检", data: AREA(0, 0, 1, 1), anchor: { row: 14, column: 0 }, width: 4, height: 8 } });
    return null;
  },
  freeze: (write) => {
    applyOperation(write, { kind: "freeze", sheet: SELF_TEST_SHEET, rows: 1 });
    const window = write.application.ActiveWindow;
    const answer = { split: window.SplitRow, frozen: window.FreezePanes };
    window.FreezePanes = false;
    return differs(answer, { split: 1, frozen: true });
  },
  pageSetup: (write, scratch) => {
    applyOperation(write, { kind: "pageSetup", sheet: SELF_TEST_SHEET, print: { orientation: "portrait", titleRows: AREA(0, 0), footer: "第 &P 页" } });
    const page = scratch().PageSetup;
    return differs({ orientation: page.Orientation, paper: page.PaperSize, wide: page.FitToPagesWide }, { orientation: 1, paper: 9, wide: 1 });
  },
  names: (write) => {
    const name = "PlanAssess_SelfTest_Name";
    applyOperation(write, { kind: "addName", name, sheet: SELF_TEST_SHEET, range: AREA(0, 0, 1, 1) });
    const found = definedNames(write.workbook).find((named) => named.name === name);
    applyOperation(write, { kind: "deleteName", name });
    return found && differs(found.target, { sheet: SELF_TEST_SHEET, range: AREA(0, 0, 1, 1) }) === null ? null : `${refersTo(SELF_TEST_SHEET, AREA(0, 0, 1, 1))} read back as ${JSON.stringify(found ?? null)}`;
  },
  properties: (write) => {
    const key = "PlanAssess.selftest";
    const value = "自检".repeat(150);
    for (const part of propertyParts(key, value)) applyOperation(write, { kind: "setProperty", key: part.key, value: part.value });
    const read = joinPropertyParts(propertyItems(write.workbook), key);
    for (const part of propertyParts(key, value)) applyOperation(write, { kind: "deleteProperty", key: part.key });
    return read === value ? null : `kept ${read?.length ?? 0} of ${value.length} characters`;
  },
  quiet: (write) => {
    const application = write.application;
    const before = [application.ScreenUpdating, application.EnableEvents, application.Calculation, application.DisplayAlerts];
    const inside = quietly(application, () => [application.ScreenUpdating, application.EnableEvents, application.Calculation, application.DisplayAlerts]);
    const after = [application.ScreenUpdating, application.EnableEvents, application.Calculation, application.DisplayAlerts];
    return differs({ inside, after }, { inside: [false, false, XL_CALCULATION_MANUAL, false], after: before });
  },
  deleteSheet: (write) => {
    quietly(write.application, () => applyOperation(write, { kind: "deleteSheet", sheet: SELF_TEST_SHEET }));
    return sheetNamed(write.workbook, SELF_TEST_SHEET) ? "sheet still there" : null;
  },
};
