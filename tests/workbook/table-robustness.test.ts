import { describe, expect, it } from "vitest";
import { evidenceText } from "../../src/i18n/evidence";
import type { CellValue } from "../../src/core/types";
import { findTable } from "../../src/workbook/table";
import { readIndicators } from "../../src/workbook/read";
import { userTableRange } from "../../src/workbook/block";
import { serialiseMapping } from "../../src/workbook/plan";
import type { ColumnRole, Grid, TableMapping } from "../../src/workbook/types";
import { gridOf } from "./grids";

/** The mapping of a grid; fails the test when no table is found. */
function mapped(grid: Grid, previousBlock?: Parameters<typeof findTable>[1]): TableMapping {
  const found = findTable(grid, previousBlock);
  if (!found.ok) throw new Error(found.problem.message);
  return found.value;
}

const roles = (mapping: TableMapping): ColumnRole[] => mapping.columns.map((c) => c.role);

/** A monitoring workbook: base, target, then the periods filled in since. */
const MONITORING: CellValue[][] = [
  ["序号", "指标名称", "单位", "指标属性", "2020年基期值", "2025年目标值", "2021年", "2022年上半年", "2022年", "2023年1-6月", "备注", "责任单位"],
  [1, "地区生产总值", "亿元", "预期性", 1516.7, "2200★", 1780.1, 890.2, 1850.4, 960.3, null, "区发改局"],
  [2, "城镇登记失业率", "%", "预期性", 1.92, "<2", 1.8, 1.9, 1.85, 1.88, "调查失业率", "区人力社保局"],
  [3, "PM2.5 年均浓度", "微克/立方米", "约束性", 30.6, "<30", 29, 33, 28.5, 31, null, "市生态环境局越城分局"],
];

describe("findTable on tables built in the test", () => {
  it("finds a table that does not start at A1, under title rows", () => {
    const grid = gridOf(
      [
        ["“十四五”规划主要指标监测表", null, null, null, null, null, null, null, null, null, null, null],
        ["填报单位：区统计局", null, null, null, null, null, null, null, null, null, null, null],
        [],
        ...MONITORING,
      ],
      { top: 4, left: 2, merges: ["C5:N5"] },
    );
    const mapping = mapped(grid);
    expect([mapping.headerTop, mapping.headerBottom, mapping.firstRow, mapping.lastRow]).toEqual([7, 7, 8, 10]);
    expect([mapping.left, mapping.right]).toEqual([2, 13]);
    expect(roles(mapping)).toEqual([
      "index", "name", "unit", "attribute", "base", "target",
      "observation", "observation", "observation", "observation", "other", "other",
    ]);
    expect(mapping.periods.map((p) => p.code)).toEqual(["2021", "2022H1", "2022", "2023H1"]);
    expect(mapping.plan).toEqual({ baseYear: 2020, targetYear: 2025 });
  });

  it("keeps a title row out of the header when the table has grown past the title's merge", () => {
    // A period column added after the title was merged (新增填报期, or by hand), and a status
    // block whose group header sits in the title row, both reach beyond the merge A1:J1.
    const title: CellValue[] = ["“十四五”规划主要指标监测表（示例数据）", ...new Array<CellValue>(10).fill(null)];
    const header = [...(MONITORING[0] ?? []).slice(0, 10), "2023年"];
    const body = MONITORING.slice(1).map((row) => [...row.slice(0, 10), null]);
    const grown = mapped(gridOf([title, header, ...body], { merges: ["A1:J1"] }));
    expect([grown.headerTop, grown.headerBottom, grown.firstRow]).toEqual([1, 1, 2]);
    expect(grown.plan).toEqual({ baseYear: 2020, targetYear: 2025 });
    expect(grown.periods.map((p) => p.code)).toEqual(["2021", "2022H1", "2022", "2023H1", "2023"]);

    const marked = [...title.slice(0, 10), "评估结果（自动生成）"];
    const assessed = mapped(gridOf([marked, header.slice(0, 10), ...body], { merges: ["A1:J1"] }));
    expect([assessed.headerTop, assessed.headerBottom]).toEqual([1, 1]);
    expect(assessed.plan).toEqual({ baseYear: 2020, targetYear: 2025 });
  });

  it("keeps 备注 and 责任单位 as other columns, with evidence that they are not read", () => {
    const mapping = mapped(gridOf(MONITORING));
    const remarks = mapping.columns.filter((c) => c.role === "other");
    expect(remarks.map((c) => c.header)).toEqual(["备注", "责任单位"]);
    for (const column of remarks) expect(evidenceText(column.evidence)).toContain("不参与评估");
  });

  it("reads through empty rows inside the table and stops at footnote rows", () => {
    const rows: CellValue[][] = [
      MONITORING[0] ?? [],
      MONITORING[1] ?? [],
      [],
      [],
      MONITORING[2] ?? [],
      MONITORING[3] ?? [],
      ["说明：2023年1-6月为快报数。"],
      [4, "备注：不计入评估的行", null, null, 1, 2],
    ];
    const grid = gridOf(rows);
    const mapping = mapped(grid);
    expect([mapping.firstRow, mapping.lastRow]).toEqual([1, 5]);
    expect(readIndicators(grid, mapping).indicators.map((i) => i.row)).toEqual([2, 5, 6]);
  });

  it.each(["注：[]内数据为五年累计数", "注1：快报数", "备注：口径调整", "资料来源：区统计局", "*注：示例数据"])(
    "ends the table at the footnote row %s",
    (footnote) => {
      const grid = gridOf([...MONITORING, [footnote], [9, "不应读取的指标", "个", "预期性", 1, 2]]);
      expect(mapped(grid).lastRow).toBe(3);
    },
  );

  it("ends the table after more than three empty rows, and at a second table's header", () => {
    const gap = gridOf([...MONITORING, [], [], [], [], [9, "另一处的内容", null, null, 1, 2]]);
    expect(mapped(gap).lastRow).toBe(3);
    const second = gridOf([...MONITORING, ...MONITORING]);
    expect(mapped(second).lastRow).toBe(3);
  });

  it("reads section rows (一、综合实力) as categories when there is no category column", () => {
    const grid = gridOf(
      [
        ["序号", "指标名称", "2020年", "2025年目标"],
        ["一、综合实力", null, null, null],
        [1, "地区生产总值（亿元）", 1516.7, 2200],
        ["二、生态环境", null, null, null],
        [2, "森林覆盖率（%）", 52.6, "53 左右"],
      ],
      { merges: ["A2:D2", "A4:D4"] },
    );
    const mapping = mapped(grid);
    expect(mapping.firstRow).toBe(1);
    const { indicators } = readIndicators(grid, mapping);
    expect(indicators.map((i) => [i.name, i.category])).toEqual([
      ["地区生产总值（亿元）", "综合实力"],
      ["森林覆盖率（%）", "生态环境"],
    ]);
  });

  it("reads a two-row header written without merged cells", () => {
    const grid = gridOf([
      ["序号", "指标名称", "目标", null, "实绩", null],
      [null, null, "2020年", "年均增长", "2020年", "年均增长"],
      [1, "地区生产总值（亿元）", 1683, "7%", 1516.7, "5.4%"],
    ]);
    const mapping = mapped(grid);
    expect([mapping.headerTop, mapping.headerBottom]).toEqual([0, 1]);
    expect(roles(mapping)).toEqual(["index", "name", "target", "targetGrowth", "observation", "actualGrowth"]);
    expect(mapping.plan).toEqual({ baseYear: 2015, targetYear: 2020 });
  });

  it("reads direction and 统计类型 override columns", () => {
    const grid = gridOf([
      ["指标", "方向", "统计类型", "2020年", "2025年目标"],
      ["亿元 GDP 生产安全事故死亡率（人/亿元）", "逆向", "时点", 0.005, "<0.01"],
    ]);
    const mapping = mapped(grid);
    expect(roles(mapping)).toEqual(["name", "direction", "nature", "base", "target"]);
    const [indicator] = readIndicators(grid, mapping).indicators;
    expect(indicator?.directionOverride).toEqual({ raw: "逆向", ref: "B2" });
    expect(indicator?.natureOverride).toEqual({ raw: "时点", ref: "C2" });
  });

  it("takes the target year from 十五五 in the title when the target column names no year", () => {
    const grid = gridOf(
      [
        ["某区“十五五”规划主要指标", null, null, null],
        ["指标名称", "基期值", "目标值", "2026年上半年"],
        ["地区生产总值（亿元）", 2300, 3000, 1200],
      ],
      { merges: ["A1:D1"] },
    );
    const mapping = mapped(grid);
    expect(mapping.plan).toEqual({ baseYear: 2025, targetYear: 2030 });
    expect(roles(mapping)).toEqual(["name", "base", "target", "observation"]);
    expect(mapping.periods.map((p) => p.code)).toEqual(["2026H1"]);
  });

  it("marks the columns an earlier run generated, by their group header, and never reads them", () => {
    const grid = gridOf(
      [
        [null, null, null, null, "评估结果（自动生成）", null, null, null, null],
        ["指标名称", "2020年", "2025年目标", "2022年", "实现度", "时序进度", "评价结果", "预计完成情况", "说明"],
        ["地区生产总值（亿元）", 1516.7, 2200, 1850.4, "48.8%", "40%", "● 达到进度要求", "能如期完成", "2022年值1850.4"],
      ],
      { merges: ["E1:I1"] },
    );
    const mapping = mapped(grid);
    expect(mapping.headerTop).toBe(1);
    expect(roles(mapping)).toEqual([
      "name", "base", "target", "observation", "generated", "generated", "generated", "generated", "generated",
    ]);
    expect(readIndicators(grid, mapping).indicators[0]?.published).toBeUndefined();
    // The user's table, as saved with the settings and named as the summary's source, ends at D.
    expect(userTableRange(mapping)).toEqual({ top: 1, left: 0, bottom: 2, right: 3 });
    const saved = JSON.parse(serialiseMapping(mapping)) as { right: number; columns: { role: string }[] };
    expect(saved.right).toBe(3);
    expect(saved.columns.map((c) => c.role)).toEqual(["name", "base", "target", "observation"]);
  });

  it("marks the columns inside the previous run's block as generated even without the group header", () => {
    const grid = gridOf([
      ["指标名称", "2020年", "2025年目标", "实现度", "评价结果"],
      ["地区生产总值（亿元）", 1516.7, 2200, "48.8%", "● 达到进度要求"],
    ]);
    const mapping = mapped(grid, { previousBlock: { top: 0, left: 3, bottom: 1, right: 4 } });
    expect(roles(mapping)).toEqual(["name", "base", "target", "generated", "generated"]);
  });

  it("gives the evidence as a code with what the header said, rendered in English when asked", () => {
    const evidence = mapped(gridOf(MONITORING)).columns[4]?.evidence;
    expect(evidence).toEqual({ code: "baseWord", header: "2020年基期值", year: 2020 });
    expect(evidence && evidenceText(evidence, "en-US")).toBe("Header “2020年基期值” says base for 2020");
  });

  it("finds the whole of a 10,000-row table", () => {
    const rows: CellValue[][] = [["序号", "指标名称", "单位", "2020年", "2025年目标", "2022年"]];
    for (let i = 1; i <= 10_000; i += 1) rows.push([i, `指标${i}`, "%", i, i + 10, i + 4]);
    const grid = gridOf(rows);
    const mapping = mapped(grid);
    expect([mapping.firstRow, mapping.lastRow]).toEqual([1, 10_000]);
    expect(readIndicators(grid, mapping).indicators).toHaveLength(10_000);
  });
});

describe("edge cases", () => {
  it("says an empty sheet holds no table", () => {
    expect(findTable(gridOf([], { sheet: "Sheet1" }))).toEqual({
      ok: false,
      problem: { code: "table.empty_sheet", message: "工作表“Sheet1”为空，没有可评估的指标表" },
    });
  });

  it("says, in Chinese, what a table needs when a sheet holds none", () => {
    const found = findTable(gridOf([["会议纪要"], ["一、总体情况良好"], [3, 4, 5]], { sheet: "纪要" }));
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.problem.code).toBe("table.not_found");
      expect(found.problem.message).toContain("指标名称");
    }
  });

  it("says when a header has no indicator rows below it", () => {
    const found = findTable(gridOf([["序号", "指标名称", "2020年", "2025年目标"]]));
    expect(found.ok ? "found" : found.problem.code).toBe("table.no_rows");
  });

  it("reports a missing target column as a problem of the mapping", () => {
    const mapping = mapped(gridOf([["序号", "指标名称", "单位", "2021年上半年", "2022年上半年"], [1, "就业人数", "万人", 1, 2]]));
    expect(mapping.problems.map((p) => p.code)).toContain("table.no_target_column");
  });

  it("skips a row with values but no name, naming the row", () => {
    const grid = gridOf([MONITORING[0] ?? [], [1, null, "亿元", "预期性", 1, 2], MONITORING[1] ?? []]);
    const mapping = mapped(grid);
    const { indicators, problems } = readIndicators(grid, mapping);
    expect(indicators.map((i) => i.row)).toEqual([3]);
    expect(problems).toEqual([
      { code: "read.row_without_name", message: "第2行有数据但指标名称为空，未作为指标读取", cell: "B2" },
    ]);
  });
});

describe("headers typed as numbers", () => {
  it("reads years that Excel keeps as numbers in a header row naming the indicator column", () => {
    const grid = gridOf([
      ["指标名称", 2020, "2025年目标", 2021, 2022],
      ["地区生产总值（亿元）", 1516.7, 2200, 1700, 1850.4],
    ]);
    const mapping = mapped(grid);
    expect(roles(mapping)).toEqual(["name", "base", "target", "observation", "observation"]);
    expect(mapping.periods.map((p) => p.code)).toEqual(["2021", "2022"]);
  });
});

describe("bare year headers", () => {
  it("reads 2020年 and 2025年 as base and target when no plan is named, five years apart", () => {
    const grid = gridOf([["指标名称", "2020年", "2025年", "2021年"], ["地区生产总值（亿元）", 1516.7, 2200, 1707.3]], { sheet: "Sheet1" });
    const mapping = mapped(grid);
    expect(roles(mapping)).toEqual(["name", "base", "target", "observation"]);
    expect(evidenceText(mapping.columns[2]!.evidence)).toContain("相隔一个五年规划期");
  });

  it("does not take the latest observation for a target", () => {
    const grid = gridOf([["指标名称", "2020年基期值", "2021年", "2022年"], ["地区生产总值（亿元）", 1516.7, 1707.3, 1850.4]], { sheet: "Sheet1" });
    const mapping = mapped(grid);
    expect(roles(mapping)).toEqual(["name", "base", "observation", "observation"]);
    expect(mapping.problems.map((p) => p.code)).toContain("table.no_target_column");
  });
});

describe("evaluation-style headers", () => {
  it("reads 一级指标 as the category and 二级指标 as the name", () => {
    const grid = gridOf([
      ["一级指标", "二级指标", "单位", "基期值", "2025年目标值"],
      ["创新驱动", "研发经费投入强度", "%", 3, 3.5],
    ], { sheet: "十四五" });
    expect(roles(mapped(grid))).toEqual(["category", "name", "unit", "base", "target"]);
  });
});
