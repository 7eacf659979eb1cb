import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonBytes, operationBytes, packOperations, requestBytes, splitRows } from "../../src/excel/budget";
import { cellValueFromOffice, gridFromOffice, isDateFormat, isPercentFormat } from "../../src/excel/clean";
import { describeExcelError } from "../../src/excel/errors";
import { pointsOfCharacters, textEqualsFormula } from "../../src/excel/queue";
import { rowBands, rowsPerBand } from "../../src/excel/read";
import { excelSupportProblem } from "../../src/excel/requirements";
import type { WriteOperation } from "../../src/workbook/write/operations";

describe("cleaning Office values", () => {
  it.each([
    [0.035, "0.0%", "3.5%"],
    [0.054, "0.0%;[Red]-0.0%", "5.4%"],
    [45107, "yyyy/m/d", "2023-06-30"],
    [45107.5, "yyyy/m/d h:mm", "2023-06-30T12:00:00.000Z"],
    [1516.7, "General", 1516.7],
    [1516.7, '0.0"亿元"', 1516.7],
    ["#N/A", "General", "#N/A"],
    ["  ", "General", null],
    ["", "General", null],
    [true, "General", true],
  ])("reads %j under %j as %j", (value, format, expected) => {
    expect(cellValueFromOffice(value, format)).toEqual(expected);
  });

  it("tells percent and date formats by what lies outside quotes and brackets", () => {
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('[$-804]0.00"万元"')).toBe(false);
    expect(isDateFormat("General")).toBe(false);
  });

  it("trims a read rectangle to the cells holding something", () => {
    const grid = gridFromOffice("表2", { top: 2, left: 0, values: [["序号", ""], [1, 0.5]], numberFormat: [["General", "General"], ["General", "0%"]] }, []);
    expect(grid).toEqual({ sheet: "表2", top: 2, left: 0, values: [["序号", null], [1, "50%"]], merges: [] });
  });

  describe("edge cases", () => {
    it("never throws and never yields NaN, whatever Office returns", () => {
      fc.assert(
        fc.property(fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null)), fc.string(), (value, format) => {
          const cleaned = cellValueFromOffice(value, format);
          expect(typeof cleaned === "number" && Number.isNaN(cleaned)).toBe(false);
        }),
      );
    });

    it("writes −0 percent as 0%", () => {
      expect(cellValueFromOffice(-0, "0%")).toBe("0%");
    });
  });
});

describe("payload budget", () => {
  const cells = (rows: number): WriteOperation => ({
    kind: "values",
    sheet: "s",
    top: 0,
    left: 0,
    values: Array.from({ length: rows }, (_, i) => [`第${i}行`]),
  });

  /** A write shaped like a plan's: a name deleted, a long block of cells, a frozen row. */
  const operationsOf = (rows: number): WriteOperation[] => [{ kind: "deleteName", name: "PlanAssess_Area" }, cells(rows), { kind: "freeze", sheet: "s", rows: 1 }];

  it("measures JSON in UTF-8 bytes", () => {
    expect(jsonBytes({ values: [["地区生产总值", 1516.7]] })).toBe(42);
    expect(operationBytes({ kind: "deleteName", name: "PlanAssess_Area" })).toBe(110);
  });

  it("cuts a cell block into row chunks that keep every row, in order", () => {
    const chunks = splitRows(cells(1_000), 2_000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((chunk) => operationBytes(chunk) <= 2_000)).toBe(true);
    const whole = cells(1_000);
    expect(chunks.flatMap((chunk) => (chunk.kind === "values" ? chunk.values : []))).toEqual(whole.kind === "values" ? whole.values : []);
    expect(chunks.map((chunk) => (chunk.kind === "values" ? chunk.top : -1))[1]).toBeGreaterThan(0);
  });

  it("packs operations in order into syncs under the budget, one sync when they fit", () => {
    expect(packOperations([cells(10)], 4_000_000)).toHaveLength(1);
    const packs = packOperations([{ kind: "deleteName", name: "PlanAssess_Area" }, cells(5_000)], 20_000);
    expect(packs.length).toBeGreaterThan(3);
    expect(packs.every((pack) => pack.reduce((sum, op) => sum + operationBytes(op), 0) <= 20_000)).toBe(true);
    expect(packs[0]?.[0]).toEqual({ kind: "deleteName", name: "PlanAssess_Area" });
  });

  it("sends a write as one request while it fits the budget, and cuts it only when it does not", () => {
    for (const rows of [10, 40, 1_000]) {
      expect(packOperations(operationsOf(rows), 4_000_000)).toHaveLength(1);
    }
    const bytes = requestBytes(operationsOf(300_000));
    expect(bytes).toBeGreaterThan(4_000_000);
    const requests = packOperations(operationsOf(300_000), 4_000_000);
    expect(requests).toHaveLength(Math.ceil(bytes / 4_000_000));
    expect(requests.every((request) => requestBytes(request) <= 4_000_000)).toBe(true);
  });

  it("keeps every operation and every row once, in order, across the requests", () => {
    const whole = operationsOf(5_000);
    const requests = packOperations(whole, 20_000);
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.every((request) => requestBytes(request) <= 20_000)).toBe(true);
    const rows = requests.flat().flatMap((op) => (op.kind === "values" ? op.values : []));
    expect(rows).toEqual(whole.flatMap((op) => (op.kind === "values" ? op.values : [])));
    const tops = requests.flat().flatMap((op) => (op.kind === "values" ? [op.top] : []));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(requests.flat().map((op) => op.kind).filter((kind) => kind !== "values")).toEqual(["deleteName", "freeze"]);
  });

  it("reads a large area in row bands", () => {
    expect(rowBands(0, 9, 4)).toEqual([[0, 3], [4, 7], [8, 9]]);
  });

  it("never sizes a band past the budget over 32 bytes a cell, far below Excel's five million cells", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16_384 }),
        fc.integer({ min: 1_000, max: 4_000_000 }),
        fc.array(fc.array(fc.oneof(fc.string(), fc.double(), fc.constant(null)), { minLength: 1, maxLength: 8 }), { maxLength: 5 }),
        (columns, budget, rows) => {
          const head = rows.length === 0 ? null : { top: 0, left: 0, values: rows, numberFormat: rows.map((row) => row.map(() => "General")) };
          const size = rowsPerBand(head, columns, budget);
          // A single row is never cut; beyond it, a band holds at most budget / 32 cells.
          expect(size === 1 || size * columns <= budget / 32).toBe(true);
        },
      ),
    );
  });

  describe("edge cases", () => {
    it("never cuts a single row, however small the budget", () => {
      expect(splitRows(cells(3), 1)).toHaveLength(3);
      expect(packOperations([], 100)).toEqual([[]]);
    });

    it("sends one operation whole in one request", () => {
      expect(packOperations([{ kind: "deleteName", name: "PlanAssess_Area" }])).toEqual([[{ kind: "deleteName", name: "PlanAssess_Area" }]]);
    });
  });
});

describe("small Office helpers", () => {
  it("converts column widths and quotes rule text", () => {
    expect(pointsOfCharacters(10)).toBe(56.25);
    expect(textEqualsFormula('达到"进度"')).toBe('="达到""进度"""');
  });

  it("maps Office error codes to Chinese messages and keeps unknown codes visible", () => {
    expect(describeExcelError({ code: "InvalidOperationInCellEditMode", message: "" }).message).toBe(
      "请先退出单元格编辑状态（按 Enter 或 Esc 键），再重新操作。",
    );
    expect(describeExcelError({ code: "Whatever", message: "boom" })).toEqual({ code: "excel.Whatever", message: "Excel 操作未完成（错误代码 Whatever）：boom" });
    expect(describeExcelError(new Error("oops")).code).toBe("excel.unexpected");
  });

  it("names an Excel that is too old", () => {
    const old = { context: { requirements: { isSetSupported: () => false } } };
    expect(excelSupportProblem(old)?.code).toBe("excel.too_old");
    expect(excelSupportProblem(undefined)?.code).toBe("excel.not_in_excel");
  });
});
