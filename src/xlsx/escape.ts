/**
 * Text exceljs would not write back as it read it. An .xlsx stores a character XML forbids (ESC,
 * other C0 controls) as `_xHHHH_` (ST_Xstring, ECMA-376 Part 1 §22.9.2.19) and a literal `_xHHHH_`
 * as `_x005F_xHHHH_`; exceljs decodes `_xHHHH_` on reading but on writing drops the control
 * characters and writes a literal `_xHHHH_` as is — so a copy would lose them or change the text.
 * {@link escapeWorkbookText} writes every cell's text in the escaped form before the workbook is
 * written, so that Excel (and exceljs) read in the copy exactly the text of the input.
 */
import ExcelJS from "exceljs";

/** Controls XML 1.0 does not allow (tab, line feed and carriage return are allowed), and DEL, which exceljs drops. */
// eslint-disable-next-line no-control-regex -- these characters are what is escaped
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;
/** A literal escape sequence in text, as exceljs reads it (upper-case hex). */
const LITERAL = /_x[0-9A-F]{4}_/gu;

/**
 * Text in the form an .xlsx stores it, so that it reads back the same.
 * @example escapeXlsxText("A\u001bB") //=> "A_x001B_B"
 * @example escapeXlsxText("_x0041_") //=> "_x005F_x0041_"
 */
export function escapeXlsxText(text: string): string {
  return text
    .replace(LITERAL, (sequence) => `_x005F_${sequence.slice(1)}`)
    .replace(FORBIDDEN, (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Whether text needs escaping. */
function needsEscape(text: string): boolean {
  LITERAL.lastIndex = 0;
  FORBIDDEN.lastIndex = 0;
  return LITERAL.test(text) || FORBIDDEN.test(text);
}

/** A cell value with its texts escaped, or null when nothing in it needs escaping. */
function escapedValue(value: ExcelJS.CellValue): ExcelJS.CellValue | null {
  if (typeof value === "string") return needsEscape(value) ? escapeXlsxText(value) : null;
  if (value === null || typeof value !== "object" || value instanceof Date) return null;
  if ("richText" in value) {
    if (!value.richText.some((run) => needsEscape(run.text))) return null;
    return { ...value, richText: value.richText.map((run) => ({ ...run, text: escapeXlsxText(run.text) })) };
  }
  if ("result" in value && typeof value.result === "string" && needsEscape(value.result)) return { ...value, result: escapeXlsxText(value.result) } as ExcelJS.CellValue;
  if ("hyperlink" in value && typeof value.text === "string" && needsEscape(value.text)) return { ...value, text: escapeXlsxText(value.text) };
  return null;
}

/**
 * Escapes, in place, every cell's text of a workbook about to be written (see the module's note).
 * @example escapeWorkbookText(workbook) // a cell holding "A\u001bB" is written "A_x001B_B"
 */
export function escapeWorkbookText(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return; // the merge's master holds the value
        const escaped = escapedValue(cell.value);
        if (escaped !== null) cell.value = escaped;
      }),
    );
  }
}
