import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/types";
import { findTable } from "../../src/workbook/table";
import { readIndicators } from "../../src/workbook/read";
import type { CellRange, Grid } from "../../src/workbook/types";

/** Cell texts that look like parts of an indicator table, so random grids often hold near-tables. */
const TABLE_WORDS = [
  "序号", "指标名称", "指标", "类别", "单位", "子项", "指标属性", "统计类型", "方向", "备注",
  "2020年", "2020 年\n实 绩", "2025年目标", "2020年预计值", "“十三五”目标", "“十四五”实绩", "年均增长",
  "2022年上半年", "2023年1-6月", "完成情况", "评估结果（自动生成）", "实现度", "注：示例", "一、综合实力",
  "地区生产总值（亿元）", "1500 以上", "<30", "[20]", "完成上级\n下达任务", "—", "3.7 (2019)", "=HYPERLINK(\"x\")", "",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...TABLE_WORDS),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: 1900, max: 2100 }),
  fc.boolean(),
  fc.constant(null),
);

const range: fc.Arbitrary<CellRange> = fc
  .tuple(fc.nat(12), fc.nat(8), fc.nat(4), fc.nat(4))
  .map(([top, left, height, width]) => ({ top, left, bottom: top + height, right: left + width }));

const rows = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 });

/** A real header row dropped among random rows, so that many grids hold a table to read. */
const withHeader = fc
  .tuple(rows, fc.constantFrom(["序号", "指标名称", "2020年", "2025年目标", "2022年上半年"], ["类别", "指标", "单位", "2020年预计值", "2025年"]), rows)
  .map(([above, header, below]): CellValue[][] => [...above, [...header], ...below]);

const grid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.constantFrom("表1", "十四五指标", "Sheet1"),
  top: fc.nat(5),
  left: fc.nat(3),
  values: fc.oneof(rows, withHeader),
  merges: fc.array(range, { maxLength: 4 }),
});

describe("findTable on arbitrary grids", () => {
  it("never throws, and either finds a table inside the grid or says why not in Chinese", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const found = findTable(g);
        if (!found.ok) {
          expect(found.problem.message).toMatch(/[\u4e00-\u9fff]/u);
          return;
        }
        const mapping = found.value;
        expect(mapping.headerTop).toBeLessThanOrEqual(mapping.headerBottom);
        expect(mapping.headerBottom).toBeLessThan(mapping.firstRow);
        expect(mapping.firstRow).toBeLessThanOrEqual(mapping.lastRow);
        expect(mapping.left).toBeLessThanOrEqual(mapping.right);
        expect(mapping.columns.filter((c) => c.role === "name")).toHaveLength(1);
      }),
      { numRuns: 1500 },
    );
  });

  it("reads the rows of any table it finds without throwing, every id unique and every ref an A1 address", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const found = findTable(g);
        if (!found.ok) return;
        const { indicators } = readIndicators(g, found.value);
        expect(new Set(indicators.map((i) => i.row)).size).toBe(indicators.length);
        for (const indicator of indicators) {
          for (const source of [indicator.base, indicator.target, ...indicator.observations.map((o) => o.cell)]) {
            if (source.ref !== undefined) expect(source.ref).toMatch(/^[A-Z]{1,3}\d+$/u);
          }
        }
      }),
      { numRuns: 800 },
    );
  });
});
