/**
 * 新增填报期, the part both doors share: how the new observation column's empty data cells are
 * marked (a light fill while empty), the bounds of its decimal validation, and the cells it spans.
 * Each door writes these through its own library (`src/excel/period-column.ts`,
 * `src/xlsx/period-column.ts`).
 */
import { cellAddress } from "../address";
import type { PeriodColumnPlan } from "../host";

/** The fill of an empty cell waiting for data. */
export const AWAITING_FILL = "#FFF2CC";

/** The validation's bounds: any number a plan table could hold. */
export const DECIMAL_BOUND = 1e15;

/**
 * The rows the new column takes, from the header down to the last data row (0-based).
 * @example periodColumnSpan({ sheet: "表2", headerRow: 1, column: 11, header: "2023年", dataRows: { top: 2, left: 11, bottom: 37, right: 11 } })
 * //=> { top: 1, bottom: 37 }
 */
export function periodColumnSpan(plan: PeriodColumnPlan): { top: number; bottom: number } {
  return { top: Math.min(plan.headerRow, plan.dataRows.top), bottom: Math.max(plan.headerRow, plan.dataRows.bottom) };
}

/**
 * The condition, without its leading `=`, that is true while a cell (the range's top-left,
 * relative) is empty.
 * @example emptyCellCondition(4, 7) //=> "LEN(TRIM(H5))=0"
 */
export function emptyCellCondition(row: number, column: number): string {
  return `LEN(TRIM(${cellAddress(row, column)}))=0`;
}
