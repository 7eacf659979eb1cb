/**
 * 识别指标表: find the table on a sheet with the user's saved column corrections, and read its
 * indicators — the detection the pane shows and the ribbon's one-click run assesses. The add-in's
 * own status block beside the table (where its defined name points) is left out of the search, so
 * the table reads the same before and after an assessment (its header band would otherwise reach
 * up into the title row, where the block's group heading sits).
 */
import type { Result } from "../core/types";
import { cropGrid, withoutArea } from "../workbook/crop";
import type { WorkbookHost } from "../workbook/host";
import { PLAN_PROPERTIES, readRunStamp } from "../workbook/plan";
import { readIndicators } from "../workbook/read";
import { cellAddress } from "../workbook/address";
import { changedCells } from "../workbook/fingerprint";
import { indexGrid } from "../workbook/lookup";
import { earlierBlockOf, savedPropertyReader, type SavedPropertyReader } from "../workbook/saved";
import { findTable } from "../workbook/table";
import type { CellRange, Grid } from "../workbook/types";
import { applyCorrections, type RoleCorrection } from "./choices";
import type { Detection } from "./workspace";

/** What a detection needs besides the grid. */
export interface DetectOptions {
  corrections: readonly RoleCorrection[];
  /** Only look inside this range (the user's selection). */
  area?: CellRange;
  /** The run's saved-property reader, when the caller already has one (properties read once). */
  saved?: SavedPropertyReader;
}

/**
 * Reads a sheet and finds the table on it, as {@link detectInGrid}.
 * @example (await detectTable(host, "主要指标", { corrections: [] })).ok //=> true
 */
export async function detectTable(host: WorkbookHost, sheet: string, options: DetectOptions): Promise<Result<Detection>> {
  return detectInGrid(host, await host.readGrid(sheet), options);
}

/**
 * Finds the table in a sheet's grid (inside `options.area` when given), applies the saved
 * corrections and reads the indicators; the earlier run's block (where its defined name points, or
 * from the run stamp when the door brought no names) is left out of the search.
 * @example (await detectInGrid(host, await host.readGrid("主要指标"), { corrections: [] })).ok //=> true
 */
export async function detectInGrid(host: WorkbookHost, grid: Grid, options: DetectOptions): Promise<Result<Detection>> {
  const saved = options.saved ?? savedPropertyReader(host);
  const earlier = earlierBlockOf(readRunStamp(await saved(grid, PLAN_PROPERTIES.run)), grid);
  const generatedArea = earlier?.area ?? null;
  const own = generatedArea ? withoutArea(grid, generatedArea) : grid;
  const found = findTable(options.area ? cropGrid(own, options.area) : own);
  if (!found.ok) return found;
  const mapping = applyCorrections(found.value, options.corrections);
  const read = readIndicators(grid, mapping);
  const problems = [...mapping.problems, ...read.problems];
  const edited = earlier?.fingerprint ? changedCells(indexGrid(grid), earlier.area, earlier.fingerprint) : [];
  const editedCells = edited.map((cell) => cellAddress(cell.row, cell.column));
  return { ok: true, value: { sheet: grid.sheet, grid, mapping, inputs: read.indicators, problems, generatedArea, ...(editedCells.length > 0 ? { editedCells } : {}) } };
}
