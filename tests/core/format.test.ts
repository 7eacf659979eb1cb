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

describe("half-way cases", () => {
  it.each([
    [64.9425, "64.943"],
    [1.0005, "1.001"],
    [-64.9425, "-64.943"],
    [2.0045, "2.005"],
    [0.12345, "0.123"],
    [0.0125, "0.0125"],
    [0.00125, "0.00125"],
    [0.99951, "1"],
  ])("formatNumber rounds %d half away from zero as written: %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    [0.28645, "28.6%"],
    [0.00055, "0.1%"],
    [0.12345, "12.3%"],
  ])("formatPercent writes the share %d as %s", (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });

  it("formatRate rounds half away from zero to two decimals", () => {
    expect(formatRate(1.005)).toBe("1.01%");
    expect(formatRate(2.675)).toBe("2.68%");
    expect(formatRate(-2.675)).toBe("-2.68%");
  });

  it("formatPoints rounds half away from zero to one decimal", () => {
    expect(formatPoints(0.2865)).toBe("28.7");
    expect(formatPoints(-0.0005)).toBe("0.1");
  });
});

describe("edge cases", () => {
  it("never writes -0, also for a negative value that rounds to zero", () => {
    expect(formatNumber(-0.0000000000001)).toBe("0");
    expect(formatRate(-0.001)).toBe("0%");
    expect(formatPercent(-0.0004)).toBe("0%");
    expect(formatPoints(-0)).toBe("0");
  });

  it("writes large values in full, without separators or an exponent", () => {
    expect(formatNumber(1234567.8912)).toBe("1234567.891");
    expect(formatNumber(1e21)).toBe("1000000000000000000000");
  });

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
