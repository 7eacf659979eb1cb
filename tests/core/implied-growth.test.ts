import { describe, expect, it } from "vitest";
import { noteText } from "../../src/i18n/notes";
import { judge, row } from "./rows";

// A 年均/累计 (目标年均增长) figure beside a 2025 target and a 2020 base: the 2025 value is the
// target and the figure is the growth it implies. Plan 2021–2025, five years from base to target.

describe("a 年均/累计 figure beside a target-year value", () => {
  it("judges the year target as a level and shows a consistent figure as the implied growth: 60 → 65 is 1.61% a year, 1.6% stated", () => {
    // (65 ÷ 60)^(1/5) − 1 = e^(ln 1.083333 ÷ 5) − 1 = e^0.0160085 − 1 = 1.6137%; |1.6137 − 1.6| = 0.014 ≤ 0.5
    const j = judge(row("常住人口城镇化率（%）", 60, 65, { "2022": 62 }, { targetGrowth: { raw: "1.6%", ref: "F7" } }));
    expect(j.kind).toBe("level");
    // (62 − 60) ÷ (65 − 60) = 40%
    expect(j.realisation).toBeCloseTo(0.4, 10);
    expect(j.problems).toEqual([]);
    const reason = j.note.reasons.find((r) => r.code === "impliedGrowth");
    expect(reason).toMatchObject({ code: "impliedGrowth", text: "1.6%", rate: 1.6 });
    expect(reason && "computed" in reason ? reason.computed : Number.NaN).toBeCloseTo(1.6137, 4);
    expect(noteText(j.note)).toContain("“年均/累计”栏年均增长1.6%为目标隐含增速（由基期值至目标值折合年均增长1.61%），列示备查，不作评价");
  });

  it("reports a figure the target contradicts, naming its cell, and still judges the year target: 1516.7 → 2200 is 7.72% a year, 7% stated", () => {
    // (2200 ÷ 1516.7)^(1/5) − 1 = 1.450517^0.2 − 1 = 7.722%; 7.722 − 7 = 0.72 > 0.5
    const j = judge(row("地区生产总值（亿元）", 1516.7, 2200, { "2022": 1850.4 }, { targetGrowth: { raw: "7%", ref: "F7" } }));
    expect(j.kind).toBe("level");
    // (1850.4 − 1516.7) ÷ (2200 − 1516.7) = 333.7 ÷ 683.3 = 48.84%
    expect(j.realisation).toBeCloseTo(0.48837, 4);
    expect(j.problems.map((p) => [p.code, p.cell])).toEqual([["judge.implied_growth", "F7"]]);
    expect(j.problems[0]?.message).toBe(
      "单元格 F7（目标年均增长）“7%”与目标值不符：由基期值至目标值折合年均增长7.72%，相差超过0.5个百分点，已按目标年一栏评价",
    );
    expect(j.note.reasons.map((r) => r.code)).toContain("impliedGrowth");
  });

  it("keeps within half a point: 100 → 127.6 is 5.00% a year, 5.4% stated is 0.4 off and no problem", () => {
    // (127.6 ÷ 100)^(1/5) − 1 = 1.276^0.2 − 1 = 4.9976%
    const j = judge(row("一般公共预算收入（亿元）", 100, 127.6, { "2022": 110 }, { targetGrowth: { raw: "5.4%", ref: "F7" } }));
    expect(j.problems).toEqual([]);
    expect(j.kind).toBe("level");
  });

  it("only shows the figure beside a year target on a row that records rates (the year value is itself a rate)", () => {
    const j = judge(row("研究与试验发展经费投入增长（%）", 6, 7, { "2021": 8, "2022": 6 }, { targetGrowth: { raw: "7", ref: "F7" } }));
    expect(j.kind).toBe("rate");
    expect(j.problems).toEqual([]);
    expect(j.note.reasons).toContainEqual({ code: "impliedGrowthShown", text: "7" });
    expect(noteText(j.note)).toContain("“年均/累计”栏“7”为目标隐含增速，列示备查，不作评价");
  });

  it("still judges the growth figure as the target when there is no base to set the year target against", () => {
    // 柯桥区“十三五” layout: target 1683 with 年均增长 7%, no base column; the growth is what can be judged.
    const j = judge(row("地区生产总值（亿元）", null, 1683, { "2022": 1850.4 }, { targetGrowth: { raw: "7%", ref: "F7" } }));
    expect(j.kind).toBe("rate");
    expect(j.note.reasons.map((r) => r.code)).not.toContain("impliedGrowth");
  });

  it("judges the growth figure as the target when the year column holds —", () => {
    const j = judge(row("地区生产总值（亿元）", 1516.7, "—", { "2022": 1850.4 }, { targetGrowth: { raw: "7%", ref: "F7" } }));
    expect(j.kind).toBe("rate");
    expect(j.problems).toEqual([]);
  });
});
