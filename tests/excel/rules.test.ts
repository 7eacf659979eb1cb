/**
 * The add-in's own conditional formats, known exactly from what a load of the collection brings:
 * the status rules and the data bar the workbook layer writes, in its colours, and nothing else.
 */
import { describe, expect, it } from "vitest";
import { equalsText, isOwnFormat, type LoadedFormat } from "../../src/excel/rules";
import { textEqualsFormula } from "../../src/excel/queue";
import { DATA_BAR_COLOUR, STATUS_COLOURS, STATUS_SYMBOLS } from "../../src/workbook/status-style";

/** A loaded cell-value format "equal to" a text, in a fill and font colour. */
function equalsFormat(text: string, fill: string, font: string, operator = "EqualTo"): LoadedFormat {
  return {
    id: "1",
    type: "CellValue",
    cellValueOrNullObject: { isNullObject: false, rule: { formula1: textEqualsFormula(text), operator }, format: { fill: { color: fill }, font: { color: font } } },
    dataBarOrNullObject: { isNullObject: true },
  };
}

const AHEAD = STATUS_COLOURS.ahead;

describe("the add-in's own conditional formats", () => {
  it.each(Object.entries(STATUS_COLOURS))("include the status rule of %s in its colours, whatever the label's language", (code, colours) => {
    const symbol = STATUS_SYMBOLS[code as keyof typeof STATUS_SYMBOLS];
    expect(isOwnFormat(equalsFormat(`${symbol} 某状态`, colours.fill, colours.fontColor))).toBe(true);
    expect(isOwnFormat(equalsFormat(`${symbol} Ahead of target`, colours.fill.toLowerCase(), colours.fontColor.toLowerCase()))).toBe(true);
  });

  it("include the data bar in the add-in's colour", () => {
    expect(isOwnFormat({ id: "2", type: "DataBar", cellValueOrNullObject: { isNullObject: true }, dataBarOrNullObject: { isNullObject: false, positiveFormat: { fillColor: DATA_BAR_COLOUR } } })).toBe(true);
  });

  it.each([
    ["a user's rule with the status text in other colours", equalsFormat(`${STATUS_SYMBOLS.ahead} 提前实现目标`, "#FFC7CE", "#9C0006")],
    ["a user's rule in the status colours on a text without the symbol", equalsFormat("提前实现目标", AHEAD.fill, AHEAD.fontColor)],
    ["the symbol alone", equalsFormat(STATUS_SYMBOLS.ahead, AHEAD.fill, AHEAD.fontColor)],
    ["the fill of one status with the font of another", equalsFormat(`${STATUS_SYMBOLS.ahead} 提前实现目标`, AHEAD.fill, STATUS_COLOURS.behind.fontColor)],
    ["another operator", equalsFormat(`${STATUS_SYMBOLS.ahead} 提前实现目标`, AHEAD.fill, AHEAD.fontColor, "NotEqualTo")],
  ])("leave out %s", (_, format) => {
    expect(isOwnFormat(format)).toBe(false);
  });

  it("leave out a data bar in another colour, a custom rule and a cell-value facet that is a null object", () => {
    expect(isOwnFormat({ id: "3", type: "DataBar", dataBarOrNullObject: { isNullObject: false, positiveFormat: { fillColor: "#5B9BD5" } } })).toBe(false);
    expect(isOwnFormat({ id: "4", type: "Custom" })).toBe(false);
    expect(isOwnFormat({ id: "5", type: "CellValue", cellValueOrNullObject: { isNullObject: true } })).toBe(false);
  });
});

describe("edge cases", () => {
  it.each([
    ['="▲ 提前实现目标"', "▲ 提前实现目标"],
    ['="say ""hi"""', 'say "hi"'],
    ['=""', ""],
    ["=A1", null],
    ['="unclosed', null],
    ['"no equals"', null],
  ])("reads the text of %s as %j", (formula, text) => {
    expect(equalsText(formula)).toBe(text);
  });
});
