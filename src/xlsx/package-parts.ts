/**
 * Reading and editing the XML parts of a saved .xlsx package (Open Packaging Conventions) as text:
 * where a sheet's part is, its relationships, the content types, the top-level elements of a part,
 * and the values its cells hold, namespace prefixes. Used by `chart.ts` and the copy's writer
 * (`patch/`); the edits are small insertions and removals, so everything else in a part stays byte
 * for byte as it was.
 */
import type { CellValue } from "../core/types";
import { cellAddress } from "../workbook/address";
import type { CellRange } from "../workbook/types";
import { escapeXml } from "./chart-xml";

/** One relationship of a part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** The entity references XML predefines. */
const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * XML text with its entity and character references resolved.
 * @example unescapeXml("A&amp;B &#35874;") //=> "A&B 谢"
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|\w+);/gu, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return PREDEFINED[name] ?? whole;
  });
}

/**
 * The attributes of a start tag, by qualified name, unescaped.
 * @example attributesOf('<sheet name="表2" r:id="rId4"/>') //=> { name: "表2", "r:id": "rId4" }
 */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
    attributes[match[1] ?? ""] = unescapeXml(match[2] ?? match[3] ?? "");
  }
  return attributes;
}

/**
 * The attributes of an element's start tag (not of its children), by qualified name.
 * @example startTagAttributes('<mergeCell ref="A1:D1"><x/></mergeCell>') //=> { ref: "A1:D1" }
 */
export function startTagAttributes(element: string): Record<string, string> {
  return attributesOf(/^<[^>]*>/u.exec(element)?.[0] ?? "");
}

/**
 * The namespace prefix a part's root element is written with (`x:` in some writers' files, as the
 * .NET Open XML SDK writes them; "" in Excel's).
 * @example rootPrefix('<x:worksheet xmlns:x="…">', "worksheet") //=> "x:"
 */
export function rootPrefix(xml: string, root: string): string {
  return new RegExp(`<([\\w.-]+:)?${root}\\b`, "u").exec(xml)?.[1] ?? "";
}

/**
 * Text written in a part's namespace prefix: the elements without a prefix of their own take it.
 * @example prefixed('<c r="A1"><v>1</v></c>', "x:") //=> '<x:c r="A1"><x:v>1</x:v></x:c>'
 */
export function prefixed(text: string, prefix: string): string {
  return prefix ? text.replace(/<(\/?)(?![\w.-]+:)(?=[a-zA-Z])/gu, `<$1${prefix}`) : text;
}

/**
 * Text with a part's namespace prefix taken off its elements (to compare with text the copy writes).
 * @example unprefixed("<x:xf/>", "x:") //=> "<xf/>"
 */
export function unprefixed(text: string, prefix: string): string {
  return prefix ? text.replace(new RegExp(`<(/?)${prefix.replace(/[.-]/gu, "\\$&")}`, "gu"), "<$1") : text;
}

/**
 * The relationships part (`…/_rels/x.xml.rels`) of a part.
 * @example relationshipsPath("xl/worksheets/sheet3.xml") //=> "xl/worksheets/_rels/sheet3.xml.rels"
 */
export function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The package path a relationship's target names, from the part that holds the relationship.
 * @example resolveTarget("xl/worksheets/sheet3.xml", "../drawings/drawing1.xml") //=> "xl/drawings/drawing1.xml"
 */
export function resolveTarget(source: string, target: string): string {
  const parts = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const piece of target.replace(/^\//u, "").split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/**
 * The relationships listed in a relationships part.
 * @example relationshipsOf('<Relationships …><Relationship Id="rId1" Type="…/drawing" Target="../drawings/drawing1.xml"/></Relationships>') //=> [{ id: "rId1", type: "…/drawing", target: "../drawings/drawing1.xml" }]
 */
export function relationshipsOf(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/gu)].map((match) => {
    const attributes = attributesOf(match[0]);
    return { id: attributes.Id ?? "", type: attributes.Type ?? "", target: attributes.Target ?? "" };
  });
}

/** An empty relationships part. */
export const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * A relationships part with one more relationship, under an id none of the others has; returns
 * the part and the id.
 * @example withRelationship(EMPTY_RELATIONSHIPS, "…/chart", "../charts/chart1.xml") //=> { xml: '…<Relationship Id="rId1" …/></Relationships>', id: "rId1" }
 */
export function withRelationship(xml: string, type: string, target: string): { xml: string; id: string } {
  const taken = relationshipsOf(xml).map((relationship) => /^rId(\d+)$/u.exec(relationship.id)?.[1]);
  const id = `rId${taken.reduce((most, digits) => Math.max(most, Number(digits ?? 0)), 0) + 1}`;
  const element = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  return { xml: insertBefore(xml, "</Relationships>", element), id };
}

/**
 * `[Content_Types].xml` with an override for one more part.
 * @example withContentType(types, "/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") //=> '…<Override PartName="/xl/charts/chart1.xml" …/></Types>'
 */
export function withContentType(xml: string, partName: string, contentType: string): string {
  return insertBefore(xml, "</Types>", `<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`);
}

/**
 * A relationships part without one relationship.
 * @example withoutRelationship('<Relationships><Relationship Id="rId3" …/></Relationships>', "rId3") //=> "<Relationships></Relationships>"
 */
export function withoutRelationship(xml: string, id: string): string {
  return xml.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*?(?:\/>|>\s*<\/(?:[\w.-]+:)?Relationship>)/gu, (tag) => (attributesOf(tag).Id === id ? "" : tag));
}

/**
 * `[Content_Types].xml` without the override of one part (part names compared case-insensitively).
 * @example withoutContentType(types, "/xl/worksheets/sheet5.xml") //=> types without that Override
 */
export function withoutContentType(xml: string, partName: string): string {
  return xml.replace(/<(?:[\w.-]+:)?Override\b[^>]*>/gu, (tag) => ((attributesOf(tag).PartName ?? "").toLowerCase() === partName.toLowerCase() ? "" : tag));
}

/** Inserts text before the last occurrence of a closing tag; a programming error when it is absent. */
function insertBefore(xml: string, closing: string, text: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`No ${closing} in the part`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** A child element of a part's root: its local name and where it starts and ends in the text. */
export interface TopLevelElement {
  name: string;
  start: number;
  end: number;
  /** The start tag, attributes included. */
  tag: string;
}

/** Tags, comments and processing instructions; attribute values may hold `>`. */
const TAG = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/gu;

/**
 * The children of a part's root element, in order, and where the root closes.
 * @example topLevelElements('<worksheet><sheetData/><pageMargins/></worksheet>').elements.map((e) => e.name) //=> ["sheetData", "pageMargins"]
 */
export function topLevelElements(xml: string): { elements: TopLevelElement[]; rootEnd: number } {
  const elements: TopLevelElement[] = [];
  const tags = new RegExp(TAG.source, "gu");
  let depth = 0;
  let open: { name: string; start: number; tag: string } | null = null;
  for (let match = tags.exec(xml); match !== null; match = tags.exec(xml)) {
    const name = match[2];
    if (name === undefined) continue;
    const closing = match[1] === "/";
    const empty = match[4] === "/";
    const local = name.slice(name.indexOf(":") + 1);
    const start = match.index;
    const end = start + match[0].length;
    if (closing) {
      depth -= 1;
      if (depth === 0) return { elements, rootEnd: start };
      if (depth === 1 && open) {
        elements.push({ ...open, end });
        open = null;
      }
    } else if (depth === 1 && empty) {
      elements.push({ name: local, start, end, tag: match[0] });
    } else if (!empty) {
      if (depth === 1) open = { name: local, start, tag: match[0] };
      depth += 1;
      // A sheet's cells are most of its part and never hold another sheetData: jump to its end.
      if (depth === 2 && local === "sheetData") {
        const close = xml.indexOf(`</${name}>`, end);
        if (close >= 0) tags.lastIndex = close;
      }
    }
  }
  throw new Error("The part's root element does not close");
}

/**
 * The values of a rectangle of a worksheet part's cells (shared strings resolved; numbers as
 * numbers; empty or missing cells as null).
 * @example cellValues(sheetXml, sharedStrings, { top: 14, left: 0, bottom: 15, right: 2 }) //=> [["类别", "平均实现度", "时序进度"], ["经济发展", 0.62, 0.5]]
 */
export function cellValues(sheetXml: string, sharedStrings: readonly string[], range: CellRange): CellValue[][] {
  const wanted = new Map<string, [number, number]>();
  for (let row = range.top; row <= range.bottom; row += 1) {
    for (let column = range.left; column <= range.right; column += 1) wanted.set(cellAddress(row, column), [row - range.top, column - range.left]);
  }
  const values: CellValue[][] = Array.from({ length: range.bottom - range.top + 1 }, () => Array<CellValue>(range.right - range.left + 1).fill(null));
  for (const match of sheetXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
    const attributes = attributesOf(match[1] ?? "");
    const place = wanted.get(attributes.r ?? "");
    const line = place ? values[place[0]] : undefined;
    if (place && line) line[place[1]] = cellValue(attributes.t, match[2] ?? "", sharedStrings);
  }
  return values;
}

/** The value of one cell from its type and content. */
function cellValue(type: string | undefined, content: string, sharedStrings: readonly string[]): CellValue {
  const raw = /<v>([\s\S]*?)<\/v>/u.exec(content)?.[1];
  switch (type) {
    case "s":
      return sharedStrings[Number(raw)] ?? null;
    case "inlineStr":
      return textOf(content);
    case "b":
      return raw === "1";
    case "str":
    case "e":
      return raw === undefined ? null : unescapeXml(raw);
    default: {
      const number = raw === undefined ? Number.NaN : Number(raw);
      return Number.isFinite(number) ? number : null;
    }
  }
}

/** The text of a string item (`<si>`, `<is>`): its runs joined, phonetic guides left out. */
function textOf(item: string): string {
  const plain = item.replace(/<rPh\b[\s\S]*?<\/rPh>/gu, "");
  return [...plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/gu)].map((match) => unescapeXml(match[1] ?? "")).join("");
}

/**
 * The shared strings of a package, in order (`xl/sharedStrings.xml`).
 * @example sharedStringsOf('<sst><si><t>类别</t></si><si><r><t>A</t></r><r><t>B</t></r></si></sst>') //=> ["类别", "AB"]
 */
export function sharedStringsOf(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/gu)].map((match) => textOf(match[1] ?? ""));
}

/** The workbook part, which lists the sheets. */
const WORKBOOK_PART = "xl/workbook.xml";

/**
 * Each sheet's name and the path of its worksheet part, read through `read` (a part's text, ""
 * when missing).
 * @example await sheetPartPaths(read) //=> Map { "指标" => "xl/worksheets/sheet1.xml" }
 */
export async function sheetPartPaths(read: (path: string) => Promise<string>): Promise<Map<string, string>> {
  const workbook = await read(WORKBOOK_PART);
  const relationships = relationshipsOf(await read(relationshipsPath(WORKBOOK_PART)));
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)) {
    const attributes = attributesOf(match[0]);
    const id = Object.entries(attributes).find(([name]) => name.endsWith(":id"))?.[1];
    const target = relationships.find((relationship) => relationship.id === id)?.target;
    if (attributes.name !== undefined && target !== undefined) parts.set(attributes.name, resolveTarget(WORKBOOK_PART, target));
  }
  return parts;
}
