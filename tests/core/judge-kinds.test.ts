import { describe, expect, it } from "vitest";
import { judgeIndicator } from "../../src/core/judge";
import { defaultSettings } from "../../src/core/settings";
import { judge, period, plan14, row } from "./rows";
import { formulaText, noteText } from "../../src/i18n/notes";

// Worked cases. Plan 2021–2025 (base year 2020) unless said otherwise, so time progress is
// t = (Y − 2020 − 1 + f) ÷ 5: 2021 → 20%, 2022 → 40%, 2023H1 → 50%, 2025 → 100%.

describe("cumulative targets [c]", () => {
  it("judges 实际利用外资 [20] at 9 to date in 2022: r = 9 ÷ 20 = 45% ≥ 40%, projected 9 + 4.5 × 3 = 22.5", () => {
    const j = judge(row("实际利用外资（亿美元）", 2.3, "[20]", { "2021": "[4]", "2022": "[9]" }));
    expect(j.kind).toBe("cumulative");
    expect(j.realisation).toBeCloseTo(0.45, 10);
    expect(j.status).toBe("on_track");
    expect(j.projectedValue).toBeCloseTo(22.5, 9);
    expect(j.projection).toBe("on_course");
    expect(noteText(j.note)).toBe("截至2022年累计9，规划期目标20，实现度45%，时序进度40%");
  });

  it("judges 6 to date behind: r = 30% < 40%, projected 6 + 3 × 3 = 15, short by 25% → difficult", () => {
    const j = judge(row("实际利用外资（亿美元）", 2.3, "[20]", { "2022": 6 }));
    expect(j.status).toBe("behind");
    expect(j.projectedValue).toBeCloseTo(15, 9);
    expect(j.projection).toBe("difficult");
  });

  it("uses a sub-year total to date even for a flow: 11 by 2023H1, r = 55% ≥ t = 50%", () => {
    const j = judge(row("实际利用外资（亿美元）", 2.3, "[20]", { "2022": 9, "2023H1": 11 }));
    expect(j.valuePeriod).toEqual(period("2023H1"));
    expect(j.timeProgress).toBe(0.5);
    expect(j.status).toBe("on_track");
    expect(j.flags).toEqual([]);
  });

  it("judges a cumulative reduction 累计下降 21.5% at 累计下降 8% behind: r = 8 ÷ 21.5 = 37.2% < 40%", () => {
    const j = judge(row("单位生产总值能耗（吨标准煤/万元）", 0.5, "累计下降 21.5%", { "2022": "累计下降 8%" }));
    expect(j.realisation).toBeCloseTo(8 / 21.5, 10);
    expect(j.status).toBe("behind");
    expect(noteText(j.note)).toContain("目标为规划期累计降幅，按截至当期的累计降幅评价");
  });

  it("counts an opposite change as a negative total, regressing", () => {
    const j = judge(row("单位生产总值能耗（吨标准煤/万元）", 0.5, "累计下降 21.5%", { "2022": "累计增长 2%" }));
    expect(j.value).toBe(-2);
    expect(j.flags).toContain("regressing");
  });

  it("calls a total reached ahead", () => {
    const j = judge(row("单位 GDP 用水量下降率（%）", 3, "[10]", { "2023": 10.5 }));
    expect(j.status).toBe("ahead");
    expect(j.projection).toBe("reached");
  });
});

describe("growth-rate targets", () => {
  it("averages yearly rates geometrically: √(1.085 × 1.031) − 1 = 5.77% against 7%, r = 82.4% → behind", () => {
    const j = judge(row("地区生产总值增速（%）", 3.5, 7, { "2021": 8.5, "2022": 3.1 }));
    const achieved = (Math.sqrt(1.085 * 1.031) - 1) * 100;
    expect(j.kind).toBe("rate");
    expect(j.value).toBeCloseTo(achieved, 10);
    expect(j.realisation).toBeCloseTo(achieved / 7, 10);
    expect(j.status).toBe("behind");
    // The average held to the end falls short by (7 − 5.77) ÷ 7 = 17.6% → with effort.
    expect(j.projection).toBe("with_effort");
    expect(noteText(j.note)).toBe("2021年至2022年年均增长5.77%，目标年均增长7%，实现度82.4%");
  });

  it("calls a rate target met on track, never ahead: √(1.085 × 1.075) − 1 = 8.0% ≥ 7%", () => {
    const j = judge(row("地区生产总值增速（%）", 3.5, 7, { "2021": 8.5, "2022": 7.5 }));
    expect(j.status).toBe("on_track");
    expect(j.realisation).toBeCloseTo((Math.sqrt(1.085 * 1.075) - 1) * 100 / 7, 10);
    expect(j.projection).toBe("on_course");
  });

  it("uses a single rate with a note", () => {
    const j = judge(row("全社会劳动生产率年均增速（%）", 6, "6.5 左右", { "2021": 7 }));
    expect(j.status).toBe("on_track");
    expect(j.realisation).toBeCloseTo(7 / 6.5, 10);
    expect(noteText(j.note)).toContain("仅有2021年一期增速，按该期增速评价");
  });

  it("takes the latest year's half-year rate when it has no full-year rate", () => {
    const j = judge(row("地区生产总值增速（%）", 3.5, 7, { "2021": 8.5, "2022": 3.1, "2023H1": 5.5 }));
    const achieved = (Math.cbrt(1.085 * 1.031 * 1.055) - 1) * 100;
    expect(j.value).toBeCloseTo(achieved, 10);
    expect(j.valuePeriod).toEqual(period("2023H1"));
  });

  it("derives the achieved rate from levels with a 目标年均增长 column and no year target: (23 ÷ 20.8)^(1/2) − 1 = 5.16% vs 5.5%", () => {
    const input = row("全社会劳动生产率（万元/人）", 20.8, "—", { "2022": 23 }, { targetGrowth: { raw: "5.5%" } });
    const j = judge(input);
    const achieved = (Math.sqrt(23 / 20.8) - 1) * 100;
    expect(j.kind).toBe("rate");
    expect(j.value).toBeCloseTo(achieved, 9);
    expect(j.realisation).toBeCloseTo(achieved / 5.5, 9);
    expect(j.status).toBe("behind");
    expect(formulaText(j.formula)).toBe("年均增速 =（当期值 ÷ 基期值）^(1/2) − 1；实现度 = 年均增速 ÷ 目标增速 = 5.16% ÷ 5.5%");
  });

  it("judges a 年均增长 8% target on yearly rates: √(1.085 × 1.031) − 1 = 5.7655% against 8%, r = 72.07% → behind", () => {
    const j = judge(row("地区生产总值（亿元）", 1516.7, "年均增长 8%", { "2021": 8.5, "2022": 3.1 }));
    expect(j.kind).toBe("rate");
    expect(j.value).toBeCloseTo(5.7655, 4);
    expect(j.realisation).toBeCloseTo(0.7207, 4);
    expect(j.status).toBe("behind");
    expect(noteText(j.note)).toBe("2021年至2022年年均增长5.77%，目标年均增长8%，实现度72.1%");
  });

  it("judges a 年均增速 8% target on levels near the base: (1850.4 ÷ 1516.7)^(1/2) − 1 = 10.45% ≥ 8% → on track", () => {
    const j = judge(row("地区生产总值（亿元）", 1516.7, "年均增速 8%", { "2021": 1645.3, "2022": 1850.4 }));
    const achieved = (Math.sqrt(1850.4 / 1516.7) - 1) * 100;
    expect(j.kind).toBe("rate");
    expect(j.value).toBeCloseTo(achieved, 9);
    expect(j.realisation).toBeCloseTo(achieved / 8, 9);
    expect(j.status).toBe("on_track");
  });

  it("has no data for a 年均增长 8% target with nothing observed, saying so", () => {
    const j = judge(row("地区生产总值（亿元）", 1516.7, "年均增长 8%", {}));
    expect(j.kind).toBe("rate");
    expect(j.status).toBe("no_data");
    expect(noteText(j.note)).toContain("无可用的增速数据");
  });

  it("reads values written in % as yearly rates even when near the base", () => {
    const j = judge(row("规模以上工业增加值（亿元）", 6, "年均增长 8%", { "2021": "8.5%", "2022": "3.1%" }));
    expect(j.value).toBeCloseTo((Math.sqrt(1.085 * 1.031) - 1) * 100, 10);
  });

  it("uses the 实绩年均增长 column when the table has one", () => {
    const input = row("地区生产总值（亿元）", null, 1683, { "2020": 1516.7 }, {
      targetGrowth: { raw: "7%" },
      actualGrowth: { period: period("2020"), cell: { raw: "5.4% (可比价)" } },
    });
    const j = judge(input, { plan: { baseYear: 2015, targetYear: 2020 } });
    expect(j.value).toBe(5.4);
    expect(j.realisation).toBeCloseTo(5.4 / 7, 10);
    expect(j.endOfPlan).toBe("incomplete");
  });
});

describe("targets relative to economic growth", () => {
  const gdp = { row: 1, name: "地区生产总值增速（%）", rates: [{ period: period("2022"), value: 3.1 }], average: null };
  const investment = (value: number) => row("固定资产投资增速（%）", 3.9, "快于经济增长", { "2022": value });
  const context = { plan: plan14, period: period("2022"), settings: defaultSettings, gdp };

  it("calls 4.0% against GDP's 3.1% met: on track", () => {
    const j = judgeIndicator(investment(4), context);
    expect(j.kind).toBe("relative");
    expect(j.status).toBe("on_track");
    expect(j.realisation).toBeNull();
    expect(noteText(j.note)).toBe("2022年增速4%，同期地区生产总值增速3.1%，快于经济增长");
  });

  it("allows 0.5 pp below GDP growth: 2.6% is met, 2.5% is not", () => {
    expect(judgeIndicator(investment(2.6), context).status).toBe("on_track");
    const slower = judgeIndicator(investment(2.5), context);
    expect(slower.status).toBe("behind");
    expect(noteText(slower.note)).toBe("2022年增速2.5%，同期地区生产总值增速3.1%，未达到“快于经济增长”的要求");
  });

  it("needs a judgement (no data) when the table has no GDP growth rate", () => {
    const j = judge(investment(4));
    expect(j.status).toBe("no_data");
    expect(noteText(j.note)).toBe("表中未找到同期生产总值增速，需人工判断");
  });
});

describe("qualitative targets", () => {
  const energy = (observations: Record<string, string | number>) =>
    row("单位 GDP 能耗降低率（%）", 6.4, "完成上级\n下达任务", observations, { attribute: { raw: "约束性" } });

  it("calls 完成 on track and 未完成 behind", () => {
    expect(judge(energy({ "2021": "未完成", "2022": "完成" })).status).toBe("on_track");
    const behind = judge(energy({ "2021": "完成", "2022": "未完成" }));
    expect(behind.status).toBe("behind");
    expect(behind.attribute).toBe("binding");
    expect(noteText(behind.note)).toBe("2022年完成情况为“未完成”");
  });

  it("has no data without a judgement, mentioning a number written instead", () => {
    const j = judge(energy({ "2022": 3.2 }));
    expect(j.status).toBe("no_data");
    expect(noteText(j.note)).toBe("目标为“完成上级下达任务”，尚无完成情况（如“完成”“未完成”）；2022年填报数值3.2，未说明是否完成");
  });
});
