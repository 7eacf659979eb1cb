/**
 * Repairs of what exceljs writes out of Excel's rules, made on the saved package before it is
 * handed to the user (each is a case Excel "repairs" on opening, losing the sheet's content when a
 * table is on it):
 * - a worksheet's children out of CT_Worksheet's sequence (ECMA-376 Part 1 §18.3.1.99) — exceljs
 *   puts `legacyDrawing` (a note's drawing) after `extLst` (the data bar's 2010 settings), exceljs
 *   issues #1369 and #1616;
 * - `sheetPr`'s children out of CT_SheetPr's sequence (§18.3.1.82: tabColor, outlinePr,
 *   pageSetUpPr) — exceljs puts `pageSetUpPr` first with fit-to-page, exceljs issue #1348;
 * - two VML drawings (notes on two sheets) claiming the same `o:idmap` block and shape ids
 *   (`_x0000_s1025`), exceljs issue #3070: each drawing gets its own block, its shapes renumbered
 *   within it (a note's shape is tied to its cell by `x:Row`/`x:Column`, not by its id).
 * - `editAs` on a picture's `oneCellAnchor`, which only `twoCellAnchor` may carry (CT_OneCellAnchor,
 *   ECMA-376 Part 1 §20.5.2.24), exceljs issue #1083: removed (a one-cell anchor moves with its
 *   cell and is not resized, whatever it says).
 * A part already in order comes back as the same string, so an untouched part stays byte for byte.
 */
import type { Package } from "./package";
import { topLevelElements, type TopLevelElement } from "./package-parts";

/** CT_Worksheet's children in the schema's order (§18.3.1.99). */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
  "extLst",
] as const;

/** CT_SheetPr's children in the schema's order (§18.3.1.82). */
const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"] as const;

/**
 * The children of `parent` (the text from its start tag to its end tag) stably sorted into the
 * given order; children the order does not name keep their place after the named ones before them.
 */
function sortedChildren(xml: string, order: readonly string[]): string {
  const { elements, rootEnd } = topLevelElements(xml);
  if (elements.length < 2) return xml;
  const rank = (element: TopLevelElement, index: number): number => {
    const at = order.indexOf(element.name);
    return at >= 0 ? at : (rankOfPrevious(elements, index, order) ?? -1);
  };
  const ranked = elements.map((element, index) => ({ element, index, rank: rank(element, index) }));
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank || a.index - b.index);
  if (sorted.every((entry, index) => entry.index === index)) return xml;
  const first = elements[0]?.start ?? 0;
  const last = elements[elements.length - 1]?.end ?? rootEnd;
  // Text between children (whitespace) is dropped: exceljs writes none, and none is significant.
  return xml.slice(0, first) + sorted.map(({ element }) => xml.slice(element.start, element.end)).join("") + xml.slice(last);
}

/** The rank of the nearest named child before `index`, for a child the order does not know. */
function rankOfPrevious(elements: readonly TopLevelElement[], index: number, order: readonly string[]): number | null {
  for (let at = index - 1; at >= 0; at -= 1) {
    const rank = order.indexOf(elements[at]?.name ?? "");
    if (rank >= 0) return rank;
  }
  return null;
}

/**
 * A worksheet part with its children, and `sheetPr`'s, in the schema's order.
 * @example worksheetInOrder("<worksheet><sheetData/><extLst/><legacyDrawing r:id=\"rId1\"/></worksheet>") //=> "<worksheet><sheetData/><legacyDrawing r:id=\"rId1\"/><extLst/></worksheet>"
 */
export function worksheetInOrder(xml: string): string {
  const ordered = sortedChildren(xml, WORKSHEET_ORDER);
  const sheetPr = topLevelElements(ordered).elements.find((element) => element.name === "sheetPr");
  if (!sheetPr || ordered.slice(sheetPr.end - 2, sheetPr.end) === "/>") return ordered;
  const inner = ordered.slice(sheetPr.start, sheetPr.end);
  return ordered.slice(0, sheetPr.start) + sortedChildren(inner, SHEET_PR_ORDER) + ordered.slice(sheetPr.end);
}

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

/**
 * A drawing part without `editAs` on its one-cell anchors.
 * @example oneCellAnchorsValid('<xdr:oneCellAnchor editAs="oneCell"><xdr:from/></xdr:oneCellAnchor>') //=> "<xdr:oneCellAnchor><xdr:from/></xdr:oneCellAnchor>"
 */
export function oneCellAnchorsValid(xml: string): string {
  return xml.replace(/<((?:\w+:)?oneCellAnchor)\b([^>]*?)\s+editAs\s*=\s*(?:"[^"]*"|'[^']*')/gu, "<$1$2");
}

/** The repairs above made on every part of the package that needs them. */
export async function repairParts(pack: Package): Promise<void> {
  const drawings = new Map<string, string>();
  for (const path of pack.names().sort()) {
    const repair = /^xl\/worksheets\/[^/]+\.xml$/u.test(path) ? worksheetInOrder : /^xl\/drawings\/[^/]+\.xml$/u.test(path) ? oneCellAnchorsValid : null;
    if (repair) {
      const xml = await pack.required(path);
      const repaired = repair(xml);
      if (repaired !== xml) pack.write(path, repaired);
    } else if (path.endsWith(".vml")) drawings.set(path, await pack.required(path));
  }
  for (const [path, xml] of distinctVmlBlocks(drawings)) pack.write(path, xml);
}
