/**
 * Grids sized to the cells a file holds (sparse `values`, see `Grid`): the rules that walk down and
 * across the sheet — header search, data rows over blank runs, second tables, reading, collisions,
 * fingerprints, crop — give their answers for cells a million rows down or at XFD, and visit only
 * the cells that exist (a walk over every row or column would hang or run out of memory here,
 * which fails by the test's timeout).
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/types";
import { cropGrid, withoutArea } from "../../src/workbook/crop";
import { changedCells, fingerprintOf } from "../../src/workbook/fingerprint";
import { columnsIn, indexGrid, mergeAt, presentIndices, rowsIn, shownColumns } from "../../src/workbook/lookup";
import { readIndicators } from "../../src/workbook/read";
import { MAX_CONTINUED_RUN } from "../../src/workbook/rows";
import { findTable } from "../../src/workbook/table";
import type { Grid, TableMapping } from "../../src/workbook/types";

const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

const TABLE: CellValue[][] = [
  ["序号", "指标名称", "单位", "2020年", "2025年目标", "2022年"],
  [1, "地区生产总值", "亿元", 1516.7, 2200, 1850.4],
  [2, "城镇登记失业率", "%", 1.92, "<2", 1.85],
  [3, "PM2.5 年均浓度", "微克/立方米", 30.6, "<30", 28.5],
];

/** A sparse grid from A1: the table's rows, then single cells anywhere, as the .xlsx door builds it. */
function sparseGrid(extra: { row: number; column: number; value: CellValue }[], rows = TABLE): Grid {
  const values: CellValue[][] = rows.map((row) => [...row]);
  for (const cell of extra) (values[cell.row] ??= [])[cell.column] = cell.value;
  return { sheet: "指标", top: 0, left: 0, values, merges: [] };
}

function mapped(grid: Grid): TableMapping {
  const found = findTable(grid);
  if (!found.ok) throw new Error(found.problem.message);
  return found.value;
}

describe("the grid index over a sparse grid", () => {
  const grid = sparseGrid([{ row: LAST_ROW, column: LAST_COLUMN, value: "备注" }]);
  const index = indexGrid(grid);

  it("spans the used range but lists only the rows and cells that hold something", () => {
    expect([index.bottom, index.right]).toEqual([LAST_ROW, LAST_COLUMN]);
    expect(index.rows).toEqual([0, 1, 2, 3, LAST_ROW]);
    expect(rowsIn(index, 2, LAST_ROW - 1)).toEqual([2, 3]);
    expect(columnsIn(index, LAST_ROW, 0, LAST_COLUMN)).toEqual([LAST_COLUMN]);
    expect(columnsIn(index, 1, 2, 4)).toEqual([2, 3, 4]);
  });

  it("walks a sparse array by what it holds", () => {
    const values: number[] = [];
    values[5] = 1;
    values[2_000_000] = 2;
    expect(presentIndices(values)).toEqual([5, 2_000_000]);
    expect(presentIndices([7, 8])).toEqual([0, 1]);
  });

  it("finds a merged area over a million rows at any of its rows, and shows it across its columns", () => {
    const merged = indexGrid({ ...grid, merges: [{ top: 0, left: 15, bottom: LAST_ROW, right: 51 }] });
    expect(mergeAt(merged, 700_000, 20)).toEqual({ top: 0, left: 15, bottom: LAST_ROW, right: 51 });
    expect(mergeAt(merged, 700_000, 14)).toBeUndefined();
    expect(shownColumns(merged, 2)).toEqual([0, 1, 2, 3, 4, 5, ...Array.from({ length: 37 }, (_, i) => 15 + i)]);
  });
});

describe("table finding over a sparse grid", () => {
  it("finds and reads the table as it stands when a stray cell sits at XFD1048576", () => {
    const grid = sparseGrid([{ row: LAST_ROW, column: LAST_COLUMN, value: "备注" }]);
    const mapping = mapped(grid);
    expect([mapping.headerTop, mapping.firstRow, mapping.lastRow, mapping.left, mapping.right]).toEqual([0, 1, 3, 0, 5]);
    expect(mapping.problems).toEqual([]);
    expect(readIndicators(grid, mapping).indicators.map((indicator) => indicator.name)).toEqual(["地区生产总值", "城镇登记失业率", "PM2.5 年均浓度"]);
  });

  /** The table with one more row, going on with its 序号, at a sheet row. */
  const continued = (row: number): Grid =>
    sparseGrid([
      { row, column: 0, value: 4 },
      { row, column: 1, value: "森林覆盖率" },
      { row, column: 5, value: 53 },
    ]);

  it("continues the table over up to a hundred blank rows when the row below goes on with its 序号", () => {
    const grid = continued(3 + MAX_CONTINUED_RUN + 1);
    const mapping = mapped(grid);
    expect(mapping.lastRow).toBe(3 + MAX_CONTINUED_RUN + 1);
    expect(readIndicators(grid, mapping).indicators.map((indicator) => indicator.row)).toEqual([2, 3, 4, MAX_CONTINUED_RUN + 5]);
  });

  it("does not continue it over a million blank rows: the far row is named, not read", () => {
    const grid = continued(LAST_ROW);
    const mapping = mapped(grid);
    expect(mapping.lastRow).toBe(3);
    const far = mapping.problems.find((problem) => problem.code === "table.far_row");
    expect(far?.cell).toBe(`B${LAST_ROW + 1}`);
    expect(far?.message).toContain(`第${LAST_ROW + 1}行`);
    expect(far?.message).toContain(`相隔${LAST_ROW - 4}个空行`);
    expect(readIndicators(grid, mapping).indicators).toHaveLength(3);
  });

  it("ends the table before a far row that does not go on with it, and names a second table far below", () => {
    const far = 1_000_000;
    const grid = sparseGrid([
      { row: far, column: 0, value: "序号" },
      { row: far, column: 1, value: "指标名称" },
      { row: far, column: 2, value: "2020年" },
      { row: far, column: 3, value: "2025年目标" },
    ]);
    const mapping = mapped(grid);
    expect(mapping.lastRow).toBe(3);
    const second = mapping.problems.find((problem) => problem.code === "table.second_table");
    expect(second?.cell).toBe(`A${far + 1}`);
    expect(second?.message).toContain(`${far + 1}`);
  });

  it("finds a header whose columns have a gap: the run with more header cells wins", () => {
    const grid = sparseGrid([], [["序号", "指标名称", "2020年", "2025年目标", null, "备注", "说明"], [1, "地区生产总值", 1516.7, 2200, null, null, null]]);
    const mapping = mapped(grid);
    expect([mapping.left, mapping.right]).toEqual([0, 3]);
  });
});

describe("crop, collision and fingerprint over a sparse grid", () => {
  const stray = { row: LAST_ROW, column: LAST_COLUMN, value: "备注" };

  it("crops to the whole sheet keeping the cells, sparse", () => {
    const cropped = cropGrid(sparseGrid([stray]), { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COLUMN });
    expect(presentIndices(cropped.values)).toEqual([0, 1, 2, 3, LAST_ROW]);
    expect(cropped.values[LAST_ROW]?.[LAST_COLUMN]).toBe("备注");
    expect(cropped.values[1]?.[1]).toBe("地区生产总值");
  });

  it("empties an area of a sparse grid and nothing else", () => {
    const emptied = withoutArea(sparseGrid([stray]), { top: 1, left: 1, bottom: LAST_ROW, right: 1 });
    expect(emptied.values[1]?.[1]).toBeNull();
    expect(emptied.values[1]?.[0]).toBe(1);
    expect(emptied.values[LAST_ROW]?.[LAST_COLUMN]).toBe("备注");
  });

  it("names the cell the user typed in a block reaching down to the last row", () => {
    const block = { top: 0, left: 6, values: [["实现度", "时序进度"], [0.5, 0.4]] };
    const saved = fingerprintOf(block);
    if (!saved) throw new Error("no fingerprint");
    const grid = sparseGrid([
      { row: 0, column: 6, value: "实现度" },
      { row: 0, column: 7, value: "时序进度" },
      { row: 900_000, column: 7, value: "用户填写" },
    ]);
    const area = { top: 0, left: 6, bottom: LAST_ROW, right: 7 };
    expect(changedCells(indexGrid(grid), area, saved)).toEqual([{ row: 900_000, column: 7 }]);
  });
});
