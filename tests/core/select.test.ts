import { describe, expect, it } from "vitest";
import { parseCell } from "../../src/core/cell";
import {
  chooseLevelValue,
  inWindow,
  latestJudgement,
  numericPoints,
  readObservations,
  yearlyRates,
} from "../../src/core/select";
import type { CellValue, Observation } from "../../src/core/types";
import { period, plan14 } from "./rows";

/** Observations by period code, addressed F7, G7 … in the order given. */
function observations(cells: [string, CellValue][]): Observation[] {
  return cells.map(([code, raw], index) => ({ period: period(code), cell: { raw, ref: `${String.fromCharCode(70 + index)}7` } }));
}

const at = (code: string) => ({ plan: plan14, period: period(code) });

/** The cell reader's own message for a text it cannot read. */
function readerSays(raw: string): string {
  const parsed = parseCell(raw);
  return parsed.ok ? "" : parsed.problem.message;
}

describe("readObservations", () => {
  it("reads each cell once and orders them in time", () => {
    const read = readObservations(observations([["2023H1", 5], ["2021", 3], ["2022", 4]]));
    expect(read.cells.map((cell) => cell.period.code)).toEqual(["2021", "2022", "2023H1"]);
    expect(read.cells.map((cell) => cell.ref)).toEqual(["G7", "H7", "F7"]);
  });

  it("places a value annotated with another year in that year", () => {
    const read = readObservations(observations([["2023", "5.1 (2022)"]]));
    expect(read.cells[0]?.period).toEqual(period("2022"));
  });

  it("keeps a problem for each unreadable cell and each Excel error, naming the cell", () => {
    const read = readObservations(observations([["2021", "abc"], ["2022", "#DIV/0!"], ["2023", "—"]]));
    expect(read.problems).toEqual([
      expect.objectContaining({ code: "parse.unknown", message: `单元格 F7“abc”无法识别为数值：${readerSays("abc")}`, cell: "F7" }),
      { code: "parse.cell_error", message: "单元格 G7“#DIV/0!”为错误值，已跳过", cell: "G7" },
    ]);
  });

  it("names the period when the cell has no address", () => {
    const read = readObservations([{ period: period("2023H1"), cell: { raw: "abc" } }]);
    expect(read.problems[0]?.message).toBe(`2023年上半年数据“abc”无法识别为数值：${readerSays("abc")}`);
    expect(read.problems[0]?.cell).toBeUndefined();
  });
});

describe("numericPoints", () => {
  it("keeps usable numbers after the base year and up to the evaluation period", () => {
    const read = readObservations(observations([["2020", 1], ["2021", 2], ["2022", "—"], ["2023H1", 4], ["2023", 5]]));
    expect(numericPoints(read, at("2023H1"), false).points.map((point) => point.value)).toEqual([2, 4]);
  });

  it("lets the later column win when two hold the same period", () => {
    const read = readObservations(observations([["2022", 4], ["2022", 4.2]]));
    expect(numericPoints(read, at("2022"), false).points.map((point) => point.value)).toEqual([4.2]);
  });

  it("reads the adjusted caliber when asked", () => {
    const read = readObservations(observations([["2022", "1300（350）"], ["2023", 360]]));
    expect(numericPoints(read, at("2023"), true).points.map((point) => point.value)).toEqual([350, 360]);
  });

  it("takes bounds, approximate and cumulative cells at their number", () => {
    const read = readObservations(observations([["2021", "98.5 以上"], ["2022", "约20"], ["2023", "[9]"]]));
    expect(numericPoints(read, at("2023"), false).points.map((point) => point.value)).toEqual([98.5, 20, 9]);
  });

  it("has nothing without an evaluation period", () => {
    const read = readObservations(observations([["2021", 2]]));
    expect(numericPoints(read, { plan: plan14, period: null }, false).points).toEqual([]);
    expect(inWindow(period("2021"), { plan: plan14, period: null })).toBe(false);
  });
});

describe("chooseLevelValue", () => {
  const points = numericPoints(readObservations(observations([["2021", 1700], ["2022", 1850], ["2023H1", 1000]])), at("2023H1"), false).points;

  it("takes a stock's latest value", () => {
    expect(chooseLevelValue(points, "stock").chosen?.value).toBe(1000);
  });

  it("takes a flow's latest full year and sets aside the later sub-year value", () => {
    const choice = chooseLevelValue(points, "flow");
    expect(choice.chosen?.value).toBe(1850);
    expect(choice.ignoredSubYear?.value).toBe(1000);
  });

  it("has no value for a flow with only sub-year values", () => {
    const only = numericPoints(readObservations(observations([["2021H1", 800]])), at("2021H1"), false).points;
    expect(chooseLevelValue(only, "flow")).toEqual({ chosen: null, ignoredSubYear: only[0] });
  });
});

describe("yearlyRates", () => {
  it("keeps one rate per year, the full year's first, else the latest sub-year's", () => {
    const read = readObservations(observations([["2021H1", 9], ["2021", 8.5], ["2022", 3.1], ["2023Q1", 4], ["2023H1", 5.5]]));
    const rates = yearlyRates(numericPoints(read, at("2023H1"), false).points);
    expect(rates.map((point) => [point.period.code, point.value])).toEqual([["2021", 8.5], ["2022", 3.1], ["2023H1", 5.5]]);
  });
});

describe("latestJudgement", () => {
  it("takes the latest 完成 or 未完成 and passes over other cells", () => {
    const read = readObservations(observations([["2021", "未完成"], ["2022", "完成"], ["2023H1", "—"]]));
    const { chosen, laterNumber } = latestJudgement(read, at("2023H1"));
    expect(chosen).toMatchObject({ met: true, period: period("2022"), ref: "G7" });
    expect(laterNumber).toBeNull();
  });

  it("reports a number written after the last judgement", () => {
    const read = readObservations(observations([["2021", "完成"], ["2022", 3.2]]));
    expect(latestJudgement(read, at("2022")).laterNumber?.value).toBe(3.2);
  });
});

describe("edge cases", () => {
  it("reads an empty row", () => {
    expect(readObservations([])).toEqual({ cells: [], problems: [] });
    expect(chooseLevelValue([], "flow")).toEqual({ chosen: null, ignoredSubYear: null });
  });

  it("reads full-width digits and booleans (a problem) in observation cells", () => {
    const read = readObservations(observations([["2021", "５１．３"], ["2022", true]]));
    expect(read.cells[0]?.reading).toMatchObject({ kind: "point", value: 51.3 });
    expect(read.problems[0]).toMatchObject({ code: "parse.boolean", cell: "G7" });
  });
});
