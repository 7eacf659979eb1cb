import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findGdpGrowth, mayGiveGdpGrowth, statesGrowthRate } from "../../src/core/gdp";
import { readIndicator, unitInForce } from "../../src/core/judge";
import { parseIndicatorName } from "../../src/core/name";
import type { IndicatorInput } from "../../src/core/types";
import { period, plan14, row } from "./rows";

describe("statesGrowthRate", () => {
  it("is true for a name that states a growth rate or a unit in %", () => {
    expect(statesGrowthRate("地区生产总值增速", undefined)).toBe(true);
    expect(statesGrowthRate("地区生产总值", "%")).toBe(true);
    expect(statesGrowthRate("地区生产总值", "亿元")).toBe(false);
  });
});

describe("unitInForce", () => {
  it("takes the unit column's unit, trimmed, over the name's", () => {
    expect(unitInForce({ unit: " 万人 " }, parseIndicatorName("人才资源总量（人）"))).toBe("万人");
    expect(unitInForce({}, parseIndicatorName("人才资源总量（万人）"))).toBe("万人");
  });

  describe("edge cases", () => {
    it("falls back to the name's unit for a blank unit cell, and has none when neither gives one", () => {
      expect(unitInForce({ unit: "  " }, parseIndicatorName("森林覆盖率（%）"))).toBe("%");
      expect(unitInForce({}, parseIndicatorName("人才资源总量"))).toBeUndefined();
    });
  });
});

describe("mayGiveGdpGrowth", () => {
  it("keeps GDP rows with rates or an achieved average, and no others", () => {
    expect(mayGiveGdpGrowth("地区生产总值增速", undefined, false)).toBe(true);
    expect(mayGiveGdpGrowth("地区生产总值", "亿元", true)).toBe(true);
    expect(mayGiveGdpGrowth("地区生产总值", "亿元", false)).toBe(false);
    expect(mayGiveGdpGrowth("人均生产总值", "%", true)).toBe(false);
  });

  it("leaves out only rows the search would pass over", () => {
    const names = ["地区生产总值（亿元）", "地区生产总值增速（%）", "GDP增速", "全区生产总值（%）", "人均生产总值（元）"];
    const cells = fc.constantFrom<string | number | null>(5.4, 7.8, "—", "abc", null);
    fc.assert(
      fc.property(fc.constantFrom(...names), cells, fc.option(cells, { nil: undefined }), (name, value, actual) => {
        const input: IndicatorInput = {
          ...row(name, 100, 120, { "2021": value, "2022": value }),
          ...(actual === undefined ? {} : { actualGrowth: { period: period("2022"), cell: { raw: actual } } }),
        };
        const prepared = readIndicator(input);
        const candidate = { ...prepared, row: input.row, name: input.name };
        const found = findGdpGrowth([candidate], { plan: plan14, period: period("2022") });
        if (found !== null) expect(mayGiveGdpGrowth(prepared.compactName, prepared.unit, input.actualGrowth !== undefined)).toBe(true);
      }),
    );
  });
});
