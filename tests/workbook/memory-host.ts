/**
 * A workbook held in memory behind the door interface, for run tests: sheets as grids, custom
 * properties, and a plan applied as the doors apply it (the earlier block cleared, the add-in's
 * sheets rewritten whole, values written into the grids so a re-run reads them back).
 */
import type { CellValue } from "../../src/core/types";
import type { PeriodColumnPlan, SheetList, WorkbookHost } from "../../src/workbook/host";
import type { CellBlock, CellRange, Grid, WritePlan } from "../../src/workbook/types";
import { RECORD_SHEETS } from "../../src/i18n/record";

/** A sheet's cells by absolute position. */
type Cells = Map<string, CellValue>;

const key = (row: number, column: number): string => `${row},${column}`;

export class MemoryHost implements WorkbookHost {
  readonly applied: WritePlan[] = [];
  readonly properties = new Map<string, string>();
  private readonly sheets = new Map<string, { cells: Cells; merges: CellRange[] }>();
  private active: string;

  constructor(grids: Grid[], active?: string) {
    for (const grid of grids) {
      const cells: Cells = new Map();
      grid.values.forEach((row, i) => row.forEach((value, j) => {
        if (value !== null) cells.set(key(grid.top + i, grid.left + j), value);
      }));
      this.sheets.set(grid.sheet, { cells, merges: [...grid.merges] });
    }
    this.active = active ?? grids[0]?.sheet ?? "";
  }

  activate(sheet: string): void {
    this.active = sheet;
  }

  listSheets(): Promise<SheetList> {
    return Promise.resolve({ names: [...this.sheets.keys()], active: this.active });
  }

  /** A sheet's grid, with the record sheets a door reads alongside (as both doors do). */
  readGrid(sheet: string): Promise<Grid> {
    if (!this.sheets.has(sheet)) return Promise.reject(new Error(`No sheet ${sheet}`));
    const records = RECORD_SHEETS.filter((name) => this.sheets.has(name)).map((name) => this.plainGrid(name));
    return Promise.resolve({ ...this.plainGrid(sheet), records });
  }

  /** A sheet's cells as a grid. */
  private plainGrid(sheet: string): Grid {
    const stored = this.sheets.get(sheet) ?? { cells: new Map(), merges: [] };
    const positions = [...stored.cells.keys()].map((k) => k.split(",").map(Number) as [number, number]);
    if (positions.length === 0) return { sheet, top: 0, left: 0, values: [], merges: stored.merges };
    const top = Math.min(...positions.map(([row]) => row));
    const left = Math.min(...positions.map(([, column]) => column));
    const bottom = Math.max(...positions.map(([row]) => row));
    const right = Math.max(...positions.map(([, column]) => column));
    const values: CellValue[][] = [];
    for (let row = top; row <= bottom; row += 1) {
      const cells: CellValue[] = [];
      for (let column = left; column <= right; column += 1) cells.push(stored.cells.get(key(row, column)) ?? null);
      values.push(cells);
    }
    return { sheet, top, left, values, merges: stored.merges };
  }

  applyPlan(plan: WritePlan): Promise<void> {
    this.clear();
    for (const sheet of plan.sheets) {
      const cells: Cells = new Map();
      for (const block of sheet.blocks) write(cells, block);
      this.sheets.set(sheet.name, { cells, merges: [...sheet.merges] });
    }
    const target = this.sheets.get(plan.block.sheet) ?? { cells: new Map(), merges: [] };
    for (const block of plan.block.blocks) write(target.cells, block);
    this.sheets.set(plan.block.sheet, target);
    for (const [name, value] of Object.entries(plan.properties)) this.properties.set(name, value);
    this.applied.push(plan);
    return Promise.resolve();
  }

  clearGenerated(): Promise<void> {
    this.clear();
    return Promise.resolve();
  }

  readProperty(name: string): Promise<string | null> {
    return Promise.resolve(this.properties.get(name) ?? null);
  }

  writeProperty(name: string, value: string): Promise<void> {
    this.properties.set(name, value);
    return Promise.resolve();
  }

  addPeriodColumn(plan: PeriodColumnPlan): Promise<void> {
    const sheet = this.sheets.get(plan.sheet);
    sheet?.cells.set(key(plan.headerRow, plan.column), plan.header);
    return Promise.resolve();
  }

  /** The value of a cell, for assertions. */
  cell(sheet: string, row: number, column: number): CellValue {
    return this.sheets.get(sheet)?.cells.get(key(row, column)) ?? null;
  }

  /** Removes what the last plan wrote: its sheets, and its block's area. */
  private clear(): void {
    const last = this.applied[this.applied.length - 1];
    if (!last) return;
    for (const sheet of last.sheets) this.sheets.delete(sheet.name);
    const block = this.sheets.get(last.block.sheet);
    if (!block) return;
    const area = last.block.area;
    for (let row = area.top; row <= area.bottom; row += 1) {
      for (let column = area.left; column <= area.right; column += 1) block.cells.delete(key(row, column));
    }
  }
}

/** Writes a block's non-null values into a sheet's cells (nulls clear). */
function write(cells: Cells, block: CellBlock): void {
  block.values.forEach((row, i) => row.forEach((value, j) => {
    const at = key(block.top + i, block.left + j);
    if (value === null) cells.delete(at);
    else cells.set(at, value);
  }));
}
