/**
 * What the copy's writer keeps of Excel's rules beyond the schema (each a case Excel "repairs" on
 * opening, losing the sheet's content when a table is on it):
 * - a worksheet's children in CT_Worksheet's sequence (ECMA-376 Part 1 §18.3.1.99): the order the
 *   writer inserts its elements by (`patch/sheet-splice.ts`) — exceljs put `legacyDrawing` after
 *   `extLst`, exceljs issues #1369 and #1616;
 * - two VML drawings (notes on two sheets) claiming the same `o:idmap` block and shape ids
 *   (`_x0000_s1025`), as exceljs writes them, exceljs issue #3070: each drawing gets its own block,
 *   its shapes renumbered within it (a note's shape is tied to its cell by `x:Row`/`x:Column`, not
 *   by its id) — the one repair the copy makes of a user's part, and only when the fault is there.
 */
/** CT_Worksheet's children in the schema's order (§18.3.1.99). */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
  "extLst",
] as const;

/** Shape ids in one idmap block: block n holds ids n×1024 … n×1024+1023 (as Excel numbers them). */
const BLOCK = 1024;

/**
 * The VML drawings of a package with distinct `o:idmap` blocks: the first keeps its own, each
 * later one that reuses a block gets the next free block and its shapes' ids move into it. Only
 * the drawings that change are returned, by path.
 * @example distinctVmlBlocks(new Map([["a.vml", '<o:idmap v:ext="edit" data="1"/><v:shape id="_x0000_s1025"'], ["b.vml", '<o:idmap v:ext="edit" data="1"/><v:shape id="_x0000_s1025"']])) //=> Map { "b.vml" => '<o:idmap v:ext="edit" data="2"/><v:shape id="_x0000_s2049"' }
 */
export function distinctVmlBlocks(drawings: ReadonlyMap<string, string>): Map<string, string> {
  const blocksOf = (xml: string): number[] =>
    [...xml.matchAll(/<o:idmap\b[^>]*\bdata="([^"]*)"/gu)].flatMap((match) => (match[1] ?? "").split(",").map((text) => Number(text.trim())));
  const taken = new Set<number>();
  for (const xml of drawings.values()) for (const block of blocksOf(xml)) taken.add(block);
  const claimed = new Set<number>();
  const changed = new Map<string, string>();
  let next = 1;
  for (const [path, xml] of drawings) {
    const blocks = blocksOf(xml);
    if (blocks.length !== 1 || !claimed.has(blocks[0] ?? 0)) {
      for (const block of blocks) claimed.add(block);
      continue;
    }
    while (taken.has(next)) next += 1;
    taken.add(next);
    claimed.add(next);
    changed.set(path, movedToBlock(xml, next));
  }
  return changed;
}

/** One drawing's idmap set to `block` and its shapes numbered from the block's first id. */
function movedToBlock(xml: string, block: number): string {
  let serial = 0;
  return xml
    .replace(/(<o:idmap\b[^>]*\bdata=")[^"]*(")/u, `$1${block}$2`)
    .replace(/(<v:shape\b[^>]*\bid=")_x0000_s\d+(")/gu, (_whole, before: string, after: string) => {
      serial += 1;
      return `${before}_x0000_s${block * BLOCK + serial}${after}`;
    });
}
