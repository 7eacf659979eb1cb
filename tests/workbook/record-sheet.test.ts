/**
 * What a run writes of the record: the 评估记录 sheet's layout, the 较上期 column of the status
 * block, the summary's section, and the run stamp's fingerprint of the record.
 */
import { describe, expect, it } from "vitest";
import { periodOf } from "../../src/core/period";
import type { CellValue } from "../../src/core/types";
import { buildWritePlan, PLAN_PROPERTIES, readRunStamp } from "../../src/workbook/plan";
import { compareWithRecord, emptyRecord, mergeRecord } from "../../src/workbook/record";
import { findTable } from "../../src/workbook/table";
import type { CellBlock, Grid, WritePlan } from "../../src/workbook/types";
import { assessmentOf, judgedAt, judgementOf } from "./assessments";
import { gridOf } from "./grids";

const GRID: Grid = gridOf([
  ["序号", "类别", "指标名称", "2020年", "2025年目标", "2021年", "2022年"],
  [1, "经济发展", "地区生产总值（亿元）", 1000, 1500, 1100, 1200],
  [2, "经济发展", "人均GDP（万元）", 10, 15, 10.5, 10.6],
  [3, "生态环境", "PM2.5浓度", 40, 30, null, null],
]);

const judged = (period: number, first: [string, number], second: [string, number]) =>
  assessmentOf(
    [
      judgedAt(2, first[0] as "ahead", first[1], { category: "经济发展", name: "地区生产总值（亿元）" }),
      judgedAt(3, second[0] as "ahead", second[1], { category: "经济发展", name: "人均GDP（万元）" }),
      judgementOf(4, { category: "生态环境", name: "PM2.5浓度" }),
    ],
    { period: periodOf(period, 1) },
  );

/** The plan of a 2022 run after a 2021 one. */
function secondPlan(): WritePlan {
  const found = findTable(GRID);
  if (!found.ok) throw new Error(found.problem.message);
  const at2021 = judged(2021, ["on_track", 0.2], ["on_track", 0.2]);
  const at2022 = judged(2022, ["ahead", 0.5], ["behind", 0.1]);
  const record = mergeRecord(emptyRecord(), at2021);
  const result = buildWritePlan(GRID, found.value, at2022, {
    generatedAt: "2024-07-15T09:00:00+08:00",
    record: mergeRecord(record, at2022),
    comparison: compareWithRecord(record, at2022),
  });
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

/** Every value of a sheet's blocks by A1-style position `row,column`. */
function cells(blocks: readonly CellBlock[]): Map<string, CellValue> {
  const map = new Map<string, CellValue>();
  for (const block of blocks) block.values.forEach((row, i) => row.forEach((value, j) => map.set(`${block.top + i},${block.left + j}`, value)));
  return map;
}

describe("the record as written", () => {
  it("is a sheet of its own: 类别 | 指标名称, then a merged period over 评价结果 | 实现度, frozen under its two header rows", () => {
    const sheet = secondPlan().sheets.find((candidate) => candidate.name === "评估记录");
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.blocks[0]?.values.slice(0, 3)).toEqual([
      ["类别", "指标名称", "2021年", null, "2022年", null],
      [null, null, "评价结果", "实现度", "评价结果", "实现度"],
      ["经济发展", "地区生产总值（亿元）", "达到进度要求", 0.2, "提前实现目标", 0.5],
    ]);
    expect(sheet.merges).toContainEqual({ top: 0, left: 2, bottom: 0, right: 3 });
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 1, right: 0 });
    expect(sheet.freezeRows).toBe(2);
    const formats = sheet.blocks[0]?.numberFormat;
    expect(Array.isArray(formats) ? formats[2]?.[3] : formats).toBe("0.0%");
  });

  it("puts each indicator's change, symbol and word, in the 较上期 column after 评价结果", () => {
    const plan = secondPlan();
    const written = cells(plan.block.blocks);
    const left = plan.block.area.left;
    expect(written.get(`0,${left + 3}`)).toBe("较上期（自动生成）");
    expect([1, 2, 3].map((row) => written.get(`${row},${left + 3}`))).toEqual(["↑好转", "↓退步", "—"]);
  });

  it("counts the changes on 评估汇总 against the period compared with", () => {
    const summary = secondPlan().sheets.find((sheet) => sheet.name === "评估汇总");
    const texts = [...cells(summary?.blocks ?? []).values()];
    const at = texts.indexOf("九、较上期变化");
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at)).toEqual(["九、较上期变化", "与评估记录中的上期（2021年）相比", "较上期", "指标数", "↑好转", 1, "→持平", 0, "↓退步", 1, "新增", 0]);
  });

  it("saves what it wrote on the record sheet in the run stamp, so that a later run can tell a changed record", () => {
    const plan = secondPlan();
    const stamp = readRunStamp(plan.properties[PLAN_PROPERTIES.run] ?? null);
    // Five rows (two header rows, three indicators) of six cells, three characters each.
    expect(stamp?.record).toEqual({ width: 6, cells: expect.stringMatching(/^[0-9a-z]{90}$/u) as unknown });
  });
});
