/**
 * The naive Office.js approach the benchmark compares against: what an add-in written cell by cell
 * does — load one cell and sync, write one cell and sync — run through the same Excel stand-in
 * (told to count, not refuse, its syncs inside loops). Formats and rules are left out, which only
 * flatters it.
 */
import type { CellValue } from "../src/core/types";
import type { WritePlan } from "../src/workbook/types";
import type { ExcelStandIn } from "../tests/excel/standin";

/** Reads a sheet's used area one cell per sync; returns the values read. */
export async function naiveRead(standIn: ExcelStandIn, sheet: string): Promise<CellValue[][]> {
  return standIn.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const used = worksheet.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const rows: CellValue[][] = [];
    for (let i = 0; i < used.rowCount; i += 1) {
      const row: CellValue[] = [];
      for (let j = 0; j < used.columnCount; j += 1) {
        const cell = worksheet.getRangeByIndexes(used.rowIndex + i, used.columnIndex + j, 1, 1).load("values");
        await context.sync();
        row.push((cell.values[0]?.[0] ?? null) as CellValue);
      }
      rows.push(row);
    }
    return rows;
  });
}

/** Writes every cell of a plan's blocks one cell per sync, creating its sheets first. */
export async function naiveWrite(standIn: ExcelStandIn, plan: WritePlan): Promise<void> {
  await standIn.run(async (context) => {
    const sheets = context.workbook.worksheets;
    for (const sheet of plan.sheets) {
      sheets.add(sheet.name);
      await context.sync();
    }
    const targets = [
      { sheet: plan.block.sheet, blocks: plan.block.blocks },
      ...plan.sheets.map((sheet) => ({ sheet: sheet.name, blocks: sheet.blocks })),
    ];
    for (const target of targets) {
      const worksheet = sheets.getItem(target.sheet);
      for (const block of target.blocks) {
        for (const [i, row] of block.values.entries()) {
          for (const [j, value] of row.entries()) {
            worksheet.getRangeByIndexes(block.top + i, block.left + j, 1, 1).values = [[value ?? ""]];
            await context.sync();
          }
        }
      }
    }
  });
}
