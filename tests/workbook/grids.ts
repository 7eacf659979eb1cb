/**
 * Grids for workbook tests: the bureau-style seed workbooks read through the exceljs door, and
 * small grids built in the test from rows of values and A1 merges.
 */
import ExcelJS from "exceljs";
import { assess } from "../../src/core/assess";
import type { Assessment, CellValue, Problem } from "../../src/core/types";
import { parseRangeAddress } from "../../src/workbook/address";
import { readIndicators } from "../../src/workbook/read";
import { findTable } from "../../src/workbook/table";
import type { Grid, TableMapping } from "../../src/workbook/types";
import { gridFromWorksheet } from "../../src/xlsx/grid";
import { fixturePath } from "../helpers/fixtures";

/** The four seed workbooks. */
export const SEED_WORKBOOKS = [
  "keqiao-14th-targets",
  "yuecheng-14th-targets",
  "yuecheng-13th-final",
  "keqiao-13th-final",
] as const;

export type SeedWorkbook = (typeof SEED_WORKBOOKS)[number];

/** The first sheet of a seed workbook as a grid. */
export async function seedGrid(name: SeedWorkbook): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(fixturePath(`${name}.xlsx`));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${name}.xlsx has no sheet`);
  return gridFromWorksheet(sheet);
}

/**
 * A grid from rows of values placed at a sheet position, with merges written as A1 ranges.
 * @example gridOf([["序号", "指标"]], { top: 2, left: 1 }) // B3:C3
 */
export function gridOf(
  rows: CellValue[][],
  options: { sheet?: string; top?: number; left?: number; merges?: string[] } = {},
): Grid {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return {
    sheet: options.sheet ?? "指标",
    top: options.top ?? 0,
    left: options.left ?? 0,
    values: rows.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill(null)]),
    merges: (options.merges ?? []).map((address) => {
      const range = parseRangeAddress(address);
      if (!range) throw new Error(`Bad range ${address}`);
      return range;
    }),
  };
}

/**
 * A grid's values as a dense rectangle (holes and short rows filled with null), to compare what a
 * door read with rows written out in a test; for small grids only.
 * @example denseValues({ sheet: "表", top: 0, left: 0, values: [["a"], [, "b"]], merges: [] }) //=> [["a", null], [null, "b"]]
 */
export function denseValues(grid: Grid): CellValue[][] {
  const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  return Array.from({ length: grid.values.length }, (_, i) =>
    Array.from({ length: width }, (__, j) => grid.values[i]?.[j] ?? null),
  );
}

/** A grid's table found, read and assessed as a run does it (the run's door and settings aside). */
export interface AssessedTable {
  mapping: TableMapping;
  assessment: Assessment;
  readProblems: Problem[];
}

/**
 * Finds the table in a grid, reads its rows and assesses them with the plan it names; a grid
 * without a table, or without a plan, fails the test.
 * @example assessedTable(gridOf([["指标", "2020年", "2025年目标"], ["甲", 1, 2]])).assessment.judgements.length //=> 1
 */
export function assessedTable(grid: Grid): AssessedTable {
  const found = findTable(grid);
  if (!found.ok) throw new Error(found.problem.message);
  const mapping = found.value;
  const read = readIndicators(grid, mapping);
  if (!mapping.plan) throw new Error("no plan");
  return { mapping, assessment: assess({ plan: mapping.plan, indicators: read.indicators }), readProblems: read.problems };
}
