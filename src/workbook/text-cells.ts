/**
 * Text that must stay text: a string written into a cell is never a formula. A string Excel would
 * take for one (it starts with `=`, `+`, `-`, `@`, or a tab or carriage return before one, as in
 * `=HYPERLINK(…)` copied from a note) gets the text format `"@"` in its block's `numberFormat`,
 * which both doors honour (see `CellBlock` in `types.ts`).
 */
import type { CellValue } from "../core/types";
import type { CellBlock } from "./types";

/** The text number format. */
export const TEXT_FORMAT = "@";
/** The general number format, for cells with no format of their own. */
export const GENERAL_FORMAT = "General";

/**
 * Whether Excel would read a string as a formula if it were typed.
 * @example looksLikeFormula("=HYPERLINK(\"http://x\")") //=> true
 * @example looksLikeFormula("完成上级下达任务") //=> false
 */
export function looksLikeFormula(value: CellValue): boolean {
  return typeof value === "string" && /^[\t\r]*[=+\-@]/u.test(value);
}

/**
 * A block whose formula-looking strings carry the text format; other cells keep the block's format
 * (one format for all, or per cell). A block with none of them is returned as it was.
 * @example keepText({ top: 0, left: 0, values: [["=1+1", 0.5]], numberFormat: "0.0%" }).numberFormat //=> [["@", "0.0%"]]
 */
export function keepText(block: CellBlock): CellBlock {
  if (!block.values.some((row) => row.some(looksLikeFormula))) return block;
  const format = block.numberFormat;
  const numberFormat = block.values.map((row, i) =>
    row.map((value, j) => {
      if (looksLikeFormula(value)) return TEXT_FORMAT;
      if (format === undefined) return GENERAL_FORMAT;
      return typeof format === "string" ? format : format[i]?.[j] ?? GENERAL_FORMAT;
    }),
  );
  return { ...block, numberFormat };
}
