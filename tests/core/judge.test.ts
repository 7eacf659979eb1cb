import { describe, expect, it } from "vitest";
import { judge, period, row } from "./rows";
import { formulaText, noteText } from "../../src/i18n/notes";

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
    expect(noteText(j.note)).toBe("2022年值1850.4，实现度48.8%，时序进度40%；目标含★（争取目标），按该值评价");
    expect(formulaText(j.formula)).toBe("实现度 =（当期值 − 基期值）÷（目标值 − 基期值）=（1850.4 − 1516.7）÷（2200 − 1516.7）");
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
    expect(noteText(j.note)).toBe("2022年值34，已达到目标（33），实现度116.7%，时序进度40%");
  });

  it("flags a value worse than the base as regressing: 52.6 → 53 左右 at 52.4, r = −0.2 ÷ 0.4 = −50%", () => {
    const j = judge(row("森林覆盖率（%）", 52.6, "53 左右", { "2022": 52.4 }));
    expect(j.realisation).toBeCloseTo(-0.5, 10);
    expect(j.status).toBe("behind");
    expect(j.flags).toEqual(["approximate_target", "regressing"]);
    expect(j.projection).toBe("difficult");
    expect(noteText(j.note)).toBe("2022年值52.4，实现度-50%，时序进度40%；目标“53 左右”为约数，按其数值评价；较基期值52.6退步");
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
    expect(formulaText(j.formula)).toBe("当期值满足目标“<30”，实现度计为100%");
    expect(noteText(j.note)).toBe("2022年值25，已达到目标（<30），实现度100%，时序进度40%");
  });

  it("calls a bound the base satisfied and the value no longer does slipped back: behind, regressing, r = 0", () => {
    const j = judge(row("城镇登记失业率（%）", 1.92, "<2", { "2022": 2.1 }));
    expect(j.status).toBe("behind");
    expect(j.realisation).toBe(0);
    expect(j.flags).toContain("regressing");
    expect(j.projection).toBe("difficult");
    expect(noteText(j.note)).toBe("2022年值2.1，实现度0%，时序进度40%；基期值已满足目标，当期值已不满足，实现度计为0；较基期值1.92退步");
  });

  it("treats 空气质量优良天数比例 89.3 → 87 as a floor to hold: higher is better, held at 90.1 → ahead", () => {
    const j = judge(row("空气质量优良天数比例（%）", 89.3, 87, { "2022": 90.1 }));
    expect(j.kind).toBe("bound");
    expect(j.direction).toBe("higher");
    expect(j.flags).toEqual(["floor_target"]);
    expect(j.status).toBe("ahead");
    expect(j.realisation).toBe(1);
    expect(noteText(j.note)).toBe("2022年值90.1，已达到目标（≥87），实现度100%，时序进度40%；目标值87低于基期值89.3，视为须守住的底线");
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
    expect(noteText(j.note)).toContain("目标值5.5高于基期值4.5，视为不得突破的上限");
  });
});

describe("maintain targets (g = b)", () => {
  it("judges 100 → 100 held at 100 on track with r = 100%, never ahead", () => {
    const j = judge(row("地表水考核断面水质达到或好于Ⅲ类比例（%）", 100, 100, { "2022": 100 }));
    expect(j.kind).toBe("maintain");
    expect(j.status).toBe("on_track");
    expect(j.realisation).toBe(1);
    expect(j.projection).toBe("on_course");
    expect(noteText(j.note)).toBe("2022年值100，保持目标值100，实现度100%");
  });

  it("judges 100 → 100 at 98 behind and regressing: r = 98 ÷ 100; a 2% gap projects 经努力可完成", () => {
    const j = judge(row("地表水考核断面水质达到或好于Ⅲ类比例（%）", 100, 100, { "2022": 98 }));
    expect(j.status).toBe("behind");
    expect(j.realisation).toBeCloseTo(0.98, 10);
    expect(j.flags).toEqual(["regressing"]);
    expect(formulaText(j.formula)).toBe("实现度 = 当期值 ÷ 目标值 = 98 ÷ 100");
    expect(j.projection).toBe("with_effort");
  });

  it("uses g ÷ v when lower is better: 收入比 1.66 → 1.66 at 1.70, r = 1.66 ÷ 1.70 = 97.6%", () => {
    const j = judge(row("城乡居民收入比", 1.66, 1.66, { "2022": 1.7 }));
    expect(j.direction).toBe("lower");
    expect(j.realisation).toBeCloseTo(1.66 / 1.7, 10);
    expect(j.status).toBe("behind");
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
    expect(noteText(j.note)).toContain("数值非正，无法按复合增长路径计算，改按线性路径");
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
    expect(formulaText(j.formula)).toBe("实现度 = 当期值 ÷ 目标值 = 61860 ÷ 63000");
  });

  it("leaves the end-of-plan grade empty when the judgement rests on an earlier year", () => {
    const j = judge(row("森林覆盖率（%）", 52.6, 53, { "2024": 52.9, "2025": "#N/A" }));
    expect(j.timeProgress).toBe(0.8);
    expect(j.endOfPlan).toBeNull();
  });
});
