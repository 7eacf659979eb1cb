import fc from "fast-check";
import { contrastRatio } from "../helpers/contrast";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/settings";
import {
  DATA_BAR_COLOUR,
  END_OF_PLAN_ORDER,
  GENERATED_HEADER,
  STATUS_COLOURS,
  STATUS_ORDER,
  STATUS_SYMBOLS,
  displayCode,
  displayCodes,
  statusText,
} from "../../src/workbook/status-style";
import { keepText, looksLikeFormula } from "../../src/workbook/text-cells";

const labels = defaultSettings.labels;

describe("status display", () => {
  it("puts a symbol before each label so status never rests on colour alone", () => {
    expect(STATUS_ORDER.map((code) => statusText(code, labels))).toEqual([
      "▲ 提前实现目标",
      "● 达到进度要求",
      "▼ 未达到进度要求",
      "○ 数据暂缺",
    ]);
    expect(END_OF_PLAN_ORDER.map((code) => statusText(code, labels))).toEqual(["● 完成", "◐ 基本完成", "▼ 未完成"]);
  });

  it("gives the four statuses four different symbols and four different fills", () => {
    expect(new Set(STATUS_ORDER.map((code) => STATUS_SYMBOLS[code])).size).toBe(4);
    expect(new Set(STATUS_ORDER.map((code) => STATUS_COLOURS[code].fill)).size).toBe(4);
  });

  it.each(Object.entries(STATUS_COLOURS))("writes %s's text at a contrast of at least 4.5:1 on its fill", (_code, colours) => {
    expect(contrastRatio(colours.fontColor, colours.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it("writes the generated header's text at a contrast of at least 4.5:1, and the data bar visibly on white", () => {
    expect(contrastRatio(GENERATED_HEADER.fontColor, GENERATED_HEADER.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(DATA_BAR_COLOUR, "#FFFFFF")).toBeGreaterThanOrEqual(3);
  });

  it("shows the end-of-plan code when there is one, the status otherwise", () => {
    expect(displayCode({ status: "on_track", endOfPlan: "complete" })).toBe("complete");
    expect(displayCode({ status: "no_data", endOfPlan: null })).toBe("no_data");
  });

  it("offers the end-of-plan rules only when a judgement is at the end of the plan", () => {
    expect(displayCodes([{ status: "behind", endOfPlan: null }])).toEqual(STATUS_ORDER);
    expect(displayCodes([{ status: "behind", endOfPlan: "incomplete" }])).toHaveLength(7);
  });
});

describe("text that must stay text", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+86 575", "-", "@sum", "\t=1+1"])("treats %j as formula-looking", (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });

  it.each(["—", "完成上级下达任务", " =1", "3.5%"])("treats %j as plain text", (text) => {
    expect(looksLikeFormula(text)).toBe(false);
  });

  it("gives formula-looking strings the text format and leaves other cells' formats", () => {
    expect(keepText({ top: 0, left: 0, values: [["=1+1", 0.5], ["完成", null]], numberFormat: "0.0%" }).numberFormat).toEqual([
      ["@", "0.0%"],
      ["0.0%", "0.0%"],
    ]);
  });

  it("returns a block with nothing formula-looking as it was", () => {
    const block = { top: 0, left: 0, values: [["完成", 1]] };
    expect(keepText(block)).toBe(block);
  });

  it("marks every formula-looking string of any block", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.double(), fc.constant(null)), { maxLength: 4 }), { maxLength: 4 }), (values) => {
        const format = keepText({ top: 0, left: 0, values }).numberFormat;
        values.forEach((row, i) =>
          row.forEach((value, j) => {
            if (looksLikeFormula(value)) expect(typeof format === "string" ? format : format?.[i]?.[j]).toBe("@");
          }),
        );
      }),
    );
  });
});

describe("edge cases", () => {
  it("rates black on white 21:1 and a colour on itself 1:1", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#0072B2", "#0072B2")).toBe(1);
  });

  it("reads numbers, booleans and null as never formula-looking", () => {
    expect([-1, true, null].some(looksLikeFormula)).toBe(false);
  });
});
