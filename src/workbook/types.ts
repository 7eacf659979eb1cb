/**
 * Host-agnostic spreadsheet shapes: the grid a door reads, the table mapping found in it, and the
 * write plan a door applies. Both doors (Office.js in `src/excel`, exceljs in `src/xlsx`) speak
 * only these types; the engine (`src/core`) never sees them.
 *
 * Coordinates are 0-based sheet positions (row 0 is sheet row 1, column 0 is column A).
 */
import type { CellValue, Period, Plan, Problem } from "../core/types";

/** An inclusive rectangle of cells, 0-based. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A sheet's used area as a door read it: the cleaned values from `(top, left)`, plus the merged
 * areas that touch it. `values[i][j]` is sheet cell `(top + i, left + j)`. Percent-formatted
 * numbers arrive as text (`"3.5%"`), errors as their text (`"#N/A"`), dates as ISO text: the doors
 * own those conversions.
 *
 * `values` may be sparse, so that its size is the cells that exist, not the used range: a row
 * holding nothing may be a hole, a row's array ends at its last cell and may have holes (a hole
 * reads as null). The Office.js door reads a dense rectangle; the .xlsx door only the cells the
 * file holds, so one stray cell at XFD1048576 adds one row of one cell. Read it through
 * `indexGrid` (`lookup.ts`), whose row and column lists keep every walk bounded by the cells.
 */
export interface Grid {
  sheet: string;
  top: number;
  left: number;
  values: CellValue[][];
  merges: CellRange[];
  /**
   * The workbook's saved custom properties (settings, mapping, run stamp), by key as saved, when
   * the door read them in the same round trip as the cells (the Office.js door does); absent when
   * it did not, and a caller asks with `readProperty`.
   */
  properties?: Record<string, string>;
  /**
   * Cells that are not what their value looks like, as the door found them while cleaning: a
   * formula whose result is empty (it holds no value but is the user's), a formula with no saved
   * result, a date, a number that is not finite. Sheet positions, like `top` and `left`.
   */
  marks?: CellMark[];
  /**
   * The workbook's defined names and where they point now, when the door read them with the grid
   * (both doors do): the add-in's block is known by its name, which Excel moves with the sheet.
   */
  names?: { name: string; target: { sheet: string; range: CellRange } | null }[];
  /**
   * The add-in's 评估记录 sheet (in either language's name), read in the same round trip as this
   * grid when the door does so (both doors do): one grid per such sheet that exists, none when
   * there is none. Absent when the door did not look, and a run reads the sheet itself.
   */
  records?: Grid[];
}

/**
 * What a door found in a cell besides its value.
 * - `formula`: a formula whose saved result is empty (`=IF(…,"")`): no value, but not a free cell;
 * - `uncalculated`: a formula with no saved result (the file was saved without calculation);
 * - `date`: a date (its value is the ISO text), never a number;
 * - `notFinite`: a number that is not finite (`<v>NaN</v>`, `INF`), read as no value.
 */
export interface CellMark {
  row: number;
  column: number;
  kind: "formula" | "uncalculated" | "date" | "notFinite";
}

/** What a column of the indicator table holds. */
export type ColumnRole =
  | "index" // 序号
  | "category" // 类别/领域
  | "name" // 指标名称
  | "subItem" // 子项 (one indicator with sub-rows)
  | "unit" // 单位
  | "attribute" // 指标属性 (预期性/约束性)
  | "base" // 基期值
  | "target" // 目标值
  | "targetGrowth" // 目标 年均增长
  | "actualGrowth" // 实绩 年均增长
  | "observation" // a data period (2021年, 2022年上半年 …)
  | "published" // 完成情况 as published
  | "direction" // 方向 override
  | "nature" // 统计类型 override (时期/时点)
  | "calibre" // 统计口径 override (累计/当年/水平)
  | "generated" // a column this add-in wrote earlier
  | "other"; // 备注, 责任单位 …: kept, never read

/**
 * Why a column has its role: a code with what the header showed (header texts as written, years
 * as numbers). `src/i18n/workbook.ts` renders it in the reader's language.
 */
export type ColumnEvidence =
  | { code: "keyword"; header: string; role: ColumnRole }
  | { code: "secondNameColumn"; header: string }
  | { code: "unitColumn"; header: string }
  | { code: "categoryColumn"; header: string }
  | { code: "generated"; header: string }
  | { code: "generatedArea"; header: string }
  | { code: "otherKnown"; header: string }
  | { code: "unrecognised"; header: string }
  | { code: "emptyHeader" }
  | { code: "targetWord"; header: string; year: number | null }
  | { code: "targetPlanYear"; header: string; year: number; source: string }
  | { code: "targetLatestYear"; header: string; year: number }
  | { code: "extraTarget"; header: string }
  | { code: "baseWord"; header: string; year: number | null }
  | { code: "baseYear"; header: string; year: number; targetYear: number }
  | { code: "observation"; header: string; period: Period }
  | { code: "observationAtTarget"; header: string; period: Period }
  | { code: "beforeBase"; header: string; year: number }
  /** A period after the plan's target year: not part of the plan, not read. */
  | { code: "afterTarget"; header: string; year: number }
  /** The same period as a column to its left (`first`): only that one is read. */
  | { code: "duplicatePeriod"; header: string; first: string }
  | { code: "noPeriod"; header: string }
  | { code: "targetGrowth"; header: string }
  | { code: "actualGrowth"; header: string; period: Period }
  | { code: "extraGrowth"; header: string }
  | { code: "published"; header: string }
  /** The user gave the column its role (or took it away, giving it to another column). */
  | { code: "edited" };

/** Where the plan's base and target years come from, as a code with what was read. */
export type PlanEvidence =
  | { code: "fromColumns"; baseHeader: string; baseYear: number; targetHeader: string; targetYear: number }
  | { code: "baseFromName"; source: string; baseYear: number; targetHeader: string; targetYear: number }
  | { code: "baseAssumed"; targetHeader: string; targetYear: number; baseYear: number }
  | { code: "fromName"; source: string; baseYear: number; targetYear: number }
  /** Given on the command line (`--plan 2021-2025`). */
  | { code: "commandLine"; baseYear: number; targetYear: number }
  | { code: "unknown" };

/** One column's role, with the header text and the evidence for the choice. */
export interface ColumnMapping {
  column: number;
  role: ColumnRole;
  header: string;
  /** For observation and actualGrowth columns. */
  period?: Period;
  evidence: ColumnEvidence;
}

/** Where the indicator table is and what its columns mean. */
export interface TableMapping {
  sheet: string;
  /** First and last header row (two-row headers have bottom = top + 1). */
  headerTop: number;
  headerBottom: number;
  /** Data rows, inclusive; rows inside that are empty or footnotes are skipped when reading. */
  firstRow: number;
  lastRow: number;
  left: number;
  right: number;
  columns: ColumnMapping[];
  /** The plan read from the headers (base year from the base column, target year from the target). */
  plan: Plan | null;
  planEvidence: PlanEvidence;
  /** Observation periods in column order. */
  periods: Period[];
  problems: Problem[];
}

/** A cell style, kept small enough for both hosts to apply the same way. */
export interface CellStyle {
  bold?: boolean;
  wrap?: boolean;
  fill?: string; // "#RRGGBB"
  fontColor?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle";
  border?: boolean;
  fontSize?: number;
}

/**
 * A rectangle of values written at `(top, left)`. Strings are always written as text, never as
 * formulas. A string that Excel would take for a formula (it starts with `=`, `+`, `-` or `@`, e.g.
 * `=HYPERLINK(…)` copied from a note) also gets the text format `"@"` in `numberFormat`: a door sets
 * number formats before values (Office.js), or writes strings as plain strings (exceljs), so such a
 * cell stays text.
 */
export interface CellBlock {
  top: number;
  left: number;
  values: CellValue[][];
  /** One format for the whole block, or per cell (same shape as `values`). */
  numberFormat?: string | string[][];
  style?: CellStyle;
}

/** A style applied to a range without writing values (header bands, wrapped note columns). */
export interface RangeStyle {
  range: CellRange;
  style: CellStyle;
  columnWidth?: number; // in characters
}

/** One conditional-format rule on a bounded range. */
export type ConditionalRule =
  | { type: "textEquals"; range: CellRange; text: string; fill: string; fontColor: string }
  | { type: "dataBar"; range: CellRange; color: string };

/** A clustered bar chart of a block of cells. */
export interface ChartSpec {
  title: string;
  /** Category labels in the first column, series in the following columns, headers in the first row. */
  data: CellRange;
  /** Where the chart's top-left corner sits. */
  anchor: { row: number; column: number };
  width: number; // in columns
  height: number; // in rows
}

/** A sheet the add-in owns and rewrites whole on every run (评估汇总, 评估明细). */
export interface SheetPlan {
  name: string;
  blocks: CellBlock[];
  styles: RangeStyle[];
  merges: CellRange[];
  conditional: ConditionalRule[];
  charts: ChartSpec[];
  columnWidths: number[];
  freezeRows?: number;
  /** How the sheet prints, beyond the A4 one-page-wide every generated sheet gets. */
  print?: PrintSetup;
}

/**
 * A sheet's print settings: orientation, the rows repeated at the top of every page, margins (in
 * inches, as the file stores them) and a centred footer in Excel's header/footer codes.
 */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Rows repeated on every printed page (0-based, inclusive). */
  titleRows?: { top: number; bottom: number };
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** `第&P页，共&N页`: &P the page, &N the pages. */
  footer?: string;
}

/**
 * The status block written beside the table (or onto a separate sheet when the columns beside the
 * table hold the user's content), with the rectangle it occupies so a re-run can clear it first.
 */
export interface BlockPlan {
  sheet: string;
  /**
   * `beside` (default): the block sits right of the table on the table's sheet. `separateSheet`:
   * `sheet` is one of `WritePlan.sheets`, which a door (re)creates before writing the block.
   */
  placement?: "beside" | "separateSheet";
  area: CellRange;
  blocks: CellBlock[];
  styles: RangeStyle[];
  conditional: ConditionalRule[];
}

/**
 * Everything one run writes. Applying it replaces what an earlier run wrote (recognised by the
 * defined names and the custom property below) and touches nothing else.
 */
export interface WritePlan {
  block: BlockPlan;
  sheets: SheetPlan[];
  /** Workbook-level defined names marking generated areas: `PlanAssess_Block` → sheet + range. */
  names: { name: string; sheet: string; range: CellRange }[];
  /** Workbook custom properties (settings, mapping, run stamp), as text. */
  properties: Record<string, string>;
  /**
   * Earlier blocks that now hold cells the user typed or changed (a run written to the separate
   * sheet instead): their markers go, their cells stay as they are — they are the user's now.
   */
  keep?: { sheet: string; range: CellRange }[];
}
