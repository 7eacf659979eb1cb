/**
 * The Office.js edge's cleaning of `values` and `numberFormat` into engine values lives in
 * `src/workbook/office-values.ts`, shared with the WPS door, whose `Value2` carries the same
 * numbers, strings and booleans (dates as serial numbers) that Office's `values` carries.
 */
export { cellValueFromOffice, gridFromOffice, isDateFormat, isPercentFormat, type OfficeRectangle } from "../workbook/office-values";
