import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { periodOf } from "../../src/core/period";
import type { CellValue } from "../../src/core/types";
import { ExcelHost } from "../../src/excel";
import { workbookText } from "../../src/i18n/workbook";
import { categoryMerges, evaluationSheet } from "../../src/workbook/evaluation-sheet";
import { runAssessment } from "../../src/workbook/run";
import type { SheetPlan } from "../../src/workbook/types";
import { XlsxHost } from "../../src/xlsx/host";
import { monitoringWorkbook } from "../cli/sample";
import { seedsOfWorkbook } from "../excel/office-view";
import { createExcelStandIn } from "../excel/standin";
import { assessmentOf, judgedAt, judgementOf } from "./assessments";

const text = workbookText().write;
const GENERATED_AT = "2024-07-15T09:00:00+08:00";

const ASSESSMENT = assessmentOf([
  judgedAt(4, "on_track", 0.55, { category: "综合实力", name: "地区生产总值（亿元）", base: { raw: "1200" } as never, target: { raw: "1600" } as never }),
  judgedAt(5, "behind", 0.3, { category: "综合实力", name: "人均生产总值（万元）", attribute: "binding" }),
  judgedAt(24, "ahead", 1.2, { category: "生态环境", name: "PM2.5年均浓度（微克/立方米）" }),
  judgementOf(25, { category: "生态环境", name: "地表水达到或好于Ⅲ类比例（%）" }),
  judgedAt(26, "on_track", 0.6, { category: "生态环境", name: "森林覆盖率（%）", value: 61.5, valuePeriod: periodOf(2022, 1), flags: ["older_data"] }),
]);

/** Every cell a sheet plan writes, by A1-style (row, column) key. */
function cellsOf(sheet: SheetPlan): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const block of sheet.blocks) {
    block.values.forEach((row, i) => row.forEach((value, j) => cells.set(`${block.top + i},${block.left + j}`, value)));
  }
  return cells;
}

describe("评价表, the published layout", () => {
  const sheet = evaluationSheet(ASSESSMENT, text);
  const cells = cellsOf(sheet);

  it("is titled from the plan, mid-term before the end of the plan, merged across the table", () => {
    expect(sheet.name).toBe("评价表");
    expect(cells.get("0,0")).toBe("“十四五”规划《纲要》主要指标中期完成评价表");
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 8 });
  });

  it("has the header row of 表1-1: domain, name, base year, the period used, target, attribute, realisation, result, outlook", () => {
    const header = Array.from({ length: 9 }, (_, column) => cells.get(`1,${column}`));
    expect(header).toEqual(["类别", "指标名称", "2020年", "2023年上半年", "2025年目标", "指标属性", "实现度", "评价结果", "预计完成情况"]);
  });

  it("writes one row per indicator, with the older value's period in brackets and no realisation without data", () => {
    expect(cells.get("2,1")).toBe("地区生产总值（亿元）");
    expect(cells.get("2,2")).toBe("1200");
    expect(cells.get("2,4")).toBe("1600");
    expect(cells.get("3,5")).toBe("约束性");
    expect(cells.get("3,6")).toBe(0.3);
    expect(cells.get("3,7")).toBe("未达到进度要求");
    expect(cells.get("3,8")).toBe("完成难度较大");
    expect(cells.get("5,6")).toBeNull();
    expect(cells.get("5,7")).toBe("数据暂缺");
    expect(cells.get("6,3")).toBe("61.5（2022年）");
    expect(cells.get("2,3")).toBeCloseTo(55, 9);
  });

  it("merges each domain's 类别 cells down its rows", () => {
    expect(sheet.merges).toContainEqual({ top: 2, left: 0, bottom: 3, right: 0 });
    expect(sheet.merges).toContainEqual({ top: 4, left: 0, bottom: 6, right: 0 });
  });

  it("borders and wraps the rows, and prints A4 portrait one page wide with the header row repeated and page numbers", () => {
    expect(sheet.styles).toContainEqual({ range: { top: 2, left: 0, bottom: 6, right: 8 }, style: expect.objectContaining({ border: true, wrap: true }) });
    expect(sheet.print).toMatchObject({ orientation: "portrait", titleRows: { top: 1, bottom: 1 }, footer: "第&P页，共&N页" });
  });

  it("says 终期 and 完成情况 at the end of the plan, and gives the result in its words", () => {
    const end = assessmentOf(
      [judgedAt(4, "on_track", 1, { endOfPlan: "complete", category: "综合实力" }), judgedAt(5, "behind", 0.9, { endOfPlan: "basically_complete", category: "综合实力" })],
      { period: periodOf(2025, 1) },
    );
    const endCells = cellsOf(evaluationSheet(end, text));
    expect(endCells.get("0,0")).toBe("“十四五”规划《纲要》主要指标终期完成评价表");
    expect(endCells.get("1,8")).toBe("完成情况");
    expect(endCells.get("2,8")).toBe("完成");
    expect(endCells.get("2,7")).toBe("完成");
    expect(endCells.get("3,7")).toBe("基本完成");
  });

  describe("edge cases", () => {
    it("merges nothing for single rows, blank domains or no rows", () => {
      expect(categoryMerges([], 2)).toEqual([]);
      expect(categoryMerges([{ category: "", cells: [] }, { category: "", cells: [] }], 2)).toEqual([]);
      expect(categoryMerges([{ category: "甲", cells: [] }, { category: "乙", cells: [] }, { category: "甲", cells: [] }], 2)).toEqual([]);
    });

    it("writes the header alone for an assessment without indicators", () => {
      const empty = evaluationSheet(assessmentOf([]), text);
      expect(empty.blocks[1]?.values).toHaveLength(1);
      expect(empty.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 8 }]);
    });
  });
});

describe("评价表 through both doors", () => {
  it("prints the same way from the .xlsx file and through Office.js", async () => {
    const file = await monitoringWorkbook();
    const office = await monitoringWorkbook();
    const standIn = createExcelStandIn(seedsOfWorkbook(office));
    const excel = new ExcelHost({ run: standIn.run, office: standIn.office });
    expect((await runAssessment(new XlsxHost(file), { generatedAt: GENERATED_AT })).ok).toBe(true);
    expect((await runAssessment(excel, { generatedAt: GENERATED_AT })).ok).toBe(true);

    const buffer = await file.xlsx.writeBuffer();
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(buffer as ArrayBuffer);
    const sheet = saved.getWorksheet("评价表");
    expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "2:2" });
    expect(sheet?.pageSetup.margins).toMatchObject({ left: 0.6, right: 0.6, top: 0.8, bottom: 0.8 });
    expect(sheet?.headerFooter.oddFooter).toBe("&C第&P页，共&N页");

    const layout = standIn.snapshot().sheets.find((s) => s.name === "评价表")?.pageLayout;
    expect(layout).toMatchObject({ orientation: "Portrait", paperSize: "A4", printTitleRows: "$2:$2", leftMargin: 0.6 * 72, topMargin: 0.8 * 72, centerFooter: "第&P页，共&N页" });
    expect(layout?.zoom).toMatchObject({ horizontalFitToPages: 1 });
  });

  it("is replaced, not doubled, by a re-run", async () => {
    const workbook = await monitoringWorkbook();
    const host = new XlsxHost(workbook);
    await runAssessment(host, { generatedAt: GENERATED_AT });
    await runAssessment(host, { generatedAt: GENERATED_AT });
    expect(workbook.worksheets.filter((s) => s.name.startsWith("评价表")).map((s) => s.name)).toEqual(["评价表"]);
  });
});
