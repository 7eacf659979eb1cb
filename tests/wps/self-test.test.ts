import { describe, expect, it } from "vitest";
import { wpsZhCN } from "../../src/i18n/wps";
import { runWpsSelfTest, SELF_TEST_SHEET, WPS_SELF_TEST_STEPS, wpsSelfTestText } from "../../src/wps/self-test";
import { createWpsStandIn } from "./standin";

describe("加载项自检 for WPS", () => {
  it("passes every step on the stand-in, leaves no scratch sheet and brings the user's sheet back", () => {
    const standIn = createWpsStandIn([{ name: "表2", values: [["序号"]] }, { name: "表3" }]);
    const report = runWpsSelfTest(standIn.port);
    expect(report.checks.filter((check) => check.outcome !== "passed")).toEqual([]);
    expect(report.checks.map((check) => check.step)).toEqual([...WPS_SELF_TEST_STEPS]);
    expect(standIn.book.sheets.map((sheet) => sheet.name)).toEqual(["表2", "表3"]);
    expect(standIn.book.sheets[standIn.book.active]?.name).toBe("表2");
    expect(standIn.book.properties).toEqual([]);
    expect(standIn.book.app).toEqual({ ScreenUpdating: true, EnableEvents: true, Calculation: -4105, DisplayAlerts: true });
  });

  it("reports a step WPS refuses, with what it said, and still removes the scratch sheet", () => {
    const standIn = createWpsStandIn([{ name: "表2" }]);
    standIn.counter.refuse = "Shapes.AddChart2()";
    const report = runWpsSelfTest(standIn.port);
    expect(report.checks.find((check) => check.step === "chart")).toEqual({ step: "chart", outcome: "failed", detail: "WPS refused Shapes.AddChart2()" });
    expect(report.checks.filter((check) => check.outcome === "failed")).toHaveLength(1);
    expect(standIn.book.sheets.map((sheet) => sheet.name)).not.toContain(SELF_TEST_SHEET);
  });

  it("reports a property WPS cut short, and the version, build and system as text to copy", () => {
    const standIn = createWpsStandIn([{ name: "表2" }], { propertyLimit: 100, version: "12.1", build: "12.1.0.16120", operatingSystem: "Linux" });
    const text = wpsSelfTestText(runWpsSelfTest(standIn.port), wpsZhCN);
    expect(text.split("\n").slice(0, 2)).toEqual(["规划指标评估加载项自检结果（WPS 表格）", "WPS 版本：12.1；内部版本号：12.1.0.16120；操作系统：Linux"]);
    expect(text).toContain("自定义文档属性（CustomDocumentProperties，255 字符一段）：未通过（kept 145 of 300 characters）");
    expect(text).toContain("部分检查未通过");
  });
});
