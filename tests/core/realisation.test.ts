import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  averageAnnualRate,
  compoundAnnualRate,
  compoundRealisation,
  cumulativeRealisation,
  isWorse,
  linearRealisation,
  maintainRealisation,
  meets,
  rateRealisation,
  ratioToTarget,
} from "../../src/core/realisation";

describe("linearRealisation", () => {
  it("is (v − b) ÷ (g − b): (1850.4 − 1516.7) ÷ (2200 − 1516.7) = 48.8%", () => {
    expect(linearRealisation(1516.7, 2200, 1850.4)).toBeCloseTo(333.7 / 683.3, 12);
  });

  it("serves lower-is-better unchanged: (75 − 91) ÷ (50 − 91) = 39.0%", () => {
    expect(linearRealisation(91, 50, 75)).toBeCloseTo(16 / 41, 12);
  });

  it("goes below zero when the value moved the wrong way, above one past the target", () => {
    expect(linearRealisation(52.6, 53, 52.4)).toBeCloseTo(-0.5, 12);
    expect(linearRealisation(27, 33, 34)).toBeCloseTo(7 / 6, 12);
  });
});

describe("compoundRealisation", () => {
  it("is ln(v ÷ b) ÷ ln(g ÷ b): ln 1.1 ÷ ln 1.21 = 50%", () => {
    expect(compoundRealisation(100, 121, 110)).toBeCloseTo(0.5, 12);
  });

  it("is null unless every value is positive", () => {
    expect(compoundRealisation(0, 121, 110)).toBeNull();
    expect(compoundRealisation(100, 121, 0)).toBeNull();
    expect(compoundRealisation(-1, 121, 110)).toBeNull();
  });
});

describe("meets and isWorse", () => {
  it.each([
    [29, "<", 30, true],
    [30, "<", 30, false],
    [30, "<=", 30, true],
    [92, ">=", 92, true],
    [92, ">", 92, false],
  ] as const)("%d %s %d is %s", (value, op, bound, expected) => {
    expect(meets(value, op, bound)).toBe(expected);
  });

  it("says worse by direction, strictly", () => {
    expect(isWorse(86, 89.3, "higher")).toBe(true);
    expect(isWorse(2.1, 1.92, "lower")).toBe(true);
    expect(isWorse(5, 5, "higher")).toBe(false);
  });
});

describe("maintainRealisation and ratioToTarget", () => {
  it("is 1 while held, else v ÷ g (g ÷ v when lower is better)", () => {
    expect(maintainRealisation(100, 100, "higher")).toBe(1);
    expect(maintainRealisation(100, 101, "higher")).toBe(1);
    expect(maintainRealisation(100, 98, "higher")).toBeCloseTo(0.98, 12);
    expect(maintainRealisation(1.66, 1.7, "lower")).toBeCloseTo(1.66 / 1.7, 12);
  });

  it("measures a target's share from zero: 61860 ÷ 63000 = 98.2%", () => {
    expect(ratioToTarget(61860, 63000, "higher")).toBeCloseTo(61860 / 63000, 12);
    expect(ratioToTarget(1.8, 2.5, "lower")).toBeCloseTo(2.5 / 1.8, 12);
  });
});

describe("averageAnnualRate", () => {
  it("takes the geometric mean of yearly rates in percent: √(1.085 × 1.031) − 1", () => {
    const average = averageAnnualRate([8.5, 3.1]);
    expect(average?.geometric).toBe(true);
    expect(average?.rate).toBeCloseTo((Math.sqrt(1.085 * 1.031) - 1) * 100, 10);
  });

  it("returns a single rate as it is", () => {
    expect(averageAnnualRate([7])?.rate).toBeCloseTo(7, 12);
  });

  it("falls back to the arithmetic mean when a rate is −100% or less", () => {
    expect(averageAnnualRate([-100, 50])).toEqual({ rate: -25, geometric: false });
  });
});

describe("compoundAnnualRate", () => {
  it("is (v ÷ b)^(1/years) − 1 in percent: 100 → 121 over two years is 10%", () => {
    expect(compoundAnnualRate(100, 121, 2)).toBeCloseTo(10, 10);
  });

  it("handles half years: 100 → 110 over 2.5 years", () => {
    expect(compoundAnnualRate(100, 110, 2.5)).toBeCloseTo((Math.pow(1.1, 1 / 2.5) - 1) * 100, 10);
  });

  it("stays finite for a huge rise within one year (30 → 5.4e295 is a rate of about 1.8e296%)", () => {
    const rate = compoundAnnualRate(30, 5.393079404587477e295, 1);
    expect(Number.isFinite(rate)).toBe(true);
    expect(rate).toBeGreaterThan(1.7e296);
    expect(rate).toBeLessThan(1.9e296);
  });

  it("stays finite for a finite rate too large to round to 12 decimals (5e-324 → 1.6e265 over two years)", () => {
    const rate = compoundAnnualRate(5e-324, 1.5966722476281071e265, 2);
    expect(rate !== null && Number.isFinite(rate) && rate > 1e290).toBe(true);
  });
});

describe("rateRealisation and cumulativeRealisation", () => {
  it("divides the achieved rate by the target rate", () => {
    expect(rateRealisation(5.4, 7, "higher")).toBeCloseTo(5.4 / 7, 12);
    expect(rateRealisation(2, 4, "lower")).toBe(2);
  });

  it("answers met or not when the ratio means nothing (a target of 0 or below)", () => {
    expect(rateRealisation(1, 0, "higher")).toBe(1);
    expect(rateRealisation(-1, 0, "higher")).toBe(0);
    expect(rateRealisation(-3, -2, "higher")).toBe(0);
  });

  it("divides the total to date by the plan's total", () => {
    expect(cumulativeRealisation(9, 20)).toBeCloseTo(0.45, 12);
  });
});

describe("edge cases", () => {
  it("answers null, never NaN, for base = target and zero totals", () => {
    expect(linearRealisation(100, 100, 100)).toBeNull();
    expect(compoundRealisation(100, 100, 120)).toBeNull();
    expect(cumulativeRealisation(5, 0)).toBeNull();
    expect(averageAnnualRate([])).toBeNull();
    expect(compoundAnnualRate(100, 110, 0)).toBeNull();
  });

  it("answers null on overflow rather than Infinity", () => {
    expect(linearRealisation(-1e308, 1e308, 0)).toBeNull();
    expect(linearRealisation(0, 5e-324, 1e308)).toBeNull();
  });

  it("never writes −0", () => {
    expect(Object.is(linearRealisation(5, 10, 5), 0)).toBe(true);
    expect(Object.is(cumulativeRealisation(-0, 20), 0)).toBe(true);
  });

  it("never yields NaN or Infinity for any numbers", () => {
    const number = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324));
    fc.assert(
      fc.property(number, number, number, (b, g, v) => {
        for (const result of [
          linearRealisation(b, g, v),
          compoundRealisation(b, g, v),
          ratioToTarget(v, g, "higher"),
          ratioToTarget(v, g, "lower"),
          cumulativeRealisation(v, g),
          compoundAnnualRate(b, v, 2.5),
          averageAnnualRate([b, g, v])?.rate ?? null,
        ]) {
          if (result !== null && !Number.isNaN(b) && !Number.isNaN(g) && !Number.isNaN(v)) {
            expect(Number.isFinite(result)).toBe(true);
          }
        }
        if (Number.isFinite(g) && Number.isFinite(v)) {
          expect(Number.isFinite(maintainRealisation(g, v, "higher"))).toBe(true);
          expect(Number.isFinite(rateRealisation(v, g, "lower"))).toBe(true);
        }
      }),
    );
  });
});
