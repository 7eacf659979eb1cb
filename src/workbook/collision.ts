/**
 * The safety check before writing beside the table: the block's rectangle must hold nothing of the
 * user's. A cell is free only when it holds no value and no formula (a formula whose result is
 * empty is still the user's). The add-in's own cells are those of its earlier block — known by its
 * defined name, which Excel moves with the sheet — and of the columns it generated; inside the
 * earlier block, any cell that differs from what the last run wrote there (its saved fingerprint)
 * is the user's. Anything of the user's refuses the write with a Chinese message naming the cells
 * and offering the separate-sheet placement. The 自动生成 mark alone makes nothing the add-in's.
 */
import type { Problem } from "../core/types";
import { workbookMessages } from "../i18n/workbook";
import { cellAddress, rangeAddress, rangeContains, rangesOverlap } from "./address";
import { changedCells } from "./fingerprint";
import type { BlockFingerprint } from "./fingerprint";
import { cellText, columnsIn, holdsContent, ownValue, rowsIn } from "./lookup";
import type { GridIndex } from "./lookup";
import type { CellRange, TableMapping } from "./types";

/** Cells named in a message before `等 n 个单元格`. */
const NAMED_CELLS = 5;

/** What {@link findCollision} checks. */
export interface CollisionCheck {
  /** Where the block is about to be written. */
  area: CellRange;
  /** The block an earlier run wrote on this sheet, where it is now. */
  previousBlock?: CellRange | undefined;
  /** What the earlier run wrote there, when its stamp saved it. */
  fingerprint?: BlockFingerprint | null | undefined;
  /** The separate sheet the message offers. */
  statusSheet: string;
}

/**
 * The problem that stops writing the block into `area`, or null when the area is free.
 * @example findCollision(index, mapping, { area: { top: 1, left: 5, bottom: 38, right: 9 }, statusSheet: "评估结果" }) //=> null
 */
export function findCollision(index: GridIndex, mapping: TableMapping, check: CollisionCheck): Problem | null {
  const { area, previousBlock, statusSheet } = check;
  const generated = new Set(mapping.columns.filter((c) => c.role === "generated").map((c) => c.column));
  const ours = (row: number, column: number): boolean =>
    (previousBlock !== undefined && rangeContains(previousBlock, row, column)) ||
    (generated.has(column) && row >= mapping.headerTop - 1 && row <= mapping.lastRow);
  const areaText = rangeAddress(area);

  for (const merge of index.grid.merges) {
    if (!rangesOverlap(merge, area)) continue;
    if (ours(merge.top, merge.left) && ours(merge.bottom, merge.right)) continue;
    return {
      code: "plan.collision",
      message: workbookMessages.collisionMerged(mapping.sheet, areaText, rangeAddress(merge), statusSheet),
      cell: cellAddress(merge.top, merge.left),
    };
  }
  const edited = userEdits(index, mapping, check);
  if (edited) return edited;
  // Only the cells holding a value or a formula can collide: the others are free.
  for (const row of rowsIn(index, area.top, area.bottom)) {
    for (const column of columnsIn(index, row, area.left, area.right)) {
      if (!holdsContent(index, row, column) || ours(row, column)) continue;
      const cell = cellAddress(row, column);
      const text = cellText(ownValue(index, row, column));
      const message = text === ""
        ? workbookMessages.collisionFormula(mapping.sheet, areaText, cell, statusSheet)
        : workbookMessages.collision(mapping.sheet, areaText, cell, text, statusSheet);
      return { code: "plan.collision", message, cell };
    }
  }
  return null;
}

/** The problem of cells the user changed inside the earlier block, or null (none, or no fingerprint saved). */
function userEdits(index: GridIndex, mapping: TableMapping, check: CollisionCheck): Problem | null {
  const { previousBlock, fingerprint, statusSheet } = check;
  if (!previousBlock || !fingerprint) return null;
  const cells = changedCells(index, previousBlock, fingerprint);
  const first = cells[0];
  if (!first) return null;
  const named = cells.slice(0, NAMED_CELLS).map((cell) => cellAddress(cell.row, cell.column)).join("、");
  return {
    code: "plan.user_edits",
    message: workbookMessages.userEdits(mapping.sheet, rangeAddress(previousBlock), named, cells.length, statusSheet),
    cell: cellAddress(first.row, first.column),
  };
}
