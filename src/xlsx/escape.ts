/**
 * Text exceljs would not write back as it read it. An .xlsx stores a character XML forbids (ESC,
 * other C0 controls) as `_xHHHH_` (ST_Xstring, ECMA-376 Part 1 §22.9.2.19) and a literal `_xHHHH_`
 * as `_x005F_xHHHH_`; exceljs decodes `_xHHHH_` on reading but on writing drops the control
 * characters and writes a literal `_xHHHH_` as is. The copy's writer stores such text escaped
 * (`patch/cell-xml.ts`), so that Excel (and exceljs) read exactly the text the run wrote.
 */
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
