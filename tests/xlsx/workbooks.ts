/**
 * exceljs workbooks for door tests: built from stand-in seeds (so both doors can start from the
 * same table), passed through an .xlsx buffer as the command line would, and described as plain
 * data (every cell's value and style, merges, rules, names, widths) for equality checks.
 */
import ExcelJS from "exceljs";
import type { SheetSeed } from "../excel/standin";

/**
 * An exceljs workbook holding the seeds' sheets: values, number formats, merges.
 * @example workbookOf([indicatorSheetSeed(10)]).worksheets[0]?.name //=> "指标"
 */
export function workbookOf(seeds: readonly SheetSeed[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const seed of seeds) {
    const sheet = workbook.addWorksheet(seed.name, { state: seed.visibility === "VeryHidden" ? "veryHidden" : seed.visibility === "Hidden" ? "hidden" : "visible" });
    const top = seed.top ?? 0;
    const left = seed.left ?? 0;
    (seed.values ?? []).forEach((line, i) =>
      line.forEach((value, j) => {
        const format = seed.numberFormat?.[i]?.[j] ?? null;
        if ((value === null || value === undefined || value === "") && !format) return;
        const cell = sheet.getCell(top + i + 1, left + j + 1);
        if (value !== null && value !== undefined && value !== "") cell.value = value as ExcelJS.CellValue;
        if (format && format !== "General") cell.style = { numFmt: format };
      }),
    );
    for (const merge of seed.merges ?? []) sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  }
  return workbook;
}

/**
 * A workbook written to .xlsx and read back, as a run of the command line leaves it.
 * @example (await roundTrip(workbook)).worksheets.length //=> 1
 */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(buffer);
  return read;
}

/** One cell as plain data: value and style. */
export type CellData = { value: unknown; style: unknown };

/**
 * Every stored cell of a sheet as plain data, by A1 address.
 * @example cellsOf(sheet).A1 //=> { value: "某区…", style: {} }
 */
export function cellsOf(sheet: ExcelJS.Worksheet): Record<string, CellData> {
  const cells: Record<string, CellData> = {};
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = JSON.parse(JSON.stringify({ value: cell.value ?? null, style: cell.style ?? {} })) as CellData;
    }),
  );
  return cells;
}

/**
 * A workbook as plain data: sheets in order with their state, cells, merges, conditional formats
 * and column widths; defined names. Left out: rule priorities (exceljs renumbers them on save) and
 * data bars' `x14Id` (exceljs draws a new random one every time it saves, even an unchanged file).
 * @example describeWorkbook(workbook).sheets.map((sheet) => sheet.name) //=> ["指标", "评估汇总", "评估明细"]
 */
export function describeWorkbook(workbook: ExcelJS.Workbook) {
  return {
    sheets: workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      state: sheet.state,
      cells: cellsOf(sheet),
      merges: [...(sheet.model.merges ?? [])].sort(),
      rules: ((sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []).map((format) => ({
        ref: format.ref,
        rules: format.rules.map(({ priority: _priority, ...rule }) => {
          const { x14Id: _x14Id, ...content } = rule as typeof rule & { x14Id?: string };
          return JSON.parse(JSON.stringify(content)) as unknown;
        }),
      })),
      widths: (sheet.columns ?? []).map((column) => column.width ?? null),
      views: sheet.views,
    })),
    names: [...workbook.definedNames.model].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
