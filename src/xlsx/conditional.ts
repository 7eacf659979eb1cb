/**
 * Conditional formats through exceljs: a plan's rules as exceljs rules (an "equals this text" rule
 * as `cellIs equal "…"`, like the Office.js door's `CellValue EqualTo`), and the removal of the
 * add-in's own rules from its block's area — only those, identified exactly; the user's are kept.
 */
import type ExcelJS from "exceljs";
import { parseMultiAreaAddress, rangeAddress, rangesOverlap } from "../workbook/address";
import type { CellRange, ConditionalRule } from "../workbook/types";
import { argb } from "./style";

/**
 * An exceljs rule for a plan's rule, with its priority.
 * @example excelJsRule({ type: "dataBar", range, color: "#5B9BD5" }, 3).type //=> "dataBar"
 */
export function excelJsRule(rule: ConditionalRule, priority: number): ExcelJS.ConditionalFormattingRule {
  switch (rule.type) {
    case "textEquals":
      return {
        type: "cellIs",
        operator: "equal",
        formulae: [`"${rule.text.replace(/"/gu, '""')}"`],
        priority,
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
          font: { color: { argb: argb(rule.fontColor) } },
        },
      };
    case "dataBar": {
      const bar: ExcelJS.DataBarRuleType & { color: { argb: string } } = {
        type: "dataBar",
        priority,
        gradient: false,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: argb(rule.color) },
      };
      return bar;
    }
    default: {
      const never: never = rule;
      throw new Error(`Unknown conditional rule ${JSON.stringify(never)}`);
    }
  }
}

/** exceljs keeps a sheet's conditional formats on a field its typings leave out. */
type WithFormats = { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };

/**
 * A sheet's conditional formats as exceljs holds them.
 * @example conditionalFormatsOf(sheet)[0]?.ref //=> "N3:N102"
 */
export function conditionalFormatsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as WithFormats).conditionalFormattings ?? [];
}

/**
 * The next free priority on a sheet (one more than the highest in use).
 * @example nextPriority(sheetWithoutRules) //=> 1
 */
export function nextPriority(sheet: ExcelJS.Worksheet): number {
  let highest = 0;
  for (const format of conditionalFormatsOf(sheet)) {
    for (const rule of format.rules) highest = Math.max(highest, rule.priority ?? 0);
  }
  return highest + 1;
}

/**
 * Adds a plan's rule to a sheet.
 * @example addRule(sheet, { type: "textEquals", range, text: "▼ 未达到进度要求", fill: "#FCE1CC", fontColor: "#8F3A00" }) //=> one more entry in sheet.conditionalFormattings
 */
export function addRule(sheet: ExcelJS.Worksheet, rule: ConditionalRule): void {
  sheet.addConditionalFormatting({ ref: rangeAddress(rule.range), rules: [excelJsRule(rule, nextPriority(sheet))] });
}

/**
 * What remains of a rectangle once another is taken out: up to four rectangles.
 * @example subtractRange({ top: 0, left: 0, bottom: 2, right: 0 }, { top: 1, left: 0, bottom: 1, right: 0 }) //=> [{ top: 0, left: 0, bottom: 0, right: 0 }, { top: 2, left: 0, bottom: 2, right: 0 }]
 */
export function subtractRange(a: CellRange, b: CellRange): CellRange[] {
  if (!rangesOverlap(a, b)) return [a];
  const pieces: CellRange[] = [];
  if (a.top < b.top) pieces.push({ top: a.top, left: a.left, bottom: b.top - 1, right: a.right });
  if (a.bottom > b.bottom) pieces.push({ top: b.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) pieces.push({ top, left: a.left, bottom, right: b.left - 1 });
  if (a.right > b.right) pieces.push({ top, left: b.right + 1, bottom, right: a.right });
  return pieces;
}

/**
 * Removes the add-in's own conditional formats from its block's area, and nothing else: a format
 * goes only when every range it applies to reads (`$F$3:$F$39`, `E:E`, `3:3`, several areas) and
 * lies inside the area, and each of its rules is of a kind the add-in writes (an equals-text rule,
 * a data bar). A user's format reaching beyond the area (`E:E`, `C4:C39 F:F`) is kept whole.
 * @example removeRules(sheet, { top: 2, left: 11, bottom: 101, right: 15 }) //=> the rules on L3:P102 removed, a rule on A1:Z100 kept
 */
export function removeRules(sheet: ExcelJS.Worksheet, area: CellRange): void {
  const kept = conditionalFormatsOf(sheet).filter((format) => !isOwnFormat(format, area));
  (sheet as unknown as WithFormats).conditionalFormattings = kept;
}

/** Whether a format is one the add-in wrote in an area: all its ranges inside, all its rules of its kinds. */
function isOwnFormat(format: ExcelJS.ConditionalFormattingOptions, area: CellRange): boolean {
  const ranges = parseMultiAreaAddress(format.ref);
  if (!ranges || !ranges.every((range) => rangeInside(range, area))) return false;
  return format.rules.length > 0 && format.rules.every((rule) => rule.type === "dataBar" || (rule.type === "cellIs" && rule.operator === "equal"));
}

/** Whether a range lies inside another. */
function rangeInside(inner: CellRange, outer: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}
