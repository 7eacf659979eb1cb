import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { absoluteReference, mergedRanges } from "../../src/xlsx/apply";
import { conditionalFormatsOf, excelJsRule, nextPriority, removeRules, subtractRange } from "../../src/xlsx/conditional";
import { argb, styled } from "../../src/xlsx/style";

describe("exceljs styles", () => {
  it("builds a fresh style from a plan's style and number format", () => {
    expect(argb("#c6efce")).toBe("FFC6EFCE");
    expect(styled({}, { bold: true, fill: "#D9E1F2" }, "@")).toEqual({
      numFmt: "@",
      font: { name: "Calibri", family: 2, scheme: "minor", size: 11, bold: true },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
    });
  });

  it("never mutates the style it starts from", () => {
    const old: Partial<ExcelJS.Style> = { font: { bold: false, size: 11 }, numFmt: "0.0" };
    const copy = JSON.parse(JSON.stringify(old)) as unknown;
    const next = styled(old, { bold: true, wrap: true, horizontal: "center", border: true }, "General");
    expect(old).toEqual(copy);
    expect(next.font).toEqual({ name: "Calibri", family: 2, scheme: "minor", bold: true, size: 11 });
    expect(next.numFmt).toBeUndefined();
    expect(next.border?.top).toEqual({ style: "thin", color: { argb: "FF000000" } });
  });
});

describe("exceljs conditional formats", () => {
  const range = { top: 2, left: 13, bottom: 101, right: 13 };

  it("writes an equals-text rule with its quotes doubled, and a data bar", () => {
    expect(excelJsRule({ type: "textEquals", range, text: '达到"进度"', fill: "#D4EFE4", fontColor: "#00563A" }, 2)).toMatchObject({
      type: "cellIs",
      operator: "equal",
      formulae: ['"达到""进度"""'],
      priority: 2,
    });
    expect(excelJsRule({ type: "dataBar", range, color: "#5B9BD5" }, 3)).toMatchObject({ type: "dataBar", color: { argb: "FF5B9BD5" } });
  });

  it("removes the add-in's rules inside its area and keeps whole every rule reaching beyond it", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("表");
    sheet.addConditionalFormatting({ ref: "A1:Z100", rules: [excelJsRule({ type: "dataBar", range, color: "#5B9BD5" }, 1)] });
    sheet.addConditionalFormatting({ ref: "N3:N102", rules: [excelJsRule({ type: "dataBar", range, color: "#5B9BD5" }, 2)] });
    expect(nextPriority(sheet)).toBe(3);
    removeRules(sheet, { top: 2, left: 11, bottom: 101, right: 15 });
    expect(conditionalFormatsOf(sheet).map((format) => format.ref)).toEqual(["A1:Z100"]);
  });

  it("keeps a user's whole-column, whole-row and multi-area rules, in every address form", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("表");
    const bar = excelJsRule({ type: "dataBar", range, color: "#5B9BD5" }, 1);
    for (const ref of ["E:E", "$F:$F", "C4:C39 F:F", "3:3", "$L$3:$L$5 $Z$1"]) sheet.addConditionalFormatting({ ref, rules: [bar] });
    sheet.addConditionalFormatting({ ref: "$L$3:$L$102", rules: [bar] });
    sheet.addConditionalFormatting({ ref: "N3:N9 O3:O9", rules: [{ type: "expression", formulae: ["TRUE"], priority: 9 }] });
    removeRules(sheet, { top: 2, left: 11, bottom: 101, right: 15 });
    expect(conditionalFormatsOf(sheet).map((format) => format.ref)).toEqual(["E:E", "$F:$F", "C4:C39 F:F", "3:3", "$L$3:$L$5 $Z$1", "N3:N9 O3:O9"]);
  });

  describe("edge cases", () => {
    it("subtracts a rectangle that does not overlap as nothing, and one that covers as everything", () => {
      const a = { top: 0, left: 0, bottom: 2, right: 2 };
      expect(subtractRange(a, { top: 5, left: 5, bottom: 6, right: 6 })).toEqual([a]);
      expect(subtractRange(a, { top: 0, left: 0, bottom: 9, right: 9 })).toEqual([]);
    });
  });
});

describe("exceljs references and merges", () => {
  it("writes absolute, quoted references for defined names", () => {
    expect(absoluteReference("表2", { top: 2, left: 5, bottom: 38, right: 9 })).toBe("'表2'!$F$3:$J$39");
    expect(absoluteReference("it's", { top: 0, left: 0, bottom: 0, right: 0 })).toBe("'it''s'!$A$1");
  });

  it("reads merged areas 0-based", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("表");
    sheet.mergeCells("A1:E1");
    expect(mergedRanges(sheet)).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
  });
});
