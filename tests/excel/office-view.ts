/**
 * Seeding the Excel stand-in from real .xlsx files: each cell as Office.js would hold it (dates
 * as serial numbers, formulas as their results, errors as their text, rich text as plain text),
 * with its number format and the sheet's merged areas.
 */
import ExcelJS from "exceljs";
import { parseRangeAddress } from "../../src/workbook/address";
import type { CellRange } from "../../src/workbook/types";
import { fixturePath } from "../helpers/fixtures";
import type { SheetSeed } from "./standin";

/** exceljs's ValueType.Merge. */
const MERGE_TYPE = 1;

/** A cell value as Office.js reports it. */
function officeValue(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (typeof value !== "object") return null;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return String(value.error);
  if ("result" in value) return officeValue((value.result ?? null) as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return null;
  if ("text" in value) return officeValue(value.text as ExcelJS.CellValue);
  return null;
}

/**
 * One worksheet as stand-in seed: values and number formats of its used rows, its merges.
 * @example sheetSeedOf(worksheet).name //=> "表2"
 */
export function sheetSeedOf(worksheet: ExcelJS.Worksheet): SheetSeed {
  const values: (string | number | boolean | null)[][] = [];
  const numberFormat: (string | null)[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const line: (string | number | boolean | null)[] = [];
    const formats: (string | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      line[columnNumber - 1] = cell.type === MERGE_TYPE ? null : officeValue(cell.value);
      formats[columnNumber - 1] = cell.numFmt ?? null;
    });
    values[rowNumber - 1] = Array.from(line, (value) => value ?? null);
    numberFormat[rowNumber - 1] = Array.from(formats, (format) => format ?? null);
  });
  const merges: CellRange[] = (worksheet.model.merges ?? []).flatMap((address) => {
    const range = parseRangeAddress(address);
    return range ? [range] : [];
  });
  return {
    name: worksheet.name,
    values: Array.from(values, (line) => line ?? []),
    numberFormat: Array.from(numberFormat, (line) => line ?? []),
    merges,
  };
}

/**
 * Every sheet of an exceljs workbook as stand-in seeds.
 * @example seedsOfWorkbook(workbook).map((seed) => seed.name) //=> ["表2"]
 */
export function seedsOfWorkbook(workbook: ExcelJS.Workbook): SheetSeed[] {
  return workbook.worksheets.map(sheetSeedOf);
}

/**
 * A fixture workbook, read with exceljs.
 * @example (await fixtureWorkbook("keqiao-14th-targets")).worksheets[0]?.name //=> "表2"
 */
export async function fixtureWorkbook(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(fixturePath(`${name}.xlsx`));
  return workbook;
}
