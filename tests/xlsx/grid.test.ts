import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cleanCellValue, gridFromWorksheet, isPercentFormat } from "../../src/xlsx/grid";
import { denseValues, seedGrid } from "../workbook/grids";

/** A fresh worksheet to write cells into. */
function sheet(name = "表1"): ExcelJS.Worksheet {
  return new ExcelJS.Workbook().addWorksheet(name);
}

describe("gridFromWorksheet", () => {
  it("reads the used area only, with its sheet position", () => {
    const ws = sheet();
    ws.getCell("C3").value = "序号";
    ws.getCell("D4").value = 8500;
    const grid = gridFromWorksheet(ws);
    expect({ ...grid, values: denseValues(grid) }).toEqual({
      sheet: "表1",
      top: 2,
      left: 2,
      values: [
        ["序号", null],
        [null, 8500],
      ],
      merges: [],
    });
  });

  it("keeps the value in a merged area's top-left cell only and lists the area", () => {
    const ws = sheet();
    ws.getCell("A1").value = "综合实力";
    ws.getCell("B1").value = "地区生产总值";
    ws.getCell("B2").value = "人均生产总值";
    ws.mergeCells("A1:A2");
    const grid = gridFromWorksheet(ws);
    expect({ ...grid, values: denseValues(grid) }).toMatchObject({
      values: [
        ["综合实力", "地区生产总值"],
        [null, "人均生产总值"],
      ],
      merges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
    });
  });

  it("reads an empty sheet as an empty grid", () => {
    expect(gridFromWorksheet(sheet("空表"))).toEqual({ sheet: "空表", top: 0, left: 0, values: [], merges: [] });
  });

  it("reads the seed workbooks' title, merged headers and footnote as printed", async () => {
    const grid = await seedGrid("keqiao-13th-final");
    const values = denseValues(grid);
    expect(values[1]).toEqual(["序号", "指标名称（单位）", "指标类型", "“十三五”目标", null, "“十三五”实绩", null]);
    expect(values[2]).toEqual([null, null, null, "2020 年", "年均增长", "2020 年", "年均增长"]);
    expect(values[20]).toEqual([18, "人口自然增长率（‰）", "约束性", "<3.5", null, -0.035, null]);
    expect(grid.merges).toContainEqual({ top: 1, left: 3, bottom: 1, right: 4 });
    expect(String(values[36]?.[0])).toMatch(/^注：/u);
  });
});

describe("cleanCellValue", () => {
  it.each([
    ["rich text", { richText: [{ text: "完成上级" }, { text: "\n下达任务" }] }, undefined, "完成上级\n下达任务"],
    ["a formula's result", { formula: "B2*1.07", result: 1683 }, undefined, 1683],
    ["a shared formula's result", { sharedFormula: "E4", result: 25.8 }, undefined, 25.8],
    ["a formula with no saved result", { formula: "B2*1.07" }, undefined, null],
    ["an error", { error: "#N/A" }, undefined, "#N/A"],
    ["a formula whose result is an error", { formula: "1/0", result: { error: "#DIV/0!" } }, undefined, "#DIV/0!"],
    ["a hyperlink", { text: "区统计局", hyperlink: "https://example.org" }, undefined, "区统计局"],
    ["a date at midnight", new Date(Date.UTC(2023, 5, 30)), undefined, "2023-06-30"],
    ["a percent-formatted number", 0.035, "0.0%", "3.5%"],
    ["a percent-formatted formula", { formula: "F4/D4", result: 0.054 }, "0.0%", "5.4%"],
    ["a negative percent", -0.00035, "0.000%", "-0.035%"],
    ["a percent of 7% without float noise", 0.07, "0%", "7%"],
    ["a number in a plain format", 1516.7, "#,##0.0", 1516.7],
    ["a number with a quoted % in its format", 12, '0"%"', 12],
    ["an empty string", "", undefined, null],
    ["white space only", "  \n ", undefined, null],
    ["text starting with =", "=HYPERLINK(\"x\")", undefined, "=HYPERLINK(\"x\")"],
    ["a boolean", true, undefined, true],
  ] as const)("cleans %s", (_what, dirty, format, expected) => {
    expect(cleanCellValue(dirty as ExcelJS.CellValue, format)).toEqual(expected);
  });
});

describe("edge cases", () => {
  it("reads a time of day as a full ISO timestamp", () => {
    expect(cleanCellValue(new Date(Date.UTC(2023, 5, 30, 8, 30)))).toBe("2023-06-30T08:30:00.000Z");
  });

  it("drops numbers that are not finite", () => {
    expect(cleanCellValue(Number.NaN)).toBeNull();
    expect(cleanCellValue(Number.POSITIVE_INFINITY, "0%")).toBeNull();
  });

  it("reads −0 under a percent format as 0%", () => {
    expect(cleanCellValue(-0, "0.0%")).toBe("0%");
  });

  it("tells percent formats from formats that only quote or escape a % sign", () => {
    expect(isPercentFormat("0.00%;[Red]-0.00%")).toBe(true);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });

  it("reads a cell's percent format when the sheet is written and read back", async () => {
    const ws = sheet();
    ws.getCell("A1").value = 0.125;
    ws.getCell("A1").numFmt = "0.0%";
    const buffer = await ws.workbook.xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer as ArrayBuffer);
    const reread = back.worksheets[0];
    if (!reread) throw new Error("no sheet");
    expect(gridFromWorksheet(reread).values).toEqual([["12.5%"]]);
  });
});
