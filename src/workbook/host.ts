/**
 * The one interface the doors implement: the Office.js door for the add-in (`src/excel`), the
 * exceljs door for the command line (`src/xlsx`) and the WPS door for the WPS add-in (`src/wps`).
 * The task pane, the ribbon command and the CLI depend on this interface and on engine types,
 * never on each other.
 */
import type { CellRange, Grid, WritePlan } from "./types";

/** The sheets of a workbook, in tab order, and the one the user is looking at. */
export interface SheetList {
  names: string[];
  active: string;
}

/** A new observation column for 新增填报期: header text, where it goes, which rows take numbers. */
export interface PeriodColumnPlan {
  sheet: string;
  /** Header cell (on the header's bottom row) and the data cells below it. */
  headerRow: number;
  column: number;
  header: string;
  /** Data rows that take a number: validation (decimal) and a highlight while empty. */
  dataRows: CellRange;
}

/** A spreadsheet as the engine's doors see it. Every method is one round trip to the host at most. */
export interface WorkbookHost {
  /** Sheets in tab order and the active one. */
  listSheets(): Promise<SheetList>;
  /** The used area of a sheet, cleaned into engine values, with its merged areas. */
  readGrid(sheet: string): Promise<Grid>;
  /** Writes a plan, first removing what an earlier run generated (and nothing else). */
  applyPlan(plan: WritePlan): Promise<void>;
  /**
   * Removes exactly what the add-in generated: the status block, its sheets, names, rules — all
   * but the 评估记录, which is the history of assessments and stays (with its marker).
   */
  clearGenerated(): Promise<void>;
  /** A saved workbook-level property (settings, column mapping), or null. */
  readProperty(name: string): Promise<string | null>;
  /** Saves a workbook-level property. */
  writeProperty(name: string, value: string): Promise<void>;
  /** Inserts a new observation column header with number validation; never touches existing cells. */
  addPeriodColumn(plan: PeriodColumnPlan): Promise<void>;
}
