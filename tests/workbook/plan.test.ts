import { periodOf } from "../../src/core/period";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/types";
import { PLAN_NAMES, PLAN_PROPERTIES, buildWritePlan, readRunStamp } from "../../src/workbook/plan";
import type { WritePlanOptions } from "../../src/workbook/plan";
import { findTable } from "../../src/workbook/table";
import type { CellBlock, CellRange, ConditionalRule, Grid, TableMapping, WritePlan } from "../../src/workbook/types";
import { assessmentOf, judgedAt, judgementOf } from "./assessments";
import { gridOf, seedGrid } from "./grids";

const OPTIONS: WritePlanOptions = { generatedAt: "2024-07-15T09:00:00+08:00" };

/** The mapping of a grid; fails the test when no table is found. */
function mapped(grid: Grid, previousBlock?: CellRange): TableMapping {
  const found = findTable(grid, previousBlock ? { previousBlock } : {});
  if (!found.ok) throw new Error(found.problem.message);
  return found.value;
}

/** The plan of a run; fails the test when it is refused. */
function planned(result: ReturnType<typeof buildWritePlan>): WritePlan {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

/** The value a block writes at a sheet cell, or undefined when the block does not cover it. */
function written(blocks: readonly CellBlock[], row: number, column: number): CellValue | undefined {
  for (const block of blocks) {
    const value = block.values[row - block.top]?.[column - block.left];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The number format a block gives a sheet cell. */
function formatAt(blocks: readonly CellBlock[], row: number, column: number): string | undefined {
  for (const block of blocks) {
    if (block.values[row - block.top]?.[column - block.left] === undefined) continue;
    const format = block.numberFormat;
    return typeof format === "string" ? format : format?.[row - block.top]?.[column - block.left];
  }
  return undefined;
}

/** A grid with the plan's status block written into it, as a door leaves the sheet. */
function withBlockWritten(grid: Grid, plan: WritePlan): Grid {
  const values = grid.values.map((row) => [...row]);
  for (const block of plan.block.blocks) {
    block.values.forEach((cells, i) =>
      cells.forEach((value, j) => {
        const row = block.top + i - grid.top;
        const column = block.left + j - grid.left;
        while (values.length <= row) values.push([]);
        const target = values[row] ?? [];
        while (target.length <= column) target.push(null);
        target[column] = value;
        values[row] = target;
      }),
    );
  }
  return { ...grid, values };
}

/** The keqiao-14th table with a few judged rows (rows 4, 5 and 24 of the sheet). */
async function keqiao14th() {
  const grid = await seedGrid("keqiao-14th-targets");
  const mapping = mapped(grid);
  const assessment = assessmentOf([
    judgedAt(4, "on_track", 0.55, { category: "综合实力", name: "地区生产总值（GDP）（亿元）" }),
    judgedAt(5, "behind", 0.3, { category: "综合实力", name: "人均 GDP（常住）（万元）", attribute: "binding" }),
    judgedAt(24, "ahead", 1.2, { category: "生态环境", name: "PM2.5 年均浓度（微克/每立方米）" }),
    judgementOf(25, { category: "生态环境", name: "地表水考核断面水质达到或好于Ⅲ类比例（%）" }),
  ]);
  return { grid, mapping, assessment };
}

describe("the status block beside the table", () => {
  it("goes into the six columns right of keqiao-14th, from the free row above its header to its last row", async () => {
    const { grid, mapping, assessment } = await keqiao14th();
    const plan = planned(buildWritePlan(grid, mapping, assessment, OPTIONS));
    expect(plan.block.sheet).toBe("表2");
    expect(plan.block.placement).toBe("beside");
    expect(plan.block.area).toEqual({ top: 1, left: 5, bottom: 38, right: 10 });
    expect(written(plan.block.blocks, 1, 5)).toBe("评估结果（自动生成）");
    expect([5, 6, 7, 8, 9, 10].map((column) => written(plan.block.blocks, 2, column))).toEqual([
      "实现度",
      "时序进度",
      "评价结果",
      "较上期",
      "预计完成情况",
      "说明",
    ]);
  });

  it("writes realisation and time progress as numbers in percent format, the status with its symbol", async () => {
    const { grid, mapping, assessment } = await keqiao14th();
    const plan = planned(buildWritePlan(grid, mapping, assessment, OPTIONS));
    const row = 4; // sheet row 5: 人均 GDP, behind
    expect([5, 6, 7, 8, 9].map((column) => written(plan.block.blocks, row, column))).toEqual([0.3, 0.5, "▼ 未达到进度要求", "—", "完成难度较大"]);
    expect(formatAt(plan.block.blocks, row, 5)).toBe("0.0%");
    expect(formatAt(plan.block.blocks, row, 6)).toBe("0.0%");
    expect(written(plan.block.blocks, 24, 7)).toBe("○ 数据暂缺");
    expect(written(plan.block.blocks, 10, 7)).toBeNull();
  });

  it("wraps the notes and marks the header band with the generated fill", async () => {
    const { grid, mapping, assessment } = await keqiao14th();
    const plan = planned(buildWritePlan(grid, mapping, assessment, OPTIONS));
    const note = plan.block.styles.find((s) => s.range.left === 10 && s.range.right === 10 && s.style.wrap);
    expect(note?.range).toMatchObject({ top: 3, bottom: 38 });
    const band = plan.block.styles.find((s) => s.range.top === 2 && s.style.bold);
    expect(band?.style.fill).toMatch(/^#[0-9A-F]{6}$/u);
  });

  it("puts one rule per status on the bounded 评价结果 range, and a data bar on 实现度", async () => {
    const { grid, mapping, assessment } = await keqiao14th();
    const rules = planned(buildWritePlan(grid, mapping, assessment, OPTIONS)).block.conditional;
    const texts = rules.flatMap((rule) => (rule.type === "textEquals" ? [rule.text] : []));
    expect(texts).toEqual(["▲ 提前实现目标", "● 达到进度要求", "▼ 未达到进度要求", "○ 数据暂缺"]);
    for (const rule of rules) {
      const column = rule.type === "dataBar" ? 5 : 7;
      expect(rule.range).toEqual({ top: 3, left: column, bottom: 38, right: column });
    }
    expect(rules.filter((rule) => rule.type === "dataBar")).toHaveLength(1);
  });

  it("adds the end-of-plan labels' rules when a judgement is at the end of the plan", async () => {
    const { grid, mapping } = await keqiao14th();
    const assessment = assessmentOf([judgedAt(4, "on_track", 0.97, { timeProgress: 1, endOfPlan: "basically_complete" })]);
    const plan = planned(buildWritePlan(grid, mapping, assessment, OPTIONS));
    expect(written(plan.block.blocks, 3, 7)).toBe("◐ 基本完成");
    const texts = plan.block.conditional.flatMap((rule: ConditionalRule) => (rule.type === "textEquals" ? [rule.text] : []));
    expect(texts).toHaveLength(7);
    expect(texts).toContain("◐ 基本完成");
  });

  it("uses renamed labels in cells and rules alike", async () => {
    const { grid, mapping } = await keqiao14th();
    const assessment = assessmentOf([judgedAt(5, "behind", 0.3)], { settings: { labels: { behind: "滞后" } as never } });
    const plan = planned(buildWritePlan(grid, mapping, assessment, OPTIONS));
    expect(written(plan.block.blocks, 4, 7)).toBe("▼ 滞后");
    expect(plan.block.conditional).toContainEqual(expect.objectContaining({ text: "▼ 滞后" }));
  });

  it("puts the group header on the top row of a two-row header (keqiao-13th)", async () => {
    const grid = await seedGrid("keqiao-13th-final");
    const mapping = mapped(grid);
    const plan = planned(buildWritePlan(grid, mapping, assessmentOf([judgementOf(4)]), OPTIONS));
    expect(plan.block.area).toEqual({ top: 1, left: 7, bottom: 35, right: 12 });
    expect(written(plan.block.blocks, 1, 7)).toBe("评估结果（自动生成）");
    expect(written(plan.block.blocks, 2, 7)).toBe("实现度");
  });

  it("marks each header as generated when the header is on the sheet's first row", () => {
    const grid = gridOf([
      ["指标名称", "2020年", "2025年目标", "2022年"],
      ["地区生产总值（亿元）", 1516.7, 2200, 1850.4],
    ]);
    const plan = planned(buildWritePlan(grid, mapped(grid), assessmentOf([judgedAt(2, "on_track", 0.49)]), OPTIONS));
    expect(plan.block.area).toEqual({ top: 0, left: 4, bottom: 1, right: 9 });
    expect(written(plan.block.blocks, 0, 4)).toBe("实现度（自动生成）");
  });
});

describe("safety", () => {
  const table: CellValue[][] = [
    ["序号", "指标名称", "2020年", "2025年目标", "2022年"],
    [1, "地区生产总值（亿元）", 1516.7, 2200, 1850.4],
    [2, "城镇登记失业率（%）", 1.92, "<2", 1.85],
  ];

  it("refuses, in Chinese, to write over the user's content beside the table and offers a separate sheet", () => {
    const grid = gridOf([[null], ...table.map((row, i) => (i === 2 ? [...row, null, "请核实"] : row))]);
    const result = buildWritePlan(grid, mapped(grid), assessmentOf([judgementOf(3)]), OPTIONS);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe("plan.collision");
      expect(result.problem.cell).toBe("G4");
      expect(result.problem.message).toContain("请核实");
      expect(result.problem.message).toContain("单独的工作表“评估结果”");
    }
  });

  it("refuses when a merged area of the user's reaches into the block", () => {
    const grid = gridOf([[null], ...table], { merges: ["E4:G4"] });
    const result = buildWritePlan(grid, mapped(grid), assessmentOf([]), OPTIONS);
    expect(result.ok ? "written" : result.problem.code).toBe("plan.collision");
  });

  it("writes the block to a separate sheet on request, leaving the table's sheet untouched", () => {
    const grid = gridOf([[null], ...table.map((row, i) => (i === 2 ? [...row, null, "请核实"] : row))]);
    const plan = planned(
      buildWritePlan(grid, mapped(grid), assessmentOf([judgedAt(3, "on_track", 0.5, { name: "地区生产总值（亿元）" })]), {
        ...OPTIONS,
        placement: "separateSheet",
      }),
    );
    expect(plan.block.sheet).toBe("评估结果");
    expect(plan.block.placement).toBe("separateSheet");
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(["评估结果", "评估汇总", "评价表", "评估明细"]);
    const status = plan.sheets[0];
    expect(status?.blocks[0]?.values.slice(0, 2)).toEqual([["指标名称"], ["地区生产总值（亿元）"]]);
    expect(plan.block.area).toEqual({ top: 0, left: 1, bottom: 3, right: 6 });
    expect(plan.names.every((named) => named.sheet !== "指标")).toBe(true);
  });

  it("keeps text that looks like a formula as text, in the block and on both sheets", async () => {
    const { grid, mapping } = await keqiao14th();
    const assessment = assessmentOf([
      judgedAt(5, "behind", 0.3, {
        name: "=HYPERLINK(\"http://x\",\"y\")",
        note: { statement: [{ code: "judgement", period: periodOf(2023, 0.5), text: "=HYPERLINK(\"http://x\")" }], reasons: [] },
        category: "+综合",
      }),
    ]);
    const plan = planned(buildWritePlan(grid, mapping, assessment, OPTIONS));
    // A note is worded from phrases, so it never opens with a cell's text: the quoted text stays as written.
    expect(written(plan.block.blocks, 4, 10)).toBe("2023年上半年完成情况为“=HYPERLINK(\"http://x\")”");
    const detail = plan.sheets.find((sheet) => sheet.name === "评估明细");
    expect(formatAt(detail?.blocks ?? [], 1, 2)).toBe("@");
    const summary = plan.sheets.find((sheet) => sheet.name === "评估汇总");
    const cells = (summary?.blocks ?? []).flatMap((block) =>
      block.values.flatMap((row, i) => row.map((value, j) => ({ value, format: formatAt([block], block.top + i, block.left + j) }))),
    );
    const formulaLike = cells.filter((cell) => typeof cell.value === "string" && /^[=+]/u.test(cell.value));
    expect(formulaLike.length).toBeGreaterThan(0);
    for (const cell of formulaLike) expect(cell.format).toBe("@");
  });

  it("never writes into the user's table: every block lies right of it or on the add-in's own sheets", async () => {
    const { grid, mapping, assessment } = await keqiao14th();
    const plan = planned(buildWritePlan(grid, mapping, assessment, OPTIONS));
    for (const block of plan.block.blocks) expect(block.left).toBeGreaterThan(mapping.right);
    expect(plan.sheets.map((sheet) => sheet.name)).not.toContain(mapping.sheet);
  });
});

describe("re-running", () => {
  it("gives the same plan for the same input", async () => {
    const { grid, mapping, assessment } = await keqiao14th();
    expect(buildWritePlan(grid, mapping, assessment, OPTIONS)).toEqual(buildWritePlan(grid, mapping, assessment, OPTIONS));
  });

  it("replaces exactly the block an earlier run wrote: same area, no refusal", async () => {
    const { grid, mapping, assessment } = await keqiao14th();
    const first = planned(buildWritePlan(grid, mapping, assessment, OPTIONS));
    const after = withBlockWritten(grid, first);
    const remapped = mapped(after);
    expect(remapped.columns.filter((c) => c.role === "generated").map((c) => c.column)).toEqual([5, 6, 7, 8, 9, 10]);
    const second = planned(buildWritePlan(after, remapped, assessment, OPTIONS));
    expect(second.block.area).toEqual(first.block.area);
    expect(second.block.blocks).toEqual(first.block.blocks);
  });

  it("replaces an earlier block of a one-row header at A1 through the saved area", () => {
    const grid = gridOf([
      ["指标名称", "2020年", "2025年目标", "2022年"],
      ["地区生产总值（亿元）", 1516.7, 2200, 1850.4],
    ]);
    const assessment = assessmentOf([judgedAt(2, "on_track", 0.49)]);
    const first = planned(buildWritePlan(grid, mapped(grid), assessment, OPTIONS));
    const after = withBlockWritten(grid, first);
    const stamp = readRunStamp(first.properties[PLAN_PROPERTIES.run] ?? null);
    expect(stamp?.area).toBe("E1:J2");
    const previousBlock = first.block.area;
    const second = planned(buildWritePlan(after, mapped(after, previousBlock), assessment, { ...OPTIONS, previousBlock }));
    expect(second.block.area).toEqual(first.block.area);
  });

  it("names the block, its status cells and both sheets, each under the generated prefix", async () => {
    const { grid, mapping, assessment } = await keqiao14th();
    const plan = planned(buildWritePlan(grid, mapping, assessment, OPTIONS));
    expect(plan.names.map((named) => [named.name, named.sheet])).toEqual([
      [PLAN_NAMES.block, "表2"],
      [PLAN_NAMES.status, "表2"],
      [PLAN_NAMES.summary, "评估汇总"],
      [PLAN_NAMES.detail, "评估明细"],
    ]);
    expect(plan.names[0]?.range).toEqual(plan.block.area);
    expect(plan.names[1]?.range).toEqual({ top: 3, left: 7, bottom: 38, right: 7 });
    for (const named of plan.names) expect(named.name.startsWith("PlanAssess_")).toBe(true);
  });

  it("saves the settings, the mapping and a run stamp as properties", async () => {
    const { grid, mapping, assessment } = await keqiao14th();
    const plan = planned(buildWritePlan(grid, mapping, assessment, OPTIONS));
    expect(Object.keys(plan.properties)).toEqual(["PlanAssess.settings", "PlanAssess.mapping", "PlanAssess.run"]);
    expect(JSON.parse(plan.properties["PlanAssess.settings"] ?? "{}")).toMatchObject({ tolerance: 0, path: "linear" });
    const saved = JSON.parse(plan.properties["PlanAssess.mapping"] ?? "{}") as { columns: { role: string }[]; plan: unknown };
    expect(saved.columns.map((c) => c.role)).toEqual(["index", "name", "base", "target", "attribute"]);
    expect(saved.plan).toEqual({ baseYear: 2020, targetYear: 2025 });
    expect(readRunStamp(plan.properties["PlanAssess.run"] ?? null)).toEqual({
      generatedAt: "2024-07-15T09:00:00+08:00",
      placement: "beside",
      sheet: "表2",
      area: "F2:K39",
      tableSheet: "表2",
      period: "2023H1",
      fingerprint: { width: 6, cells: expect.any(String) as unknown },
    });
    const fingerprint = readRunStamp(plan.properties["PlanAssess.run"] ?? null)?.fingerprint;
    // F2:K39: 38 rows of six cells, three characters each.
    expect(fingerprint?.cells).toHaveLength(38 * 6 * 3);
  });
});

describe("edge cases", () => {
  it.each([null, "", "{", "[]", '{"sheet":"表2"}', '{"sheet":"表2","area":"F2:J39","generatedAt":"x","placement":"elsewhere"}'])(
    "reads no run stamp from %j",
    (saved) => {
      expect(readRunStamp(saved)).toBeNull();
    },
  );

  it("writes an assessment with no judgements: an empty block under its headers, no rules lost", async () => {
    const { grid, mapping } = await keqiao14th();
    const plan = planned(buildWritePlan(grid, mapping, assessmentOf([], { period: null }), OPTIONS));
    expect(plan.block.conditional).toHaveLength(5);
    expect(written(plan.block.blocks, 3, 5)).toBeNull();
  });
});
