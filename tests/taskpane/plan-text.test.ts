import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPlan, parsePlanText } from "../../src/taskpane/plan-text";

describe("formatPlan", () => {
  it.each([
    [{ baseYear: 2020, targetYear: 2025 }, "2021–2025"],
    [{ baseYear: 2025, targetYear: 2030 }, "2026–2030"],
    [{ baseYear: 2015, targetYear: 2020 }, "2016–2020"],
  ])("shows the plan %o as its first and last years: %s", (plan, text) => {
    expect(formatPlan(plan)).toBe(text);
  });
});

describe("parsePlanText", () => {
  it.each([
    ["2021–2025", 2020, 2025],
    ["2026-2030", 2025, 2030],
    ["2026—2030", 2025, 2030],
    ["2016~2020", 2015, 2020],
    ["2021年至2025年", 2020, 2025],
    ["２０２６－２０３０", 2025, 2030],
    [" 2021 – 2035 ", 2020, 2035],
  ])("reads %s as base year %i and target year %i", (text, baseYear, targetYear) => {
    expect(parsePlanText(text)).toEqual({ baseYear, targetYear });
  });

  it("round-trips what formatPlan writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), fc.integer({ min: 1, max: 40 }), (baseYear, length) => {
        const plan = { baseYear, targetYear: baseYear + length };
        expect(parsePlanText(formatPlan(plan))).toEqual(plan);
      }),
    );
  });

  describe("edge cases", () => {
    it.each(["", "2025", "2025–2021", "2025–2023", "十四五", "2021–25", "20210–2025", "2021 2025"])(
      "gives null for %j",
      (text) => {
        expect(parsePlanText(text)).toBeNull();
      },
    );

    it("never throws on any text", () => {
      fc.assert(
        fc.property(fc.string(), (text) => {
          const plan = parsePlanText(text);
          if (plan) expect(plan.targetYear).toBeGreaterThan(plan.baseYear);
        }),
      );
    });
  });
});
