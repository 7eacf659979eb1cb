import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latestObservedPeriod } from "../../src/core/assess";
import { latestUsablePeriod } from "./oracles";
import { parseCell } from "../../src/core/cell";
import { readIndicator } from "../../src/core/judge";
import { periodOf } from "../../src/core/period";
import { valuePeriod } from "../../src/core/select";
import type { CellReading, CellValue, IndicatorInput } from "../../src/core/types";
import { period, row } from "./rows";

function reading(raw: CellValue): CellReading {
  const parsed = parseCell(raw);
  if (!parsed.ok) throw new Error(`unreadable test cell ${String(raw)}`);
  return parsed.value;
}

describe("valuePeriod", () => {
  it("is the column's period for a plain value", () => {
    expect(valuePeriod(reading(5.1), period("2023H1"))).toEqual(period("2023H1"));
  });

  it("is the full year a value is annotated with", () => {
    expect(valuePeriod(reading("5.1 (2022)"), period("2023H1"))).toEqual(period("2022"));
  });

  describe("edge cases", () => {
    it("keeps the column's sub-year period when the annotation names the column's own year", () => {
      expect(valuePeriod(reading("5.1 (2023)"), period("2023H1"))).toEqual(period("2023H1"));
    });
  });
});

describe("latestObservedPeriod", () => {
  it("passes over missing markers, errors and unreadable cells", () => {
    const rows = [
      row("森林覆盖率（%）", 52.6, 53, { "2022": 52.8, "2023H1": "—" }),
      row("人才资源总量（万人）", 27, 33, { "2022": 29, "2023H1": "#N/A", "2023": "abc" }),
    ];
    expect(latestObservedPeriod(rows)).toEqual(period("2022"));
  });

  it("counts a judgement of met as a usable observation, and a value in the year it is annotated with", () => {
    expect(latestObservedPeriod([row("污染防治任务", null, "完成上级下达任务", { "2023H1": "完成" })])).toEqual(period("2023H1"));
    expect(latestObservedPeriod([row("人均 GDP（万元）", 15.2, 20, { "2023": "16.1 (2022)" })])).toEqual(period("2022"));
  });

  it("finds the period latestUsablePeriod finds once the rows are read", () => {
    const cells: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom("—", "#N/A", "", "完成", "未完成", "abc", "<30", "[20]", "5.1 (2022)", "3.7 (2019)", "1074.2（265）"),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const periods = fc.tuple(fc.integer({ min: 2019, max: 2026 }), fc.constantFrom<0.25 | 0.5 | 0.75 | 1>(0.25, 0.5, 0.75, 1));
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(periods, cells), { maxLength: 5 }), { maxLength: 5 }), (table) => {
        const indicators = table.map((observations, index): IndicatorInput => ({
          row: index,
          name: "地区生产总值（亿元）",
          base: { raw: 100 },
          target: { raw: 120 },
          observations: observations.map(([[year, fraction], raw]) => ({ period: periodOf(year, fraction), cell: { raw } })),
        }));
        const read = indicators.map((indicator) => readIndicator(indicator));
        expect(latestObservedPeriod(indicators)).toEqual(latestUsablePeriod(read));
      }),
    );
  });

  describe("edge cases", () => {
    it("is null for an empty table and for a table with nothing usable", () => {
      expect(latestObservedPeriod([])).toBeNull();
      expect(latestObservedPeriod([row("森林覆盖率（%）", 52.6, 53, { "2022": "—", "2023": Number.NaN })])).toBeNull();
    });
  });
});

describe("the default period within the plan", () => {
  it("passes over columns after the plan's target year, as a plan given on the command line over another plan's table would have them", () => {
    const rows = [row("森林覆盖率（%）", 52.6, 53, { "2019": 52.7, "2022": 52.9 })];
    expect(latestObservedPeriod(rows, { baseYear: 2015, targetYear: 2020 })).toEqual(period("2019"));
    expect(latestObservedPeriod(rows, { baseYear: 2020, targetYear: 2025 })).toEqual(period("2022"));
    expect(latestObservedPeriod([row("森林覆盖率（%）", 52.6, 53, { "2022": 52.9 })], { baseYear: 2015, targetYear: 2020 })).toBeNull();
  });
});
