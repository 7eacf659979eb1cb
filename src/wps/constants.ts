/**
 * The numbers the WPS door sends for the Excel object model's enumerations. The typings'
 * enums (`Et.XlFormatConditionType` …) are ambient — declared for the compiler, absent at run
 * time — so the door defines the values it uses here, each as `et-jsapi-declare` 2.5.0 declares it
 * (`lib.et.d.ts`, `lib.kso.d.ts`), which are Excel's own (the VBA reference's enumerations:
 * https://learn.microsoft.com/en-us/office/vba/api/excel(enumerations)).
 */

/** XlFormatConditionType.xlCellValue: a rule on the cell's value. */
export const XL_CELL_VALUE = 1;
/** XlFormatConditionType.xlDatabar. */
export const XL_DATABAR = 4;
/** XlFormatConditionType.xlExpression: a rule on a formula. */
export const XL_EXPRESSION = 2;
/** XlFormatConditionOperator.xlBetween. */
export const XL_BETWEEN = 1;
/** XlFormatConditionOperator.xlEqual. */
export const XL_EQUAL = 3;

/** XlDVType.xlValidateDecimal. */
export const XL_VALIDATE_DECIMAL = 2;
/** XlDVAlertStyle.xlValidAlertWarning: the user may confirm a value that does not validate. */
export const XL_VALID_ALERT_WARNING = 2;

/** XlSheetVisibility. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;

/** XlCalculation. */
export const XL_CALCULATION_AUTOMATIC = -4105;
export const XL_CALCULATION_MANUAL = -4135;

/** XlCellType.xlCellTypeFormulas: the cells holding formulas (`SpecialCells`). */
export const XL_CELL_TYPE_FORMULAS = -4123;

/** XlHAlign / XlVAlign. */
export const XL_LEFT = -4131;
export const XL_CENTER = -4108;
export const XL_RIGHT = -4152;
export const XL_TOP = -4160;

/** XlBordersIndex: the four edges and the inside lines. */
export const XL_EDGE_LEFT = 7;
export const XL_EDGE_TOP = 8;
export const XL_EDGE_BOTTOM = 9;
export const XL_EDGE_RIGHT = 10;
export const XL_INSIDE_VERTICAL = 11;
export const XL_INSIDE_HORIZONTAL = 12;
/** XlLineStyle.xlContinuous and XlBorderWeight.xlThin. */
export const XL_CONTINUOUS = 1;
export const XL_THIN = 2;

/** XlChartType.xlBarClustered, and `AddChart2`'s default style (-1). */
export const XL_BAR_CLUSTERED = 57;
export const DEFAULT_CHART_STYLE = -1;
/** XlRowCol.xlColumns: series by column. */
export const XL_COLUMNS = 2;

/** XlPageOrientation and XlPaperSize.xlPaperA4. */
export const XL_PORTRAIT = 1;
export const XL_LANDSCAPE = 2;
export const XL_PAPER_A4 = 9;

/** MsoDocProperties.msoPropertyTypeString: a text custom property. */
export const MSO_PROPERTY_TYPE_STRING = 4;

/** Points in an inch: `PageSetup`'s margins are in points, the plan's in inches. */
export const POINTS_PER_INCH = 72;
