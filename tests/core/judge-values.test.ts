import { describe, expect, it } from "vitest";
import { parseCell } from "../../src/core/cell";
import { judge, period, plan15, row } from "./rows";
import { noteText } from "../../src/i18n/notes";

/** The cell reader's own message for a text it cannot read. */
function readerSays(raw: string): string {
  const parsed = parseCell(raw);
  return parsed.ok ? "" : parsed.problem.message;
}

// Worked cases. Plan 2021–2025 (base year 2020) unless said otherwise, so time progress is
// t = (Y − 2020 − 1 + f) ÷ 5: 2021 → 20%, 2022 → 40%, 2023H1 → 50%, 2025 → 100%.

describe("flows at half years", () => {
  const gdp = row("地区生产总值（亿元）", 1516.7, 2200, { "2021": 1700.1, "2022": 1850.4, "2023H1": 1000.2 });

  it("never compares GDP's 2023H1 value with the annual target: judged on 2022, held to 40%, not 50%", () => {
    const j = judge(gdp, { at: "2023H1" });
    expect(j.value).toBe(1850.4);
    expect(j.valuePeriod).toEqual(period("2022"));
    expect(j.timeProgress).toBe(0.4);
    expect(j.status).toBe("on_track");
    expect(j.flags).toEqual(["sub_year_flow", "older_data"]);
    expect(noteText(j.note)).toBe(
      "2022年值1850.4，实现度48.8%，时序进度40%；评估期为2023年上半年，按最近可用的2022年数据评价；2023年上半年值1000.2为年内累计数（时期指标），不与全年目标比较",
    );
  });

  it("has no data for a flow with only a sub-year value after the base, and says why", () => {
    const j = judge(row("地区生产总值（亿元）", 1516.7, 2200, { "2021H1": 800 }));
    expect(j.status).toBe("no_data");
    expect(j.realisation).toBeNull();
    expect(j.value).toBeNull();
    expect(j.flags).toEqual(["sub_year_flow"]);
    expect(noteText(j.note)).toBe("仅有2021年上半年值800，为时期指标的年内累计数，不能与全年目标比较，基期后尚无全年数据");
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
    expect(j.problems).toEqual([{ code: "parse.cell_error", message: "单元格 G7“#N/A”为错误值，已跳过", cell: "G7" }]);
  });

  it("falls back over unreadable text, naming the cell", () => {
    const j = judge(row("森林覆盖率（%）", 52.6, 53.6, { "2022": 53, "2023H1": "abc" }));
    expect(j.value).toBe(53);
    expect(j.problems).toEqual([
      expect.objectContaining({ code: "parse.unknown", message: `单元格 G7“abc”无法识别为数值：${readerSays("abc")}`, cell: "G7" }),
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
    expect(noteText(j.note)).toBe("评估期及以前无可用数据");
    expect(j.projection).toBe("unknown");
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
    expect(noteText(j.note)).toContain("基期值为2019年数据");
  });

  it("counts a bound base at its number: PM2.5 <35 → <28 at 31, r = −4 ÷ −7 = 57.1%", () => {
    const j = judge(row("PM2.5 年均浓度", "<35", "<28", { "2022": 31 }, { unit: "μg/m³" }));
    expect(j.realisation).toBeCloseTo(4 / 7, 10);
    expect(j.flags).toEqual(["base_is_bound"]);
    expect(noteText(j.note)).toContain("基期值仅知为“<35”，按35计");
  });

  it("assesses on the adjusted caliber when base and target both carry one: (350 − 265) ÷ (500 − 265) = 36.2%", () => {
    const j = judge(row("规上工业增加值（亿元）", "1074.2（265）", "2000（500）", { "2022": "1300（350）" }));
    expect(j.value).toBe(350);
    expect(j.realisation).toBeCloseTo(85 / 235, 10);
    expect(j.status).toBe("behind");
    expect(j.flags).toEqual(["adjusted_caliber"]);
    expect(noteText(j.note)).toContain("按调整口径（265→500）评价");
  });

  it("before the end of the plan, has no data for a level with no base that is not yet met", () => {
    const j = judge(row("全区生产总值", "—", "1500 以上", { "2022": 1400 }, { unit: "亿元" }));
    expect(j.status).toBe("no_data");
    expect(noteText(j.note)).toBe("缺少基期值，且尚未达到目标，无法计算实现度");
  });

  it("calls a target with no base already met ahead", () => {
    const j = judge(row("全区生产总值", "—", "1500 以上", { "2022": 1550 }, { unit: "亿元" }));
    expect(j.status).toBe("ahead");
    expect(j.realisation).toBe(1);
  });

  it("has no data for a row with no target", () => {
    const j = judge(row("单位生产总值二氧化碳排放量（吨/万元）", "——", "——", { "2022": "——" }));
    expect(j.status).toBe("no_data");
    expect(noteText(j.note)).toBe("目标值为“——”，无可评价的目标");
  });

  it("names an unreadable base cell and its role", () => {
    const j = judge(row("森林覆盖率（%）", "五十", 53, { "2022": 52.8 }));
    expect(j.problems[0]).toEqual(
      expect.objectContaining({ message: `单元格 D7（基期值）“五十”无法识别为数值：${readerSays("五十")}`, cell: "D7" }),
    );
  });

  it("names an unreadable target cell, which is not necessarily a number", () => {
    const j = judge(row("固定资产投资增速（%）", 3.9, "慢于经济增长", { "2022": 4 }));
    expect(j.status).toBe("no_data");
    expect(j.problems[0]).toEqual(
      expect.objectContaining({ message: `单元格 E7（目标值）“慢于经济增长”无法识别：${readerSays("慢于经济增长")}`, cell: "E7" }),
    );
  });
});

describe("the 15th plan (2026–2030)", () => {
  it("holds a stock's 2026H1 value to a time progress of 10%: 78 → 83 at 78.6, r = 0.6 ÷ 5 = 12%", () => {
    const j = judge(row("常住人口城镇化率（%）", 78, 83, { "2026H1": 78.6 }), { plan: plan15 });
    expect(j.timeProgress).toBeCloseTo(0.1, 12);
    expect(j.realisation).toBeCloseTo(0.12, 10);
    expect(j.status).toBe("on_track");
    expect(noteText(j.note)).toBe("2026年上半年值78.6，实现度12%，时序进度10%");
  });

  it("has no data for a flow with only its 2026H1 value", () => {
    const j = judge(row("地区生产总值（亿元）", 2200, 3000, { "2026H1": 1150 }), { plan: plan15 });
    expect(j.status).toBe("no_data");
    expect(j.flags).toContain("sub_year_flow");
  });
});
