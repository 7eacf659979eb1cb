import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/types";
import type { WorkbookHost } from "../../src/workbook/host";
import { PLAN_PROPERTIES } from "../../src/workbook/plan";
import { runAssessment } from "../../src/workbook/run";
import { propertyFromGrid } from "../../src/workbook/saved";
import type { RunOptions } from "../../src/workbook/run";
import type { Grid } from "../../src/workbook/types";
import { SEED_WORKBOOKS, gridOf, seedGrid } from "./grids";
import { MemoryHost } from "./memory-host";

const OPTIONS: RunOptions = { generatedAt: "2024-07-15T09:00:00+08:00" };

/**
 * A monitoring sheet in the bureau's style: a title, the 14th-plan base and target of five
 * indicators from keqiao-14th, and half-yearly observations (示例数据, illustrative).
 */
function monitoringGrid(sheet = "监测表"): Grid {
  return gridOf(
    [
      ["柯桥区“十四五”主要指标监测表（示例数据）", null, null, null, null, null, null, null],
      [],
      ["序号", "指标名称（单位）", "指标属性", "2020 年实绩", "2025 年目标", "2021年", "2022年上半年", "2022年"],
      [1, "地区生产总值（GDP）（亿元）", "预期性", 1516.7, "2200★", 1707.3, 880.5, 1850.4],
      [2, "城镇登记失业率（%）", "预期性", 1.92, "<2", 1.85, 1.9, 1.96],
      [3, "PM2.5 年均浓度（微克/每立方米）", "约束性", 30.6, "<30", 29.1, 33.5, 27.8],
      [4, "单位 GDP 能耗降低率（%）", "约束性", 6.4, "完成上级\n下达任务", "完成", null, "完成"],
      [5, "3 岁以下婴幼儿托育机构覆盖率（%）", "预期性", 10, 50, 18, 21, 24],
      ["注：2022年上半年为快报数。"],
    ],
    { sheet, merges: ["A1:H1"] },
  );
}

/**
 * The memory workbook behind a door that counts the properties it is asked for and, when given
 * them, brings saved properties with every grid (as the Office.js door does).
 */
function countingHost(host: MemoryHost, properties?: Record<string, string>): { host: WorkbookHost; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    host: {
      listSheets: () => host.listSheets(),
      async readGrid(sheet) {
        const grid = await host.readGrid(sheet);
        return properties ? { ...grid, properties } : grid;
      },
      applyPlan: (plan) => host.applyPlan(plan),
      clearGenerated: () => host.clearGenerated(),
      readProperty(name) {
        asked.push(name);
        return host.readProperty(name);
      },
      writeProperty: (name, value) => host.writeProperty(name, value),
      addPeriodColumn: (plan) => host.addPeriodColumn(plan),
    },
  };
}

/** The memory workbook behind a door that records each method called on it, by name. */
function loggingHost(host: MemoryHost): { host: WorkbookHost; calls: string[] } {
  const calls: string[] = [];
  const logged = (name: string) => calls.push(name);
  return {
    calls,
    host: {
      listSheets: () => (logged("listSheets"), host.listSheets()),
      readGrid: (sheet) => (logged("readGrid"), host.readGrid(sheet)),
      applyPlan: (plan) => (logged("applyPlan"), host.applyPlan(plan)),
      clearGenerated: () => (logged("clearGenerated"), host.clearGenerated()),
      readProperty: (name) => (logged("readProperty"), host.readProperty(name)),
      writeProperty: (name, value) => (logged("writeProperty"), host.writeProperty(name, value)),
      addPeriodColumn: (plan) => (logged("addPeriodColumn"), host.addPeriodColumn(plan)),
    },
  };
}

/** Every value of a grid by its sheet position, for before/after comparisons of the user's cells. */
function cellsOf(grid: Grid): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  grid.values.forEach((row, i) => row.forEach((value, j) => {
    if (value !== null) cells.set(`${grid.top + i},${grid.left + j}`, value);
  }));
  return cells;
}

describe("runAssessment", () => {
  it("finds, reads, assesses and writes a monitoring sheet in one call", async () => {
    const host = new MemoryHost([monitoringGrid()]);
    const outcome = await runAssessment(host, OPTIONS);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const { mapping, assessment, plan } = outcome.value;
    expect(mapping.periods.map((p) => p.code)).toEqual(["2021", "2022H1", "2022"]);
    expect(assessment.period?.code).toBe("2022");
    expect(assessment.judgements.map((j) => j.row)).toEqual([4, 5, 6, 7, 8]);
    expect(plan.block.area).toEqual({ top: 1, left: 8, bottom: 7, right: 13 });
    expect(host.applied).toHaveLength(1);
    expect(host.cell("监测表", 1, 8)).toBe("评估结果（自动生成）");
    expect(String(host.cell("监测表", 3, 10))).toMatch(/^[▲●▼○] /u);
    expect(host.properties.get(PLAN_PROPERTIES.run)).toContain("\"area\":\"I2:N8\"");
  });

  it("leaves every cell of the user's table as it was, and replaces exactly its own block on a second run", async () => {
    const grid = monitoringGrid();
    const host = new MemoryHost([grid]);
    const first = await runAssessment(host, OPTIONS);
    const second = await runAssessment(host, { ...OPTIONS, generatedAt: "2024-07-16T09:00:00+08:00" });
    if (!first.ok || !second.ok) throw new Error("run refused");
    expect(second.value.plan.block.area).toEqual(first.value.plan.block.area);
    expect(second.value.plan.block.blocks).toEqual(first.value.plan.block.blocks);
    const after = cellsOf(await host.readGrid("监测表"));
    for (const [at, value] of cellsOf(grid)) expect(after.get(at)).toEqual(value);
    expect(second.value.mapping.columns.filter((c) => c.role === "generated")).toHaveLength(6);
  });

  it("tries the active sheet first, then the others, never the add-in's own sheets", async () => {
    const notes = gridOf([["本表说明"], ["数据为示例"]], { sheet: "说明" });
    const host = new MemoryHost([notes, monitoringGrid("表2")], "说明");
    const outcome = await runAssessment(host, OPTIONS);
    expect(outcome.ok && outcome.value.mapping.sheet).toBe("表2");
    host.activate("评估汇总");
    const again = await runAssessment(host, OPTIONS);
    expect(again.ok && again.value.mapping.sheet).toBe("表2");
  });

  it("says why when the only sheet holds no table, and in general when none of several does", async () => {
    const one = await runAssessment(new MemoryHost([gridOf([["会议纪要"]], { sheet: "纪要" })]), OPTIONS);
    expect(one.ok ? "found" : one.problem.code).toBe("table.not_found");
    const two = await runAssessment(
      new MemoryHost([gridOf([["会议纪要"]], { sheet: "纪要" }), gridOf([], { sheet: "空表" })]),
      OPTIONS,
    );
    expect(two.ok ? "found" : two.problem.code).toBe("run.no_table");
  });

  it("refuses to write over the user's notes beside the table, and writes to a separate sheet when asked", async () => {
    const grid = monitoringGrid();
    const crowded = { ...grid, values: grid.values.map((row, i) => (i === 4 ? [...row, "请核实口径"] : row)) };
    const host = new MemoryHost([crowded]);
    const refused = await runAssessment(host, OPTIONS);
    expect(refused.ok ? "written" : refused.problem.code).toBe("plan.collision");
    expect(host.applied).toHaveLength(0);
    const separate = await runAssessment(host, { ...OPTIONS, placement: "separateSheet" });
    expect(separate.ok && separate.value.plan.block.sheet).toBe("评估结果");
    expect(host.cell("监测表", 4, 8)).toBe("请核实口径");
  });

  it("uses the settings saved by the previous run when none are given", async () => {
    const host = new MemoryHost([monitoringGrid()]);
    await host.writeProperty(PLAN_PROPERTIES.settings, JSON.stringify({ tolerance: 0.05 }));
    const outcome = await runAssessment(host, OPTIONS);
    expect(outcome.ok && outcome.value.assessment.settings.tolerance).toBe(0.05);
  });

  it("takes the run stamp and the saved settings from the grid when the door brings them, asking for no property", async () => {
    const clean = new MemoryHost([monitoringGrid()]);
    await runAssessment(clean, OPTIONS);
    const stamp = clean.properties.get(PLAN_PROPERTIES.run) ?? "";
    // Beside the table, where the stamp says the earlier block was and as that run wrote it: the run may replace it.
    const grid = monitoringGrid();
    const written = clean.cell("监测表", 4, 8);
    expect(written).toBe(1);
    const beside = { ...grid, values: grid.values.map((row, i) => (i === 4 ? [...row, written] : row)) };
    const saved = { [PLAN_PROPERTIES.run]: stamp, "planassess.SETTINGS": JSON.stringify({ tolerance: 0.05 }) };
    const { host, asked } = countingHost(new MemoryHost([beside]), saved);
    const outcome = await runAssessment(host, OPTIONS);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(asked).toEqual([]);
    expect(outcome.value.assessment.settings.tolerance).toBe(0.05);
    const unstamped = await runAssessment(new MemoryHost([beside]), OPTIONS);
    expect(unstamped.ok ? "written" : unstamped.problem.code).toBe("plan.collision");
  });

  it("asks for the run stamp and the saved settings once each, after the grid, when the door does not bring them", async () => {
    const notes = gridOf([["本表说明"]], { sheet: "说明" });
    const { host, asked } = countingHost(new MemoryHost([notes, monitoringGrid("表2")], "说明"));
    const outcome = await runAssessment(host, OPTIONS);
    expect(outcome.ok && outcome.value.mapping.sheet).toBe("表2");
    expect(asked).toEqual([PLAN_PROPERTIES.run, PLAN_PROPERTIES.settings]);
  });

  it("refuses settings that do not validate, naming the setting", async () => {
    const outcome = await runAssessment(new MemoryHost([monitoringGrid()]), { ...OPTIONS, settings: { tolerance: 7 } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.message).toContain("进度容差");
  });

  it("builds the plan without writing it for a preview", async () => {
    const host = new MemoryHost([monitoringGrid()]);
    const outcome = await runAssessment(host, { ...OPTIONS, apply: false });
    expect(outcome.ok).toBe(true);
    expect(host.applied).toHaveLength(0);
  });

  it("uses a mapping the user corrected as it is", async () => {
    const host = new MemoryHost([monitoringGrid()]);
    const first = await runAssessment(host, { ...OPTIONS, apply: false });
    if (!first.ok) throw new Error(first.problem.message);
    const mapping = {
      ...first.value.mapping,
      columns: first.value.mapping.columns.map((c) => (c.header === "2022年上半年" ? { ...c, role: "other" as const } : c)),
      periods: first.value.mapping.periods.filter((p) => p.code !== "2022H1"),
    };
    const corrected = await runAssessment(host, { ...OPTIONS, mapping, apply: false });
    if (!corrected.ok) throw new Error(corrected.problem.message);
    expect(corrected.value.mapping).toBe(mapping);
    const gdp = corrected.value.assessment.judgements[0];
    expect(gdp?.flags).not.toContain("sub_year_flow");
  });

  it("reads neither the sheet list nor a grid the caller hands over, and assesses that grid as handed over", async () => {
    const notes = gridOf([["本表说明"]], { sheet: "说明" });
    const stored = new MemoryHost([notes, monitoringGrid("表2")], "说明");
    const sheets = await stored.listSheets();
    const table = monitoringGrid("表2");
    // The user typed a new 2022 GDP figure after the workbook was stored: the handed-over grid has it.
    const typed = { ...table, values: table.values.map((row, i) => (i === 3 ? [...row.slice(0, 7), 1900.2] : row)) };
    const { host, calls } = loggingHost(stored);
    const outcome = await runAssessment(host, { ...OPTIONS, sheets, grids: [notes, typed] });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.value.mapping.sheet).toBe("表2");
    expect(outcome.value.assessment.judgements[0]?.value).toBe(1900.2);
    expect(calls).toEqual(["readProperty", "readProperty", "applyPlan"]);
  });

  it("reads no grid for a corrected mapping whose sheet the caller hands over, and asks for no property the grid brought", async () => {
    const grid = monitoringGrid();
    const found = await runAssessment(new MemoryHost([grid]), { ...OPTIONS, apply: false });
    if (!found.ok) throw new Error(found.problem.message);
    const { host, calls } = loggingHost(new MemoryHost([grid]));
    // As a door brings it: the saved properties and the record sheets (none here) read with the grid.
    const withProperties = { ...grid, properties: { [PLAN_PROPERTIES.settings]: JSON.stringify({ tolerance: 0.05 }) }, records: [] };
    const outcome = await runAssessment(host, { ...OPTIONS, mapping: found.value.mapping, grids: [withProperties] });
    expect(outcome.ok && outcome.value.assessment.settings.tolerance).toBe(0.05);
    expect(calls).toEqual(["applyPlan"]);
  });

  it("reads a sheet whose grid was not handed over", async () => {
    const notes = gridOf([["本表说明"]], { sheet: "说明" });
    const { host, calls } = loggingHost(new MemoryHost([notes, monitoringGrid("表2")], "说明"));
    const outcome = await runAssessment(host, { ...OPTIONS, grids: [notes] });
    expect(outcome.ok && outcome.value.mapping.sheet).toBe("表2");
    expect(calls.filter((call) => call === "listSheets" || call === "readGrid")).toEqual(["listSheets", "readGrid"]);
  });

  it.each(SEED_WORKBOOKS)("assesses the seed workbook %s end to end", async (name) => {
    const host = new MemoryHost([await seedGrid(name)]);
    const outcome = await runAssessment(host, OPTIONS);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.value.assessment.judgements.length).toBeGreaterThan(30);
    expect(host.applied).toHaveLength(1);
  });
});

describe("propertyFromGrid", () => {
  it("finds a saved property by its key in any case, as Excel does", () => {
    const grid = { ...gridOf([["序号"]]), properties: { "PlanAssess.Settings": "{}" } };
    expect(propertyFromGrid(grid, PLAN_PROPERTIES.settings)).toBe("{}");
  });

  it("says null for a property not saved, and undefined when the door did not bring the properties", () => {
    const grid = gridOf([["序号"]]);
    expect(propertyFromGrid({ ...grid, properties: {} }, PLAN_PROPERTIES.run)).toBeNull();
    expect(propertyFromGrid(grid, PLAN_PROPERTIES.run)).toBeUndefined();
  });
});

describe("edge cases", () => {
  it("refuses a table whose plan cannot be read", async () => {
    const grid = gridOf([["指标名称", "目标值", "2023年上半年"], ["地区生产总值（亿元）", 2200, 960]], { sheet: "Sheet1" });
    const outcome = await runAssessment(new MemoryHost([grid]), OPTIONS);
    expect(outcome.ok ? "assessed" : outcome.problem.code).toBe("run.no_plan");
  });

  it("lists a table with no target column whole as no data, with one table-level problem", async () => {
    const grid = gridOf(
      [
        ["指标名称", "2020年基期值", "2021年", "2022年"],
        ["地区生产总值（亿元）", 1516.7, 1700, 1850],
        ["森林覆盖率（%）", 52.6, 52.8, 53],
      ],
      { sheet: "十四五监测" },
    );
    const outcome = await runAssessment(new MemoryHost([grid]), OPTIONS);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const { assessment, problems } = outcome.value;
    expect(assessment.judgements.map((j) => [j.row, j.status])).toEqual([
      [2, "no_data"],
      [3, "no_data"],
    ]);
    expect(assessment.judgements.map((j) => j.note.statement[0]?.code)).toEqual(["targetMissing", "targetMissing"]);
    expect(problems.filter((p) => p.code === "table.no_target_column")).toHaveLength(1);
  });
});
