/**
 * What counts as the user's cells, and cells that are not what they look like, through real .xlsx
 * files: each workbook is built here with exceljs, written to an .xlsx buffer and read back as the
 * command line reads a file, then assessed through the exceljs door with the shared run. Where a
 * user acts in Excel between two runs, the test inserts or deletes columns with exceljs, which
 * moves the defined names pointing into the sheet as Excel does (and drops those whose cells were
 * deleted, which Excel keeps as #REF!: either way they name no area).
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Period } from "../../src/core/types";
import { runAssessment, type RunOptions } from "../../src/workbook/run";
import { XlsxHost } from "../../src/xlsx/host";
import { conditionalFormatsOf } from "../../src/xlsx/conditional";

const GENERATED_AT = "2024-07-15T09:00:00+08:00";
const SHEET = "主要指标";

/** The table: title in A1, header in row 2, four indicators in rows 3–6 (A–F); the block goes to G1:K6. */
function tableBook(more?: (sheet: ExcelJS.Worksheet) => void): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  const rows: ExcelJS.CellValue[][] = [
    ["某区“十四五”规划主要指标监测表"],
    ["序号", "指标名称", "2020年", "2025年目标", "2021年", "2022年"],
    [1, "地区生产总值（亿元）", 1000, 1500, 1100, 1200],
    [2, "研发经费投入强度（%）", 2.1, 3, 2.3, 2.5],
    [3, "城镇新增就业人数（万人）", 1.2, 1.5, 1.3, 1.35],
    [4, "森林覆盖率（%）", 60, 62, 60.5, 61],
  ];
  rows.forEach((values, i) => values.forEach((value, j) => (sheet.getCell(i + 1, j + 1).value = value)));
  more?.(sheet);
  return workbook;
}

/** A workbook through an .xlsx file, as the command line reads one. */
async function throughFile(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await workbook.xlsx.writeBuffer());
  return read;
}

/** One run on a file: the outcome, and the workbook as the copy is written (read back from its file). */
async function assessFile(workbook: ExcelJS.Workbook, options: Partial<RunOptions> = {}) {
  const input = await throughFile(workbook);
  const host = new XlsxHost(input);
  const outcome = await runAssessment(host, { generatedAt: GENERATED_AT, ...options });
  return { outcome, copy: await throughFile(input) };
}

/** A sheet's cell value, for assertions. */
function valueAt(workbook: ExcelJS.Workbook, address: string, sheet = SHEET): ExcelJS.CellValue {
  return workbook.getWorksheet(sheet)?.getCell(address).value ?? null;
}

/** The problems of a run, as code and cell. */
function problemCells(outcome: Awaited<ReturnType<typeof assessFile>>["outcome"]): [string, string | undefined][] {
  return outcome.ok ? outcome.value.problems.map((problem) => [problem.code, problem.cell]) : [];
}

describe("a cell is free only with no value and no formula", () => {
  it("refuses to write over a formula beside the table whose result is empty, naming the cell", async () => {
    const book = tableBook((sheet) => {
      sheet.getCell("H4").value = { formula: 'IF(C4>0,"","待填")', result: "" };
    });
    const { outcome, copy } = await assessFile(book);
    expect(outcome.ok ? "written" : outcome.problem.code).toBe("plan.collision");
    if (outcome.ok) return;
    expect(outcome.problem.cell).toBe("H4");
    expect(outcome.problem.message).toContain("公式");
    expect(outcome.problem.message).toContain("评估结果");
    expect(valueAt(copy, "H4")).toMatchObject({ formula: 'IF(C4>0,"","待填")' });
  });

  it("refuses to write over a formula with no saved result beside the table", async () => {
    const book = tableBook((sheet) => {
      sheet.getCell("I5").value = { formula: "C5*2" } as ExcelJS.CellFormulaValue;
    });
    const { outcome } = await assessFile(book);
    expect(outcome.ok ? "written" : [outcome.problem.code, outcome.problem.cell]).toEqual(["plan.collision", "I5"]);
  });
});

describe("the generated mark is the add-in's exact header text", () => {
  it("keeps a user's column headed 填报时间（系统自动生成） and writes the block after it", async () => {
    const book = tableBook((sheet) => {
      sheet.getCell("G2").value = "填报时间（系统自动生成）";
      ["2024-01-05", "2024-01-06", "2024-01-07", "2024-01-08"].forEach((text, i) => (sheet.getCell(`G${i + 3}`).value = text));
    });
    const { outcome, copy } = await assessFile(book);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.value.mapping.columns.find((column) => column.column === 6)?.role).toBe("other");
    expect(outcome.value.plan.block.area).toEqual({ top: 0, left: 7, bottom: 5, right: 12 });
    expect(["G2", "G3", "G4", "G5", "G6"].map((cell) => valueAt(copy, cell))).toEqual(["填报时间（系统自动生成）", "2024-01-05", "2024-01-06", "2024-01-07", "2024-01-08"]);
  });

  it("refuses to write over a user's cell in the block's place that merely contains 自动生成", async () => {
    const book = tableBook((sheet) => {
      sheet.getCell("J4").value = "由系统自动生成";
    });
    const { outcome, copy } = await assessFile(book);
    expect(outcome.ok ? "written" : [outcome.problem.code, outcome.problem.cell]).toEqual(["plan.collision", "J4"]);
    expect(valueAt(copy, "J4")).toBe("由系统自动生成");
  });
});

describe("the add-in's block is known by its defined name and by what the last run wrote", () => {
  /** The table after one run, as the user reopens its copy. */
  async function afterOneRun(): Promise<ExcelJS.Workbook> {
    const { outcome, copy } = await assessFile(tableBook());
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.value.plan.block.area).toEqual({ top: 0, left: 6, bottom: 5, right: 11 });
    return copy;
  }

  it("reads a column the user inserted beside the table (2023年 with values) and replaces the block where it moved", async () => {
    const book = await afterOneRun();
    const sheet = book.getWorksheet(SHEET);
    if (!sheet) throw new Error("no sheet");
    sheet.spliceColumns(7, 0, ["2023年"]);
    sheet.getCell("G2").value = "2023年";
    [1300, 2.7, 1.4, 61.5].forEach((value, i) => (sheet.getCell(`G${i + 3}`).value = value));
    const { outcome, copy } = await assessFile(book);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.value.mapping.periods.map((period) => period.code)).toEqual(["2021", "2022", "2023"]);
    expect(outcome.value.plan.block.area).toEqual({ top: 0, left: 7, bottom: 5, right: 12 });
    expect(["G2", "G3", "G4", "G5", "G6"].map((cell) => valueAt(copy, cell))).toEqual(["2023年", 1300, 2.7, 1.4, 61.5]);
    expect(outcome.value.assessment.period?.code).toBe("2023");
  });

  it("keeps a 备注 column the user typed where the block was, after deleting the block", async () => {
    const book = await afterOneRun();
    const sheet = book.getWorksheet(SHEET);
    if (!sheet) throw new Error("no sheet");
    sheet.spliceColumns(7, 6);
    sheet.getCell("G2").value = "备注";
    sheet.getCell("G3").value = "口径调整";
    const { outcome, copy } = await assessFile(book);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.value.plan.block.area.left).toBe(7);
    expect([valueAt(copy, "G2"), valueAt(copy, "G3")]).toEqual(["备注", "口径调整"]);
  });

  it("stops when the user typed in the old block, naming the cell and offering the separate sheet, which then keeps it", async () => {
    const book = await afterOneRun();
    const sheet = book.getWorksheet(SHEET);
    if (!sheet) throw new Error("no sheet");
    sheet.getCell("J4").value = "已与统计局核实";
    const { outcome, copy } = await assessFile(book);
    expect(outcome.ok ? "written" : outcome.problem.code).toBe("plan.user_edits");
    if (outcome.ok) return;
    expect(outcome.problem.cell).toBe("J4");
    expect(outcome.problem.message).toContain("J4");
    expect(outcome.problem.message).toContain("单独的工作表“评估结果”");
    expect(valueAt(copy, "J4")).toBe("已与统计局核实");

    const separate = await assessFile(book, { placement: "separateSheet" });
    if (!separate.outcome.ok) throw new Error(separate.outcome.problem.message);
    expect(valueAt(separate.copy, "J4")).toBe("已与统计局核实");
    expect(separate.copy.getWorksheet("评估结果")).toBeDefined();
  });

  it("replaces its own block unchanged on a second run", async () => {
    const book = await afterOneRun();
    const { outcome } = await assessFile(book);
    expect(outcome.ok && outcome.value.plan.block.area).toEqual({ top: 0, left: 6, bottom: 5, right: 11 });
  });
});

describe("conditional formats: only the add-in's own are removed", () => {
  it("keeps a user's whole-column rule and a multi-area rule reaching into the block, run after run", async () => {
    const book = tableBook((sheet) => {
      const rule = (priority: number): ExcelJS.ConditionalFormattingRule => ({ type: "expression", formulae: ["E3>1000"], priority, style: {} });
      sheet.addConditionalFormatting({ ref: "E:E", rules: [rule(1)] });
      sheet.addConditionalFormatting({ ref: "C3:C6 G:G", rules: [rule(2)] });
    });
    const first = await assessFile(book);
    if (!first.outcome.ok) throw new Error(first.outcome.problem.message);
    const second = await assessFile(first.copy);
    if (!second.outcome.ok) throw new Error(second.outcome.problem.message);
    const refs = conditionalFormatsOf(second.copy.getWorksheet(SHEET) as ExcelJS.Worksheet).map((format) => format.ref);
    expect(refs).toContain("E:E");
    expect(refs).toContain("C3:C6 G:G");
  });
});

describe("cells that are not what they look like are problems naming the cell", () => {
  it("never reads the date 2023-06-30 as the number 2023", async () => {
    const book = tableBook((sheet) => {
      sheet.getCell("F4").value = new Date(Date.UTC(2023, 5, 30));
      sheet.getCell("F4").numFmt = "yyyy-mm-dd";
    });
    const { outcome } = await assessFile(book);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const problem = outcome.value.problems.find((entry) => entry.code === "read.date_cell");
    expect(problem?.cell).toBe("F4");
    expect(problem?.message).toContain("2023-06-30");
    const judgement = outcome.value.assessment.judgements.find((entry) => entry.row === 4);
    expect([judgement?.value, judgement?.valuePeriod?.code]).toEqual([2.3, "2021"]);
  });

  it("names each formula with no saved result and says to recalculate, never reading it as empty", async () => {
    const book = tableBook((sheet) => {
      for (const row of [3, 4, 5, 6]) sheet.getCell(`F${row}`).value = { formula: `E${row}*1.05` } as ExcelJS.CellFormulaValue;
    });
    const { outcome } = await assessFile(book);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const problems = outcome.value.problems.filter((entry) => entry.code === "read.uncalculated_cell");
    expect(problems.map((entry) => entry.cell)).toEqual(["F3", "F4", "F5", "F6"]);
    expect(problems[0]?.message).toContain("请在 Excel 中重新计算后保存");
  });

  it("names a number saved as NaN", async () => {
    const book = tableBook((sheet) => {
      sheet.getCell("F5").value = Number.NaN;
    });
    const { outcome } = await assessFile(book);
    expect(problemCells(outcome)).toContainEqual(["read.not_finite_cell", "F5"]);
  });

  it("names both of two 2022年 columns and reads the first only", async () => {
    const book = tableBook((sheet) => {
      sheet.getCell("G2").value = "2022年";
      [9999, 9.9, 9.9, 99].forEach((value, i) => (sheet.getCell(`G${i + 3}`).value = value));
    });
    const { outcome } = await assessFile(book);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const problem = outcome.value.problems.find((entry) => entry.code === "table.duplicate_period");
    expect(problem?.message).toContain("F列");
    expect(problem?.message).toContain("G列");
    expect(outcome.value.assessment.judgements.find((entry) => entry.row === 3)?.value).toBe(1200);
  });

  it("does not use a 2026年 column of a 2021–2025 plan, names it, and refuses 评估期 2030", async () => {
    const book = tableBook((sheet) => {
      sheet.getCell("G2").value = "2026年";
      [1600, 3.2, 1.6, 63].forEach((value, i) => (sheet.getCell(`G${i + 3}`).value = value));
    });
    const { outcome } = await assessFile(book);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.value.mapping.periods.map((period) => period.code)).toEqual(["2021", "2022"]);
    expect(outcome.value.assessment.period?.code).toBe("2022");
    expect(outcome.value.problems.find((entry) => entry.code === "table.period_after_target")?.message).toContain("G列");
    const late: Period = { year: 2030, fraction: 1, code: "2030" };
    const refused = await assessFile(tableBook(), { period: late });
    expect(refused.outcome.ok ? "written" : refused.outcome.problem.code).toBe("run.period_after_target");
  });

  it("refuses an 评估期 at or before the base year of a 2021–2025 plan, saying which years it may be", async () => {
    for (const year of [2019, 2020]) {
      const early: Period = { year, fraction: 1, code: String(year) };
      const refused = await assessFile(tableBook(), { period: early });
      if (refused.outcome.ok) throw new Error(`${year} was assessed`);
      expect(refused.outcome.problem.code).toBe("run.period_before_plan");
      expect(refused.outcome.problem.message).toContain("2021—2025年");
      expect(refused.outcome.problem.message).toContain("请选择2021年或之后的填报期");
    }
    const first: Period = { year: 2021, fraction: 1, code: "2021" };
    expect((await assessFile(tableBook(), { period: first })).outcome.ok).toBe(true);
  });

  it("names a second table further down the sheet", async () => {
    const book = tableBook((sheet) => {
      sheet.getCell("A9").value = "附表";
      [["序号", "指标名称", "2020年", "2025年目标"], [1, "常住人口（万人）", 100, 105]].forEach((values, i) =>
        values.forEach((value, j) => (sheet.getCell(10 + i, j + 1).value = value)),
      );
    });
    const { outcome } = await assessFile(book);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const problem = outcome.value.problems.find((entry) => entry.code === "table.second_table");
    expect(problem?.cell).toBe("A10");
    expect(problem?.message).toContain("第10行");
    expect(outcome.value.assessment.judgements).toHaveLength(4);
  });

  it("names a second table to the right and writes the block beside the first, not over it", async () => {
    const book = tableBook((sheet) => {
      // Columns G:K stay free for the block; the second table starts at M.
      [["序号", "指标名称", "2020年", "2025年目标"], [1, "常住人口（万人）", 100, 105]].forEach((values, i) =>
        values.forEach((value, j) => (sheet.getCell(2 + i, 13 + j).value = value)),
      );
    });
    const { outcome, copy } = await assessFile(book);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const problem = outcome.value.problems.find((entry) => entry.code === "table.second_table");
    expect(problem?.cell).toBe("M2");
    expect(problem?.message).toContain("M列");
    expect(outcome.value.assessment.judgements).toHaveLength(4);
    expect(outcome.value.plan.block.area.right).toBeLessThan(12);
    expect([valueAt(copy, "M2"), valueAt(copy, "N3")]).toEqual(["序号", "常住人口（万人）"]);
  });

  it("refuses to write the block over a second table right beside the first, naming its cell", async () => {
    const book = tableBook((sheet) => {
      [["序号", "指标名称", "2020年", "2025年目标"], [1, "常住人口（万人）", 100, 105]].forEach((values, i) =>
        values.forEach((value, j) => (sheet.getCell(2 + i, 9 + j).value = value)),
      );
    });
    const { outcome, copy } = await assessFile(book);
    expect(outcome.ok ? "written" : [outcome.problem.code, outcome.problem.cell]).toEqual(["plan.collision", "I2"]);
    expect(valueAt(copy, "I2")).toBe("序号");
  });
});

describe("the table continues over blank rows while the rows below continue it", () => {
  /** The table with four blank rows after its second indicator, and rows 3–4 below them. */
  function gappedBook(below: ExcelJS.CellValue[][]): ExcelJS.Workbook {
    const workbook = tableBook();
    const sheet = workbook.getWorksheet(SHEET);
    if (!sheet) throw new Error("no sheet");
    sheet.spliceRows(5, 0, [], [], [], []);
    below.forEach((values, i) => values.forEach((value, j) => (sheet.getCell(13 + i, j + 1).value = value)));
    return workbook;
  }

  it("reads the indicators after four blank rows when 序号 goes on", async () => {
    const { outcome } = await assessFile(gappedBook([]));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.value.assessment.judgements.map((entry) => entry.row)).toEqual([3, 4, 9, 10]);
  });

  it("ends the table at four blank rows when the rows below start again at 1 under a header of their own", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(SHEET);
    const rows: ExcelJS.CellValue[][] = [
      ["序号", "指标名称", "2020年", "2025年目标", "2021年"],
      [1, "地区生产总值（亿元）", 1000, 1500, 1100],
      [],
      [],
      [],
      [],
      [1, "常住人口（万人）", 100, 105, 101],
    ];
    rows.forEach((values, i) => values.forEach((value, j) => (sheet.getCell(i + 1, j + 1).value = value)));
    const { outcome } = await assessFile(workbook);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.value.assessment.judgements.map((entry) => entry.row)).toEqual([2]);
  });
});
