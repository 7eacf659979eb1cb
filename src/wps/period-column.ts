/**
 * 新增填报期 through WPS's object model: the door first reads the header cell and the data cells
 * (one `Formula` over the column's span) and refuses if any holds something; it then writes the
 * header as text, a decimal validation that warns (so `暂无` can still be entered after
 * confirming) and a light highlight on the data cells while they are empty — and touches no
 * other cell.
 *
 * The highlight is an expression rule. In Excel's object model a relative reference in a
 * conditional format's formula is read relative to the active cell, not to the range's top-left
 * ("the formula … is relative to the active cell": https://learn.microsoft.com/en-us/office/vba/api/excel.formatconditions.add,
 * remarks), so the rule names the active cell: applied from the range's top-left, it then points
 * at each cell itself. Whether WPS reads it so is one of the 加载项自检's checks.
 */
import type { Problem } from "../core/types";
import type { WpsText } from "../i18n/wps";
import { rangeAddress } from "../workbook/address";
import type { PeriodColumnPlan } from "../workbook/host";
import { TEXT_FORMAT } from "../workbook/write/operations";
import { AWAITING_FILL, DECIMAL_BOUND, emptyCellCondition, periodColumnSpan } from "../workbook/write/period-column";
import { XL_BETWEEN, XL_CENTER, XL_EXPRESSION, XL_VALID_ALERT_WARNING, XL_VALIDATE_DECIMAL } from "./constants";
import type { EtApplication, EtWorksheet } from "./port";
import { rangeAt, rowsOfValue2 } from "./read";
import { bgrOf } from "./style";

/**
 * The problem when a cell the new column would take holds something, else null.
 * @example periodColumnProblem(sheet, plan, wpsZhCN) //=> null
 */
export function periodColumnProblem(sheet: EtWorksheet, plan: PeriodColumnPlan, text: WpsText): Problem | null {
  const span = periodColumnSpan(plan);
  const area = { top: span.top, left: plan.column, bottom: span.bottom, right: plan.column };
  const formulas = rowsOfValue2(rangeAt(sheet, area).Formula, span.bottom - span.top + 1, 1);
  const taken = formulas.some((row) => row.some((cell) => cell !== "" && cell !== null && cell !== undefined));
  return taken ? { code: "wps.period_column_taken", message: text.periodColumnTaken(rangeAddress(area)) } : null;
}

/**
 * Writes the header, the validation and the empty-cell highlight.
 * @example writePeriodColumn(application, sheet, plan, wpsZhCN) // header, validation, highlight written
 */
export function writePeriodColumn(application: EtApplication, sheet: EtWorksheet, plan: PeriodColumnPlan, text: WpsText): void {
  const header = rangeAt(sheet, { top: plan.headerRow, left: plan.column, bottom: plan.headerRow, right: plan.column });
  header.NumberFormat = TEXT_FORMAT;
  header.Value2 = plan.header;
  header.Font.Bold = true;
  header.WrapText = true;
  header.HorizontalAlignment = XL_CENTER;

  const data = rangeAt(sheet, plan.dataRows);
  const validation = data.Validation;
  validation.Delete();
  validation.Add(XL_VALIDATE_DECIMAL, XL_VALID_ALERT_WARNING, XL_BETWEEN, String(-DECIMAL_BOUND), String(DECIMAL_BOUND));
  validation.ErrorTitle = text.validation.title;
  validation.ErrorMessage = text.validation.message;
  validation.ShowError = true;

  // An expression rule's operator is ignored (FormatConditions.Add, Operator: "If Type is
  // xlExpression, the Operator argument is ignored"); xlBetween is sent rather than a skipped argument.
  const active = application.ActiveCell;
  const highlight = data.FormatConditions.Add(XL_EXPRESSION, XL_BETWEEN, `=${emptyCellCondition(active.Row - 1, active.Column - 1)}`);
  highlight.Interior.Color = bgrOf(AWAITING_FILL);
}
