import { describe, expect, it } from "vitest";
import { cropGrid } from "../../src/workbook/crop";
import type { Grid } from "../../src/workbook/types";

/** A sheet with a title row, a header and two 越城区 rows, starting at B2. */
const grid: Grid = {
  sheet: "越城区",
  top: 1,
  left: 1,
  values: [
    ["越城区“十四五”主要指标", null, null, null],
    ["类别", "指标", "2020年预计值", "2025年"],
    ["综合实力", "1. 全区生产总值", "—", "1500 以上"],
    [null, "2. 人均生产总值", 127500, 170000],
  ],
  merges: [
    { top: 1, left: 1, bottom: 1, right: 4 },
    { top: 3, left: 1, bottom: 4, right: 1 },
  ],
};

describe("cropGrid", () => {
  it("keeps the selected cells at their sheet positions, with the merges that touch them", () => {
    expect(cropGrid(grid, { top: 2, left: 1, bottom: 4, right: 3 })).toEqual({
      sheet: "越城区",
      top: 2,
      left: 1,
      values: [
        ["类别", "指标", "2020年预计值"],
        ["综合实力", "1. 全区生产总值", "—"],
        [null, "2. 人均生产总值", 127500],
      ],
      merges: [{ top: 3, left: 1, bottom: 4, right: 1 }],
    });
  });

  it("clips a selection larger than the used area to it", () => {
    expect(cropGrid(grid, { top: 0, left: 0, bottom: 100, right: 50 })).toEqual(grid);
  });

  describe("edge cases", () => {
    it("gives an empty grid for a selection outside the used area", () => {
      expect(cropGrid(grid, { top: 20, left: 20, bottom: 30, right: 30 }).values).toEqual([]);
    });

    it("fills short rows with empty cells", () => {
      const ragged: Grid = { sheet: "表", top: 0, left: 0, values: [["a", "b"], ["c"]], merges: [] };
      expect(cropGrid(ragged, { top: 0, left: 0, bottom: 1, right: 1 }).values).toEqual([["a", "b"], ["c", null]]);
    });
  });
});
