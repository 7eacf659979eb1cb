/**
 * The national layout: 全国“十四五”规划《纲要》专栏1 (tests/fixtures/national-14th-targets.xlsx, as
 * published: title row, merged 类别 cells, 2020年 | 2025年 | 年均/累计 | 属性, footnote row), with two
 * observation columns this test adds (2021年, 2022年). The observations are illustrative values
 * written for the test (示例数据), not official statistics; each expected figure below is worked
 * out by hand from them.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Assessment, CellValue, Judgement } from "../../src/core/types";
import type { Grid, TableMapping } from "../../src/workbook/types";
import { formulaText, noteText } from "../../src/i18n/notes";
import { gridFromWorksheet } from "../../src/xlsx/grid";
import { assessedTable } from "./grids";
import { fixturePath, loadFixtureTable } from "../helpers/fixtures";

/** 2021 and 2022 values for the 20 rows, in the table's order (示例数据). */
const OBSERVED: readonly (readonly [CellValue, CellValue])[] = [
  [8.1, 3.0], // 1 GDP growth
  [8.7, 4.2], // 2 labour productivity growth
  [64.7, 65.2], // 3 urbanisation
  [14.6, 10.1], // 4 R&D growth
  [7.5, 9.4], // 5 patents
  [8.0, 8.3], // 6 digital economy share
  [8.1, 2.9], // 7 disposable income growth
  [5.1, 5.6], // 8 unemployment
  [10.9, 11.0], // 9 years of schooling
  [3.04, 3.15], // 10 doctors
  [91.5, 92.0], // 11 pension insurance
  [2.03, 2.5], // 12 childcare places
  [77.9, 78.2], // 13 life expectancy
  [2.7, 2.8], // 14 energy intensity reduction, to date
  [3.8, 4.6], // 15 carbon intensity reduction, to date
  [87.5, 86.5], // 16 good-air days
  [84.9, 87.9], // 17 surface water
  [24.02, 24.02], // 18 forest cover
  [6.83, 6.87], // 19 grain capacity
  [43.3, 46.6], // 20 energy capacity
];

/** The published sheet with 2021年 and 2022年 columns added right of 属性 (header on sheet row 2). */
async function nationalGrid(): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(fixturePath("national-14th-targets.xlsx"));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("national-14th-targets.xlsx has no sheet");
  const grid = gridFromWorksheet(sheet);
  const values = grid.values.map((row, index) => {
    if (index === 1) return [...row, "2021年", "2022年"];
    const observed = OBSERVED[index - 2];
    return [...row, ...(observed ?? [null, null])];
  });
  return { ...grid, values };
}

let mapping: TableMapping;
let assessment: Assessment;
let readProblems: { code: string }[];

beforeAll(async () => {
  ({ mapping, assessment, readProblems } = assessedTable(await nationalGrid()));
});

/** The judgement of the indicator whose printed name starts with its number (`8.`). */
function row(number: number): Judgement {
  const found = assessment.judgements.find((j) => j.name.startsWith(`${number}.`));
  if (!found) throw new Error(`no row ${number}`);
  return found;
}

describe("the national 14th-plan table (专栏1) with 2021 and 2022 observations", () => {
  it("maps 2020年 as the base, 2025年 as the target, 年均/累计 as the target-growth column, plan 2021–2025", () => {
    const roles = mapping.columns.map((c) => [c.header, c.role]);
    expect(roles).toEqual([
      ["类别", "category"],
      ["指标", "name"],
      ["2020年", "base"],
      ["2025年", "target"],
      ["年均/累计", "targetGrowth"],
      ["属性", "attribute"],
      ["2021年", "observation"],
      ["2022年", "observation"],
    ]);
    expect(mapping.plan).toEqual({ baseYear: 2020, targetYear: 2025 });
  });

  it("reads all 20 rows, the names as the CSV prints them", () => {
    const printed = loadFixtureTable("national-14th-targets").rows.map((cells) => cells[1]);
    expect(assessment.judgements.map((j) => j.name)).toEqual(printed);
  });

  it("reports no parse problem anywhere: mapping, reading, judging", () => {
    const all = [...mapping.problems, ...readProblems, ...assessment.judgements.flatMap((j) => j.problems)];
    expect(all.filter((p) => p.code.startsWith("parse."))).toEqual([]);
    expect(all).toEqual([]);
  });

  // kind, direction and why, status, and the note's key clause, row by row, worked out by hand.
  it.each([
    [1, "open", "higher", "default", "no_data", "openTarget"],
    [2, "relative", "higher", "default", "on_track", "relative"],
    [3, "level", "higher", "default", "ahead", "valueAt"],
    [4, "rate", "higher", "comparator", "on_track", "averageRate"],
    [5, "level", "higher", "default", "on_track", "valueAt"],
    [6, "level", "higher", "default", "behind", "valueAt"],
    [7, "relative", "higher", "default", "on_track", "relative"],
    [8, "bound", "lower", "comparator", "behind", "valueAt"],
    [9, "level", "higher", "default", "on_track", "valueAt"],
    [10, "level", "higher", "default", "on_track", "valueAt"],
    [11, "level", "higher", "default", "behind", "valueAt"],
    [12, "level", "higher", "default", "behind", "valueAt"],
    [13, "change", "higher", "default", "on_track", "valueAt"],
    [14, "cumulative", "higher", "name", "behind", "cumulative"],
    [15, "cumulative", "higher", "name", "behind", "cumulative"],
    [16, "level", "higher", "default", "behind", "valueAt"],
    [17, "level", "higher", "default", "ahead", "valueAt"],
    [18, "level", "higher", "default", "on_track", "valueAt"],
    [19, "bound", "higher", "comparator", "ahead", "valueAt"],
    [20, "bound", "higher", "comparator", "ahead", "valueAt"],
  ] as const)("row %i is %s, %s is better (%s), %s, its note opening with %s", (number, kind, direction, source, status, opening) => {
    const judgement = row(number);
    expect(judgement.kind).toBe(kind);
    expect(judgement.direction).toBe(direction);
    expect(judgement.directionSource).toBe(source);
    expect(judgement.status).toBe(status);
    expect(judgement.note.statement[0]?.code).toBe(opening);
  });

  it("holds 城镇调查失业率 to the bound <5.5 on its own level: behind at 5.6 from a base of 5.2, regressing, r = 0", () => {
    const judgement = row(8);
    expect(judgement.target).toMatchObject({ kind: "bound", op: "<", value: 5.5 });
    expect(judgement.value).toBe(5.6);
    expect(judgement.realisation).toBe(0);
    expect(judgement.flags).toContain("regressing");
    expect(judgement.formula).toEqual([{ code: "boundSlipped", target: "<5.5" }]);
    expect(judgement.note.reasons.map((r) => r.code)).toEqual(["targetFromGrowthColumn", "slipped", "regressing"]);
  });

  it("compares 全员劳动生产率增长 (4.2 > 3) and 居民人均可支配收入增长 (2.9 ≥ 3 − 0.5) with the GDP row's 2022 growth", () => {
    expect(row(2).note.statement).toEqual([
      { code: "relative", period: { year: 2022, fraction: 1, code: "2022" }, rate: 4.2, gdpRate: 3, reference: "国内生产总值" },
      { code: "relativeMet", relation: "faster" },
    ]);
    expect(row(7).note.statement).toEqual([
      { code: "relative", period: { year: 2022, fraction: 1, code: "2022" }, rate: 2.9, gdpRate: 3, reference: "国内生产总值" },
      { code: "relativeMet", relation: "sync" },
    ]);
  });

  it("words the comparison with the table's own reference row, 国内生产总值, not a city's 地区生产总值", () => {
    expect(noteText(row(2).note)).toBe("2022年增速4.2%，同期国内生产总值增速3%，快于经济增长；目标年一栏无数值，按“年均/累计”栏的“高于GDP增长”评价");
    expect(formulaText(row(7).formula)).toBe("增速 ≥ 同期国内生产总值增速 − 0.5个百分点，即达到要求");
  });

  it("judges 人均预期寿命 〔1〕 as an increase of one year from the 2019 base 77.3: (78.2 − 77.3) ÷ 1 = 90%", () => {
    const judgement = row(13);
    expect(judgement.realisation).toBeCloseTo(0.9, 10);
    expect(judgement.note.reasons).toContainEqual({ code: "changeAsLevels", text: "〔1〕", base: 77.3, goal: 78.3 });
    expect(judgement.note.reasons).toContainEqual({ code: "baseStarred" });
    expect(judgement.flags).toContain("other_year_value");
  });

  it("judges 〔13.5〕 and 〔18〕 as five-year cumulative reductions: 2.8 ÷ 13.5 = 20.7%, 4.6 ÷ 18 = 25.6%", () => {
    expect(row(14).realisation).toBeCloseTo(2.8 / 13.5, 10);
    expect(row(14).formula).toEqual([{ code: "cumulativeFormula", value: 2.8, total: 13.5 }]);
    expect(row(15).realisation).toBeCloseTo(4.6 / 18, 10);
  });

  it("gives GDP's open target no data, with its reason, and no projection", () => {
    const judgement = row(1);
    expect(judgement.note.statement).toEqual([{ code: "openTarget", text: "保持在合理区间、各年度视情提出" }]);
    expect(judgement.projection).toBe("unknown");
    expect(judgement.realisation).toBeNull();
  });

  it("judges 研发经费投入增长 on the annual growth bound >7: √(1.146 × 1.101) − 1 = 12.33%, the 力争 part shown, not judged", () => {
    const judgement = row(4);
    expect(judgement.value).toBeCloseTo(12.33, 2);
    expect(judgement.note.reasons).toContainEqual({ code: "stretchNote", text: "力争投入强度高于“十三五”时期实际" });
  });

  it("reads the starred 2019 bases 60.6*, 23.2* as numbers and says so: 森林覆盖率 (24.02 − 23.2) ÷ 0.9 = 91.1%", () => {
    expect(row(3).base).toMatchObject({ kind: "point", value: 60.6, annotations: { starred: true } });
    expect(row(18).realisation).toBeCloseTo(0.82 / 0.9, 10);
    expect(row(18).note.reasons).toEqual([{ code: "baseStarred" }]);
  });

  it("counts 4 ahead, 8 on track, 7 behind and 1 no data", () => {
    expect(assessment.summary.counts).toEqual({ ahead: 4, on_track: 8, behind: 7, no_data: 1 });
  });
});
