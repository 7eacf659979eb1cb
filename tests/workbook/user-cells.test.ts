import { describe, expect, it } from "vitest";
import { parseMultiAreaAddress, parseRangeAddress } from "../../src/workbook/address";
import { changedCells, changedSheetCells, comparedText, fingerprintOf } from "../../src/workbook/fingerprint";
import { hasGeneratedMark } from "../../src/workbook/keywords";
import { holdsContent, indexGrid } from "../../src/workbook/lookup";
import { earlierBlock } from "../../src/workbook/saved";
import type { CellValue } from "../../src/core/types";
import type { Grid } from "../../src/workbook/types";

/** A grid of values from A1. */
function grid(values: CellValue[][], more: Partial<Grid> = {}): Grid {
  return { sheet: "表", top: 0, left: 0, values, merges: [], ...more };
}

describe("addresses in every form Excel writes", () => {
  it("reads whole columns, whole rows, $ forms and several areas", () => {
    expect(parseRangeAddress("E:E")).toEqual({ top: 0, left: 4, bottom: 1_048_575, right: 4 });
    expect(parseRangeAddress("$F:$G")).toEqual({ top: 0, left: 5, bottom: 1_048_575, right: 6 });
    expect(parseRangeAddress("3:3")).toEqual({ top: 2, left: 0, bottom: 2, right: 16_383 });
    expect(parseRangeAddress("$3:$5")).toEqual({ top: 2, left: 0, bottom: 4, right: 16_383 });
    expect(parseRangeAddress("$C$4:$C$39")).toEqual({ top: 3, left: 2, bottom: 38, right: 2 });
    expect(parseMultiAreaAddress("C4:C39 F:F")).toEqual([
      { top: 3, left: 2, bottom: 38, right: 2 },
      { top: 0, left: 5, bottom: 1_048_575, right: 5 },
    ]);
  });

  it("reads nothing from a list where any part does not read", () => {
    expect(parseMultiAreaAddress("C4:C39 #REF!")).toBeNull();
    expect(parseRangeAddress("E:3")).toBeNull();
  });
});

describe("what is the user's", () => {
  it("takes the generated mark only as the add-in's exact header text", () => {
    expect(hasGeneratedMark("评估结果（自动生成）")).toBe(true);
    expect(hasGeneratedMark("实现度（自动生成）")).toBe(true);
    expect(hasGeneratedMark("Assessment (generated)")).toBe(true);
    expect(hasGeneratedMark("填报时间（系统自动生成）")).toBe(false);
    expect(hasGeneratedMark("自动生成")).toBe(false);
  });

  it("counts a formula whose result is empty as content", () => {
    const index = indexGrid(grid([[null, null]], { marks: [{ row: 0, column: 1, kind: "formula" }] }));
    expect([holdsContent(index, 0, 0), holdsContent(index, 0, 1)]).toEqual([false, true]);
  });

  it("finds the earlier block where its defined name points, not where the stamp said", () => {
    const stamp = { generatedAt: "x", placement: "beside" as const, sheet: "表", area: "F1:J5", tableSheet: "表", period: null };
    const moved = { top: 0, left: 6, bottom: 4, right: 10 };
    expect(earlierBlock(stamp, { sheet: "表", names: [{ name: "PlanAssess_Area", target: { sheet: "表", range: moved } }] })).toEqual(moved);
    expect(earlierBlock(stamp, { sheet: "表", names: [{ name: "PlanAssess_Area", target: null }] })).toBeNull();
    expect(earlierBlock(stamp, { sheet: "表", names: [] })).toBeNull();
    expect(earlierBlock(stamp, { sheet: "表" })).toEqual({ top: 0, left: 5, bottom: 4, right: 9 });
  });
});

describe("the fingerprint of what a run wrote", () => {
  const written: CellValue[][] = [
    ["实现度", "评价结果"],
    [0.8559349593495933, "● 达到进度要求"],
    [null, "数据暂缺"],
  ];
  const saved = fingerprintOf({ top: 0, left: 0, values: written });
  const area = { top: 0, left: 0, bottom: 2, right: 1 };
  if (!saved) throw new Error("no fingerprint");

  it("reads a percent-formatted number back as the door shows it", () => {
    expect(comparedText(0.8559349593495933)).toBe("85.593495935%");
    expect(comparedText("85.593495935%")).toBe("85.593495935%");
    expect(comparedText(-0)).toBe("0%");
  });

  it("finds nothing changed in the block as written, read back as text or as numbers", () => {
    expect(changedCells(indexGrid(grid(written)), area, saved)).toEqual([]);
    const asShown = written.map((row) => row.map((value) => (typeof value === "number" ? "85.593495935%" : value)));
    expect(changedCells(indexGrid(grid(asShown)), area, saved)).toEqual([]);
  });

  it("names a cell the user typed or changed, and no cell the user only emptied", () => {
    const typed = [written[0] ?? [], [0.8559349593495933, "已核实"], ["见说明", null]];
    expect(changedCells(indexGrid(grid(typed)), area, saved)).toEqual([
      { row: 1, column: 1 },
      { row: 2, column: 0 },
    ]);
  });

  it("matches rows wherever they sit once the user inserted a row, and names an inserted row's content", () => {
    const grown = [written[0] ?? [], [null, null], written[1] ?? [], written[2] ?? []];
    const tall = { ...area, bottom: 3 };
    expect(changedCells(indexGrid(grid(grown)), tall, saved)).toEqual([]);
    const typedRow = [written[0] ?? [], ["新增", null], written[1] ?? [], written[2] ?? []];
    expect(changedCells(indexGrid(grid(typedRow)), tall, saved)).toEqual([{ row: 1, column: 0 }]);
  });

  it("on a sheet written whole from A1, names only a cell typed beside or below what was written, not the rows it widens", () => {
    const whole = fingerprintOf({ top: 0, left: 0, values: written });
    if (!whole) throw new Error("no fingerprint");
    const note = written.map((line, row) => (row === 0 ? [...line, null, "用户备注"] : [...line]));
    expect(changedSheetCells(indexGrid(grid(note)), whole)).toEqual([{ row: 0, column: 3 }]);
    const below = [...written, [null, "补充"]];
    expect(changedSheetCells(indexGrid(grid(below)), whole)).toEqual([{ row: 3, column: 1 }]);
    const inside = [written[0] ?? [], [0.8559349593495933, "已核实"], written[2] ?? []];
    expect(changedSheetCells(indexGrid(grid(inside)), whole)).toEqual([{ row: 1, column: 1 }]);
    expect(changedSheetCells(indexGrid(grid(written)), whole)).toEqual([]);
  });
});
