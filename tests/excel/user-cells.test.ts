/**
 * The user's cells through the Office.js door and its stand-in: the block the add-in wrote is
 * known by its defined name (which Excel moves when the user inserts columns), a cell the user typed
 * in it stops the next run, a date is never a number, and a user's whole-column rule is left alone. Where the user acts in
 * Excel between runs, the test does to the stand-in's model what Excel does: cells, defined names
 * and conditional formats right of an inserted column move one column right.
 */
import { describe, expect, it } from "vitest";
import { RECORD_SHEETS } from "../../src/i18n/record";
import { ExcelHost } from "../../src/excel";
import { clearResults } from "../../src/app/clear";
import { runAssessment } from "../../src/workbook/run";
import { indicatorSheetSeed } from "./plans";
import { createExcelStandIn, type ExcelStandIn } from "./standin";
import { cellKey, cellOfKey, findSheet } from "./standin/model";

const GENERATED_AT = "2024-07-15T09:00:00+08:00";
const SHEET = "指标";

/** A 10-row table assessed once through the Office.js door. */
async function assessedOnce(): Promise<{ standIn: ExcelStandIn; excel: ExcelHost; area: { left: number; right: number } }> {
  const standIn = createExcelStandIn([indicatorSheetSeed(10, SHEET)]);
  const excel = new ExcelHost({ run: standIn.run, office: standIn.office });
  const first = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {} });
  if (!first.ok) throw new Error(first.problem.message);
  return { standIn, excel, area: first.value.plan.block.area };
}

/** What Excel does when the user inserts one column at `at` (0-based): everything from it moves right. */
function insertColumn(standIn: ExcelStandIn, at: number): void {
  const sheet = findSheet(standIn.model, SHEET);
  if (!sheet) throw new Error("no sheet");
  const moved = new Map<number, (typeof sheet.cells extends Map<number, infer C> ? C : never)>();
  for (const [key, cell] of sheet.cells) {
    const { row, column } = cellOfKey(key);
    moved.set(cellKey(row, column >= at ? column + 1 : column), cell);
  }
  sheet.cells = moved;
  const shift = <R extends { left: number; right: number }>(rect: R): R => ({
    ...rect,
    left: rect.left >= at ? rect.left + 1 : rect.left,
    right: rect.right >= at ? rect.right + 1 : rect.right,
  });
  for (const named of standIn.model.names) if (named.sheet === SHEET) named.rect = shift(named.rect);
  for (const format of sheet.conditionalFormats) format.ranges = format.ranges.map(shift);
}

describe("the user's cells through the Office.js door", () => {
  it("reads a column inserted beside the table and replaces the block where its name moved", async () => {
    const { standIn, excel, area } = await assessedOnce();
    insertColumn(standIn, area.left);
    const letter = String.fromCharCode(65 + area.left);
    standIn.typeValue(SHEET, `${letter}2`, "备注");
    standIn.typeValue(SHEET, `${letter}3`, "口径调整");
    const second = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {} });
    if (!second.ok) throw new Error(second.problem.message);
    expect(second.value.plan.block.area.left).toBe(area.left + 1);
    expect(standIn.values(SHEET, `${letter}2:${letter}3`)).toEqual([["备注"], ["口径调整"]]);
  });

  it("stops when the user typed in the old block, naming the cell, and writes nothing", async () => {
    const { standIn, excel, area } = await assessedOnce();
    const letter = String.fromCharCode(65 + area.left + 4);
    standIn.typeValue(SHEET, `${letter}6`, "已与统计局核实");
    standIn.resetCounters();
    const second = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {} });
    expect(second.ok ? "written" : [second.problem.code, second.problem.cell]).toEqual(["plan.user_edits", `${letter}6`]);
    expect(second.ok ? "" : second.problem.message).toContain("单独的工作表“评估结果”");
    expect(standIn.values(SHEET, `${letter}6`)).toEqual([["已与统计局核实"]]);
    // The sheet list and the grid's one sync: no write was sent.
    expect(standIn.syncCount).toBe(2);
  });

  it("replaces its own block on a second run when nothing in it was changed", async () => {
    const { excel, area } = await assessedOnce();
    const second = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {} });
    expect(second.ok && second.value.plan.block.area).toEqual(area);
  });

  it("never reads a date in a value cell as a number: 2023-06-30 is a problem naming K3", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(10, SHEET)]);
    const cell = standIn.cell(SHEET, "K3");
    if (!cell) throw new Error("no cell");
    // Excel hands a date over as its serial number under a date format.
    cell.value = 45107;
    cell.numberFormat = "yyyy/m/d";
    const excel = new ExcelHost({ run: standIn.run, office: standIn.office });
    const run = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {}, apply: false });
    if (!run.ok) throw new Error(run.problem.message);
    const problem = run.value.problems.find((entry) => entry.code === "read.date_cell");
    expect([problem?.cell, problem?.message.includes("2023-06-30")]).toEqual(["K3", true]);
    expect(run.value.assessment.judgements.find((entry) => entry.row === 3)?.valuePeriod?.code).not.toBe("2023H1");
  });

  it("leaves a user's whole-column rule on a column of the table as it was", async () => {
    const { standIn, excel } = await assessedOnce();
    const sheet = findSheet(standIn.model, SHEET);
    if (!sheet) throw new Error("no sheet");
    sheet.conditionalFormats.push({ id: 999, type: "Custom", ranges: [{ top: 0, left: 4, bottom: 1_048_575, right: 4 }], formula: "=E1>0" });
    const second = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {} });
    if (!second.ok) throw new Error(second.problem.message);
    expect(sheet.conditionalFormats.find((format) => format.id === 999)?.ranges).toEqual([{ top: 0, left: 4, bottom: 1_048_575, right: 4 }]);
  });

  it("refuses to write over a formula beside the table whose result is empty, naming the cell, in the same syncs", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(10, SHEET)]);
    // L is the first column right of the table: where the block would go.
    standIn.typeFormula(SHEET, "L5", '=IF(K5>0,"","待填")', "");
    const excel = new ExcelHost({ run: standIn.run, office: standIn.office });
    const run = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {} });
    expect(run.ok ? "written" : [run.problem.code, run.problem.cell]).toEqual(["plan.collision", "L5"]);
    expect(run.ok ? "" : run.problem.message).toContain("公式");
    expect(standIn.cell(SHEET, "L5")).toMatchObject({ value: "", formula: '=IF(K5>0,"","待填")' });
    // The sheet list and the grid's one sync (the formula areas come with it): nothing written.
    expect(standIn.syncCount).toBe(2);
  });

  it("leaves whole a user's rule on a whole column of the block and one whose second area crosses it, on a re-run and on clearing", async () => {
    const { standIn, excel, area } = await assessedOnce();
    const sheet = findSheet(standIn.model, SHEET);
    if (!sheet) throw new Error("no sheet");
    const ownCount = sheet.conditionalFormats.length;
    const wholeColumn = [{ top: 0, left: area.left + 2, bottom: 1_048_575, right: area.left + 2 }];
    // `C4:C39 F:F`: a table column and a whole column of the block.
    const twoAreas = [{ top: 3, left: 2, bottom: 11, right: 2 }, { top: 0, left: area.left, bottom: 1_048_575, right: area.left }];
    sheet.conditionalFormats.push({ id: 901, type: "Custom", ranges: wholeColumn, formula: "=N1<>\"\"" });
    sheet.conditionalFormats.push({ id: 902, type: "CellValue", ranges: twoAreas, rule: { formula1: "=0", operator: "GreaterThan" }, fill: "#FFEB9C" });
    const second = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {} });
    if (!second.ok) throw new Error(second.problem.message);
    const users = () => sheet.conditionalFormats.filter((format) => format.id > 900).map((format) => [format.id, format.ranges]);
    expect(users()).toEqual([[901, wholeColumn], [902, twoAreas]]);
    // The add-in's own were replaced, not added to.
    expect(sheet.conditionalFormats.length).toBe(ownCount + 2);
    await excel.clearGenerated();
    expect(users()).toEqual([[901, wholeColumn], [902, twoAreas]]);
    expect(sheet.conditionalFormats.length).toBe(2);
  });

  it("stops 清除评估结果 when the user typed in the block, naming the cell, and clears nothing", async () => {
    const { standIn, excel, area } = await assessedOnce();
    const letter = String.fromCharCode(65 + area.left + 4);
    standIn.typeValue(SHEET, `${letter}6`, "已与统计局核实");
    const before = standIn.snapshot();
    const cleared = await clearResults(excel);
    expect(cleared.ok ? "cleared" : [cleared.problem.code, cleared.problem.cell]).toEqual(["pane.block_edited", `${letter}6`]);
    expect(cleared.ok ? "" : cleared.problem.message).toContain("未清除评估结果");
    expect(standIn.snapshot()).toEqual(before);
  });

  it("clears the block where its name moved after the user inserted a column, leaving the new column's cells", async () => {
    const { standIn, excel, area } = await assessedOnce();
    insertColumn(standIn, area.left);
    const letter = String.fromCharCode(65 + area.left);
    standIn.typeValue(SHEET, `${letter}2`, "备注");
    standIn.typeValue(SHEET, `${letter}3`, "口径调整");
    const cleared = await clearResults(excel);
    expect(cleared.ok).toBe(true);
    expect(standIn.values(SHEET, `${letter}2:${letter}3`)).toEqual([["备注"], ["口径调整"]]);
    const moved = `${String.fromCharCode(65 + area.left + 1)}2:${String.fromCharCode(65 + area.right + 1)}12`;
    expect(standIn.values(SHEET, moved).flat().every((value) => value === "")).toBe(true);
    // 清除评估结果 keeps the 评估记录 (history, not a result), and the name that marks it as the add-in's.
    expect(standIn.snapshot().names.filter((name) => !RECORD_SHEETS.some((sheet) => name.formula.includes(`'${sheet}'!`)))).toEqual([]);
  });

  it("names a second table to the right of the table and writes the block between, not over it", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(10, SHEET)]);
    // The block takes L:P; the second table starts at R.
    [["序号", "指标名称", "2020年", "2025年目标"], [1, "常住人口（万人）", 100, 105]].forEach((values, i) =>
      values.forEach((value, j) => standIn.typeValue(SHEET, `${String.fromCharCode(82 + j)}${2 + i}`, value)),
    );
    const excel = new ExcelHost({ run: standIn.run, office: standIn.office });
    const run = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {} });
    if (!run.ok) throw new Error(run.problem.message);
    const problem = run.value.problems.find((entry) => entry.code === "table.second_table");
    expect([problem?.cell, problem?.message.includes("R列")]).toEqual(["R2", true]);
    expect(run.value.plan.block.area.right).toBeLessThan(17);
    expect(standIn.values(SHEET, "R2:U3")).toEqual([["序号", "指标名称", "2020年", "2025年目标"], [1, "常住人口（万人）", 100, 105]]);
  });
});

describe("the formula areas, when a host refuses them", () => {
  it("reads the grid a last time without them, after the try without merged areas, the cells all there", async () => {
    const standIn = createExcelStandIn([indicatorSheetSeed(10, SHEET)]);
    let attempts = 0;
    // Every read that asks for the formula areas is refused.
    const run: typeof standIn.run = (batch) => {
      attempts += 1;
      standIn.failAction("SpecialCells.load", "GeneralException");
      return standIn.run(batch);
    };
    const excel = new ExcelHost({ run, office: standIn.office });
    const grid = await excel.readGrid(SHEET);
    expect(grid.values.length).toBe(12);
    expect(grid.merges.length).toBe(0);
    expect([attempts, standIn.syncCount]).toEqual([3, 3]);
  });
});
