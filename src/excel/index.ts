/**
 * The Office.js door's public face: the host the task pane and the ribbon command use, its error
 * type, and the version check to run before showing anything.
 */
export { ExcelHost, type ExcelHostOptions, type ExcelRun } from "./host";
export { ExcelDoorError, describeExcelError } from "./errors";
export { excelSupportProblem, MINIMUM_EXCEL_API, MERGED_AREAS_EXCEL_API } from "./requirements";
