import { describe, expect, it } from "vitest";
import { runSelfTest, selfTestText, SELF_TEST_SHEET } from "../../src/excel/self-test";
import { excelZhCN } from "../../src/i18n/excel";
import { indicatorSheetSeed } from "./plans";
import { createExcelStandIn } from "./standin";

describe("runSelfTest", () => {
  it("passes every step on the strict stand-in, removes its sheet and leaves the user's workbook as it was", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(5)]);
    const before = standIn.snapshot();
    const report = await runSelfTest({ run: standIn.run, office: standIn.office });
    expect(report.checks.filter((check) => check.outcome !== "passed")).toEqual([]);
    expect(report.checks).toHaveLength(14);
    expect(standIn.sheetNames()).toEqual(["指标"]);
    expect(standIn.model.active).toBe("指标");
    expect(standIn.snapshot()).toEqual(before);
    expect(report).toMatchObject({ platform: "OfficeOnline", version: "16.0 (stand-in)", requirementSets: ["ExcelApi 1.17", "DialogApi 1.2"] });
  });

  it("skips the merged-area step below ExcelApi 1.13 and reports a refused step by Excel's code", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(5)], { apiVersion: "1.12" });
    standIn.failAction("ChartCollection.add", "GeneralException");
    const report = await runSelfTest({ run: standIn.run, office: standIn.office });
    expect(report.checks.find((check) => check.step === "merge")).toEqual({ step: "merge", outcome: "skipped" });
    expect(report.checks.find((check) => check.step === "chart")).toEqual({ step: "chart", outcome: "failed", code: "GeneralException" });
    expect(standIn.sheetNames()).toEqual(["指标"]);
    expect(selfTestText(report, excelZhCN).split("\n")).toEqual([
      "规划指标评估加载项自检结果",
      "Excel 平台：OfficeOnline；版本：16.0 (stand-in)",
      "支持的接口集：ExcelApi 1.12，DialogApi 1.2",
      "新建临时工作表：通过",
      "写入并读回文本、数字格式：通过",
      "读取已用区域：通过",
      "合并单元格并读回合并区域：跳过（本版 Excel 不支持）",
      "字体、填充、边框、对齐、列宽：通过",
      "条件格式（单元格值、公式、数据条）：通过",
      "数据验证：通过",
      "插入图表：未通过（GeneralException）",
      "冻结首行：通过",
      "页面设置（A4 横向、按页宽缩放）：通过",
      "定义名称：通过",
      "工作簿自定义属性（写入并读回）：通过",
      "选择单元格并读回选区：通过",
      "删除临时工作表：通过",
      "结论：有未通过的项目，请将本结果发给加载项维护人员。",
    ]);
  });

  it("removes a scratch sheet an interrupted self-test left", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(5), { name: SELF_TEST_SHEET, values: [["旧"]] }]);
    const report = await runSelfTest({ run: standIn.run, office: standIn.office });
    expect(report.checks.every((check) => check.outcome === "passed")).toBe(true);
    expect(standIn.sheetNames()).toEqual(["指标"]);
  });
});
