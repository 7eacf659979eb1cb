import { describe, expect, it } from "vitest";
import { periodOf } from "../../src/core/period";
import type { PeriodColumnPlan } from "../../src/workbook/host";
import type { Grid } from "../../src/workbook/types";
import { cadenceOf, columnOccupancy, planNewPeriod } from "../../src/app/new-period";
import { keqiaoColumns, mappingOf } from "../taskpane/table";

/** The header and column the next period gets after the given observation headers. */
function next(headers: string[]): { header: string; column: number } | null {
  const plan = planNewPeriod(mappingOf([...keqiaoColumns, ...headers.map((h) => ["observation", h] as const)]));
  return plan.ok ? { header: plan.value.column.header, column: plan.value.column.column } : null;
}

describe("planNewPeriod", () => {
  it.each([
    [["2021年", "2022年上半年", "2022年", "2023年上半年"], "2023年"],
    [["2021年", "2022年上半年", "2022年"], "2023年上半年"],
    [["2022年1-6月", "2022年"], "2023年1-6月"],
    [["2022年1-6月", "2022年", "2023年1-6月"], "2023年"],
    [["2023H1"], "2023"],
    [["2021年", "2022年"], "2023年"],
    [["2021 年", "2022 年"], "2023 年"],
    [["2023年一季度"], "2023年上半年"],
    [["2023年前三季度", "2023年"], "2024年一季度"],
    [["2021年"], "2022年上半年"],
  ])("after %j adds %s", (headers, header) => {
    expect(next(headers)?.header).toBe(header);
  });

  it("puts the new column right after the last observation column, on the header's bottom row", () => {
    const plan = planNewPeriod(
      mappingOf([...keqiaoColumns, ["observation", "2021年"], ["observation", "2022年上半年"], ["other", "备注"]]),
    );
    expect(plan).toEqual({
      ok: true,
      value: {
        period: periodOf(2022, 1),
        column: {
          sheet: "主要指标",
          headerRow: 1,
          column: 7,
          header: "2022年",
          dataRows: { top: 2, bottom: 37, left: 7, right: 7 },
        },
      },
    });
  });

  it("starts a new plan's table with the first half of its first year, after the table", () => {
    const mapping = { ...mappingOf(keqiaoColumns), plan: { baseYear: 2025, targetYear: 2030 } };
    const plan = planNewPeriod(mapping);
    expect(plan.ok && [plan.value.column.header, plan.value.column.column]).toEqual(["2026年上半年", 5]);
  });

  describe("edge cases", () => {
    it("skips a period the table already has", () => {
      expect(next(["2022年", "2021年", "2022年上半年", "2023年上半年"])?.header).toBe("2023年");
      expect(next(["2022年", "2021年", "2022年上半年", "2023年上半年"])?.column).toBe(9);
    });

    it("cannot propose a period without observations or a plan", () => {
      expect(planNewPeriod({ ...mappingOf(keqiaoColumns), plan: null })).toEqual({ ok: false, problem: { reason: "noObservation" } });
    });
  });
});

describe("cadenceOf", () => {
  it.each([
    [[periodOf(2021, 1), periodOf(2022, 1)], "yearly"],
    [[periodOf(2021, 1)], "half-yearly"],
    [[periodOf(2022, 0.5), periodOf(2022, 1)], "half-yearly"],
    [[periodOf(2022, 0.75)], "quarterly"],
    [[], "half-yearly"],
  ] as const)("reads %j as %s", (periods, cadence) => {
    expect(cadenceOf(periods)).toBe(cadence);
  });
});

describe("columnOccupancy", () => {
  /** Header on row 2, data rows 3–5, the new column in H (7); the sheet's used area starts at A1. */
  const column: PeriodColumnPlan = {
    sheet: "主要指标",
    headerRow: 1,
    column: 7,
    header: "2023年",
    dataRows: { top: 2, bottom: 4, left: 7, right: 7 },
  };
  const gridWith = (cells: (string | number | null)[]): Grid => ({
    sheet: "主要指标",
    top: 0,
    left: 0,
    values: [null, ...cells].map((cell) => [...Array<null>(7).fill(null), cell]),
    merges: [],
  });

  it("is free when the header and data cells are empty", () => {
    expect(columnOccupancy(gridWith([null, null, "", null]), column, null)).toBe("free");
  });

  it("is taken by a formula whose result is empty", () => {
    const grid = { ...gridWith([null, null, null, null]), marks: [{ row: 3, column: 7, kind: "formula" as const }] };
    expect(columnOccupancy(grid, column, null)).toBe("taken");
  });

  it("is free beyond the sheet's used area", () => {
    expect(columnOccupancy({ sheet: "主要指标", top: 0, left: 0, values: [["序号"]], merges: [] }, column, null)).toBe("free");
  });

  it("holds the add-in's results when every filled cell is in the generated area", () => {
    const generated = { top: 1, left: 7, bottom: 4, right: 11 };
    expect(columnOccupancy(gridWith(["实现度", 0.62, 0.4, null]), column, generated)).toBe("generated");
  });

  it("is taken by the user's content, such as a 备注 column", () => {
    expect(columnOccupancy(gridWith(["备注", null, "市测", null]), column, null)).toBe("taken");
    const generated = { top: 1, left: 7, bottom: 2, right: 11 };
    expect(columnOccupancy(gridWith(["实现度", 0.62, "手填", null]), column, generated)).toBe("taken");
  });
});
