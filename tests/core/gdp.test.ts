import { describe, expect, it } from "vitest";
import { findGdpGrowth, isGdpName } from "../../src/core/gdp";
import { readIndicator } from "../../src/core/judge";
import type { IndicatorInput } from "../../src/core/types";
import { period, plan14, row } from "./rows";

/** A row as findGdpGrowth sees it. */
function candidate(input: IndicatorInput) {
  const prepared = readIndicator(input);
  return {
    row: input.row,
    name: input.name,
    compactName: prepared.compactName,
    unit: prepared.unit,
    read: prepared.read,
    actualGrowth: prepared.actualGrowth,
  };
}

const window = { plan: plan14, period: period("2023H1") };

describe("isGdpName", () => {
  it.each([
    ["地区生产总值", true],
    ["全区生产总值", true],
    ["GDP", true],
    ["地区生产总值增速", true],
    ["GDP年均增长", true],
    ["人均生产总值", false],
    ["人均GDP", false],
    ["研究与试验发展经费支出占GDP比重", false],
    ["单位GDP能耗降低率", false],
  ])("reads %s as %s", (name, expected) => {
    expect(isGdpName(name)).toBe(expected);
  });
});

describe("findGdpGrowth", () => {
  it("takes the yearly rates of a GDP growth indicator", () => {
    const gdp = findGdpGrowth([candidate(row("地区生产总值增速（%）", 3.5, 7, { "2021": 8.5, "2022": 3.1 }))], window);
    expect(gdp?.rates).toEqual([
      { period: period("2021"), value: 8.5 },
      { period: period("2022"), value: 3.1 },
    ]);
    expect(gdp?.average).toBeNull();
  });

  it("takes the published 实绩年均增长 of a GDP level indicator", () => {
    const input = row("地区生产总值（亿元）", null, 1683, { "2020": 1516.7 }, {
      actualGrowth: { period: period("2020"), cell: { raw: "5.4% (可比价)" } },
    });
    const gdp = findGdpGrowth([candidate(input)], { plan: { baseYear: 2015, targetYear: 2020 }, period: period("2020") });
    expect(gdp).toEqual({ row: 7, name: "地区生产总值（亿元）", rates: [], average: { period: period("2020"), value: 5.4 } });
  });

  it("does not read GDP levels as growth rates", () => {
    expect(findGdpGrowth([candidate(row("地区生产总值（亿元）", 1516.7, 2200, { "2022": 1850.4 }))], window)).toBeNull();
  });

  it("passes over other indicators and takes the first GDP indicator with a rate", () => {
    const rows = [
      row("人均生产总值增速（%）", 3, 6, { "2022": 9 }),
      row("地区生产总值（亿元）", 1516.7, 2200, { "2022": 1850.4 }),
      row("GDP增长（%）", 3.5, 7, { "2022": 4.2 }),
    ].map(candidate);
    expect(findGdpGrowth(rows, window)?.rates).toEqual([{ period: period("2022"), value: 4.2 }]);
  });
});

describe("edge cases", () => {
  it("finds nothing in an empty table or without an evaluation period", () => {
    expect(findGdpGrowth([], window)).toBeNull();
    const rates = candidate(row("地区生产总值增速（%）", 3.5, 7, { "2022": 3.1 }));
    expect(findGdpGrowth([rates], { plan: plan14, period: null })).toBeNull();
  });
});
