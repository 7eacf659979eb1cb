/**
 * 新增填报期: a new observation column through Office.js. The door first reads the header cell and
 * the data cells (one sync) and refuses if any holds something; it then writes the header as text,
 * a decimal validation that warns (so `暂无` can still be entered after confirming) and a light
 * highlight on the data cells while they are empty — and touches no other cell.
 */
import type { Problem } from "../core/types";
import type { ExcelText } from "../i18n/excel";
import { rangeAddress } from "../workbook/address";
import type { PeriodColumnPlan } from "../workbook/host";
import { TEXT_FORMAT } from "../workbook/write/operations";
import { AWAITING_FILL, DECIMAL_BOUND, emptyCellCondition, periodColumnSpan } from "../workbook/write/period-column";

/**
 * Reads the cells the new column would take and returns the problem when any is not empty (one sync).
 * @example await readPeriodColumnProblem(context, plan, excelZhCN) //=> null
 */
export async function readPeriodColumnProblem(
  context: Excel.RequestContext,
  plan: PeriodColumnPlan,
  text: ExcelText,
): Promise<Problem | null> {
  const span = periodColumnSpan(plan);
  const range = context.workbook.worksheets
    .getItem(plan.sheet)
    .getRangeByIndexes(span.top, plan.column, span.bottom - span.top + 1, 1);
  range.load("formulas");
  await context.sync();
  const taken = (range.formulas as unknown[][]).some((row) => row.some((cell) => cell !== "" && cell !== null));
  if (!taken) return null;
  const address = rangeAddress({ top: span.top, left: plan.column, bottom: span.bottom, right: plan.column });
  return { code: "excel.period_column_taken", message: text.periodColumnTaken(address) };
}

/**
 * Queues the header, the validation and the empty-cell highlight (no sync).
 * @example queuePeriodColumn(context, plan, excelZhCN) //=> undefined (queued)
 */
export function queuePeriodColumn(context: Excel.RequestContext, plan: PeriodColumnPlan, text: ExcelText): void {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const header = sheet.getRangeByIndexes(plan.headerRow, plan.column, 1, 1);
  header.numberFormat = [[TEXT_FORMAT]];
  header.values = [[plan.header]];
  header.format.font.bold = true;
  header.format.wrapText = true;
  header.format.horizontalAlignment = "Center";

  const rows = plan.dataRows.bottom - plan.dataRows.top + 1;
  const data = sheet.getRangeByIndexes(plan.dataRows.top, plan.column, rows, 1);
  data.dataValidation.rule = {
    decimal: { formula1: -DECIMAL_BOUND, formula2: DECIMAL_BOUND, operator: "Between" },
  };
  data.dataValidation.errorAlert = {
    showAlert: true,
    style: "Warning",
    title: text.validation.title,
    message: text.validation.message,
  };
  const highlight = data.conditionalFormats.add("Custom");
  highlight.custom.rule.formula = `=${emptyCellCondition(plan.dataRows.top, plan.column)}`;
  highlight.custom.format.fill.color = AWAITING_FILL;
}
