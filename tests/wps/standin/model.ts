/**
 * The WPS stand-in's state as plain data: a workbook of sheets of cells (values, formulas, number
 * formats, styles with BGR colours), merges, conditional formats, validations, charts, names and
 * custom properties, and the application's switches. The proxies (`objects.ts`) read and change it.
 */
import type { CellRange } from "../../../src/workbook/types";

/** A cell as WPS holds it. */
export interface CellState {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat: string;
  style: Record<string, unknown>;
}

/** A conditional format: a cell-value rule, an expression rule or a data bar. */
export interface RuleState {
  type: number;
  range: CellRange;
  operator: number | null;
  formula1: string;
  fill: number | null;
  fontColor: number | null;
  barColor: number | null;
}

/** A data validation on a range. */
export interface ValidationState {
  range: CellRange;
  type: number;
  alertStyle: number;
  operator: number;
  formula1: string;
  formula2: string;
  title: string;
  message: string;
  showError: boolean;
}

/** A chart drawn on a sheet. */
export interface ChartState {
  chartType: number;
  left: number;
  top: number;
  width: number;
  height: number;
  source: CellRange | null;
  plotBy: number | null;
  title: string | null;
}

/** A sheet. */
export interface SheetState {
  name: string;
  visible: number;
  cells: Map<string, CellState>;
  merges: CellRange[];
  rules: RuleState[];
  validations: ValidationState[];
  charts: ChartState[];
  columnWidths: Map<number, number>;
  borders: { range: CellRange; edge: number; lineStyle?: number; weight?: number; color?: number }[];
  page: Record<string, unknown>;
  frozenRows: number;
}

/** The workbook and the application. */
export interface BookState {
  sheets: SheetState[];
  active: number;
  names: { name: string; refersTo: string }[];
  properties: { name: string; value: string }[];
  protectStructure: boolean;
  app: { ScreenUpdating: boolean; EnableEvents: boolean; Calculation: number; DisplayAlerts: boolean };
  window: { SplitRow: number; SplitColumn: number; FreezePanes: boolean };
  /** The longest property value kept (WPS's limit is unknown; Excel's desktop keeps 255). */
  propertyLimit: number;
}

/** The key of a cell in a sheet's map. */
export function key(row: number, column: number): string {
  return `${row},${column}`;
}

/** A cell, created empty when absent. */
export function cellAt(sheet: SheetState, row: number, column: number): CellState {
  const at = key(row, column);
  let cell = sheet.cells.get(at);
  if (!cell) {
    cell = { value: null, numberFormat: "General", style: {} };
    sheet.cells.set(at, cell);
  }
  return cell;
}

/** Each cell position of a range. */
export function eachPosition(range: CellRange, visit: (row: number, column: number) => void): void {
  for (let row = range.top; row <= range.bottom; row += 1) for (let column = range.left; column <= range.right; column += 1) visit(row, column);
}

/** Whether two ranges share a cell. */
export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Whether `outer` holds `inner`. */
export function within(inner: CellRange, outer: CellRange): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

/** Cells of a range. */
export function cellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/** A new empty sheet. */
export function emptySheet(name: string): SheetState {
  return { name, visible: -1, cells: new Map(), merges: [], rules: [], validations: [], charts: [], columnWidths: new Map(), borders: [], page: {}, frozenRows: 0 };
}

/** Whether a cell holds anything the used range covers (a value, a formula, a format or style). */
export function isUsed(cell: CellState): boolean {
  return cell.value !== null || cell.formula !== undefined || cell.numberFormat !== "General" || Object.keys(cell.style).length > 0;
}
