import { describe, expect, it } from "vitest";
import type { EtWorkbook, EtWorksheet } from "../../src/wps/port";
import { mergedAreasOf, numberFormatsOf, rowsOfValue2 } from "../../src/wps/read";
import { createWpsStandIn } from "./standin";

/** The first sheet of a stand-in seeded with one sheet. */
function sheetOf(seed: Parameters<typeof createWpsStandIn>[0][number]) {
  const standIn = createWpsStandIn([seed]);
  const sheet = (standIn.port.Application.ActiveWorkbook as EtWorkbook).Worksheets.Item(1) as EtWorksheet;
  standIn.resetCalls();
  return { standIn, sheet };
}

describe("reading through WPS", () => {
  it("finds a large merged area in a handful of calls, not one per cell", () => {
    const { standIn, sheet } = sheetOf({ name: "表", values: [["标题"]], merges: [{ top: 0, left: 0, bottom: 99, right: 9 }, { top: 120, left: 2, bottom: 121, right: 2 }] });
    expect(mergedAreasOf(sheet, { top: 0, left: 0, bottom: 199, right: 19 })).toEqual([
      { top: 0, left: 0, bottom: 99, right: 9 },
      { top: 120, left: 2, bottom: 121, right: 2 },
    ]);
    expect(standIn.calls).toBeLessThan(100);
  });

  it("finds the formats of a column's numbers by halving it until each part has one", () => {
    const { standIn, sheet } = sheetOf({
      name: "表",
      values: [["指标", "值"], ["a", 0.05], ["b", 0.5], ["c", 45107]],
      numberFormat: [[null, null], [null, "0.0%"], [null, "0.0%"], [null, "yyyy/m/d"]],
    });
    const values = [["指标", "值"], ["a", 0.05], ["b", 0.5], ["c", 45107]];
    expect(numberFormatsOf(sheet, { top: 0, left: 0, bottom: 3, right: 1 }, values)).toEqual([
      ["General", "General"],
      ["General", "0.0%"],
      ["General", "0.0%"],
      ["General", "yyyy/m/d"],
    ]);
    // The text column is never asked; the numbers' column in three parts.
    expect(standIn.counter.byMember.get("Range.NumberFormat")).toBe(3);
  });

  describe("edge cases", () => {
    it.each([
      ["one cell's scalar", 3, 1, 1, [[3]]],
      ["an empty cell", undefined, 1, 1, [[null]]],
      ["rows", [[1, "a"], [2, null]], 2, 2, [[1, "a"], [2, null]]],
      ["a flat list over one row", [1, 2, 3], 1, 3, [[1, 2, 3]]],
      ["a flat list over one column", [1, 2], 2, 1, [[1], [2]]],
      ["rows shorter than the range", [[1]], 2, 2, [[1, null], [null, null]]],
    ])("reads %s of Value2 as rows", (_, value, rows, columns, expected) => {
      expect(rowsOfValue2(value, rows, columns)).toEqual(expected);
    });
  });
});
