/**
 * The safety check before writing beside the table: the block's rectangle must hold nothing of the
 * user's. Cells an earlier run wrote (inside its block, in a generated column, or carrying the
 * generated mark) are the add-in's own and will be replaced; anything else refuses the write with
 * a Chinese message that offers the separate-sheet placement.
 */
import type { Problem } from "../core/types";
import { workbookMessages } from "../i18n/workbook";
import { cellAddress, rangeAddress, rangeContains, rangesOverlap } from "./address";
import { hasGeneratedMark } from "./keywords";
import { cellText, ownValue } from "./lookup";
import type { GridIndex } from "./lookup";
import type { CellRange, TableMapping } from "./types";

/**
 * The problem that stops writing the block into `area`, or null when the area is free.
 * @example findCollision(index, mapping, { top: 1, left: 5, bottom: 38, right: 9 }, undefined, "评估结果") //=> null
 */
export function findCollision(
  index: GridIndex,
  mapping: TableMapping,
  area: CellRange,
  previousBlock: CellRange | undefined,
  statusSheet: string,
): Problem | null {
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
  const top = Math.max(area.top, index.top);
  const bottom = Math.min(area.bottom, index.bottom);
  for (let row = top; row <= bottom; row += 1) {
    for (let column = area.left; column <= area.right; column += 1) {
      const text = cellText(ownValue(index, row, column));
      if (text === "" || ours(row, column) || hasGeneratedMark(text)) continue;
      const cell = cellAddress(row, column);
      return {
        code: "plan.collision",
        message: workbookMessages.collision(mapping.sheet, areaText, cell, text, statusSheet),
        cell,
      };
    }
  }
  return null;
}
