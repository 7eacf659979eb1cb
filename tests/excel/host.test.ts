import { describe, expect, it, vi } from "vitest";
import { ExcelDoorError, ExcelHost } from "../../src/excel";
import { requestBytes } from "../../src/excel/budget";
import { sheetMarker } from "../../src/workbook/write/markers";
import { planOperations } from "../../src/workbook/write/operations";
import { excelZhCN } from "../../src/i18n/excel";
import { gridFromWorksheet } from "../../src/xlsx/grid";
import { denseValues, SEED_WORKBOOKS } from "../workbook/grids";
import { fixtureWorkbook, sheetSeedOf } from "./office-view";
import { BESIDE_COLUMN, indicatorSheetSeed, syntheticPlan } from "./plans";
import { createExcelStandIn, type ExcelStandIn, type StandInOptions } from "./standin";
import { rejectionOf } from "../helpers/rejection";

/** A stand-in holding a generated table of `rows` indicators, and a host over it. */
function tableOf(rows: number, options: Partial<StandInOptions> = {}): { standIn: ExcelStandIn; host: ExcelHost } {
  const standIn = createExcelStandIn([indicatorSheetSeed(rows)], options);
  return { standIn, host: new ExcelHost({ run: standIn.run, office: standIn.office }) };
}

/** The ExcelDoorError a promise rejects with. */
const doorError = (promise: Promise<unknown>): Promise<ExcelDoorError> => rejectionOf(promise, ExcelDoorError);

/** Every cell of a snapshot sheet outside a rectangle of columns. */
function cellsOutsideColumns(cells: Record<string, unknown>, from: number, to: number): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(cells).filter(([address]) => {
      const letters = /^[A-Z]+/u.exec(address)?.[0] ?? "";
      const column = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
      return column < from || column > to;
    }),
  );
}

describe("ExcelHost reading", () => {
  it.each(SEED_WORKBOOKS)("reads the seed table %s into the same grid as the exceljs door", async (name) => {
    const workbook = await fixtureWorkbook(name);
    const worksheet = workbook.worksheets[0];
    if (!worksheet) throw new Error("no sheet");
    const standIn = createExcelStandIn([sheetSeedOf(worksheet)]);
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    const { properties, names, records, ...cells } = await host.readGrid(worksheet.name);
    // The same cells: the Office.js door reads a dense rectangle, the exceljs door the cells the file holds.
    const read = gridFromWorksheet(worksheet);
    expect({ ...cells, values: denseValues(cells) }).toEqual({ ...read, values: denseValues(read) });
    expect(properties).toEqual({});
    expect(names).toEqual([]);
    expect(records).toEqual([]);
    expect(standIn.syncCount).toBe(1);
  });

  it.each([
    [100, 1],
    [10_000, 2],
  ])("reads a %i-row table in %i syncs (the head with the extent, then the rest in one band), each response under 5 MB", async (rows, syncs) => {
    const { standIn, host } = tableOf(rows);
    const grid = await host.readGrid("指标");
    expect(grid.values).toHaveLength(rows + 2);
    expect(grid.merges.length).toBeGreaterThan(0);
    expect(standIn.syncCount).toBe(syncs);
    expect(standIn.loopSyncs).toBe(0);
    expect(standIn.largestPayload).toBeLessThan(5_000_000);
  });

  it("brings the workbook's saved properties with the grid, long values joined, in the same one sync", async () => {
    const { standIn, host } = tableOf(10);
    await host.writeProperty("PlanAssess.mapping", "列".repeat(600));
    await host.writeProperty("PlanAssess.run", "{\"sheet\":\"指标\"}");
    standIn.resetCounters();
    const grid = await host.readGrid("指标");
    expect(grid.properties).toEqual({ "PlanAssess.mapping": "列".repeat(600), "PlanAssess.run": "{\"sheet\":\"指标\"}" });
    expect(standIn.syncCount).toBe(1);
  });

  it("cleans percent-formatted numbers, dates and errors as the exceljs door does", async () => {
    const standIn = createExcelStandIn([
      {
        name: "表",
        values: [["增速", 0.054, 45107, "#N/A", "  ", true]],
        numberFormat: [["General", "0.0%", 'yyyy"年"m"月"d"日"', "General", "General", "General"]],
      },
    ]);
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    const grid = await host.readGrid("表");
    expect(grid.values).toEqual([["增速", "5.4%", "2023-06-30", "#N/A", null, true]]);
  });

  it("lists the visible sheets in tab order and the active one in one sync", async () => {
    const standIn = createExcelStandIn([
      { name: "表2", values: [[1]] },
      { name: "PlanAssess_Properties", values: [[1]], visibility: "VeryHidden" },
      { name: "备注", values: [[1]] },
    ]);
    standIn.setActive("备注");
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    expect(await host.listSheets()).toEqual({ names: ["表2", "备注"], active: "备注" });
    expect(standIn.syncCount).toBe(1);
  });

  it("reads the grid again without merged areas when Excel refuses more than 512 of them", async () => {
    const { standIn, host } = tableOf(100, { maxMergedAreas: 2 });
    const grid = await host.readGrid("指标");
    expect(grid.merges).toEqual([]);
    expect(grid.values).toHaveLength(102);
    expect(standIn.syncCount).toBe(2);
  });

  it("reads without merged areas where Excel lacks ExcelApi 1.13", async () => {
    const { standIn, host } = tableOf(100, { apiVersion: "1.9" });
    const grid = await host.readGrid("指标");
    expect(grid.merges).toEqual([]);
    expect(grid.values[2]?.[1]).toBe("综合实力");
    expect(standIn.syncCount).toBe(1);
  });
});

describe("ExcelHost writing", () => {
  // The synthetic plan weighs some 300 bytes a row: 10,000 rows still fit one 4 MB request.
  it.each([
    [40, 1],
    [100, 1],
    [10_000, 1],
  ])("applies the plan of a %i-row table after a look at the workbook and at the conditional formats of the sheet it clears, in %i write request while it fits 4 MB, under 5 MB", async (rows, requests) => {
    const { standIn, host } = tableOf(rows);
    await host.applyPlan(syntheticPlan(rows));
    expect(standIn.syncCount).toBe(2 + requests);
    expect(standIn.loopSyncs).toBe(0);
    expect(standIn.largestPayload).toBeLessThan(5_000_000);
    expect(standIn.syncs.slice(2).map((sync) => sync.suspended)).toEqual(Array.from({ length: requests }, () => true));
    expect(standIn.sheetNames()).toEqual(["指标", "评估汇总", "评估明细"]);
    expect(standIn.values("评估明细", `A${rows + 1}:B${rows + 1}`)).toEqual([[rows, `第${rows}项指标（亿元）`]]);
  });

  it("writes in one sync directly after reading the grid, having learnt the workbook's names and sheets with it", async () => {
    const { standIn, host } = tableOf(100);
    await host.readGrid("指标");
    standIn.resetCounters();
    await host.applyPlan(syntheticPlan(100));
    expect(standIn.syncCount).toBe(1);
  });

  it("takes the same syncs however long the assessment between the read and the write lasts", async () => {
    vi.useFakeTimers();
    try {
      const { standIn, host } = tableOf(100);
      await host.readGrid("指标");
      vi.advanceTimersByTime(3_600_000);
      standIn.resetCounters();
      await host.applyPlan(syntheticPlan(100));
      expect(standIn.syncCount).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ["a write", (host: ExcelHost) => host.writeProperty("PlanAssess.note", "x")],
    ["a property read", (host: ExcelHost) => host.readProperty("PlanAssess.note")],
    ["a sheet list", (host: ExcelHost) => host.listSheets()],
  ])("looks again before writing when %s came between the read and the plan (the workbook, the sheet's conditional formats, the write)", async (_, between) => {
    const { standIn, host } = tableOf(100);
    await host.readGrid("指标");
    await between(host);
    standIn.resetCounters();
    await host.applyPlan(syntheticPlan(100));
    expect(standIn.syncCount).toBe(3);
  });

  it("looks before clearing, even straight after a grid read (the workbook, the conditional formats of the sheet it clears, the write)", async () => {
    const { standIn, host } = tableOf(30);
    await host.applyPlan(syntheticPlan(30));
    await host.readGrid("指标");
    standIn.resetCounters();
    await host.clearGenerated();
    expect(standIn.syncCount).toBe(3);
    expect(standIn.sheetNames()).toEqual(["指标"]);
  });

  it("leaves the workbook, after a second run, exactly as after the first", async () => {
    const { standIn, host } = tableOf(100);
    await host.applyPlan(syntheticPlan(100));
    const first = standIn.snapshot();
    await host.applyPlan(syntheticPlan(100));
    expect(standIn.snapshot()).toEqual(first);
  });

  it("leaves every cell of the user's table unchanged", async () => {
    const { standIn, host } = tableOf(100);
    const before = standIn.snapshot().sheets[0];
    await host.applyPlan(syntheticPlan(100));
    const after = standIn.snapshot().sheets[0];
    const block = [BESIDE_COLUMN, BESIDE_COLUMN + 4] as const;
    expect(cellsOutsideColumns(after?.cells ?? {}, ...block)).toEqual(before?.cells);
    expect(after?.merges).toEqual(before?.merges);
  });

  it("writes text that looks like a formula, a number or a date as text", async () => {
    const { standIn, host } = tableOf(10);
    await host.applyPlan(syntheticPlan(10));
    const paragraph = standIn.cell("评估汇总", "A9");
    expect(paragraph?.formula).toBeUndefined();
    expect(String(paragraph?.value)).toContain("=SUM(A1)");
    expect(standIn.cell("指标", "N3")?.value).toBe("▲ 提前实现目标");
    expect(standIn.cell("指标", "N3")?.numberFormat).toBe("@");
  });

  it("writes conditional rules, the chart, frozen rows, names and long properties", async () => {
    const { standIn, host } = tableOf(20);
    await host.applyPlan(syntheticPlan(20));
    const snapshot = standIn.snapshot();
    const table = snapshot.sheets.find((sheet) => sheet.name === "指标");
    expect(table?.conditionalFormats).toHaveLength(5);
    expect(table?.conditionalFormats[0]).toMatchObject({ type: "CellValue", ranges: ["N3:N22"], rule: { formula1: '="▲ 提前实现目标"', operator: "EqualTo" } });
    const summary = snapshot.sheets.find((sheet) => sheet.name === "评估汇总");
    expect(summary?.charts).toEqual([{ type: "BarClustered", source: "A3:B7", seriesBy: "Columns", title: "评价结果分布", position: { start: "D3", end: "I14" } }]);
    expect(summary?.merges).toEqual(["A9:H11"]);
    // One page wide; the summary's eleven rows one page tall (page counts, as the reference has them).
    expect(summary?.pageLayout).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } });
    expect(table?.pageLayout).toEqual({});
    expect(snapshot.sheets.find((sheet) => sheet.name === "评估明细")?.freezeRows).toBe(1);
    expect(snapshot.names.map((named) => named.name)).toEqual(
      ["PlanAssess_Area", "PlanAssess_Block", sheetMarker("评估汇总"), sheetMarker("评估明细")].sort((a, b) => a.localeCompare(b)),
    );
    expect(await host.readProperty("PlanAssess.settings")).toBe(syntheticPlan(20).properties["PlanAssess.settings"]);
  });

  it("sends a write in one request while it fits the budget, and beyond takes one more sync per further budget", async () => {
    const plan = syntheticPlan(2_000);
    const operations = planOperations(plan, { sheets: ["指标"], names: [], propertyKeys: [] }, excelZhCN);
    if (!operations.ok) throw new Error(operations.problem.message);
    const bytes = requestBytes(operations.value);
    const writeSyncs = async (payloadBudget: number) => {
      const { standIn } = tableOf(2_000, { syncLoops: "count" });
      const host = new ExcelHost({ run: standIn.run, office: standIn.office, payloadBudget });
      await host.readGrid("指标");
      standIn.resetCounters();
      await host.applyPlan(plan);
      expect(standIn.syncs.every((sync) => sync.requestBytes <= payloadBudget * 1.05)).toBe(true);
      return { syncs: standIn.syncCount, loops: standIn.loopSyncs };
    };
    expect(await writeSyncs(Math.ceil(bytes * 1.2))).toEqual({ syncs: 1, loops: 0 });
    expect(await writeSyncs(Math.ceil(bytes / 1.8))).toEqual({ syncs: 2, loops: 0 });
    const beyond = await writeSyncs(Math.ceil(bytes / 4));
    expect(beyond.syncs).toBeGreaterThanOrEqual(4);
    expect(beyond.syncs).toBeLessThanOrEqual(6);
    expect(beyond.loops).toBeGreaterThan(0);
  });
});

describe("ExcelHost clearing and properties", () => {
  it("removes exactly what it generated and nothing else, keeping the saved properties", async () => {
    const { standIn, host } = tableOf(30);
    const before = standIn.snapshot();
    await host.applyPlan(syntheticPlan(30));
    await host.clearGenerated();
    const after = standIn.snapshot();
    const withoutWidths = (snapshot: typeof before) => snapshot.sheets.map(({ columnWidths: _widths, ...sheet }) => sheet);
    expect(withoutWidths(after)).toEqual(withoutWidths(before));
    expect(after.names).toEqual([]);
    expect(Object.keys(after.properties)).toContain("PlanAssess.runStamp");
  });

  it("keeps a generated sheet the user has renamed, dropping only its marker", async () => {
    const { standIn, host } = tableOf(10);
    await host.applyPlan(syntheticPlan(10));
    standIn.renameSheet("评估汇总", "2023年上半年评估");
    await host.applyPlan(syntheticPlan(10));
    expect(standIn.sheetNames()).toEqual(["指标", "2023年上半年评估", "评估汇总", "评估明细"]);
    expect(standIn.values("2023年上半年评估", "A1")).toEqual([["评估汇总（自动生成）"]]);
  });

  it("refuses to overwrite a user's sheet that has the name of a generated one", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(10), { name: "评估汇总", values: [["我的汇总"]] }]);
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    const error = await doorError(host.applyPlan(syntheticPlan(10)));
    expect(error.code).toBe("excel.sheet_taken");
    expect(error.message).toBe("工作簿中已有名为「评估汇总」的工作表，且不是本工具生成的。为避免覆盖，本次未写入；请将该工作表改名后重试。");
    expect(standIn.values("评估汇总")).toEqual([["我的汇总"]]);
  });

  it("saves a property longer than 255 characters in parts and reads it back whole", async () => {
    const { standIn, host } = tableOf(1);
    await host.writeProperty("PlanAssess.mapping", "列".repeat(600));
    expect(await host.readProperty("PlanAssess.mapping")).toBe("列".repeat(600));
    await host.writeProperty("PlanAssess.mapping", "短");
    expect(standIn.snapshot().properties).toEqual({ "PlanAssess.mapping": "短" });
    expect(await host.readProperty("PlanAssess.absent")).toBeNull();
  });
});

describe("ExcelHost new period column", () => {
  const plan = { sheet: "指标", headerRow: 1, column: BESIDE_COLUMN, header: "2023年", dataRows: { top: 2, left: BESIDE_COLUMN, bottom: 11, right: BESIDE_COLUMN } };

  it("writes the header as text, a warning decimal validation and a highlight while empty", async () => {
    const { standIn, host } = tableOf(10);
    await host.addPeriodColumn(plan);
    expect(standIn.cell("指标", "L2")).toMatchObject({ value: "2023年", numberFormat: "@" });
    const sheet = standIn.snapshot().sheets[0];
    expect(sheet?.validations).toEqual([
      expect.objectContaining({ range: "L3:L12", rule: { decimal: expect.objectContaining({ operator: "Between" }) }, errorAlert: expect.objectContaining({ style: "Warning" }) }),
    ]);
    expect(sheet?.conditionalFormats).toEqual([expect.objectContaining({ type: "Custom", formula: "=LEN(TRIM(L3))=0", ranges: ["L3:L12"] })]);
    expect(standIn.syncCount).toBe(2);
  });

  it("refuses a column that holds something and changes nothing", async () => {
    const { standIn, host } = tableOf(10);
    standIn.typeValue("指标", "L7", "备注");
    const before = standIn.snapshot();
    const error = await doorError(host.addPeriodColumn(plan));
    expect(error.code).toBe("excel.period_column_taken");
    expect(standIn.snapshot()).toEqual(before);
  });
});

describe("ExcelHost errors", () => {
  it("asks the user to leave cell editing mode, in Chinese", async () => {
    const { standIn, host } = tableOf(5);
    standIn.setCellEditMode(true);
    const error = await doorError(host.readGrid("指标"));
    expect(error.code).toBe("excel.InvalidOperationInCellEditMode");
    expect(error.message).toMatch(/^请先退出单元格编辑状态/u);
  });

  it("explains a protected sheet", async () => {
    const { standIn, host } = tableOf(5);
    standIn.protectSheet("指标");
    const error = await doorError(host.applyPlan(syntheticPlan(5)));
    expect(error.code).toBe("excel.AccessDenied");
    expect(error.message).toContain("工作表受保护");
  });

  it("explains a missing sheet", async () => {
    const { host } = tableOf(5);
    const error = await doorError(host.readGrid("不存在"));
    expect(error.code).toBe("excel.ItemNotFound");
    expect(error.message).toContain("未找到指定的工作表");
  });

  it("refuses to run in an Excel older than ExcelApi 1.9, before sending anything", async () => {
    const { standIn, host } = tableOf(5, { apiVersion: "1.8" });
    const error = await doorError(host.listSheets());
    expect(error.code).toBe("excel.too_old");
    expect(error.message).toContain("ExcelApi 1.9");
    expect(standIn.syncCount).toBe(0);
  });

  it("finds Office through the installed globals when given nothing", async () => {
    const { standIn } = tableOf(5);
    const uninstall = standIn.install();
    try {
      expect((await new ExcelHost().listSheets()).names).toEqual(["指标"]);
    } finally {
      uninstall();
    }
  });

  describe("edge cases", () => {
    it("reads an empty sheet as an empty grid", async () => {
      const standIn = createExcelStandIn([{ name: "空" }]);
      const host = new ExcelHost({ run: standIn.run, office: standIn.office });
      expect(await host.readGrid("空")).toEqual({ sheet: "空", top: 0, left: 0, values: [], merges: [], properties: {}, records: [] });
    });

    it("says when Office is not there at all", async () => {
      const error = await doorError(new ExcelHost({ run: async () => undefined as never, office: {} }).listSheets());
      expect(error.code).toBe("excel.not_in_excel");
    });

    it("refuses a used area beyond two million cells with a message naming its size", async () => {
      const standIn = createExcelStandIn([{ name: "大", values: [["序号"]] }]);
      standIn.typeValue("大", "Z100000", "孤立的值");
      const host = new ExcelHost({ run: standIn.run, office: standIn.office });
      const error = await doorError(host.readGrid("大"));
      expect(error.code).toBe("excel.used_range_too_large");
      expect(error.message).toContain("100000 行 × 26 列");
    });
  });
});
