import { describe, expect, it } from "vitest";
import { evidenceText, planEvidenceText } from "../../src/i18n/evidence";
import type { ColumnRole, TableMapping } from "../../src/workbook/types";
import { findTable } from "../../src/workbook/table";
import { readIndicators } from "../../src/workbook/read";
import { loadFixtureTable } from "../helpers/fixtures";
import { SEED_WORKBOOKS, seedGrid } from "./grids";
import type { SeedWorkbook } from "./grids";

/** The mapping of a seed workbook; fails the test when no table is found. */
async function mappingOf(name: SeedWorkbook): Promise<TableMapping> {
  const found = findTable(await seedGrid(name));
  if (!found.ok) throw new Error(found.problem.message);
  return found.value;
}

/** Roles by column letter, as a reader of the sheet would list them. */
function rolesOf(mapping: TableMapping): Record<string, ColumnRole> {
  return Object.fromEntries(mapping.columns.map((c) => [String.fromCharCode(65 + c.column), c.role]));
}

/** Sheet rows (1-based, as the user sees them) of the header band and the data. */
function rowsOf(mapping: TableMapping): { header: [number, number]; data: [number, number] } {
  return {
    header: [mapping.headerTop + 1, mapping.headerBottom + 1],
    data: [mapping.firstRow + 1, mapping.lastRow + 1],
  };
}

describe("findTable on the seed workbooks", () => {
  it("finds keqiao-14th below its title and an empty row, with units inside names and a footnote row after it", async () => {
    const mapping = await mappingOf("keqiao-14th-targets");
    expect(rowsOf(mapping)).toEqual({ header: [3, 3], data: [4, 39] });
    expect(rolesOf(mapping)).toEqual({ A: "index", B: "name", C: "base", D: "target", E: "attribute" });
    expect(mapping.plan).toEqual({ baseYear: 2020, targetYear: 2025 });
    expect(mapping.periods).toEqual([]);
  });

  it("finds yuecheng-14th with its merged 类别 column, 单位 column, 2020年预计值 as base and a bare 2025年 as target", async () => {
    const mapping = await mappingOf("yuecheng-14th-targets");
    expect(rowsOf(mapping)).toEqual({ header: [2, 2], data: [3, 36] });
    expect(rolesOf(mapping)).toEqual({ A: "category", B: "name", C: "unit", D: "base", E: "target", F: "attribute" });
    expect(mapping.plan).toEqual({ baseYear: 2020, targetYear: 2025 });
  });

  it("finds yuecheng-13th with 子项 under the merged 指标名称, 2020年预计值 as the end-of-plan observation and 完成情况 as published", async () => {
    const mapping = await mappingOf("yuecheng-13th-final");
    expect(rowsOf(mapping)).toEqual({ header: [2, 2], data: [3, 34] });
    expect(rolesOf(mapping)).toEqual({
      A: "index",
      B: "name",
      C: "subItem",
      D: "target",
      E: "observation",
      F: "published",
    });
    expect(mapping.plan).toEqual({ baseYear: 2015, targetYear: 2020 });
    expect(mapping.periods.map((p) => p.code)).toEqual(["2020"]);
  });

  it("finds keqiao-13th's two-row header: target and target growth under “十三五”目标, observation and actual growth under “十三五”实绩", async () => {
    const mapping = await mappingOf("keqiao-13th-final");
    expect(rowsOf(mapping)).toEqual({ header: [2, 3], data: [4, 36] });
    expect(rolesOf(mapping)).toEqual({
      A: "index",
      B: "name",
      C: "attribute",
      D: "target",
      E: "targetGrowth",
      F: "observation",
      G: "actualGrowth",
    });
    expect(mapping.plan).toEqual({ baseYear: 2015, targetYear: 2020 });
    expect(mapping.columns.find((c) => c.role === "actualGrowth")?.period?.code).toBe("2020");
    expect(mapping.columns.find((c) => c.role === "target")?.header).toBe("“十三五”目标 2020 年");
  });

  it.each(SEED_WORKBOOKS)("reads every row of %s that the CSV transcription holds", async (name) => {
    const grid = await seedGrid(name);
    const mapping = await mappingOf(name);
    const { indicators, problems } = readIndicators(grid, mapping);
    expect(indicators).toHaveLength(loadFixtureTable(name).rows.length);
    expect(problems).toEqual([]);
  });

  it.each(SEED_WORKBOOKS)("gives evidence in Chinese for every column of %s", async (name) => {
    const mapping = await mappingOf(name);
    for (const column of mapping.columns) expect(evidenceText(column.evidence)).toMatch(/[\u4e00-\u9fff]/u);
    expect(planEvidenceText(mapping.planEvidence)).toMatch(/基期年\d{4}年/u);
  });

  it("says where the plan comes from: the base and target columns, or the 十三五 in a header", async () => {
    expect(planEvidenceText((await mappingOf("keqiao-14th-targets")).planEvidence)).toBe(
      "基期年2020年取自“2020 年 实 绩”列，目标年2025年取自“2025 年 目 标”列",
    );
    expect(planEvidenceText((await mappingOf("keqiao-13th-final")).planEvidence)).toContain("‘十三五’目标 2020 年");
  });

  it("notes that an end-of-plan table has no base column", async () => {
    const mapping = await mappingOf("yuecheng-13th-final");
    expect(mapping.problems.map((p) => p.code)).toEqual(["table.no_base_column"]);
  });
});
