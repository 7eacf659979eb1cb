/**
 * The record of assessments through the Office.js door (the stand-in): a run at 2021, then at 2022,
 * then 2022 again, each in at most three syncs on a 40-row table — the 评估记录 sheet is read in the
 * same sync as the grid — and the same record and comparison as the exceljs door gives.
 */
import { describe, expect, it } from "vitest";
import { periodOf } from "../../src/core/period";
import { ExcelHost } from "../../src/excel";
import { runAssessment, type RunOutcome } from "../../src/workbook/run";
import type { WorkbookHost } from "../../src/workbook/host";
import { XlsxHost } from "../../src/xlsx/host";
import { workbookOf } from "../xlsx/workbooks";
import { indicatorSheetSeed } from "./plans";
import { createExcelStandIn } from "./standin";

const GENERATED_AT = "2023-08-01T10:00:00+08:00";

/** Runs at each period in turn through a door; the outcomes. */
async function runsAt(host: WorkbookHost, years: number[], after?: () => void): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = [];
  for (const year of years) {
    const run = await runAssessment(host, { generatedAt: GENERATED_AT, settings: {}, period: periodOf(year, 1) });
    if (!run.ok) throw new Error(run.problem.message);
    outcomes.push(run.value);
    after?.();
  }
  return outcomes;
}

describe("the record of assessments through the Office.js door", () => {
  it("takes three syncs a run on 40 rows, the record read with the grid, and compares 2022 with 2021", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(40)]);
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    const syncs: number[] = [];
    standIn.resetCounters();
    const [first, second, third] = await runsAt(host, [2021, 2022, 2022], () => {
      syncs.push(standIn.syncCount);
      standIn.resetCounters();
    });
    expect(syncs).toEqual([3, 3, 3]);
    expect(standIn.loopSyncs).toBe(0);
    expect(first?.comparison.counts).toBeNull();
    expect(second?.comparison.period?.code).toBe("2021");
    expect(second?.comparison.indicators.filter((indicator) => indicator.previous?.period === "2021")).toHaveLength(40);
    expect(third?.comparison).toEqual(second?.comparison);
    expect(standIn.sheetNames()).toContain("评估记录");
    const header = standIn.values("评估记录", "A1:H1")[0];
    expect(header).toEqual(["类别", "指标名称", "2021年", "", "2022年", "", "", ""]);
  });

  it("reads a record sheet it did not know of in one more sync, and none more when it knows it", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(40)]);
    await runsAt(new ExcelHost({ run: standIn.run, office: standIn.office }), [2021]);
    // A new host (the pane reopened) has listed no sheets: its first grid read learns of the record.
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    standIn.resetCounters();
    await host.readGrid("指标");
    expect(standIn.syncCount).toBe(2);
    standIn.resetCounters();
    const grid = await host.readGrid("指标");
    expect(standIn.syncCount).toBe(1);
    expect(grid.records?.map((record) => record.sheet)).toEqual(["评估记录"]);
  });

  it("reads the grid again when a record sheet it knew of has gone, instead of failing", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(40)]);
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    await runsAt(host, [2021]);
    await host.listSheets();
    await standIn.run(async (context) => {
      context.workbook.worksheets.getItem("评估记录").delete();
      await context.sync();
    });
    const grid = await host.readGrid("指标");
    expect(grid.records).toEqual([]);
  });

  it("keeps the record when the results are cleared, so that the next run still compares with it", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(40)]);
    for (const host of [new ExcelHost({ run: standIn.run, office: standIn.office }), new XlsxHost(workbookOf([indicatorSheetSeed(40)]))]) {
      await runsAt(host, [2021]);
      await host.clearGenerated();
      expect((await host.listSheets()).names).toEqual(["指标", "评估记录"]);
      const [later] = await runsAt(host, [2022]);
      expect(later?.comparison.period?.code).toBe("2021");
    }
  });

  it("leaves a sheet of the user's named 评估记录 unread and refuses to replace it, saying so", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(40), { name: "评估记录", values: [["我的记录"], ["未达到进度要求"]] }]);
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    const run = runAssessment(host, { generatedAt: GENERATED_AT, settings: {}, period: periodOf(2021, 1) });
    await expect(run).rejects.toMatchObject({ code: "excel.sheet_taken" });
    expect(standIn.values("评估记录", "A1:A2")).toEqual([["我的记录"], ["未达到进度要求"]]);
  });

  it("gives the same record and comparison as the exceljs door", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(40)]);
    const throughExcel = await runsAt(new ExcelHost({ run: standIn.run, office: standIn.office }), [2021, 2022]);
    const throughXlsx = await runsAt(new XlsxHost(workbookOf([indicatorSheetSeed(40)])), [2021, 2022]);
    expect(throughExcel[1]?.comparison).toEqual(throughXlsx[1]?.comparison);
    const record = (outcome: RunOutcome | undefined) => outcome?.plan.sheets.find((sheet) => sheet.name === "评估记录");
    expect(record(throughExcel[1])).toEqual(record(throughXlsx[1]));
  });
});
