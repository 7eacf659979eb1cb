/**
 * The demo's monitoring workbook for command-line tests, built as `npm run demo` builds it (from
 * the Keqiao seed table, with illustrative observations).
 */
import type ExcelJS from "exceljs";
import { buildSampleWorkbook } from "../../scripts/sample-workbook";
import { fixturePath } from "../helpers/fixtures";

/**
 * A fresh copy of the monitoring workbook.
 * @example (await monitoringWorkbook()).worksheets[0]?.name //=> "表2"
 */
export function monitoringWorkbook(): Promise<ExcelJS.Workbook> {
  return buildSampleWorkbook(fixturePath("keqiao-14th-targets.xlsx"));
}
