import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, formatPoints, formatRate } from "../../src/core/format";

describe("formatNumber", () => {
  it.each([
    [1850.4, "1850.4"],
    [61860, "61860"],
    [1516.7, "1516.7"],
    [72.69, "72.69"],
    [12.3456, "12.346"],
    [4.564, "4.564"],
    [0.011, "0.011"],
    [0.005, "0.005"],
    [2 / 3, "0.667"],
    [-0.035, "-0.035"],
  ])("writes %d as %s, with no separators and no trailing zeros", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe("formatPercent", () => {
  it.each([
    [0.488, "48.8%"],
    [0.4, "40%"],
    [0.1, "10%"],
    [1.1428, "114.3%"],
    [-0.25, "-25%"],
  ])("writes the share %d as %s", (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });

  it("takes the number of decimals as an option", () => {
    expect(formatPercent(1.1428, 0)).toBe("114%");
  });
});

describe("formatRate and formatPoints", () => {
  it("writes a rate in percent units with its sign", () => {
    expect(formatRate(5.4)).toBe("5.4%");
    expect(formatRate(7)).toBe("7%");
  });

  it("writes a difference of shares as unsigned percentage points", () => {
    expect(formatPoints(0.488 - 0.4)).toBe("8.8");
    expect(formatPoints(0.3 - 0.5)).toBe("20");
  });
});

describe("edge cases", () => {
  it("writes zero and minus zero as 0", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
    expect(formatPercent(-0)).toBe("0%");
    expect(formatPercent(-0.00001)).toBe("0%");
  });

  it("writes a non-finite number as a dash, never NaN or Infinity", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatNumber(value)).toBe("—");
      expect(formatPercent(value)).toBe("—");
      expect(formatRate(value)).toBe("—");
      expect(formatPoints(value)).toBe("—");
    }
  });

  it("never writes NaN, Infinity or an empty text for any number", () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        for (const text of [formatNumber(value), formatPercent(value), formatRate(value), formatPoints(value)]) {
          expect(text).not.toMatch(/NaN|Infinity/u);
          expect(text.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
