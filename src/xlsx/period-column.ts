/**
 * 新增填报期 through exceljs: the same new observation column as the Office.js door writes (a text
 * header, a warning decimal validation, a light highlight while empty), refused when any of its
 * cells holds something.
 */
import type ExcelJS from "exceljs";
import type { Problem } from "../core/types";
import type { XlsxText } from "../i18n/xlsx";
import { rangeAddress } from "../workbook/address";
import type { PeriodColumnPlan } from "../workbook/host";
import { AWAITING_FILL, DECIMAL_BOUND, emptyCellCondition, periodColumnSpan } from "../workbook/write/period-column";
import { nextPriority } from "./conditional";
import { argb, styled } from "./style";

/** The column's span from the header down to the last data row, 1-based rows. */
function span(plan: PeriodColumnPlan): { top: number; bottom: number } {
  const rows = periodColumnSpan(plan);
  return { top: rows.top + 1, bottom: rows.bottom + 1 };
}

/**
 * The problem when any cell the new column would take holds something, else null.
 * @example periodColumnProblem(sheet, plan, xlsxZhCN) //=> null
 */
export function periodColumnProblem(sheet: ExcelJS.Worksheet, plan: PeriodColumnPlan, text: XlsxText): Problem | null {
  const { top, bottom } = span(plan);
  for (let row = top; row <= bottom; row += 1) {
    const value = sheet.findRow(row)?.findCell(plan.column + 1)?.value;
    if (value !== null && value !== undefined && value !== "") {
      const address = rangeAddress({ top: top - 1, left: plan.column, bottom: bottom - 1, right: plan.column });
      return { code: "xlsx.period_column_taken", message: text.periodColumnTaken(address) };
    }
  }
  return null;
}

/**
 * Writes the header, the validation of each data cell and the empty-cell highlight.
 * @example writePeriodColumn(sheet, plan, xlsxZhCN) //=> header "2023年" in L2, validation on L3:L38
 */
export function writePeriodColumn(sheet: ExcelJS.Worksheet, plan: PeriodColumnPlan, text: XlsxText): void {
  const header = sheet.getCell(plan.headerRow + 1, plan.column + 1);
  header.value = plan.header;
  header.style = styled({}, { bold: true, wrap: true, horizontal: "center" }, "@");
  for (let row = plan.dataRows.top; row <= plan.dataRows.bottom; row += 1) {
    sheet.getCell(row + 1, plan.column + 1).dataValidation = {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [-DECIMAL_BOUND, DECIMAL_BOUND],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: text.validation.title,
      error: text.validation.message,
    };
  }
  const range = { top: plan.dataRows.top, left: plan.column, bottom: plan.dataRows.bottom, right: plan.column };
  sheet.addConditionalFormatting({
    ref: rangeAddress(range),
    rules: [
      {
        type: "expression",
        priority: nextPriority(sheet),
        formulae: [emptyCellCondition(plan.dataRows.top, plan.column)],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(AWAITING_FILL) } } },
      },
    ],
  });
}
