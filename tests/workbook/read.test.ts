import { describe, expect, it } from "vitest";
import type { CellValue, IndicatorInput } from "../../src/core/types";
import { findTable } from "../../src/workbook/table";
import { readIndicators, subItemName } from "../../src/workbook/read";
import { fixtureColumn, loadFixtureTable } from "../helpers/fixtures";
import { gridOf, seedGrid } from "./grids";
import type { SeedWorkbook } from "./grids";

/** The indicators of a seed workbook, read through its found mapping. */
async function indicatorsOf(name: SeedWorkbook): Promise<IndicatorInput[]> {
  const grid = await seedGrid(name);
  const found = findTable(grid);
  if (!found.ok) throw new Error(found.problem.message);
  return readIndicators(grid, found.value).indicators;
}

/** Whether a value read from the workbook is the cell the CSV transcription prints. */
function sameCell(raw: CellValue, printed: string): boolean {
  if (raw === null) return printed === "";
  if (typeof raw === "number") return Number(printed) === raw;
  return String(raw) === printed;
}

describe("readIndicators on the seed workbooks", () => {
  it("keeps keqiao-14th's names as written, units and footnote marks inside them", async () => {
    const indicators = await indicatorsOf("keqiao-14th-targets");
    expect(indicators.map((i) => i.name)).toEqual(fixtureColumn("keqiao-14th-targets", "指标名称（单位）").map((c) => c.text));
  });

  it("reads keqiao-14th's base, target and attribute cells as the CSV prints them, line breaks included", async () => {
    const indicators = await indicatorsOf("keqiao-14th-targets");
    const { rows } = loadFixtureTable("keqiao-14th-targets");
    rows.forEach((row, i) => {
      const indicator = indicators[i];
      expect(sameCell(indicator?.base.raw ?? null, row[2] ?? "")).toBe(true);
      expect(sameCell(indicator?.target.raw ?? null, row[3] ?? "")).toBe(true);
      expect(indicator?.attribute?.raw).toBe(row[4]);
    });
    expect(indicators[17]?.target).toEqual({ raw: "完成上级\n下达任务", ref: "D21" });
  });

  it("fills yuecheng-14th's merged categories down to every row, as the CSV repeats them", async () => {
    const indicators = await indicatorsOf("yuecheng-14th-targets");
    expect(indicators.map((i) => i.category)).toEqual(fixtureColumn("yuecheng-14th-targets", "类别").map((c) => c.text));
  });

  it("keeps yuecheng-14th's numbered names and takes units from the 单位 column", async () => {
    const indicators = await indicatorsOf("yuecheng-14th-targets");
    expect(indicators.map((i) => i.name)).toEqual(fixtureColumn("yuecheng-14th-targets", "指标").map((c) => c.text));
    expect(indicators.map((i) => i.unit)).toEqual(fixtureColumn("yuecheng-14th-targets", "单位").map((c) => c.text));
  });

  it("gives each indicator the sheet row as its id and A1 addresses for its cells", async () => {
    const [first] = await indicatorsOf("yuecheng-14th-targets");
    expect(first).toEqual({
      row: 3,
      category: "综合实力",
      name: "1. 全区生产总值",
      unit: "亿元",
      base: { raw: "—", ref: "D3" },
      target: { raw: "1500 以上", ref: "E3" },
      attribute: { raw: "预期性", ref: "F3" },
      observations: [],
    });
  });

  it("names yuecheng-13th's four pollutant sub-rows after their parent, each with the group's target", async () => {
    const indicators = await indicatorsOf("yuecheng-13th-final");
    const pollutants = indicators.filter((i) => i.name.startsWith("主要污染物排放"));
    expect(pollutants.map((i) => [i.row, i.name, i.target.ref, i.observations[0]?.cell.ref])).toEqual([
      [23, "主要污染物排放—化学需氧量排放（万吨）", "D23", "E23"],
      [24, "主要污染物排放—氨氮排放（万吨）", "D23", "E24"],
      [25, "主要污染物排放—二氧化硫排放（万吨）", "D23", "E25"],
      [26, "主要污染物排放—氮氧化物排放（万吨）", "D23", "E26"],
    ]);
    for (const pollutant of pollutants) expect(pollutant.target.raw).toBe("市下达指标");
  });

  it("reads yuecheng-13th with no base, its 2020 estimate as an observation and 完成情况 as published", async () => {
    const [gdp] = await indicatorsOf("yuecheng-13th-final");
    expect(gdp?.base).toEqual({ raw: null });
    expect(gdp?.observations).toEqual([{ period: { year: 2020, fraction: 1, code: "2020" }, cell: { raw: 1008.5, ref: "E3" } }]);
    expect(gdp?.published).toEqual({ raw: "完成", ref: "F3" });
  });

  it("reads keqiao-13th's target growth and actual growth beside the level columns", async () => {
    const [gdp] = await indicatorsOf("keqiao-13th-final");
    expect(gdp?.targetGrowth).toEqual({ raw: "7%", ref: "E4" });
    expect(gdp?.actualGrowth).toEqual({ period: { year: 2020, fraction: 1, code: "2020" }, cell: { raw: "5.4% (可比价)", ref: "G4" } });
    expect(gdp?.observations[0]?.cell).toEqual({ raw: 1516.7, ref: "F4" });
  });
});

describe("sub-item names", () => {
  it.each([
    ["主要污染物排放（万吨）", "氨氮排放（万吨）", "主要污染物排放—氨氮排放（万吨）"],
    ["主要污染物排放（万吨）", "氨氮排放", "主要污染物排放—氨氮排放（万吨）"],
    ["主要污染物排放", "氨氮排放", "主要污染物排放—氨氮排放"],
    ["人均生产总值（户籍）（万元）", "城镇", "人均生产总值（户籍）—城镇（万元）"],
  ])("names %s with sub-item %s as %s", (parent, sub, expected) => {
    expect(subItemName(parent, sub)).toBe(expected);
  });
});

describe("edge cases", () => {
  it("fills a category written once down across blank category cells", () => {
    const grid = gridOf([
      ["领域", "指标名称", "2020年", "2025年目标"],
      ["生态环境", "森林覆盖率（%）", 52.6, 53],
      [null, "PM2.5 年均浓度（微克/立方米）", 30.6, "<30"],
    ]);
    const found = findTable(grid);
    if (!found.ok) throw new Error(found.problem.message);
    expect(readIndicators(grid, found.value).indicators.map((i) => i.category)).toEqual(["生态环境", "生态环境"]);
  });

  it("points a cell inside a vertical merge at the merge's top cell", () => {
    const grid = gridOf(
      [
        ["指标名称", "指标属性", "2020年", "2025年目标"],
        ["单位 GDP 能耗降低率（%）", "约束性", 6.4, "完成上级下达任务"],
        ["单位 GDP 用水量下降率（%）", null, 3, "[10]"],
      ],
      { merges: ["B2:B3"] },
    );
    const found = findTable(grid);
    if (!found.ok) throw new Error(found.problem.message);
    expect(readIndicators(grid, found.value).indicators[1]?.attribute).toEqual({ raw: "约束性", ref: "B2" });
  });

  it("reads nothing from a mapping without a name column", () => {
    const grid = gridOf([["指标名称", "2020年", "2025年目标"], ["就业", 1, 2]]);
    const found = findTable(grid);
    if (!found.ok) throw new Error(found.problem.message);
    const mapping = { ...found.value, columns: found.value.columns.filter((c) => c.role !== "name") };
    expect(readIndicators(grid, mapping)).toEqual({ indicators: [], problems: [] });
  });
});
