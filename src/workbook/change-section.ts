/**
 * 较上期变化: the summary sheet's section that counts how many indicators got better, stayed the
 * same, got worse or are new since the latest earlier assessment in the record, and says which
 * period that is. Added under the summary's other sections.
 */
import type { ChangeCode } from "../core/change";
import { formatPeriod } from "../core/period";
import type { RecordText } from "../i18n/record";
import type { Comparison } from "./record";
import { joinParts, noParts, placeTable, placeTitle } from "./sheet-parts";
import type { SheetParts } from "./sheet-parts";
import { keepText } from "./text-cells";
import type { SheetPlan } from "./types";

/** The changes in the order the section lists them. */
const CHANGE_ORDER: readonly ChangeCode[] = ["better", "same", "worse", "new"];

/**
 * The section's parts from `row` down: its title, the period compared with, and the counts (or a
 * line saying there is nothing to compare with).
 * @example changeSection(60, comparison, recordText()).blocks[0].values //=> [["九、较上期变化"]]
 */
export function changeSection(row: number, comparison: Comparison, text: RecordText): SheetParts {
  const parts = noParts();
  const title = placeTitle(row, 0, text.summaryTitle);
  joinParts(parts, title.parts);
  const { period, counts } = comparison;
  if (!period || !counts) {
    parts.blocks.push(keepText({ top: title.next, left: 0, values: [[text.noEarlier]] }));
    return parts;
  }
  parts.blocks.push(keepText({ top: title.next, left: 0, values: [[text.comparedWith(formatPeriod(period))]] }));
  const table = placeTable(title.next + 1, 0, null, {
    header: [text.change, text.count],
    rows: CHANGE_ORDER.map((code) => [text.changes[code], counts[code]]),
    formats: [undefined, "0"],
  });
  return joinParts(parts, table.parts);
}

/**
 * Adds the section two rows under what a sheet holds (in place), and returns the sheet.
 * @example withChangeSection(summary, comparison, recordText()).blocks.length > summary.blocks.length //=> true
 */
export function withChangeSection(sheet: SheetPlan, bottom: number, comparison: Comparison, text: RecordText): SheetPlan {
  const section = changeSection(bottom + 2, comparison, text);
  return {
    ...sheet,
    blocks: [...sheet.blocks, ...section.blocks],
    styles: [...sheet.styles, ...section.styles],
    merges: [...sheet.merges, ...section.merges],
  };
}
