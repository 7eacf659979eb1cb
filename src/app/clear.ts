/**
 * 清除评估结果: the add-in's results removed, unless the user has changed or typed cells of the
 * block it wrote beside the table since — then nothing is cleared and the cells are named, as a
 * re-run names them. The block is where its defined name points now (it moves with the sheet); the
 * fingerprint saved with the run stamp says what the last run wrote there.
 */
import type { Result } from "../core/types";
import { workbookMessages } from "../i18n/workbook";
import { cellAddress, rangeAddress } from "../workbook/address";
import { changedCells } from "../workbook/fingerprint";
import type { WorkbookHost } from "../workbook/host";
import { indexGrid } from "../workbook/lookup";
import { PLAN_PROPERTIES, readRunStamp } from "../workbook/plan";
import { earlierBlockOf } from "../workbook/saved";

/** How many of the changed cells a message names. */
const NAMED_CELLS = 5;

/**
 * Clears the add-in's results, or says which cells of its block the user changed (nothing cleared).
 * Through the Office.js door: the run stamp, the block's sheet (when the stamp saved a
 * fingerprint), then the clearing.
 * @example await clearResults(host) //=> { ok: true, value: undefined }
 * @example await clearResults(hostWithTypedCell)
 * //=> { ok: false, problem: { code: "pane.block_edited", message: "工作表“指标”中上次生成的评估结果区域L2:P12有您改动或输入的内容（P6单元格）…", cell: "P6" } }
 */
export async function clearResults(host: WorkbookHost): Promise<Result<void>> {
  const stamp = readRunStamp(await host.readProperty(PLAN_PROPERTIES.run));
  if (stamp && stamp.placement === "beside" && stamp.fingerprint) {
    // A sheet renamed or deleted since is not read: its block, if any, is found by name and cleared.
    const grid = await host.readGrid(stamp.sheet).catch(() => null);
    const earlier = grid && earlierBlockOf(stamp, grid);
    if (grid && earlier) {
      const edited = earlier.fingerprint ? changedCells(indexGrid(grid), earlier.area, earlier.fingerprint) : [];
      const first = edited[0];
      if (first) {
        const cells = edited.slice(0, NAMED_CELLS).map((cell) => cellAddress(cell.row, cell.column));
        const message = workbookMessages.editedClearStopped(grid.sheet, rangeAddress(earlier.area), cells.join("、"), edited.length);
        return { ok: false, problem: { code: "pane.block_edited", message, cell: cellAddress(first.row, first.column) } };
      }
    }
  }
  await host.clearGenerated();
  return { ok: true, value: undefined };
}
