/**
 * What a run writes to one sheet, gathered from the write operations before any XML is touched:
 * the cells it writes (value, number format, style), the areas it clears, column widths, merges,
 * conditional formats, charts, frozen rows and print settings. The copy's writer (`copy.ts`) turns
 * these into a new worksheet part (`new-sheet.ts`) or into the smallest edit of the user's part
 * (`splice.ts`). Cells follow the exceljs door's semantics (`../apply.ts`): a format gives a cell a
 * fresh style of that number format alone, a style is laid over what the run gave the cell, a value
 * leaves the style as it is; `""` is a cell without a value.
 */
import type { CellRange, CellStyle, ChartSpec, ConditionalRule, PrintSetup } from "../../workbook/types";
import type { WriteOperation, WrittenValue } from "../../workbook/write/operations";
import { rangeContains, rangesOverlap } from "../../workbook/address";

/** One cell as the run writes it. `value` undefined: the run set only its style. */
export interface CellWrite {
  value?: WrittenValue;
  numFmt: string;
  style: CellStyle;
}

/** A sheet's page setup as the run asks for it (every generated sheet prints A4, one page wide). */
export interface PageRequest {
  print?: PrintSetup;
}

/** The style of a cell the run has only formatted: one shared object, never changed. */
const PLAIN: CellStyle = Object.freeze({});

/** Everything a run writes on one sheet. */
export class SheetEdits {
  /** Written cells by 0-based row, then column. */
  readonly cells = new Map<number, Map<number, CellWrite>>();
  /** Areas whose earlier content (the previous run's block) goes. */
  readonly cleared: CellRange[] = [];
  readonly widths = new Map<number, number>();
  readonly merges: CellRange[] = [];
  readonly rules: ConditionalRule[] = [];
  readonly charts: ChartSpec[] = [];
  freezeRows: number | undefined;
  page: PageRequest | undefined;

  /** The cell the run writes at a place, created with the general format when new. */
  cell(row: number, column: number): CellWrite {
    let line = this.cells.get(row);
    if (!line) {
      line = new Map();
      this.cells.set(row, line);
    }
    let cell = line.get(column);
    if (!cell) {
      cell = { numFmt: "General", style: PLAIN };
      line.set(column, cell);
    }
    return cell;
  }

  /** Clears an area: the file's cells there go, and what the run wrote there before. */
  clear(area: CellRange): void {
    this.cleared.push(area);
    for (const [row, line] of this.cells) {
      if (row < area.top || row > area.bottom) continue;
      for (const column of [...line.keys()]) if (rangeContains(area, row, column)) line.delete(column);
    }
    const kept = this.merges.filter((merge) => !rangesOverlap(merge, area));
    this.merges.splice(0, this.merges.length, ...kept);
  }

  /** The rectangle the written cells cover, or null when there are none. */
  extent(): CellRange | null {
    let extent: CellRange | null = null;
    for (const [row, line] of this.cells) {
      for (const column of line.keys()) {
        extent = extent
          ? { top: Math.min(extent.top, row), left: Math.min(extent.left, column), bottom: Math.max(extent.bottom, row), right: Math.max(extent.right, column) }
          : { top: row, left: column, bottom: row, right: column };
      }
    }
    return extent;
  }

  /** Whether the run writes anything in the sheet's part. */
  get empty(): boolean {
    return (
      this.cells.size === 0 && this.cleared.length === 0 && this.widths.size === 0 && this.merges.length === 0 &&
      this.rules.length === 0 && this.charts.length === 0 && this.freezeRows === undefined && this.page === undefined
    );
  }
}

/** The operations that write inside a sheet (the workbook-level ones are the copy's). */
export type SheetOperation = Extract<
  WriteOperation,
  { kind: "clearArea" | "columnWidth" | "format" | "formats" | "values" | "style" | "merge" | "rule" | "chart" | "freeze" | "pageSetup" }
>;

/** A cell given a fresh style of one number format. */
function formatted(cell: CellWrite, numFmt: string): void {
  cell.numFmt = numFmt;
  cell.style = PLAIN;
}

/** Each cell of a rectangle. */
function eachCell(range: CellRange, visit: (row: number, column: number) => void): void {
  for (let row = range.top; row <= range.bottom; row += 1) {
    for (let column = range.left; column <= range.right; column += 1) visit(row, column);
  }
}

/**
 * Records one sheet operation on the sheet's edits.
 * @example recordOnSheet(edits, { kind: "values", sheet: "评估汇总", top: 0, left: 0, values: [["类别"]] }) //=> edits.cell(0, 0).value === "类别"
 */
export function recordOnSheet(edits: SheetEdits, operation: SheetOperation): void {
  switch (operation.kind) {
    case "clearArea":
      edits.clear(operation.range);
      return;
    case "columnWidth":
      for (let column = operation.range.left; column <= operation.range.right; column += 1) edits.widths.set(column, operation.width);
      return;
    case "format":
      eachCell(operation.range, (row, column) => formatted(edits.cell(row, column), operation.format));
      return;
    case "formats":
      operation.numberFormat.forEach((line, i) =>
        line.forEach((format, j) => formatted(edits.cell(operation.top + i, operation.left + j), format)),
      );
      return;
    case "values":
      operation.values.forEach((line, i) =>
        line.forEach((value, j) => {
          edits.cell(operation.top + i, operation.left + j).value = value;
        }),
      );
      return;
    case "style": {
      // Cells that had the same style share the one laid over it (styles are compared by object
      // when they are filed, `styles-part.ts`).
      const over = new Map<CellStyle, CellStyle>();
      eachCell(operation.range, (row, column) => {
        const cell = edits.cell(row, column);
        let next = over.get(cell.style);
        if (!next) {
          next = Object.freeze({ ...cell.style, ...operation.style });
          over.set(cell.style, next);
        }
        cell.style = next;
      });
      return;
    }
    case "merge":
      edits.merges.push(operation.range);
      return;
    case "rule":
      edits.rules.push(operation.rule);
      return;
    case "chart":
      edits.charts.push(operation.chart);
      return;
    case "freeze":
      edits.freezeRows = operation.rows;
      return;
    case "pageSetup":
      edits.page = operation.print ? { print: operation.print } : {};
      return;
    default: {
      const never: never = operation;
      throw new Error(`Unknown sheet operation ${JSON.stringify(never)}`);
    }
  }
}
