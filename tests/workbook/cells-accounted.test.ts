/**
 * The invariant of reading: every non-empty cell in a mapped value column (基期值, 目标值, 年均/累计,
 * the observation columns, 指标属性, 方向) is used by the judgement of its row or reported as a
 * problem naming it — over every fixture table as published, and with arbitrary cells written into
 * those columns.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { assess } from "../../src/core/assess";
import { analyseCell } from "../../src/core/cell";
import { isNumeric } from "../../src/core/cell/kinds";
import type { CellValue, IndicatorInput, Judgement, SourceCell } from "../../src/core/types";
import { readIndicators } from "../../src/workbook/read";
import { findTable } from "../../src/workbook/table";
import type { Grid } from "../../src/workbook/types";
import { gridFromWorksheet } from "../../src/xlsx/grid";
import { fixturePath } from "../helpers/fixtures";

const TABLES = ["keqiao-14th-targets", "yuecheng-14th-targets", "yuecheng-13th-final", "keqiao-13th-final", "national-14th-targets"] as const;

/** The national table gets two observation columns, as a monitoring sheet has. */
async function gridOf(name: string): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(fixturePath(`${name}.xlsx`));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${name}.xlsx has no sheet`);
  const grid = gridFromWorksheet(sheet);
  if (name !== "national-14th-targets") return grid;
  const values = grid.values.map((row, index) => [...row, ...(index === 1 ? ["2021年", "2022年"] : index > 1 && index < 22 ? [1.5 * index, 1.6 * index] : [null, null])]);
  return { ...grid, values };
}

function nonEmpty(cell: SourceCell | undefined): cell is SourceCell {
  return cell !== undefined && cell.raw !== null && String(cell.raw).trim() !== "";
}

/** The cells of a row that are neither used by its judgement nor named by one of its problems. */
function unaccounted(input: IndicatorInput, judgement: Judgement, reported: ReadonlySet<string>): string[] {
  const missed: string[] = [];
  const check = (cell: SourceCell | undefined, used: (reading: NonNullable<ReturnType<typeof analyseCell>["reading"]>) => boolean) => {
    if (!nonEmpty(cell) || (cell.ref && reported.has(cell.ref))) return;
    const { reading, problems } = analyseCell(cell.raw);
    if (reading === null || problems.length > 0 || !used(reading)) missed.push(`${cell.ref ?? "?"}=${String(cell.raw)}`);
  };
  const growthRaw = input.targetGrowth ? analyseCell(input.targetGrowth.raw).reading?.raw : undefined;
  check(input.base, (reading) => judgement.base?.raw === reading.raw);
  check(input.target, (reading) => judgement.target?.raw === reading.raw || (reading.kind === "missing" && judgement.target?.raw === growthRaw));
  const impliedShown = judgement.note.reasons.some((r) => r.code === "impliedGrowth" || r.code === "impliedGrowthShown");
  check(
    input.targetGrowth,
    (reading) => reading.kind === "missing" || judgement.target?.raw === reading.raw || (isNumeric(reading) && (judgement.kind === "rate" || impliedShown)),
  );
  for (const observation of input.observations) check(observation.cell, () => true);
  const words = (cell: SourceCell | undefined, used: boolean) => {
    if (nonEmpty(cell) && !(cell.ref && reported.has(cell.ref)) && !used) missed.push(`${cell.ref ?? "?"}=${String(cell.raw)}`);
  };
  words(input.attribute, judgement.attribute !== undefined);
  words(input.directionOverride, judgement.directionSource === "column");
  return missed;
}

/** Every unaccounted cell of a grid's table. */
function unaccountedIn(grid: Grid): string[] {
  const found = findTable(grid);
  if (!found.ok || !found.value.plan) return [];
  const read = readIndicators(grid, found.value);
  const assessment = assess({ plan: found.value.plan, indicators: read.indicators });
  const reported = new Set(read.problems.flatMap((p) => (p.cell ? [p.cell] : [])));
  return read.indicators.flatMap((input, index) => {
    const judgement = assessment.judgements[index];
    if (!judgement) return [`row ${input.row} not judged`];
    const own = new Set([...reported, ...judgement.problems.flatMap((p) => (p.cell ? [p.cell] : []))]);
    return unaccounted(input, judgement, own);
  });
}

const grids = new Map<string, Grid>();
beforeAll(async () => {
  for (const name of TABLES) grids.set(name, await gridOf(name));
});

/** Cells a bureau writes, and anything else. */
const cells: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.constant(null),
  fc.constantFrom("—", "#N/A", "完成", "未完成", "快于经济增长", "<30", "≥92", "[20]", "累计下降 21.5%", "3.7 (2019)", "2200★", "约束性", "预期性", "逆向"),
  fc.constantFrom("〔13.5〕", "60.6*", ">7、力争投入强度高于“十三五”时期实际", "保持在合理区间、各年度视情提出", "下降20%", "提高1岁", "3-5"),
  fc.constantFrom("翻一番", "零增长", "持续下降", "高于全省平均", "高于GDP增长", "8500（力争9000）", "稳定在95%以上", "1074.2（265）", "abc"),
);

describe("every non-empty cell in a mapped column is used or reported", () => {
  it.each(TABLES)("in %s as published", (name) => {
    const grid = grids.get(name);
    if (!grid) throw new Error(name);
    expect(unaccountedIn(grid)).toEqual([]);
  });

  it.each(TABLES)("in %s with arbitrary cells written into its value columns", (name) => {
    const grid = grids.get(name);
    if (!grid) throw new Error(name);
    const found = findTable(grid);
    if (!found.ok) throw new Error(found.problem.message);
    const mapping = found.value;
    const columns = mapping.columns
      .filter((c) => ["base", "target", "targetGrowth", "observation", "attribute", "direction"].includes(c.role))
      .map((c) => c.column - grid.left);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: mapping.firstRow, max: mapping.lastRow }), fc.constantFrom(...columns), cells), { maxLength: 12 }),
        (writes) => {
          const values = grid.values.map((row) => [...row]);
          for (const [row, column, value] of writes) {
            const cellsOfRow = values[row - grid.top];
            if (cellsOfRow) cellsOfRow[column] = value;
          }
          expect(unaccountedIn({ ...grid, values })).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
