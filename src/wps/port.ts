/// <reference types="et-jsapi-declare" />
/**
 * `EtPort`: the narrow part of WPS 表格's JavaScript object model (the classic Excel object model,
 * called synchronously: every member read, write or call is one call into the host) that the WPS
 * door uses. Each interface picks its members by name from `et-jsapi-declare` — the typings WPS's
 * tooling publishes, generated from its C++ by static analysis — so `tsc` checks every member name
 * against WPS's own; where those typings say `any` or are wrong, the member is given here with the
 * type the door relies on (what the Excel object model documents; each such correction is listed
 * in the 加载项自检, `self-test.ts`, which checks it on a real WPS).
 *
 * The typings' enums (`Et.XlFormatConditionType` …) are ambient: they exist for the compiler only,
 * and a reference to one at run time fails. The numbers the door sends are constants of its own
 * (`constants.ts`); a lint rule stops runtime references to `Et.`, `Kso.` and `WPS.` in `src/wps`.
 */

/**
 * The members `K` of a WPS interface `T` (names checked against the typings), with the members of
 * `Fix` (each also a member of `T`) given corrected types.
 */
type Narrow<T, K extends keyof T, Fix extends { [P in keyof Fix]: P extends keyof T ? unknown : never } = Record<never, never>> = Pick<
  T,
  Exclude<K, keyof Fix>
> &
  Fix;

/** A count, as collections and `Rows` / `Columns` answer it. */
export interface EtCount {
  readonly Count: number;
}

/** A range's fill: `Color` is a BGR integer (typings: `any`). */
export type EtInterior = Narrow<Et.Interior, "Color", { Color: number }>;

/** A range's font (`Color` a BGR integer). */
export type EtFont = Narrow<Et.Font, "Bold" | "Color" | "Size", { Color: number }>;

/** One edge of a range's borders (`LineStyle`, `Weight` and `Color` as numbers). */
export type EtBorder = Narrow<Et.Border, "Color" | "LineStyle" | "Weight", { LineStyle: number }>;

/**
 * A range's borders: set on the collection, a line style, weight and colour apply to every edge
 * and inside line of the range at once (as in Excel); `Item` is one of them.
 */
export type EtBorders = Narrow<Et.Borders, "Item" | "LineStyle" | "Weight" | "Color", { Item(index: number): EtBorder; LineStyle: number }>;

/** A cell-value conditional format (type 1) as the door writes and recognises it. */
export type EtFormatCondition = Narrow<
  Et.FormatCondition,
  "Type" | "Operator" | "Formula1" | "Interior" | "Font" | "Delete",
  { readonly Interior: EtInterior; readonly Font: EtFont }
>;

/** A data bar (type 4): `BarColor` is a colour format (typings: `any`). */
export type EtDatabar = Narrow<Et.Databar, "Type" | "BarColor" | "Delete", { readonly BarColor: { Color: number } }>;

/**
 * A range's conditional formats. `Add` and `AddDatabar` answer `any` in the typings: here the
 * object each creates. `Item` answers either kind, told apart by `Type`.
 */
export type EtFormatConditions = Narrow<
  Et.FormatConditions,
  "Count" | "Item" | "Add" | "AddDatabar",
  {
    Item(index: number): EtFormatCondition | EtDatabar;
    Add(type: number, operator: number, formula1: string): EtFormatCondition;
    AddDatabar(): EtDatabar;
  }
>;

/** A range's data validation. */
export type EtValidation = Narrow<
  Et.Validation,
  "Add" | "Delete" | "ErrorTitle" | "ErrorMessage" | "ShowError",
  { Add(type: number, alertStyle: number, operator: number, formula1: string, formula2: string): void }
>;

/**
 * A range. Corrections: `Value2` is a scalar for one cell and rows of values for a block (typings:
 * `string | any[]`), written the same way; `MergeCells` and `NumberFormat` answer `null` over a
 * range whose cells differ (as in Excel); `Item` is the 1-based cell of the range (no default
 * members in JavaScript: `Cells.Item(r, c)`, never `Cells(r, c)`).
 */
export type EtRange = Narrow<
  Et.Range,
  | "Row" | "Column" | "Rows" | "Columns" | "Address" | "Item" | "Resize" | "Value2" | "NumberFormat"
  | "MergeCells" | "MergeArea" | "Merge" | "ClearContents" | "Style" | "ColumnWidth" | "WrapText"
  | "HorizontalAlignment" | "VerticalAlignment" | "Interior" | "Font" | "Borders" | "FormatConditions"
  | "Validation" | "SpecialCells" | "Left" | "Top" | "Width" | "Height" | "Formula" | "Select" | "Worksheet",
  {
    readonly Rows: EtCount;
    readonly Columns: EtCount;
    Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
    Item(row: number, column: number): EtRange;
    Resize(rows: number, columns: number): EtRange;
    Value2: unknown;
    NumberFormat: string | null;
    MergeCells: boolean | null;
    readonly MergeArea: EtRange;
    Style: string;
    ColumnWidth: number;
    HorizontalAlignment: number;
    VerticalAlignment: number;
    readonly Interior: EtInterior;
    readonly Font: EtFont;
    readonly Borders: EtBorders;
    readonly FormatConditions: EtFormatConditions;
    readonly Validation: EtValidation;
    SpecialCells(type: number): EtRange;
    readonly Left: number;
    readonly Top: number;
    readonly Width: number;
    readonly Height: number;
    Formula: unknown;
    readonly Worksheet: { readonly Name: string };
  }
>;

/** A chart's title. */
export type EtChartTitle = Narrow<Et.ChartTitle, "Text">;

/** A chart, as `Shapes.AddChart2` makes it. */
export type EtChart = Narrow<Et.Chart, "SetSourceData" | "HasTitle" | "ChartTitle", { readonly ChartTitle: EtChartTitle; SetSourceData(source: EtRange, plotBy: number): void }>;

/** A sheet's shapes: the door adds charts only. */
export type EtShapes = Narrow<
  Et.Shapes,
  "AddChart2",
  { AddChart2(style: number, chartType: number, left: number, top: number, width: number, height: number): { readonly Chart: EtChart } }
>;

/** A sheet's print settings (`Zoom`, `FitToPages*` take `false` as "not set", as in Excel). */
export type EtPageSetup = Narrow<
  Et.PageSetup,
  | "Orientation" | "PaperSize" | "Zoom" | "FitToPagesWide" | "FitToPagesTall" | "PrintTitleRows" | "CenterFooter"
  | "LeftMargin" | "RightMargin" | "TopMargin" | "BottomMargin" | "HeaderMargin" | "FooterMargin",
  { Orientation: number; PaperSize: number; Zoom: number | false; FitToPagesWide: number | false; FitToPagesTall: number | false }
>;

/** A worksheet (`Visible` -1 visible, 0 hidden, 2 very hidden). */
export type EtWorksheet = Narrow<
  Et.Worksheet,
  "Name" | "Visible" | "Activate" | "Delete" | "UsedRange" | "Cells" | "Range" | "Shapes" | "PageSetup",
  {
    Visible: number;
    readonly UsedRange: EtRange;
    readonly Cells: EtRange;
    Range(address: string): EtRange;
    readonly Shapes: EtShapes;
    readonly PageSetup: EtPageSetup;
  }
>;

/** A workbook's sheets: 1-based `Item` by index or name; `Add` places a new sheet after another. */
export type EtSheets = Narrow<
  Et.Sheets,
  "Count" | "Item" | "Add",
  { Item(index: number | string): EtWorksheet; Add(before: EtWorksheet | undefined, after: EtWorksheet | undefined): EtWorksheet }
>;

/** A defined name (`RefersTo` as `='表2'!$F$3:$J$39`). */
export type EtName = Narrow<Et.Name, "Name" | "RefersTo" | "Delete", { RefersTo: string }>;

/** A workbook's defined names. */
export type EtNames = Narrow<Et.Names, "Count" | "Item" | "Add", { Item(index: number | string): EtName; Add(name: string, refersTo: string): EtName }>;

/** One custom document property (the door writes text ones). */
export type EtDocumentProperty = Narrow<Kso.DocumentProperty, "Name" | "Value" | "Delete", { Value: unknown }>;

/**
 * A workbook's custom document properties (typings: `any` on the workbook): `Add(name, false, 4,
 * value)` adds a text property (msoPropertyTypeString = 4), as in Excel's object model.
 */
export type EtDocumentProperties = Narrow<
  Kso.DocumentProperties,
  "Count" | "Item" | "Add",
  { Item(index: number | string): EtDocumentProperty; Add(name: string, linkToContent: boolean, type: number, value: string): EtDocumentProperty }
>;

/** A workbook. */
export type EtWorkbook = Narrow<
  Et.Workbook,
  "Name" | "Worksheets" | "Names" | "CustomDocumentProperties" | "ProtectStructure" | "ActiveSheet",
  { readonly Worksheets: EtSheets; readonly Names: EtNames; readonly CustomDocumentProperties: EtDocumentProperties; readonly ActiveSheet: EtWorksheet }
>;

/** The active window: frozen panes are set on it, for the active sheet; the selected cells. */
export type EtWindow = Narrow<Et.Window, "FreezePanes" | "SplitRow" | "SplitColumn" | "RangeSelection", { readonly RangeSelection: EtRange }>;

/**
 * The application (`window.Application` in a WPS 加载项). `Calculation` is a number (-4105
 * automatic, -4135 manual); `ActiveWorkbook` is null when no workbook is open.
 */
export type EtApplication = Narrow<
  Et.Application,
  "Build" | "Version" | "OperatingSystem" | "ScreenUpdating" | "EnableEvents" | "DisplayAlerts" | "Calculation" | "ActiveWorkbook" | "ActiveWindow" | "ActiveCell",
  {
    Calculation: number;
    readonly ActiveWorkbook: EtWorkbook | null;
    readonly ActiveWindow: EtWindow;
    readonly ActiveCell: EtRange;
    readonly Build: unknown;
  }
>;

/** What the door is given: the application, and nothing else of WPS. */
export interface EtPort {
  Application: EtApplication;
}
