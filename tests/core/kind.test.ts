import { describe, expect, it } from "vitest";
import { parseCell } from "../../src/core/cell";
import { classifyIndicator, isGrowthRateName, type KindClues } from "../../src/core/kinds";
import { readIndicator } from "../../src/core/judge";
import { decideDirection } from "../../src/core/direction";
import type { CellReading, IndicatorKind } from "../../src/core/types";
import { loadFixtureTable } from "../helpers/fixtures";
import { plan14 } from "./rows";
import { phraseText } from "../../src/i18n/notes";

function reading(raw: string | number | null): CellReading | null {
  const parsed = parseCell(raw);
  return parsed.ok ? parsed.value : null;
}

/** Classifies a row as the engine would: name and unit read, direction decided first. */
function classify(name: string, base: string | number | null, target: string | number | null, extra: Partial<KindClues> = {}) {
  const prepared = readIndicator({ row: 1, name, base: { raw: base }, target: { raw: target }, observations: [] });
  const unit = extra.unit ?? prepared.unit ?? "";
  const direction = decideDirection({ label: prepared.label, unit, base: prepared.base, target: prepared.target }).direction;
  return classifyIndicator({
    compactName: prepared.compactName,
    unit,
    direction,
    base: prepared.base,
    target: prepared.target,
    growth: null,
    plan: plan14,
    ...extra,
  });
}

/** The kind of every row of a seed table. */
function kindsOf(table: string, columns: { name: number; unit?: number; base: number; target: number }) {
  return loadFixtureTable(table).rows.map((cells) => {
    const unit = columns.unit === undefined ? undefined : cells[columns.unit];
    const c = classify(cells[columns.name] ?? "", cells[columns.base] ?? "", cells[columns.target] ?? "", unit ? { unit } : {});
    return c.kind;
  });
}

describe("classifyIndicator on the 14th-plan seed tables", () => {
  it("classifies every indicator of 柯桥区“十四五”", () => {
    const expected: IndicatorKind[] = [
      "level", "level", "level", "level", "level", "level", "level", "level", "level", "level", "level", "level",
      "cumulative", // 实际利用外资 [20]
      "level",
      "maintain", // 掌上办事 100 → 100
      "level",
      "qualitative", "qualitative", // 能耗降低率, 二氧化碳排放降低率: 完成上级下达任务
      "cumulative", // 用水量下降率 [10]
      "bound", // 空气质量优良天数比例 89.3 → 87: a floor
      "bound", // PM2.5 <30
      "maintain", // 地表水 100 → 100
      "level", "level",
      "bound", "bound", // 收入比 <1.63, 失业率 <2
      "level", "level", "level", "level", "level", "level", "level",
      "bound", // 死亡率 <0.01
      "maintain", // 粮食综合生产能力 1.68 → 1.68
      "level",
    ];
    expect(kindsOf("keqiao-14th-targets", { name: 1, base: 2, target: 3 })).toEqual(expected);
  });

  it("classifies every indicator of 越城区“十四五”", () => {
    const expected: IndicatorKind[] = [
      "bound", // 全区生产总值 — → 1500 以上
      "level", "level", "level",
      "level", "level", // rankings 91 → 50, 95 → 50 (lower is better)
      "level",
      "bound", // >65
      "level", "level",
      "level", // — → 18: a level with no base
      "level", "level", "level", "level",
      "bound", "bound", // >90, >90
      "level", // 3.7 (2019) → 5 左右
      "level", "level",
      "bound", // 失业率 <3
      "level", "level",
      "bound", // 收入比 <1.6
      "level", "level",
      "qualitative", "qualitative",
      "bound", "bound", // ≥92, <35 → <28
      "level",
      "bound", // <0.01
      "maintain", // 6.76 (2019) → 6.76
      "level",
    ];
    expect(kindsOf("yuecheng-14th-targets", { name: 1, unit: 2, base: 3, target: 4 })).toEqual(expected);
  });
});

describe("classifyIndicator's rules", () => {
  it("fixes b and g for a level target", () => {
    expect(classify("地区生产总值（亿元）", 1516.7, "2200★")).toMatchObject({
      kind: "level",
      base: 1516.7,
      target: 2200,
      satisfies: ">=",
      flags: ["stretch_target"],
    });
  });

  it("makes a floor of a point target below the base, satisfied by ≥ g", () => {
    const floor = classify("空气质量优良天数比例（%）", 89.3, 87);
    expect(floor).toMatchObject({ kind: "bound", satisfies: ">=", flags: ["floor_target"] });
    expect(floor.reasons.map((reason) => phraseText(reason))).toEqual(["目标值87低于基期值89.3，视为须守住的底线"]);
  });

  it("makes a ceiling of a lower-is-better point target above the base, satisfied by ≤ g", () => {
    expect(classify("城镇登记失业率（%）", 1.92, 3.5)).toMatchObject({ kind: "bound", satisfies: "<=", flags: ["floor_target"] });
  });

  it("takes a bound's comparator as the condition to satisfy", () => {
    expect(classify("PM2.5 年均浓度", 30.6, "<30")).toMatchObject({ kind: "bound", satisfies: "<", target: 30 });
  });

  it("reads a growth-rate name with a % target as a rate target", () => {
    expect(classify("地区生产总值增速（%）", 3.5, 7)).toMatchObject({ kind: "rate", target: 7, rateSource: "observations" });
    expect(classify("研发经费支出年均增长（%）", 10, "12 左右")).toMatchObject({ kind: "rate" });
  });

  it("reads a target written 年均增长 8% as a rate target", () => {
    expect(classify("地区生产总值（亿元）", 1516.7, "年均增长 8%")).toMatchObject({ kind: "rate", target: 8, rateSource: "valuesDecide" });
    expect(classify("全社会劳动生产率年均增速", 12.5, "年均增速8%以上")).toMatchObject({ kind: "rate", target: 8, rateSource: "observations" });
    expect(classify("地区生产总值", null, "年均增速 8%")).toMatchObject({ kind: "rate", rateSource: "observations" });
  });

  it("reads a 目标年均增长 column as a rate target judged on levels", () => {
    const c = classify("地区生产总值（亿元）", null, 1683, { growth: reading("7%") });
    expect(c).toMatchObject({ kind: "rate", target: 7, rateSource: "levels" });
  });

  it("reads 固定资产投资增速（%） with 快于经济增长 as relative, not a rate", () => {
    expect(classify("固定资产投资增速（%）", 3.9, "快于经济增长")).toMatchObject({ kind: "relative", relation: "faster" });
    expect(classify("居民收入增长（%）", 5, "与经济增长基本同步")).toMatchObject({ kind: "relative", relation: "sync" });
  });

  it("reads [c] and 累计下降 as cumulative targets", () => {
    expect(classify("实际利用外资（亿美元）", 2.3, "[20]")).toMatchObject({ kind: "cumulative", target: 20 });
    expect(classify("单位生产总值能耗（吨标准煤/万元）", null, "累计下降 21.5%")).toMatchObject({
      kind: "cumulative",
      target: 21.5,
      change: "decrease",
    });
  });

  it("uses the adjusted caliber when base and target both carry one", () => {
    expect(classify("规上工业增加值（亿元）", "1074.2（265）", "2000（500）")).toMatchObject({
      kind: "level",
      base: 265,
      target: 500,
      useAdjusted: true,
      flags: ["adjusted_caliber"],
    });
    expect(classify("规上工业增加值（亿元）", "1074.2（265）", 2000)).toMatchObject({ base: 1074.2, useAdjusted: false });
  });

  it("blocks a row whose target is missing or unreadable, saying why", () => {
    const blockedText = (target: string) => {
      const blocked = classify("某指标", 5, target).blocked;
      return blocked === undefined ? undefined : phraseText(blocked);
    };
    expect(blockedText("——")).toBe("目标值为“——”，无可评价的目标");
    expect(blockedText("12..3")).toBe("目标值无法识别，无法评价");
  });
});

describe("isGrowthRateName", () => {
  it.each([
    ["地区生产总值增速", true],
    ["全社会劳动生产率年均增速", true],
    ["规上工业增加值增长", true],
    ["研发经费支出增长率", true],
    ["人口自然增长率", false],
    ["城镇化率", false],
  ])("reads %s as %s", (name, expected) => {
    expect(isGrowthRateName(name)).toBe(expected);
  });
});

describe("edge cases", () => {
  it("classifies a row with nothing in it as a blocked level", () => {
    expect(classify("", null, null)).toMatchObject({ kind: "level", base: null, target: null });
  });

  it("classifies base = target = 0 as maintain", () => {
    expect(classify("某指标（个）", 0, 0).kind).toBe("maintain");
  });

  it("reads full-width digits in a target", () => {
    expect(classify("人才资源总量（万人）", 27, "３３").target).toBe(33);
  });

  it("keeps the plan's base year unless the base names another", () => {
    expect(classify("粮食总产量（万吨）", "6.76 (2019)", 6.76).baseYear).toBe(2019);
    expect(classify("粮食总产量（万吨）", 6.76, 6.9).baseYear).toBe(2020);
  });
});
