import { describe, expect, it } from "vitest";
import { judgeIndicator } from "../../src/core/judge";
import { defaultSettings } from "../../src/core/settings";
import { judge, period, plan14, plan15, row } from "./rows";

// Worked cases. Plan 2021–2025 (base year 2020) unless said otherwise, so time progress is
// t = (Y − 2020 − 1 + f) ÷ 5: 2021 → 20%, 2022 → 40%, 2023H1 → 50%, 2025 → 100%.

describe("level targets (b ≠ g)", () => {
  it("judges GDP 1516.7 → 2200 at 1850.4 in 2022 on track: r = 333.7 ÷ 683.3 = 48.8% ≥ t = 40%", () => {
    const j = judge(row("地区生产总值（GDP）（亿元）", 1516.7, "2200★", { "2021": 1700.1, "2022": 1850.4 }));
    expect(j.kind).toBe("level");
    expect(j.direction).toBe("higher");
    expect(j.nature).toBe("flow");
    expect(j.value).toBe(1850.4);
    expect(j.valuePeriod).toEqual(period("2022"));
    expect(j.realisation).toBeCloseTo(333.7 / 683.3, 10);
    expect(j.timeProgress).toBe(0.4);
    expect(j.status).toBe("on_track");
    expect(j.endOfPlan).toBeNull();
    expect(j.flags).toEqual(["stretch_target"]);
    expect(j.note).toBe("2022年值1850.4，实现度48.8%，时序进度40%；目标含★（争取目标），按该值评价");
    expect(j.formula).toBe("实现度 =（当期值 − 基期值）÷（目标值 − 基期值）=（1850.4 − 1516.7）÷（2200 − 1516.7）");
    // At the pace since 2020: 1850.4 + 333.7 ÷ 2 × 3 = 2350.95 ≥ 2200.
    expect(j.projectedValue).toBeCloseTo(2350.95, 9);
    expect(j.projection).toBe("on_course");
  });

  it("judges revenue 137.2 → 200 at 150 behind: r = 12.8 ÷ 62.8 = 20.4% < 40%, projected 169.2, short by 49% → difficult", () => {
    const j = judge(row("一般公共预算收入（亿元）", 137.2, 200, { "2022": 150 }));
    expect(j.realisation).toBeCloseTo(12.8 / 62.8, 10);
    expect(j.status).toBe("behind");
    expect(j.flags).not.toContain("regressing");
    // 150 + 12.8 ÷ 2 × 3 = 169.2; shortfall (200 − 169.2) ÷ 62.8 = 0.490 > 0.2.
    expect(j.projectedValue).toBeCloseTo(169.2, 9);
    expect(j.projection).toBe("difficult");
  });

  it("projects 经努力可完成 when the shortfall is within 20%: 160 + 22.8 ÷ 2 × 3 = 194.2, short by 5.8 ÷ 62.8 = 9.2%", () => {
    const j = judge(row("一般公共预算收入（亿元）", 137.2, 200, { "2022": 160 }));
    expect(j.status).toBe("behind");
    expect(j.projectedValue).toBeCloseTo(194.2, 9);
    expect(j.projection).toBe("with_effort");
  });

  it("judges a lower-is-better ranking 91 → 50 at 75 with the same formula: r = −16 ÷ −41 = 39.0% < 40%", () => {
    const input = row("袍江经开区全国排名", 91, 50, { "2022": 75 }, { unit: "位" });
    const j = judge(input);
    expect(j.direction).toBe("lower");
    expect(j.directionSource).toBe("name");
    expect(j.realisation).toBeCloseTo(16 / 41, 10);
    expect(j.status).toBe("behind");
    // 75 − 16 ÷ 2 × 3 = 51, one place short of 50: 1 ÷ 41 = 2.4% → with effort.
    expect(j.projectedValue).toBeCloseTo(51, 9);
    expect(j.projection).toBe("with_effort");
    // A tolerance of 5 points counts 39.0% ≥ 40% − 5% as on track.
    expect(judge(input, { settings: { tolerance: 0.05 } }).status).toBe("on_track");
  });

  it("calls a level target already reached ahead: 人才资源总量 27 → 33 at 34, r = 7 ÷ 6 = 116.7%", () => {
    const j = judge(row("人才资源总量（万人）", 27, 33, { "2022": 34 }));
    expect(j.status).toBe("ahead");
    expect(j.realisation).toBeCloseTo(7 / 6, 10);
    expect(j.projection).toBe("reached");
    expect(j.note).toBe("2022年值34，已达到目标（33），实现度116.7%，时序进度40%");
  });

  it("flags a value worse than the base as regressing: 52.6 → 53 左右 at 52.4, r = −0.2 ÷ 0.4 = −50%", () => {
    const j = judge(row("森林覆盖率（%）", 52.6, "53 左右", { "2022": 52.4 }));
    expect(j.realisation).toBeCloseTo(-0.5, 10);
    expect(j.status).toBe("behind");
    expect(j.flags).toEqual(["approximate_target", "regressing"]);
    expect(j.projection).toBe("difficult");
    expect(j.note).toBe("2022年值52.4，实现度-50%，时序进度40%；目标“53 左右”为约数，按其数值评价；较基期值52.6退步");
  });
});

describe("bound targets and targets looser than the base", () => {
  it("measures PM2.5 30.6 → <30 at 30.2 toward the bound: r = −0.4 ÷ −0.6 = 66.7% ≥ 40%", () => {
    const j = judge(row("PM2.5 年均浓度（微克/立方米）", 30.6, "<30", { "2022": 30.2 }));
    expect(j.kind).toBe("bound");
    expect(j.direction).toBe("lower");
    expect(j.realisation).toBeCloseTo(2 / 3, 10);
    expect(j.status).toBe("on_track");
    // 30.2 − 0.2 × 3 = 29.6 < 30: on course.
    expect(j.projectedValue).toBeCloseTo(29.6, 9);
    expect(j.projection).toBe("on_course");
  });

  it("calls a bound satisfied ahead with r = 100%, however far past it", () => {
    const j = judge(row("PM2.5 年均浓度（微克/立方米）", 30.6, "<30", { "2022": 25 }));
    expect(j.status).toBe("ahead");
    expect(j.realisation).toBe(1);
    expect(j.formula).toBe("当期值满足目标“<30”，实现度计为100%");
    expect(j.note).toBe("2022年值25，已达到目标（<30），实现度100%，时序进度40%");
  });

  it("calls a bound the base satisfied and the value no longer does slipped back: behind, regressing, r = 0", () => {
    const j = judge(row("城镇登记失业率（%）", 1.92, "<2", { "2022": 2.1 }));
    expect(j.status).toBe("behind");
    expect(j.realisation).toBe(0);
    expect(j.flags).toContain("regressing");
    expect(j.projection).toBe("difficult");
    expect(j.note).toBe("2022年值2.1，实现度0%，时序进度40%；基期值已满足目标，当期值已不满足，实现度计为0；较基期值1.92退步");
  });

  it("treats 空气质量优良天数比例 89.3 → 87 as a floor to hold: higher is better, held at 90.1 → ahead", () => {
    const j = judge(row("空气质量优良天数比例（%）", 89.3, 87, { "2022": 90.1 }));
    expect(j.kind).toBe("bound");
    expect(j.direction).toBe("higher");
    expect(j.flags).toEqual(["floor_target"]);
    expect(j.status).toBe("ahead");
    expect(j.realisation).toBe(1);
    expect(j.note).toBe("2022年值90.1，已达到目标（≥87），实现度100%，时序进度40%；目标值87低于基期值89.3，视为须守住的底线");
  });

  it("keeps a floor held at 88 (below the base 89.3, above 87) ahead and not regressing", () => {
    const j = judge(row("空气质量优良天数比例（%）", 89.3, 87, { "2022": 88 }));
    expect(j.status).toBe("ahead");
    expect(j.flags).toEqual(["floor_target"]);
  });

  it("calls the floor broken at 86.5 behind and regressing with r = 0", () => {
    const j = judge(row("空气质量优良天数比例（%）", 89.3, 87, { "2022": 86.5 }));
    expect(j.status).toBe("behind");
    expect(j.realisation).toBe(0);
    expect(j.flags).toEqual(["floor_target", "regressing"]);
  });

  it("treats a lower-is-better point target above the base as a ceiling: 失业率 4.5 → 5.5 at 4.8 is ahead", () => {
    const j = judge(row("城镇调查失业率（%）", 4.5, 5.5, { "2022": 4.8 }));
    expect(j.kind).toBe("bound");
    expect(j.direction).toBe("lower");
    expect(j.status).toBe("ahead");
    expect(j.note).toContain("目标值5.5高于基期值4.5，视为不得突破的上限");
  });
});

describe("maintain targets (g = b)", () => {
  it("judges 100 → 100 held at 100 on track with r = 100%, never ahead", () => {
    const j = judge(row("地表水考核断面水质达到或好于Ⅲ类比例（%）", 100, 100, { "2022": 100 }));
    expect(j.kind).toBe("maintain");
    expect(j.status).toBe("on_track");
    expect(j.realisation).toBe(1);
    expect(j.projection).toBe("on_course");
    expect(j.note).toBe("2022年值100，保持目标值100，实现度100%");
  });

  it("judges 100 → 100 at 98 behind and regressing: r = 98 ÷ 100; a 2% gap projects 经努力可完成", () => {
    const j = judge(row("地表水考核断面水质达到或好于Ⅲ类比例（%）", 100, 100, { "2022": 98 }));
    expect(j.status).toBe("behind");
    expect(j.realisation).toBeCloseTo(0.98, 10);
    expect(j.flags).toEqual(["regressing"]);
    expect(j.formula).toBe("实现度 = 当期值 ÷ 目标值 = 98 ÷ 100");
    expect(j.projection).toBe("with_effort");
  });

  it("uses g ÷ v when lower is better: 收入比 1.66 → 1.66 at 1.70, r = 1.66 ÷ 1.70 = 97.6%", () => {
    const j = judge(row("城乡居民收入比", 1.66, 1.66, { "2022": 1.7 }));
    expect(j.direction).toBe("lower");
    expect(j.realisation).toBeCloseTo(1.66 / 1.7, 10);
    expect(j.status).toBe("behind");
  });
});

describe("flows at half years", () => {
  const gdp = row("地区生产总值（亿元）", 1516.7, 2200, { "2021": 1700.1, "2022": 1850.4, "2023H1": 1000.2 });

  it("never compares GDP's 2023H1 value with the annual target: judged on 2022, held to 40%, not 50%", () => {
    const j = judge(gdp, { at: "2023H1" });
    expect(j.value).toBe(1850.4);
    expect(j.valuePeriod).toEqual(period("2022"));
    expect(j.timeProgress).toBe(0.4);
    expect(j.status).toBe("on_track");
    expect(j.flags).toEqual(["sub_year_flow", "older_data"]);
    expect(j.note).toBe(
      "2022年值1850.4，实现度48.8%，时序进度40%；评估期为2023年上半年，按最近可用的2022年数据评价；2023年上半年值1000.2为年内累计数（时期指标），不与全年目标比较",
    );
  });

  it("has no data for a flow with only a sub-year value after the base, and says why", () => {
    const j = judge(row("地区生产总值（亿元）", 1516.7, 2200, { "2021H1": 800 }));
    expect(j.status).toBe("no_data");
    expect(j.realisation).toBeNull();
    expect(j.value).toBeNull();
    expect(j.flags).toEqual(["sub_year_flow"]);
    expect(j.note).toBe("仅有2021年上半年值800，为时期指标的年内累计数，不能与全年目标比较，基期后尚无全年数据");
  });

  it("treats 居民人均可支配收入 as a flow: 6.4 → 8.77 judged on 2022's 7.2, r = 0.8 ÷ 2.37 = 33.8% < 40%", () => {
    const j = judge(row("全体居民人均可支配收入（万元）", 6.4, 8.77, { "2022": 7.2, "2023H1": 3.9 }), { at: "2023H1" });
    expect(j.nature).toBe("flow");
    expect(j.value).toBe(7.2);
    expect(j.realisation).toBeCloseTo(0.8 / 2.37, 10);
    expect(j.status).toBe("behind");
  });

  it("compares a stock's half-year value directly: 城市化率 81 → 85 at 83 in 2023H1, r = 2 ÷ 4 = 50% = t", () => {
    const j = judge(row("常住人口城市化率（%）", 81, "85 左右", { "2022": 82.1, "2023H1": 83 }));
    expect(j.nature).toBe("stock");
    expect(j.valuePeriod).toEqual(period("2023H1"));
    expect(j.timeProgress).toBe(0.5);
    expect(j.realisation).toBeCloseTo(0.5, 10);
    expect(j.status).toBe("on_track");
  });

  it("lets a 统计类型 column make a flow of a stock-looking name", () => {
    const j = judge(row("人才资源总量（万人）", 27, 33, { "2022": 29, "2023H1": 31 }, { natureOverride: { raw: "时期" } }));
    expect(j.valuePeriod).toEqual(period("2022"));
  });
});

describe("the value used: fallback and older data", () => {
  it("falls back over #N/A to the earlier value, keeping the problem with its cell", () => {
    const j = judge(row("森林覆盖率（%）", 52.6, 53.6, { "2022": 53, "2023H1": "#N/A" }));
    expect(j.valuePeriod).toEqual(period("2022"));
    // r = 0.4 ÷ 1 = 40% = t of 2022 (40%): on track, although the evaluation period is 2023H1.
    expect(j.realisation).toBeCloseTo(0.4, 10);
    expect(j.timeProgress).toBe(0.4);
    expect(j.status).toBe("on_track");
    expect(j.flags).toEqual(["older_data"]);
    expect(j.problems).toEqual([{ code: "judge.cell_error", message: "单元格 G7“#N/A”为错误值，已跳过", cell: "G7" }]);
  });

  it("falls back over unreadable text, naming the cell", () => {
    const j = judge(row("森林覆盖率（%）", 52.6, 53.6, { "2022": 53, "2023H1": "abc" }));
    expect(j.value).toBe(53);
    expect(j.problems).toEqual([
      expect.objectContaining({ code: "parse.unknown", message: "单元格 G7“abc”无法识别为数值", cell: "G7" }),
    ]);
  });

  it("passes over a judgement word where a number is expected, with a problem", () => {
    const j = judge(row("森林覆盖率（%）", 52.6, 53.6, { "2022": 53, "2023H1": "完成" }));
    expect(j.value).toBe(53);
    expect(j.problems[0]).toEqual({
      code: "judge.not_numeric",
      message: "单元格 G7“完成”为文字，不能与数值目标比较，已跳过",
      cell: "G7",
    });
  });

  it("ignores observations after the evaluation period and at or before the base year", () => {
    const j = judge(row("森林覆盖率（%）", 52.6, 53.6, { "2020": 52.6, "2021": 52.8, "2022": 53 }), { at: "2021" });
    expect(j.value).toBe(52.8);
    expect(j.timeProgress).toBe(0.2);
  });

  it("has no data when nothing is usable, and says so", () => {
    const j = judge(row("森林覆盖率（%）", 52.6, 53.6, { "2021": "—", "2022": "" }));
    expect(j.status).toBe("no_data");
    expect(j.note).toBe("评估期及以前无可用数据");
    expect(j.projection).toBe("unknown");
  });
});

describe("cumulative targets [c]", () => {
  it("judges 实际利用外资 [20] at 9 to date in 2022: r = 9 ÷ 20 = 45% ≥ 40%, projected 9 + 4.5 × 3 = 22.5", () => {
    const j = judge(row("实际利用外资（亿美元）", 2.3, "[20]", { "2021": "[4]", "2022": "[9]" }));
    expect(j.kind).toBe("cumulative");
    expect(j.realisation).toBeCloseTo(0.45, 10);
    expect(j.status).toBe("on_track");
    expect(j.projectedValue).toBeCloseTo(22.5, 9);
    expect(j.projection).toBe("on_course");
    expect(j.note).toBe("截至2022年累计9，规划期目标20，实现度45%，时序进度40%");
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
    expect(j.note).toContain("目标为规划期累计降幅，按截至当期的累计降幅评价");
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
    expect(j.note).toBe("2021年至2022年年均增长5.77%，目标年均增长7%，实现度82.4%");
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
    expect(j.note).toContain("仅有2021年一期增速，按该期增速评价");
  });

  it("takes the latest year's half-year rate when it has no full-year rate", () => {
    const j = judge(row("地区生产总值增速（%）", 3.5, 7, { "2021": 8.5, "2022": 3.1, "2023H1": 5.5 }));
    const achieved = (Math.cbrt(1.085 * 1.031 * 1.055) - 1) * 100;
    expect(j.value).toBeCloseTo(achieved, 10);
    expect(j.valuePeriod).toEqual(period("2023H1"));
  });

  it("derives the achieved rate from levels with a 目标年均增长 column: (23 ÷ 20.8)^(1/2) − 1 = 5.16% vs 5.5%", () => {
    const input = row("全社会劳动生产率（万元/人）", 20.8, 27, { "2022": 23 }, { targetGrowth: { raw: "5.5%" } });
    const j = judge(input);
    const achieved = (Math.sqrt(23 / 20.8) - 1) * 100;
    expect(j.kind).toBe("rate");
    expect(j.value).toBeCloseTo(achieved, 9);
    expect(j.realisation).toBeCloseTo(achieved / 5.5, 9);
    expect(j.status).toBe("behind");
    expect(j.formula).toBe("年均增速 =（当期值 ÷ 基期值）^(1/2) − 1；实现度 = 年均增速 ÷ 目标增速 = 5.16% ÷ 5.5%");
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
  const gdp = { id: "r1", name: "地区生产总值增速（%）", rates: [{ period: period("2022"), value: 3.1 }], average: null };
  const investment = (value: number) => row("固定资产投资增速（%）", 3.9, "快于经济增长", { "2022": value });
  const context = { plan: plan14, period: period("2022"), settings: defaultSettings, gdp };

  it("calls 4.0% against GDP's 3.1% met: on track", () => {
    const j = judgeIndicator(investment(4), context);
    expect(j.kind).toBe("relative");
    expect(j.status).toBe("on_track");
    expect(j.realisation).toBeNull();
    expect(j.note).toBe("2022年增速4%，同期地区生产总值增速3.1%，快于经济增长");
  });

  it("allows 0.5 pp below GDP growth: 2.6% is met, 2.5% is not", () => {
    expect(judgeIndicator(investment(2.6), context).status).toBe("on_track");
    const slower = judgeIndicator(investment(2.5), context);
    expect(slower.status).toBe("behind");
    expect(slower.note).toBe("2022年增速2.5%，同期地区生产总值增速3.1%，未达到“快于经济增长”的要求");
  });

  it("needs a judgement (no data) when the table has no GDP growth rate", () => {
    const j = judge(investment(4));
    expect(j.status).toBe("no_data");
    expect(j.note).toBe("未找到同期地区生产总值增速，需人工判断");
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
    expect(behind.note).toBe("2022年完成情况为“未完成”");
  });

  it("has no data without a judgement, mentioning a number written instead", () => {
    const j = judge(energy({ "2022": 3.2 }));
    expect(j.status).toBe("no_data");
    expect(j.note).toBe("目标为“完成上级下达任务”，尚无完成情况（如“完成”“未完成”）；2022年填报数值3.2，未说明是否完成");
  });
});

describe("base cells", () => {
  it("uses a base from another year and counts the pace from it: 3.7 (2019) → 5 左右 at 4.3", () => {
    const j = judge(row("文化产业增加值占 GDP 比重（%）", "3.7 (2019)", "5 左右", { "2022": 4.3 }));
    // r = 0.6 ÷ 1.3 = 46.2% ≥ 40%; pace 0.6 over 3 years (2019–2022): 4.3 + 0.2 × 3 = 4.9, short 0.1 ÷ 1.3.
    expect(j.realisation).toBeCloseTo(0.6 / 1.3, 10);
    expect(j.status).toBe("on_track");
    expect(j.flags).toEqual(["other_year_value", "approximate_target"]);
    expect(j.projectedValue).toBeCloseTo(4.9, 9);
    expect(j.projection).toBe("with_effort");
    expect(j.note).toContain("基期值为2019年数据");
  });

  it("counts a bound base at its number: PM2.5 <35 → <28 at 31, r = −4 ÷ −7 = 57.1%", () => {
    const j = judge(row("PM2.5 年均浓度", "<35", "<28", { "2022": 31 }, { unit: "μg/m³" }));
    expect(j.realisation).toBeCloseTo(4 / 7, 10);
    expect(j.flags).toEqual(["base_is_bound"]);
    expect(j.note).toContain("基期值仅知为“<35”，按35计");
  });

  it("assesses on the adjusted caliber when base and target both carry one: (350 − 265) ÷ (500 − 265) = 36.2%", () => {
    const j = judge(row("规上工业增加值（亿元）", "1074.2（265）", "2000（500）", { "2022": "1300（350）" }));
    expect(j.value).toBe(350);
    expect(j.realisation).toBeCloseTo(85 / 235, 10);
    expect(j.status).toBe("behind");
    expect(j.flags).toEqual(["adjusted_caliber"]);
    expect(j.note).toContain("按调整口径（265→500）评价");
  });

  it("before the end of the plan, has no data for a level with no base that is not yet met", () => {
    const j = judge(row("全区生产总值", "—", "1500 以上", { "2022": 1400 }, { unit: "亿元" }));
    expect(j.status).toBe("no_data");
    expect(j.note).toBe("缺少基期值，且尚未达到目标，无法计算实现度");
  });

  it("calls a target with no base already met ahead", () => {
    const j = judge(row("全区生产总值", "—", "1500 以上", { "2022": 1550 }, { unit: "亿元" }));
    expect(j.status).toBe("ahead");
    expect(j.realisation).toBe(1);
  });

  it("has no data for a row with no target", () => {
    const j = judge(row("单位生产总值二氧化碳排放量（吨/万元）", "——", "——", { "2022": "——" }));
    expect(j.status).toBe("no_data");
    expect(j.note).toBe("目标值为“——”，无可评价的目标");
  });

  it("names an unreadable base cell and its role", () => {
    const j = judge(row("森林覆盖率（%）", "五十", 53, { "2022": 52.8 }));
    expect(j.problems[0]).toEqual(expect.objectContaining({ message: "单元格 D7（基期值）“五十”无法识别为数值", cell: "D7" }));
  });
});

describe("the compound path", () => {
  const input = row("每万人高价值发明专利拥有量（件）", 100, 121, { "2022": 110 });

  it("uses ln(110 ÷ 100) ÷ ln(121 ÷ 100) = 50% instead of the linear 10 ÷ 21 = 47.6%", () => {
    expect(judge(input).realisation).toBeCloseTo(10 / 21, 10);
    const j = judge(input, { settings: { path: "compound" } });
    expect(j.realisation).toBeCloseTo(0.5, 10);
    expect(j.flags).toEqual(["compound_path"]);
    // At 4.88% a year for three more years: 110 × 1.1^(3/2) = 126.9 ≥ 121.
    expect(j.projectedValue).toBeCloseTo(110 * Math.pow(1.1, 1.5), 9);
  });

  it("falls back to linear with a note when a value is not positive", () => {
    const j = judge(row("人口自然增长率（‰）", -0.5, 1.5, { "2022": 0.3 }), { settings: { path: "compound" } });
    expect(j.realisation).toBeCloseTo(0.8 / 2, 10);
    expect(j.flags).not.toContain("compound_path");
    expect(j.note).toContain("数值非正，无法按复合增长路径计算，改按线性路径");
  });
});

describe("the 15th plan (2026–2030)", () => {
  it("holds a stock's 2026H1 value to a time progress of 10%: 78 → 83 at 78.6, r = 0.6 ÷ 5 = 12%", () => {
    const j = judge(row("常住人口城镇化率（%）", 78, 83, { "2026H1": 78.6 }), { plan: plan15 });
    expect(j.timeProgress).toBeCloseTo(0.1, 12);
    expect(j.realisation).toBeCloseTo(0.12, 10);
    expect(j.status).toBe("on_track");
    expect(j.note).toBe("2026年上半年值78.6，实现度12%，时序进度10%");
  });

  it("has no data for a flow with only its 2026H1 value", () => {
    const j = judge(row("地区生产总值（亿元）", 2200, 3000, { "2026H1": 1150 }), { plan: plan15 });
    expect(j.status).toBe("no_data");
    expect(j.flags).toContain("sub_year_flow");
  });
});

describe("the end of the plan (t = 100%)", () => {
  it.each([
    // r = (v − 100) ÷ (200 − 100)
    [200, "ahead", "complete", "reached"],
    [196, "behind", "basically_complete", "difficult"],
    [195, "behind", "basically_complete", "difficult"],
    [190, "behind", "incomplete", "difficult"],
  ])("grades 100 → 200 at %d as %s / %s / %s", (value, status, endOfPlan, projection) => {
    const j = judge(row("人才资源总量（万人）", 100, 200, { "2025": value }));
    expect(j.timeProgress).toBe(1);
    expect(j.status).toBe(status);
    expect(j.endOfPlan).toBe(endOfPlan);
    expect(j.projection).toBe(projection);
  });

  it("moves 基本完成 with its threshold", () => {
    const j = judge(row("人才资源总量（万人）", 100, 200, { "2025": 192 }), { settings: { basicallyCompleteThreshold: 0.9 } });
    expect(j.endOfPlan).toBe("basically_complete");
  });

  it("grades a level with no base at the end by v ÷ g: 61860 ÷ 63000 = 98.2% → 基本完成", () => {
    const j = judge(row("城镇常住居民人均可支配收入（元）", null, 63000, { "2020": 61860 }), {
      plan: { baseYear: 2015, targetYear: 2020 },
    });
    expect(j.realisation).toBeCloseTo(61860 / 63000, 10);
    expect(j.status).toBe("behind");
    expect(j.endOfPlan).toBe("basically_complete");
    expect(j.formula).toBe("实现度 = 当期值 ÷ 目标值 = 61860 ÷ 63000");
  });

  it("leaves the end-of-plan grade empty when the judgement rests on an earlier year", () => {
    const j = judge(row("森林覆盖率（%）", 52.6, 53, { "2024": 52.9, "2025": "#N/A" }));
    expect(j.timeProgress).toBe(0.8);
    expect(j.endOfPlan).toBeNull();
  });
});
