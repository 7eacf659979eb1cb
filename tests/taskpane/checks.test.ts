import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/period";
import type { CellValue, IndicatorInput } from "../../src/core/types";
import { suspectValues, suspectValuesOf } from "../../src/taskpane/checks";
import { loadFixtureTable } from "../helpers/fixtures";

const keqiao = loadFixtureTable("keqiao-14th-targets");

/** A 柯桥区 indicator as printed (name, base, target), with illustrative observations F, G, H … */
function indicator(row: number, observations: [string, CellValue][]): IndicatorInput {
  const cells = keqiao.rows[row] ?? [];
  const sheetRow = row + 3;
  return {
    row: sheetRow,
    name: cells[1] ?? "",
    base: { raw: cells[2] ?? null, ref: `C${sheetRow}` },
    target: { raw: cells[3] ?? null, ref: `D${sheetRow}` },
    observations: observations.map(([label, raw], index) => ({
      period: parsePeriod(label)!,
      cell: { raw, ref: `${String.fromCharCode(70 + index)}${sheetRow}` },
    })),
  };
}

describe("suspectValuesOf", () => {
  it("lists a value that jumps from the previous year, with its cell and the change", () => {
    // 外贸出口额（亿元）: base 864.6; an illustrative 2022 value typed with an extra digit.
    const exports = indicator(11, [["2021年", 905.2], ["2022年", 9562]]);
    expect(suspectValuesOf(exports, 0.5)).toEqual([
      {
        kind: "jump",
        ref: "G14",
        name: "外贸出口额（亿元）",
        periodLabel: "2022年",
        value: "9562",
        previous: "905.2",
        change: (9562 - 905.2) / 905.2,
      },
    ]);
  });

  it("compares the first year with the base value", () => {
    const revenue = indicator(3, [["2021年", 13.9]]);
    expect(suspectValuesOf(revenue, 0.5).map((s) => [s.kind, s.ref])).toEqual([["jump", "F6"]]);
  });

  it("never flags a flow's half year for being about half of the previous year", () => {
    const gdp = indicator(0, [["2021年", 1780.5], ["2022年上半年", 905.6], ["2022年", 1850.4], ["2023年上半年", 968.1]]);
    expect(suspectValuesOf(gdp, 0.5)).toEqual([]);
  });

  it("compares a half year with the previous half year", () => {
    const gdp = indicator(0, [["2022年上半年", 905.6], ["2023年上半年", 96.81]]);
    expect(suspectValuesOf(gdp, 0.5).map((s) => [s.kind, s.periodLabel])).toEqual([["jump", "2023年上半年"]]);
  });

  it("lists text that is not a number, quoting it", () => {
    const rnd = indicator(5, [["2021年", "3.1"], ["2022年", "3..2"], ["2023年", "完成"]]);
    expect(suspectValuesOf(rnd, 0.5)).toEqual([
      { kind: "notNumber", ref: "G8", name: "研究与试验发展经费支出占 GDP 比重（%）", periodLabel: "2022年", raw: "3..2" },
      { kind: "notNumber", ref: "H8", name: "研究与试验发展经费支出占 GDP 比重（%）", periodLabel: "2023年", raw: "完成" },
    ]);
  });

  it("accepts judgements for a qualitative target", () => {
    // 单位 GDP 能耗降低率（%）: target 完成上级下达任务.
    const energy = indicator(16, [["2021年", "完成"], ["2022年", "已完成"]]);
    expect(suspectValuesOf(energy, 0.5)).toEqual([]);
  });

  it("follows the threshold setting", () => {
    const revenue = indicator(3, [["2021年", 160]]);
    expect(suspectValuesOf(revenue, 0.5)).toEqual([]);
    expect(suspectValuesOf(revenue, 0.1).map((s) => s.kind)).toEqual(["jump"]);
  });

  describe("edge cases", () => {
    it("skips missing markers and never divides by a zero previous value", () => {
      // 数字经济核心产业增加值占 GDP 比重（%）: base 1.7; 0 is a fall of 100%, then 2 has no rate.
      const share = indicator(8, [["2021年", "—"], ["2022年", 0], ["2023年", 2]]);
      expect(suspectValuesOf(share, 0.5).map((s) => [s.ref, s.kind === "jump" && s.change])).toEqual([["G11", -1]]);
    });

    it("reads observations in period order whatever the column order", () => {
      const gdp = indicator(0, [["2022年", 1850.4], ["2021年", 1780.5]]);
      expect(suspectValuesOf(gdp, 0.5)).toEqual([]);
    });

    it("never throws and never reports a NaN change", () => {
      const cell = fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean());
      fc.assert(
        fc.property(fc.array(cell, { maxLength: 4 }), fc.double({ min: 0, max: 10, noNaN: true }), (values, threshold) => {
          const input = indicator(0, values.map((raw, index) => [`${2021 + index}年`, raw] as [string, CellValue]));
          for (const suspect of suspectValuesOf(input, threshold)) {
            if (suspect.kind === "jump") expect(Number.isNaN(suspect.change)).toBe(false);
          }
        }),
      );
    });
  });
});

describe("suspectValues", () => {
  it("lists the values to check of a whole table, indicator by indicator", () => {
    const table = [indicator(0, [["2021年", 1780.5]]), indicator(3, [["2021年", 13.9]]), indicator(11, [["2021年", "九百"]])];
    expect(suspectValues(table, 0.5).map((s) => s.ref)).toEqual(["F6", "F14"]);
  });
});
