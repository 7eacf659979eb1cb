import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cellAddress,
  columnIndex,
  columnLetters,
  parseCellAddress,
  parseRangeAddress,
  rangeAddress,
  rangeContains,
  rangesOverlap,
  sheetReference,
} from "../../src/workbook/address";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("names column %i as %s, and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("writes cells and ranges as Excel does", () => {
    expect(cellAddress(6, 3)).toBe("D7");
    expect(rangeAddress({ top: 2, left: 0, bottom: 38, right: 4 })).toBe("A3:E39");
    expect(rangeAddress({ top: 6, left: 3, bottom: 6, right: 3 })).toBe("D7");
  });

  it("reads cells and ranges, with $ signs and in either corner order", () => {
    expect(parseCellAddress("$D$7")).toEqual({ row: 6, column: 3 });
    expect(parseRangeAddress("E39:A3")).toEqual({ top: 2, left: 0, bottom: 38, right: 4 });
    expect(parseRangeAddress("D7")).toEqual({ top: 6, left: 3, bottom: 6, right: 3 });
  });

  it("quotes sheet names that need it, doubling quotes inside", () => {
    const range = { top: 0, left: 0, bottom: 9, right: 7 };
    expect(sheetReference("评估汇总", range)).toBe("'评估汇总'!A1:H10");
    expect(sheetReference("Summary", range)).toBe("Summary!A1:H10");
    expect(sheetReference("A1", range)).toBe("'A1'!A1:H10");
    expect(sheetReference("Bob's", range)).toBe("'Bob''s'!A1:H10");
  });

  it("round-trips every cell address", () => {
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), (row, column) => {
        expect(parseCellAddress(cellAddress(row, column))).toEqual({ row, column });
      }),
    );
  });

  it("tells whether ranges contain cells and overlap", () => {
    const table = { top: 2, left: 0, bottom: 38, right: 4 };
    expect(rangeContains(table, 6, 3)).toBe(true);
    expect(rangeContains(table, 6, 5)).toBe(false);
    expect(rangesOverlap(table, { top: 0, left: 4, bottom: 2, right: 9 })).toBe(true);
    expect(rangesOverlap(table, { top: 0, left: 5, bottom: 2, right: 9 })).toBe(false);
  });
});

describe("edge cases", () => {
  it.each(["", "D", "7", "D0", "XFE1", "A1:B2:C3", "Ä1"])("reads %j as no address", (text) => {
    expect(parseRangeAddress(text)).toBeNull();
  });

  it("refuses negative or fractional indexes, a caller's bug", () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => cellAddress(1.5, 0)).toThrow(RangeError);
  });
});
