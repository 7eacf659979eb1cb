/**
 * 版本检查: which Excel the door needs, checked at run time with
 * `Office.context.requirements.isSetSupported("ExcelApi", …)`.
 *
 * - ExcelApi 1.9 is the minimum (the manifest states it): screen-updating suspension (1.9),
 *   `getRangeByIndexes` (1.7), custom properties (1.7), name formulas (1.7), freeze panes (1.7),
 *   data validation (1.8), conditional formats (1.6). Excel 2019 and older stop here with a
 *   message; Microsoft 365, Excel 2021+ and Excel on the web pass.
 * - ExcelApi 1.13 adds `Range.getMergedAreasOrNullObject`. Where it is missing (Microsoft 365
 *   builds before 2021) the grid is read without merged areas: merged category cells then read as
 *   a value followed by empty cells, which the table reader fills down.
 */
import type { Problem } from "../core/types";
import { excelZhCN, type ExcelText } from "../i18n/excel";

/** The requirement set the add-in cannot run without. */
export const MINIMUM_EXCEL_API = "1.9";
/** The requirement set that lets the door read merged areas. */
export const MERGED_AREAS_EXCEL_API = "1.13";

/** The part of the `Office` global the check reads. */
export interface OfficeRequirements {
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

/** The `Office` global when Office.js is loaded, else undefined. */
function officeGlobal(): OfficeRequirements | undefined {
  return (globalThis as { Office?: OfficeRequirements }).Office;
}

/**
 * Whether Excel supports a version of the ExcelApi requirement set (false outside Office).
 * @example supportsExcelApi("1.9") //=> true in Microsoft 365
 */
export function supportsExcelApi(version: string, office: OfficeRequirements | undefined = officeGlobal()): boolean {
  const requirements = office?.context?.requirements;
  if (!requirements) return false;
  return requirements.isSetSupported("ExcelApi", version);
}

/**
 * The problem that stops the add-in when Excel is too old (or absent), or null when it can run.
 * @example excelSupportProblem({ context: { requirements: { isSetSupported: () => false } } })?.code //=> "excel.too_old"
 */
export function excelSupportProblem(
  office: OfficeRequirements | undefined = officeGlobal(),
  text: ExcelText = excelZhCN,
): Problem | null {
  if (!office?.context?.requirements) return { code: "excel.not_in_excel", message: text.notInExcel };
  if (supportsExcelApi(MINIMUM_EXCEL_API, office)) return null;
  return { code: "excel.too_old", message: text.tooOld(MINIMUM_EXCEL_API) };
}
