/**
 * A national-layout table (2020年 | 2025年 | 年均/累计 | 统计口径 | 属性) with a 统计口径 column and
 * rows holding both a 2025 target and a 年均/累计 figure, read and judged through the workbook.
 * Values are illustrative (示例数据); each expected figure is worked out by hand in its test.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Assessment, Judgement, Problem } from "../../src/core/types";
import { roleNames } from "../../src/i18n/evidence";
import { noteText } from "../../src/i18n/notes";
import { ROLE_CHOICES } from "../../src/workbook/assign-role";
import type { TableMapping } from "../../src/workbook/types";
import { assessedTable, gridOf } from "./grids";

const grid = gridOf([
  ["类别", "指标", "2020年", "2025年", "年均/累计", "统计口径", "属性", "2021年", "2022年"],
  ["民生福祉", "人均预期寿命（岁）", 77.3, "—", "〔1〕", "累计", "预期性", 0.6, 0.9],
  ["城乡建设", "棚户区住房改造（万套）", "—", "—", "〔110〕", "当年值", "约束性", 39.6, 41.3],
  ["经济发展", "常住人口城镇化率（%）", 60, 65, "1.6%", "水平", "预期性", 61, 62],
  ["经济发展", "地区生产总值（亿元）", 1516.7, 2200, "7%", "", "预期性", 1645.3, 1850.4],
  ["民生福祉", "新增城镇就业（万人）", "—", "—", "〔5500〕", "按季", "预期性", 1269, 1206],
]);

let mapping: TableMapping;
let assessment: Assessment;
let readProblems: Problem[];

beforeAll(() => {
  ({ mapping, assessment, readProblems } = assessedTable(grid));
});

function judged(name: string): Judgement {
  const found = assessment.judgements.find((j) => j.name.startsWith(name));
  if (!found) throw new Error(`no ${name}`);
  return found;
}

describe("the 统计口径 column", () => {
  it("is mapped by its header as the calibre column, a role the pane offers by its Chinese name", () => {
    expect(mapping.columns.map((c) => [c.header, c.role])).toContainEqual(["统计口径", "calibre"]);
    expect(mapping.columns.map((c) => [c.header, c.role])).toContainEqual(["年均/累计", "targetGrowth"]);
    expect(ROLE_CHOICES).toContain("calibre");
    expect(roleNames("zh-CN").calibre).toBe("统计口径");
  });

  it("reads 〔1〕 on 人均预期寿命 as the change itself when the column says 累计: 0.9 ÷ 1 = 90%, against 40% time progress", () => {
    const j = judged("人均预期寿命");
    expect(j.kind).toBe("cumulative");
    expect(j.realisation).toBeCloseTo(0.9, 10);
    expect(j.status).toBe("on_track");
    expect(noteText(j.note)).toContain("统计口径栏为“累计”，监测值按截至当期的累计数读取");
  });

  it("sums each year's figure when the column says 当年值: 39.6 + 41.3 = 80.9 of 110, r = 73.5%", () => {
    const j = judged("棚户区住房改造");
    expect(j.value).toBeCloseTo(80.9, 10);
    expect(j.realisation).toBeCloseTo(80.9 / 110, 10);
    expect(noteText(j.note)).toContain("统计口径为“当年”，累计值按2个年度的当年数相加");
  });

  it("reports a 统计口径 cell it cannot read, naming the cell, and still judges the row on its values", () => {
    const j = judged("新增城镇就业");
    expect(j.problems.map((p) => [p.code, p.cell])).toEqual([["judge.calibre", "F6"]]);
    expect(j.problems[0]?.message).toContain("单元格 F6的统计口径“按季”无法识别");
    // Without a readable word the run 1269, 1206 falls, so it is read as yearly figures: 2475 of 5500.
    expect(j.value).toBe(2475);
  });
});

describe("a 年均/累计 figure beside a 2025 target", () => {
  it("judges 常住人口城镇化率 on its 2025 target, the 1.6% shown as the implied growth with no problem", () => {
    const j = judged("常住人口城镇化率");
    expect(j.kind).toBe("level");
    // (62 − 60) ÷ (65 − 60) = 40%
    expect(j.realisation).toBeCloseTo(0.4, 10);
    expect(j.problems).toEqual([]);
    expect(noteText(j.note)).toContain("年均增长1.6%为目标隐含增速");
  });

  it("reports a 7% figure that 1516.7 → 2200 (7.72% a year) contradicts, naming E5, and judges the 2025 target", () => {
    const j = judged("地区生产总值");
    expect(j.kind).toBe("level");
    expect(j.problems.map((p) => [p.code, p.cell])).toEqual([["judge.implied_growth", "E5"]]);
  });

  it("reads every cell: no read problem and no parse problem", () => {
    expect(readProblems).toEqual([]);
    expect(assessment.judgements.flatMap((j) => j.problems).filter((p) => p.code.startsWith("parse."))).toEqual([]);
  });
});
