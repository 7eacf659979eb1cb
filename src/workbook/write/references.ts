/**
 * Reading the addresses Office.js hands back: a `RangeAreas.address` (`表2!A1:E1,表2!A3:A8`) and a
 * defined name's formula (`='评估汇总'!$A$1`), into 0-based sheet ranges. Quoted sheet names may hold
 * commas, `!` and doubled quotes; a broken reference (`#REF!`) reads as null.
 */
import { parseRangeAddress } from "../address";
import type { CellRange } from "../types";

/** A range on a named sheet. */
export interface SheetRange {
  sheet: string;
  range: CellRange;
}

/**
 * Reads one sheet-qualified reference (`'表 2'!$A$3:$E$39`, `Sheet1!B2`), or null.
 * @example parseSheetReference("'评估汇总'!$A$1:$H$10") //=> { sheet: "评估汇总", range: { top: 0, left: 0, bottom: 9, right: 7 } }
 */
export function parseSheetReference(reference: string): SheetRange | null {
  const text = reference.trim();
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    sheet = "";
    for (;;) {
      if (i >= text.length) return null;
      const char = text.charAt(i);
      if (char === "'") {
        if (text.charAt(i + 1) === "'") {
          sheet += "'";
          i += 2;
          continue;
        }
        break;
      }
      sheet += char;
      i += 1;
    }
    if (text.charAt(i + 1) !== "!") return null;
    rest = text.slice(i + 2);
  } else {
    const bang = text.lastIndexOf("!");
    if (bang <= 0) return null;
    sheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
  }
  if (sheet.includes("#REF")) return null;
  const range = parseRangeAddress(rest);
  return range ? { sheet, range } : null;
}

/**
 * Splits a comma-separated list of references at the commas outside quoted sheet names.
 * @example splitReferences("'a,b'!A1,Sheet1!B2:C3") //=> ["'a,b'!A1", "Sheet1!B2:C3"]
 */
export function splitReferences(list: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of list) {
    if (char === "'") quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  if (current.trim() !== "") parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/**
 * Reads a `RangeAreas.address` into its ranges, skipping any part that does not read.
 * @example parseAreasAddress("表2!A1:E1, 表2!A3:A8") //=> [{ top: 0, left: 0, bottom: 0, right: 4 }, { top: 2, left: 0, bottom: 7, right: 0 }]
 */
export function parseAreasAddress(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const part of splitReferences(address)) {
    const range = parseSheetReference(part)?.range ?? parseRangeAddress(part);
    if (range) ranges.push(range);
  }
  return ranges;
}

/**
 * Reads a defined name's formula (`=表2!$F$3:$M$39`) into the range it points at, or null when it
 * is broken (`=#REF!$A$1`) or is not a single reference (a constant, a formula).
 * @example parseNameFormula("='评估汇总'!$A$1") //=> { sheet: "评估汇总", range: { top: 0, left: 0, bottom: 0, right: 0 } }
 */
export function parseNameFormula(formula: string): SheetRange | null {
  const text = formula.trim().replace(/^=/u, "");
  if (splitReferences(text).length !== 1) return null;
  return parseSheetReference(text);
}
