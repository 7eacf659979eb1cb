/**
 * The smallest edit of a user's worksheet part that carries a run: the cells (`rows-splice.ts`),
 * the `dimension` widened to hold them, the widths of the run's columns (a user's `<col>` entry
 * split around them, keeping its style and other settings; the run's columns shown if it hid them), merges and conditional formats of an
 * earlier run taken out of its cleared area and the run's put in, the data bar's Excel 2010
 * settings added to the sheet's `extLst`. Every other child of the worksheet stays as its text was;
 * an element the sheet lacks is inserted where CT_Worksheet's sequence puts it (ECMA-376 Part 1
 * §18.3.1.99).
 */
import { columnLetters, parseRangeAddress, rangesOverlap } from "../../workbook/address";
import { attributesOf, prefixed, rootPrefix, topLevelElements } from "../package-parts";
import { WORKSHEET_ORDER } from "../schema-order";
import type { SheetEdits } from "./edits";
import { rulesXml, withoutLinkedRules, withoutOwnRules, withRules } from "./rules-xml";
import { splicedRows } from "./rows-splice";
import { mergeEntries, type CellSink } from "./sheet-xml";

/** The part with the top-level elements of a name replaced by `text` (all of them; the first place kept). */
function replaced(xml: string, name: string, text: string): string {
  const found = topLevelElements(xml).elements.filter((element) => element.name === name);
  if (found.length === 0) return inserted(xml, name, text);
  let out = xml;
  for (const element of [...found].reverse()) {
    const isFirst = element === found[0];
    out = out.slice(0, element.start) + (isFirst ? text : "") + out.slice(element.end);
  }
  return out;
}

/** The part with `text` inserted after the last element of `name`, or where the schema's order puts it. */
function inserted(xml: string, name: string, text: string): string {
  if (text === "") return xml;
  const { elements, rootEnd } = topLevelElements(xml);
  const rank = WORKSHEET_ORDER.indexOf(name as (typeof WORKSHEET_ORDER)[number]);
  const same = elements.filter((element) => element.name === name);
  const at = same.length > 0 ? (same[same.length - 1]?.end ?? rootEnd) : (elements.find((element) => WORKSHEET_ORDER.indexOf(element.name as (typeof WORKSHEET_ORDER)[number]) > rank)?.start ?? rootEnd);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The text of the top-level elements of a name. */
function texts(xml: string, name: string): string[] {
  return topLevelElements(xml).elements.filter((element) => element.name === name).map((element) => xml.slice(element.start, element.end));
}

/** The sheet's `<sheetData>` with the run's cells. */
function withCells(xml: string, edits: SheetEdits, sink: CellSink, prefix: string): string {
  if (edits.cells.size === 0 && edits.cleared.length === 0) return xml;
  const element = topLevelElements(xml).elements.find((found) => found.name === "sheetData");
  if (!element) throw new Error("The worksheet has no sheetData");
  const text = xml.slice(element.start, element.end);
  const selfClosing = text.endsWith("/>");
  const open = selfClosing ? text.replace(/\s*\/>$/u, ">") : text.slice(0, text.indexOf(">") + 1);
  const content = selfClosing ? "" : text.slice(open.length, text.lastIndexOf("</"));
  const rows = splicedRows(content, edits, sink, prefix);
  return xml.slice(0, element.start) + open + rows + `</${prefix}sheetData>` + xml.slice(element.end);
}

/** The `dimension` widened to the run's cells. */
function withDimension(xml: string, edits: SheetEdits, prefix: string): string {
  const extent = edits.extent();
  const [old] = texts(xml, "dimension");
  // A sheet without one keeps none (it is optional): a made-up one could be smaller than its cells.
  if (!extent || old === undefined) return xml;
  const before = parseRangeAddress((attributesOf(old ?? "").ref ?? "A1").replace(/\$/gu, "")) ?? extent;
  const top = Math.min(before.top, extent.top);
  const left = Math.min(before.left, extent.left);
  const ref = `${columnLetters(left)}${top + 1}:${columnLetters(Math.max(before.right, extent.right))}${Math.max(before.bottom, extent.bottom) + 1}`;
  return replaced(xml, "dimension", `<${prefix}dimension ref="${ref}"/>`);
}

/** A `<col>` entry: its columns (0-based) and its start tag. */
interface ColumnEntry {
  min: number;
  max: number;
  tag: string;
}

/** A `<col>` tag over other columns, its other attributes kept. */
function retagged(tag: string, min: number, max: number, width?: number): string {
  let out = tag.replace(/\bmin\s*=\s*"[^"]*"/u, `min="${min + 1}"`).replace(/\bmax\s*=\s*"[^"]*"/u, `max="${max + 1}"`);
  if (width !== undefined) {
    // A column of the run's block is shown: a user who hid the unused columns would not see it.
    out = out.replace(/\s+(width|customWidth|hidden)\s*=\s*("[^"]*"|'[^']*')/gu, "").replace(/\s*\/>$/u, ` width="${width}" customWidth="1"/>`);
  }
  return out;
}

/** The sheet's `<cols>` with the run's widths: entries split around its columns, new ones added. */
function withWidths(xml: string, edits: SheetEdits, prefix: string): string {
  if (edits.widths.size === 0) return xml;
  const [old] = texts(xml, "cols");
  const entries: ColumnEntry[] = [...(old ?? "").matchAll(new RegExp(`<${prefix}col\\b[^>]*>`, "gu"))].map((match) => {
    const attributes = attributesOf(match[0]);
    const tag = match[0].endsWith("/>") ? match[0] : match[0].replace(/>$/u, "/>");
    return { min: Number(attributes.min) - 1, max: Number(attributes.max) - 1, tag };
  });
  const out: ColumnEntry[] = [];
  for (const entry of entries) {
    let start = entry.min;
    for (let column = entry.min; column <= entry.max; column += 1) {
      const width = edits.widths.get(column);
      if (width === undefined) continue;
      if (column > start) out.push({ min: start, max: column - 1, tag: retagged(entry.tag, start, column - 1) });
      out.push({ min: column, max: column, tag: retagged(entry.tag, column, column, width) });
      start = column + 1;
    }
    if (start === entry.min) out.push(entry);
    else if (start <= entry.max) out.push({ min: start, max: entry.max, tag: retagged(entry.tag, start, entry.max) });
  }
  for (const [column, width] of edits.widths) {
    if (!entries.some((entry) => column >= entry.min && column <= entry.max)) {
      out.push({ min: column, max: column, tag: `<${prefix}col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>` });
    }
  }
  out.sort((a, b) => a.min - b.min);
  return replaced(xml, "cols", `<${prefix}cols>${out.map((entry) => entry.tag).join("")}</${prefix}cols>`);
}

/** The sheet's merges: those overlapping a cleared area go, the run's come. */
function withMerges(xml: string, edits: SheetEdits, prefix: string): string {
  const [old] = texts(xml, "mergeCells");
  if (old === undefined && edits.merges.length === 0) return xml;
  const kept = [...(old ?? "").matchAll(new RegExp(`<${prefix}mergeCell\\b[^>]*>`, "gu"))].filter((match) => {
    const range = parseRangeAddress((attributesOf(match[0]).ref ?? "").replace(/\$/gu, ""));
    return !range || !edits.cleared.some((area) => rangesOverlap(area, range));
  });
  const ours = prefixed(mergeEntries(edits.merges), prefix);
  const count = kept.length + edits.merges.length;
  if (count === 0) return replaced(xml, "mergeCells", "");
  return replaced(xml, "mergeCells", `<${prefix}mergeCells count="${count}">${kept.map((match) => match[0]).join("")}${ours}</${prefix}mergeCells>`);
}

/** The highest priority and every rule id the sheet's conditional formats use. */
function rulesInUse(xml: string): { highest: number; ids: Set<string> } {
  let highest = 0;
  const ids = new Set<string>();
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*>/gu)) {
    const attributes = attributesOf(match[0]);
    highest = Math.max(highest, Number(attributes.priority) || 0);
    if (attributes.id) ids.add(attributes.id);
  }
  return { highest, ids };
}

/** The sheet's conditional formats: an earlier run's in the cleared areas go, the run's come. */
function withRulesOf(xml: string, edits: SheetEdits, sink: CellSink, prefix: string): string {
  let out = xml;
  const gone = new Set<string>();
  if (edits.cleared.length > 0) {
    for (const element of [...topLevelElements(out).elements].reverse()) {
      if (element.name !== "conditionalFormatting") continue;
      const text = out.slice(element.start, element.end);
      const kept = withoutOwnRules(text, edits.cleared, gone);
      if (kept !== text) out = out.slice(0, element.start) + kept + out.slice(element.end);
    }
  }
  const [before] = texts(out, "extLst");
  if (before !== undefined && gone.size > 0) out = replaced(out, "extLst", withoutLinkedRules(before, gone));
  const [extLst] = texts(out, "extLst");
  const { highest, ids } = rulesInUse(out);
  const rules = rulesXml(edits.rules, sink.styles, highest + 1, ids);
  out = inserted(out, "conditionalFormatting", prefixed(rules.formats, prefix));
  const extended = withRules(extLst ?? null, rules.extensions, prefix);
  if (extended !== null && extended !== extLst) out = extLst === undefined ? inserted(out, "extLst", extended) : replaced(out, "extLst", extended);
  return out;
}

/**
 * A user's worksheet part with a run's edits made in it (see the module's note). Frozen rows and
 * page setup are never asked of a user's sheet (they keep their own); charts are drawn later.
 * @example splicedSheet(xml, edits, sink) //=> the part with the block's cells, widths, merges and rules
 */
export function splicedSheet(xml: string, edits: SheetEdits, sink: CellSink): string {
  const prefix = rootPrefix(xml, "worksheet");
  const cells = withCells(xml, edits, sink, prefix);
  // The other edits are made on the part without its cells (most of its text), which stand in
  // one empty sheetData meanwhile; they never look inside it.
  const data = topLevelElements(cells).elements.find((element) => element.name === "sheetData");
  if (!data) throw new Error("The worksheet has no sheetData");
  const holder = `<${prefix}sheetData/>`;
  let out = cells.slice(0, data.start) + holder + cells.slice(data.end);
  out = withDimension(out, edits, prefix);
  out = withWidths(out, edits, prefix);
  out = withMerges(out, edits, prefix);
  out = withRulesOf(out, edits, sink, prefix);
  const at = out.indexOf(holder);
  return out.slice(0, at) + cells.slice(data.start, data.end) + out.slice(at + holder.length);
}
