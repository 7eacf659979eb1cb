/**
 * What the documentation says will or may fail in real Excel, each against the stand-in made as
 * strict as Excel there: every test here failed on the door before it was mended.
 */
import { describe, expect, it } from "vitest";
import { ExcelDoorError, ExcelHost } from "../../src/excel";
import { PLAN_PROPERTIES } from "../../src/workbook/plan";
import { runAssessment } from "../../src/workbook/run";
import type { WritePlan } from "../../src/workbook/types";
import { indicatorSheetSeed, syntheticPlan } from "./plans";
import { createExcelStandIn, type SheetSeed, type StandInOptions } from "./standin";
import { rejectionOf } from "../helpers/rejection";

const GENERATED_AT = "2023-08-01T10:00:00+08:00";

/** The ExcelDoorError a promise rejects with. */
const doorError = (promise: Promise<unknown>): Promise<ExcelDoorError> => rejectionOf(promise, ExcelDoorError);

/** A stand-in over seeds and the door over it. */
function doorOver(seeds: SheetSeed[], options: Partial<StandInOptions> = {}, payloadBudget?: number) {
  const standIn = createExcelStandIn(seeds, options);
  const host = new ExcelHost({ run: standIn.run, office: standIn.office, ...(payloadBudget ? { payloadBudget } : {}) });
  return { standIn, host };
}

/** The indicator table with a notes column of `length` Chinese characters in every data row. */
function withNotes(rows: number, length: (row: number) => number): SheetSeed {
  const seed = indicatorSheetSeed(rows);
  const values = (seed.values ?? []).map((line, i) => [...line, i < 2 ? (i === 1 ? "备注" : null) : "注".repeat(length(i))]);
  return { ...seed, values };
}

describe("1. a long-text sheet on Excel on the web (responses over 5 MB)", () => {
  it("reads an 11,000-row sheet with a column of 100-character notes, every response under 5 MB even counting each CJK character as \\uXXXX", async () => {
    const { standIn, host } = doorOver([withNotes(11_000, () => 100)], { payloadMode: "pessimistic" });
    const grid = await host.readGrid("指标");
    expect(grid.values).toHaveLength(11_002);
    expect(grid.values[11_001]?.at(-1)).toBe("注".repeat(100));
    expect(standIn.largestPayload).toBeLessThan(5_000_000);
    expect(standIn.loopSyncs).toBe(0);
  });

  it("reads the rest again in bands of half the rows when a band of long rows is refused", async () => {
    // The head's rows are short; further down every note is 400 characters: the bands sized by the
    // head are refused (limit 500 KB) until they are small enough.
    const { standIn, host } = doorOver([withNotes(2_000, (row) => (row < 200 ? 1 : 400))], { payloadMode: "pessimistic", payloadLimit: 500_000, syncLoops: "count" }, 400_000);
    const grid = await host.readGrid("指标");
    expect(grid.values).toHaveLength(2_002);
    expect(grid.values[2_001]?.at(-1)).toBe("注".repeat(400));
    expect(standIn.syncs.some((sync) => sync.responseBytes > 500_000)).toBe(true);
  });
});

describe("1b. a range of more than five million cells, whose values Excel may answer with null", () => {
  it("refuses a used area of 5,000,034 cells (office-js #4783's A1:BZ64103) by its size, never taking null for an empty sheet", async () => {
    // The stand-in's own stricter bound lifted, so only Excel's null answer stands in the door's way.
    const { host, standIn } = doorOver([{ name: "大", values: [["序号"]] }], { maxReadCells: 10_000_000 });
    standIn.typeValue("大", "BZ64103", "末");
    const error = await doorError(host.readGrid("大"));
    expect(error.code).toBe("excel.used_range_too_large");
    expect(error.message).toContain("64103 行 × 78 列");
  });

  it("reads a band Excel answered with null again in halves, losing no row", async () => {
    // Excel's five million lowered to 20,000 cells: the bands sized by the budget (4,000 rows of
    // ten columns) are answered with null until they are halved under it.
    const rows = 5_000;
    const seed: SheetSeed = { name: "长", values: Array.from({ length: rows }, (_, i) => Array.from({ length: 10 }, (_, j) => `${i}-${j}`)) };
    const { host } = doorOver([seed], { nullValuesOverCells: 20_000, syncLoops: "count" });
    const grid = await host.readGrid("长");
    expect(grid.values).toHaveLength(rows);
    expect(grid.values.map((line) => line[9])).toEqual(Array.from({ length: rows }, (_, i) => `${i}-9`));
  });
});

describe("2. a custom property over 255 characters on Windows Excel", () => {
  it("reads the grid and the add-in's properties without loading another add-in's long value", async () => {
    const { standIn, host } = doorOver([indicatorSheetSeed(10)], { platform: "desktop" });
    standIn.model.properties.set("other.addin", { key: "Other.AddIn", value: "x".repeat(300) });
    await host.writeProperty(PLAN_PROPERTIES.run, "{\"sheet\":\"指标\"}");
    const grid = await host.readGrid("指标");
    expect(grid.properties).toEqual({ "PlanAssess.run": "{\"sheet\":\"指标\"}" });
    expect(await host.readProperty(PLAN_PROPERTIES.run)).toBe("{\"sheet\":\"指标\"}");
  });

  it("writes a plan in a workbook holding such a value", async () => {
    const { standIn, host } = doorOver([indicatorSheetSeed(10)], { platform: "desktop" });
    standIn.model.properties.set("other.addin", { key: "Other.AddIn", value: "x".repeat(300) });
    await host.applyPlan(syntheticPlan(10));
    expect(standIn.sheetNames()).toEqual(["指标", "评估汇总", "评估明细"]);
    expect(standIn.snapshot().properties["Other.AddIn"]).toBe("x".repeat(300));
  });
});

describe("3. a build that cuts property values to 127 characters", () => {
  it("keeps settings, mapping and run stamp whole", async () => {
    const { host } = doorOver([indicatorSheetSeed(10)], { propertyValueLimit: 127 });
    const long = JSON.stringify({ tolerance: 0.05, note: "设置".repeat(300) });
    await host.writeProperty(PLAN_PROPERTIES.settings, long);
    expect(await host.readProperty(PLAN_PROPERTIES.settings)).toBe(long);
    await host.applyPlan(syntheticPlan(10));
    const grid = await host.readGrid("指标");
    expect(grid.properties?.["PlanAssess.settings"]).toBe(JSON.stringify({ tolerance: 0, note: "设置".repeat(200) }));
  });

  it("reports a part Excel still did not keep whole, naming the key", async () => {
    const { host } = doorOver([indicatorSheetSeed(10)], { propertyValueLimit: 100 });
    const error = await doorError(host.writeProperty(PLAN_PROPERTIES.settings, "设".repeat(300)));
    expect(error.code).toBe("excel.property_cut");
    expect(error.problem.message).toBe(
      "评估结果已写入，但本机 Excel 未完整保存工作簿属性「PlanAssess.settings」（写入 120 个字符，仅保留 100 个）。下次一键评估可能无法沿用本次设置与列映射，请在任务窗格中核对后重新评估。",
    );
  });
});

describe("4. the print zoom", () => {
  it("fits the sheets it writes one page wide in page counts the reference describes, never 0", async () => {
    const { standIn, host } = doorOver([indicatorSheetSeed(100)]);
    await host.applyPlan(syntheticPlan(100));
    const detail = standIn.snapshot().sheets.find((sheet) => sheet.name === "评估明细");
    // A header and 100 rows, at 20 rows a page at most: 6 pages tall.
    expect(detail?.pageLayout).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 6 } });
  });
});

describe("5. clearing an earlier run that Excel will not let go of", () => {
  it("deletes a sheet of the earlier run that was made very hidden", async () => {
    const { standIn, host } = doorOver([indicatorSheetSeed(20)]);
    await host.applyPlan(syntheticPlan(20));
    const detail = standIn.model.sheets.find((sheet) => sheet.name === "评估明细");
    if (detail) detail.visibility = "VeryHidden";
    await host.applyPlan(syntheticPlan(20));
    expect(standIn.sheetNames()).toEqual(["指标", "评估汇总", "评估明细"]);
    expect(standIn.model.sheets.find((sheet) => sheet.name === "评估明细")?.visibility).toBe("Visible");
  });

  it("refuses under structure protection before touching anything, and recognises its sheets once it is lifted", async () => {
    const { standIn, host } = doorOver([indicatorSheetSeed(20)]);
    await host.applyPlan(syntheticPlan(20));
    const before = standIn.snapshot();
    standIn.protectStructure(true);
    const error = await doorError(host.applyPlan(syntheticPlan(20)));
    expect(error.code).toBe("excel.structure_protected");
    expect(standIn.snapshot()).toEqual(before);
    standIn.protectStructure(false);
    await host.applyPlan(syntheticPlan(20));
    expect(standIn.sheetNames()).toEqual(["指标", "评估汇总", "评估明细"]);
  });

  it("keeps the names marking what a failed deletion left, so the next run still takes those sheets for its own", async () => {
    const { standIn, host } = doorOver([indicatorSheetSeed(20)]);
    await host.applyPlan(syntheticPlan(20));
    standIn.failAction("Worksheet.delete", "GeneralException");
    await doorError(host.clearGenerated());
    expect(standIn.sheetNames()).toContain("评估明细");
    await host.applyPlan(syntheticPlan(20));
    expect(standIn.sheetNames()).toEqual(["指标", "评估汇总", "评估明细"]);
  });
});

describe("6. a user's merge the collision check cannot see", () => {
  /** The table with a user's merge inside the status area the plan clears, and that plan. */
  function mergeInStatusArea() {
    const seed = indicatorSheetSeed(20);
    const plan = syntheticPlan(20);
    const area = plan.block.area;
    const userMerge = { top: area.bottom + 3, left: area.left, bottom: area.bottom + 4, right: area.left + 1 };
    const widened: WritePlan = { ...plan, block: { ...plan.block, area: { ...area, bottom: userMerge.bottom } } };
    return { seed: { ...seed, merges: [...(seed.merges ?? []), userMerge] }, userMerge, widened };
  }

  it("is left merged where Excel lacks ExcelApi 1.13", async () => {
    const { seed, userMerge, widened } = mergeInStatusArea();
    const { standIn, host } = doorOver([seed], { apiVersion: "1.12" });
    await host.applyPlan(widened);
    expect(standIn.model.sheets[0]?.merges).toContainEqual(userMerge);
  });

  it("is left merged where Excel refuses to list the merged areas (over 512 of them)", async () => {
    const { seed, userMerge, widened } = mergeInStatusArea();
    // The limit lowered to what the sheet holds less one: the list of merged areas is refused.
    const { standIn, host } = doorOver([seed], { maxMergedAreas: seed.merges.length - 1 });
    await host.readGrid(seed.name);
    await host.applyPlan(widened);
    expect(standIn.model.sheets[0]?.merges).toContainEqual(userMerge);
  });

  it("is left merged when it starts below the used range, where the used range's merged areas leave it out (office-js #3611)", async () => {
    const { seed, userMerge, widened } = mergeInStatusArea();
    const { standIn, host } = doorOver([seed]);
    const grid = await host.readGrid(seed.name);
    expect(grid.merges).not.toContainEqual(userMerge);
    await host.applyPlan(widened);
    expect(standIn.model.sheets[0]?.merges).toContainEqual(userMerge);
  });
});

describe("7. merging after formatting", () => {
  it("keeps the fill of a merged area whose first cell is empty", async () => {
    const plan = syntheticPlan(10);
    const [summary, ...others] = plan.sheets;
    if (!summary) throw new Error("no summary");
    const band = { top: 12, left: 0, bottom: 13, right: 3 };
    const styled = { ...summary, styles: [...summary.styles, { range: band, style: { fill: "#FFF2CC" } }], merges: [...summary.merges, band] };
    const { standIn, host } = doorOver([indicatorSheetSeed(10)]);
    await host.applyPlan({ ...plan, sheets: [styled, ...others] });
    expect(standIn.cell("评估汇总", "A13")?.style?.fill).toBe("#FFF2CC");
    expect(standIn.model.sheets.find((sheet) => sheet.name === "评估汇总")?.merges).toContainEqual(band);
  });
});

describe("a whole run through the tightened stand-in", () => {
  it("assesses a 40-row table on desktop Excel with a foreign long property, a 127-character build and pessimistic payloads in three syncs", async () => {
    const { standIn, host } = doorOver([indicatorSheetSeed(40)], { platform: "desktop", propertyValueLimit: 127, payloadMode: "pessimistic", maxSyncsPerRun: 2 });
    standIn.model.properties.set("other.addin", { key: "Other.AddIn", value: "x".repeat(300) });
    const run = await runAssessment(host, { generatedAt: GENERATED_AT, settings: {} });
    expect(run.ok).toBe(true);
    expect(standIn.syncCount).toBe(3);
  });
});
