import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  elapsedYears,
  formatPeriod,
  isValidPlan,
  labelLike,
  nextPeriod,
  parseHeaderLabel,
  parsePeriod,
  periodOf,
  planFromName,
  timeProgress,
} from "../../src/core/period";
import type { Plan, YearFraction } from "../../src/core/types";

const plan14: Plan = { baseYear: 2020, targetYear: 2025 };
const plan15: Plan = { baseYear: 2025, targetYear: 2030 };

describe("parsePeriod", () => {
  it.each([
    ["2022年", "2022"],
    ["2022", "2022"],
    ["2022年度", "2022"],
    ["2022年全年", "2022"],
    ["2022年1-12月", "2022"],
    ["2022年底", "2022"],
    ["2023年上半年", "2023H1"],
    ["2023年1-6月", "2023H1"],
    ["2023年1～6月", "2023H1"],
    ["2023年1—6月", "2023H1"],
    ["2023年1-6月份", "2023H1"],
    ["2023年6月底", "2023H1"],
    ["2023年6月末", "2023H1"],
    ["2023H1", "2023H1"],
    ["2023h1", "2023H1"],
    ["2023年一季度", "2023Q1"],
    ["2023年第一季度", "2023Q1"],
    ["2023年1-3月", "2023Q1"],
    ["2023Q1", "2023Q1"],
    ["2023年前三季度", "2023Q3"],
    ["2023年1-9月", "2023Q3"],
    ["2023Q3", "2023Q3"],
  ])("reads %j as the period %s", (label, code) => {
    expect(parsePeriod(label)?.code).toBe(code);
  });

  it("gives the share of the year each period covers", () => {
    expect(parsePeriod("2023年一季度")).toEqual({ year: 2023, fraction: 0.25, code: "2023Q1" });
    expect(parsePeriod("2023年上半年")).toEqual({ year: 2023, fraction: 0.5, code: "2023H1" });
    expect(parsePeriod("2023年前三季度")).toEqual({ year: 2023, fraction: 0.75, code: "2023Q3" });
    expect(parsePeriod("2022年")).toEqual({ year: 2022, fraction: 1, code: "2022" });
  });

  it("reads full-width digits, stray spaces and line breaks", () => {
    expect(parsePeriod("２０２３年上半年")?.code).toBe("2023H1");
    expect(parsePeriod("2020 年")?.code).toBe("2020");
    expect(parsePeriod(" 2023年\n上半年 ")?.code).toBe("2023H1");
    expect(parsePeriod("２０２３Ｈ１")?.code).toBe("2023H1");
  });

  it("does not treat a second half, a lone quarter or a lone month as a period counted from January", () => {
    expect(parsePeriod("2023年下半年")).toBeNull();
    expect(parsePeriod("2023H2")).toBeNull();
    expect(parsePeriod("2023Q2")).toBeNull();
    expect(parsePeriod("2023年二季度")).toBeNull();
    expect(parsePeriod("2023年6月")).toBeNull();
    expect(parsePeriod("2023年4-6月")).toBeNull();
    expect(parsePeriod("2023年1-5月")).toBeNull();
  });

  it("rejects labels that are not periods", () => {
    expect(parsePeriod("指标名称")).toBeNull();
    expect(parsePeriod("2020年预计值")).toBeNull();
    expect(parsePeriod("20222")).toBeNull();
  });
});

describe("timeProgress", () => {
  it.each([
    [plan14, periodOf(2021, 1), 0.2],
    [plan14, periodOf(2022, 1), 0.4],
    [plan14, periodOf(2023, 0.5), 0.5],
    [plan14, periodOf(2023, 0.25), 0.45],
    [plan14, periodOf(2023, 0.75), 0.55],
    [plan14, periodOf(2025, 1), 1],
    [plan15, periodOf(2026, 0.5), 0.1],
    [plan15, periodOf(2028, 1), 0.6],
  ])("for plan %o at %o is %d", (plan, period, expected) => {
    expect(timeProgress(plan, period)).toBeCloseTo(expected, 12);
  });

  it("computes elapsed years as (Y − B − 1) + f", () => {
    expect(elapsedYears(plan14, periodOf(2023, 0.5))).toBe(2.5);
    expect(elapsedYears(plan15, periodOf(2026, 0.5))).toBe(0.5);
  });

  it("clamps to 0 before the plan and to 1 after it", () => {
    expect(timeProgress(plan14, periodOf(2019, 1))).toBe(0);
    expect(timeProgress(plan14, periodOf(2020, 1))).toBe(0);
    expect(timeProgress(plan14, periodOf(2027, 0.5))).toBe(1);
  });

  it("stays within [0, 1] for any period and any valid plan", () => {
    const fraction = fc.constantFrom<YearFraction>(0.25, 0.5, 0.75, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2150 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1900, max: 2200 }),
        fraction,
        (baseYear, length, year, f) => {
          const t = timeProgress({ baseYear, targetYear: baseYear + length }, periodOf(year, f));
          return t >= 0 && t <= 1 && !Number.isNaN(t);
        },
      ),
    );
  });
});

describe("comparePeriods", () => {
  it("orders 2023Q1 < 2023H1 < 2023Q3 < 2023 < 2024Q1", () => {
    const codes = ["2024Q1", "2023", "2023Q3", "2023H1", "2023Q1"];
    const sorted = codes.map((code) => parsePeriod(code)!).sort(comparePeriods).map((p) => p.code);
    expect(sorted).toEqual(["2023Q1", "2023H1", "2023Q3", "2023", "2024Q1"]);
  });

  it("finds equal periods equal", () => {
    expect(comparePeriods(parsePeriod("2023年1-6月")!, parsePeriod("2023H1")!)).toBe(0);
  });
});

describe("formatPeriod", () => {
  it.each([
    ["2023H1", "2023年上半年"],
    ["2022", "2022年"],
    ["2023Q1", "2023年一季度"],
    ["2023Q3", "2023年前三季度"],
  ])("names %s as %s", (code, text) => {
    expect(formatPeriod(parsePeriod(code)!)).toBe(text);
  });

  it("reads back every period it writes", () => {
    for (const f of [0.25, 0.5, 0.75, 1] as const) {
      const period = periodOf(2031, f);
      expect(parsePeriod(formatPeriod(period))).toEqual(period);
    }
  });
});

describe("nextPeriod", () => {
  it("steps half-yearly by default: 2023年上半年 → 2023年 → 2024年上半年", () => {
    const first = nextPeriod(periodOf(2023, 0.5));
    expect(first.code).toBe("2023");
    expect(nextPeriod(first).code).toBe("2024H1");
  });

  it("steps yearly and quarterly", () => {
    expect(nextPeriod(periodOf(2023, 1), "yearly").code).toBe("2024");
    expect(nextPeriod(periodOf(2023, 0.5), "yearly").code).toBe("2023");
    const steps = [periodOf(2023, 0.25)];
    for (let i = 0; i < 4; i += 1) steps.push(nextPeriod(steps[steps.length - 1]!, "quarterly"));
    expect(steps.map((p) => p.code)).toEqual(["2023Q1", "2023H1", "2023Q3", "2023", "2024Q1"]);
  });

  it("moves a half-yearly table on from a quarter to the next half-year step", () => {
    expect(nextPeriod(periodOf(2023, 0.25)).code).toBe("2023H1");
    expect(nextPeriod(periodOf(2023, 0.75)).code).toBe("2023");
  });
});

describe("labelLike", () => {
  it.each([
    [periodOf(2024, 0.5), "2023年1-6月", "2024年1-6月"],
    [periodOf(2024, 0.5), "2023H1", "2024H1"],
    [periodOf(2024, 1), "2023", "2024"],
    [periodOf(2024, 0.5), "2023年上半年", "2024年上半年"],
    [periodOf(2024, 0.5), "2023年", "2024年上半年"],
    [periodOf(2023, 1), "2023年上半年", "2023年"],
    [periodOf(2024, 0.5), "2023年6月底", "2024年6月底"],
    [periodOf(2024, 0.75), "2023年1～6月", "2024年1～9月"],
    [periodOf(2024, 1), "2023年1-6月", "2024年1-12月"],
    [periodOf(2021, 1), "2020 年", "2021 年"],
  ])("writes %o like %j: %j", (period, example, expected) => {
    expect(labelLike(period, example)).toBe(expected);
  });

  it("writes labels that read back as the same period", () => {
    for (const example of ["2023年1-6月", "2023H1", "2023年上半年", "2023年6月底", "2020 年"]) {
      for (const f of [0.25, 0.5, 0.75, 1] as const) {
        const period = periodOf(2030, f);
        expect(parsePeriod(labelLike(period, example))).toEqual(period);
      }
    }
  });
});

describe("planFromName", () => {
  it.each([
    ["十四五", 2020, 2025],
    ["“十三五”目标 2020 年", 2015, 2020],
    ["十五五规划", 2025, 2030],
    ["“十五”计划", 2000, 2005],
    ["第十四个五年规划", 2020, 2025],
    ["2021-2025年", 2020, 2025],
  ])("reads %j as the plan %d–%d", (text, baseYear, targetYear) => {
    expect(planFromName(text)).toEqual({ baseYear, targetYear });
  });

  it("does not take numbers for plan names", () => {
    expect(planFromName("十五分钟生活圈")).toBeNull();
    expect(planFromName("2025年目标")).toBeNull();
  });
});

describe("parseHeaderLabel", () => {
  it.each([
    ["2020年预计值", 2020, "2020", ["estimate"]],
    ["2020 年实绩", 2020, "2020", ["actual"]],
    ["基期值 2020年", 2020, "2020", ["base"]],
    ["2025年目标", 2025, "2025", ["target"]],
    ["规划目标 2025年", 2025, "2025", ["target"]],
    ["2020年目标值", 2020, "2020", ["target"]],
    ["2025年", 2025, "2025", []],
    ["2025 年目标", 2025, "2025", ["target"]],
    ["2022年上半年", 2022, "2022H1", []],
    ["2023年1-6月", 2023, "2023H1", []],
  ])("reads %j as year %d, period %s, words %j", (text, year, code, words) => {
    const label = parseHeaderLabel(text);
    expect(label.year).toBe(year);
    expect(label.period?.code).toBe(code);
    expect(label.words).toEqual(words);
  });

  it("reads a plan name, a role word and a year together", () => {
    expect(parseHeaderLabel("“十三五”目标 2020 年")).toEqual({
      text: "“十三五”目标2020年",
      year: 2020,
      period: { year: 2020, fraction: 1, code: "2020" },
      plan: { baseYear: 2015, targetYear: 2020 },
      words: ["target"],
      word: "target",
    });
  });

  it("lets 年均增长 decide the word of a growth column", () => {
    const actual = parseHeaderLabel("“十三五”实绩 年均增长");
    expect(actual.words).toEqual(["actual", "growth"]);
    expect(actual.word).toBe("growth");
    expect(actual.year).toBeUndefined();
    expect(actual.plan).toEqual({ baseYear: 2015, targetYear: 2020 });
    expect(parseHeaderLabel("“十三五”目标 年均增长").words).toEqual(["target", "growth"]);
  });

  it("reads a span of years as a plan, not a period", () => {
    const label = parseHeaderLabel("2021-2025年年均增长");
    expect(label.plan).toEqual({ baseYear: 2020, targetYear: 2025 });
    expect(label.period).toBeUndefined();
    expect(label.word).toBe("growth");
  });

  it("finds no period, plan or word in other headers", () => {
    expect(parseHeaderLabel("指标名称（单位）")).toEqual({ text: "指标名称(单位)", words: [] });
    expect(parseHeaderLabel("完成情况").word).toBe("completion");
  });
});

describe("edge cases", () => {
  it("reads nothing from empty or blank text", () => {
    expect(parsePeriod("")).toBeNull();
    expect(parsePeriod("  \n ")).toBeNull();
    expect(parseHeaderLabel("")).toEqual({ text: "", words: [] });
    expect(planFromName("")).toBeNull();
  });

  it("rejects a plan whose target year does not follow its base year", () => {
    expect(isValidPlan({ baseYear: 2025, targetYear: 2025 })).toBe(false);
    expect(isValidPlan({ baseYear: 2025.5, targetYear: 2030 })).toBe(false);
    expect(() => timeProgress({ baseYear: 2025, targetYear: 2020 }, periodOf(2023, 1))).toThrow(RangeError);
  });

  it("gives the first period of a plan a progress above zero and the base year zero", () => {
    expect(timeProgress(plan15, periodOf(2026, 0.25))).toBeCloseTo(0.05, 12);
    expect(timeProgress(plan15, periodOf(2025, 1))).toBe(0);
  });

  it("treats the year before a plan's first half-year as before the plan", () => {
    expect(timeProgress(plan15, periodOf(2025, 0.5))).toBe(0);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        parsePeriod(text);
        parseHeaderLabel(text);
        planFromName(text);
        return true;
      }),
    );
  });

  it("reads back every canonical code", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.constantFrom<YearFraction>(0.25, 0.5, 0.75, 1), (y, f) => {
        const period = periodOf(y, f);
        expect(parsePeriod(period.code)).toEqual(period);
      }),
    );
  });
});
