/**
 * A saved package put in the form exceljs reads, without changing what it says. Valid packages
 * that exceljs refuses:
 * - relationship targets written as absolute part names (`Target="/xl/comments/comment1.xml"`,
 *   ECMA-376 Part 2 §9.3: a target is a URI, relative to the source part or absolute within the
 *   package): openpyxl writes them for notes, pictures, tables and charts, and exceljs resolves
 *   only relative ones ("Cannot read properties of undefined (reading 'name')"). Each becomes the
 *   same part, relative to the relationships' source part.
 * - a note's text as a plain `<t>` (CT_Rst allows it, §18.4.12; openpyxl writes it), where exceljs
 *   reads only rich-text runs `<r>` and loses the text: the plain text becomes one run.
 * - parts exceljs looks for by name only (sheets `xl/worksheets/sheetN.xml`, `xl/sharedStrings.xml`,
 *   `xl/styles.xml`, notes, drawings, tables) kept under other names or letter case: renamed.
 * - SpreadsheetML written with a prefix for its main namespace (`x:`): put in the default namespace.
 * The package itself is never changed: this is the copy the command line reads.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { escapeXml } from "./chart-xml";
import { readWorkbook } from "./large-merges";
import { attributesOf, resolveTarget } from "./package-parts";

/**
 * The relative form of an absolute target, seen from the part a relationship belongs to.
 * @example relativeTarget("xl/worksheets/sheet1.xml", "/xl/comments/comment1.xml") //=> "../comments/comment1.xml"
 * @example relativeTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml") //=> "worksheets/sheet1.xml"
 * @example relativeTarget("", "/xl/workbook.xml") //=> "xl/workbook.xml"
 */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = resolveTarget(source, target).split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared += 1;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}

/** The part a relationships part describes: `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml`; `_rels/.rels` → the package. */
function sourceOf(relsPath: string): string {
  return relsPath.replace(/(^|\/)_rels\/([^/]*)\.rels$/u, "$1$2");
}

/** The part names exceljs recognises, by relationship type (the last segment of the type URI), and the name it gives a new one. */
const EXPECTED_NAMES: Readonly<Record<string, { pattern: RegExp; name: (n: number) => string }>> = {
  comments: { pattern: /^xl\/comments\d+\.xml$/u, name: (n) => `xl/comments${n}.xml` },
  vmlDrawing: { pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/u, name: (n) => `xl/drawings/vmlDrawing${n}.vml` },
  table: { pattern: /^xl\/tables\/table\d+\.xml$/u, name: (n) => `xl/tables/table${n}.xml` },
  drawing: { pattern: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/u, name: (n) => `xl/drawings/drawing${n}.xml` },
  // exceljs finds these by name, whatever the relationships say: a sheet part in other letter case
  // (`Sheet1.xml`; part names compare case-insensitively, ECMA-376 Part 2 §6.2.2.3), shared strings
  // or styles kept under another name.
  worksheet: { pattern: /^xl\/worksheets\/sheet\d+\.xml$/u, name: (n) => `xl/worksheets/sheet${n}.xml` },
  sharedStrings: { pattern: /^xl\/sharedStrings\.xml$/u, name: () => "xl/sharedStrings.xml" },
  styles: { pattern: /^xl\/styles\.xml$/u, name: () => "xl/styles.xml" },
};

/** One internal relationship: the relationships part it is in, its type's last segment and the part it points to. */
interface Link {
  rels: string;
  kind: string;
  part: string;
}

/** Every internal relationship of the package. */
function linksOf(parts: ReadonlyMap<string, string>): Link[] {
  const links: Link[] = [];
  for (const [rels, xml] of parts) {
    for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/gu)) {
      const attributes = attributesOf(match[0]);
      if (attributes.Target === undefined || attributes.TargetMode === "External") continue;
      links.push({ rels, kind: (attributes.Type ?? "").replace(/^.*\//u, ""), part: resolveTarget(sourceOf(rels), attributes.Target) });
    }
  }
  return links;
}

/**
 * New names for the parts exceljs would not find under theirs (openpyxl's `xl/comments/comment1.xml`
 * and `xl/drawings/commentsDrawing1.vml`), each the first free name of its kind.
 * @example renamedParts(["xl/comments/comment1.xml"], [{ rels: "xl/worksheets/_rels/sheet1.xml.rels", kind: "comments", part: "xl/comments/comment1.xml" }]) //=> Map { "xl/comments/comment1.xml" => "xl/comments1.xml" }
 */
export function renamedParts(names: readonly string[], links: readonly { kind: string; part: string }[]): Map<string, string> {
  const taken = new Set(names);
  const renamed = new Map<string, string>();
  const stored = new Map(names.map((name) => [name.toLowerCase(), name]));
  for (const { part } of links) {
    // A target naming a part in other letter case: the part under its stored name.
    const same = stored.get(part.toLowerCase());
    if (!taken.has(part) && same !== undefined) renamed.set(part, same);
  }
  for (const { kind, part } of links) {
    const expected = EXPECTED_NAMES[kind];
    if (!expected || expected.pattern.test(part) || renamed.has(part) || !taken.has(part)) continue;
    let n = 1;
    while (taken.has(expected.name(n)) && expected.name(n) !== expected.name(n + 1)) n += 1;
    if (taken.has(expected.name(n))) continue; // a fixed name already taken: left as it is
    taken.add(expected.name(n));
    renamed.set(part, expected.name(n));
  }
  return renamed;
}

/**
 * A relationships part with each internal target pointing to the part's new name, written
 * relative to its source; `movedTo` is where the relationships part itself goes when its source
 * part is renamed.
 */
function retargeted(relsPath: string, xml: string, renamed: ReadonlyMap<string, string>, movedTo = relsPath): string {
  const source = sourceOf(relsPath);
  const newSource = sourceOf(movedTo);
  return xml.replace(/<(?:\w+:)?Relationship\b[^>]*>/gu, (tag) => {
    const attributes = attributesOf(tag);
    if (attributes.Target === undefined || attributes.TargetMode === "External") return tag;
    const part = resolveTarget(source, attributes.Target);
    const moved = renamed.get(part);
    if (moved === undefined && !attributes.Target.startsWith("/") && newSource === source) return tag;
    return tag.replace(/\bTarget\s*=\s*("[^"]*"|'[^']*')/u, () => `Target="${escapeXml(relativeTarget(newSource, `/${moved ?? part}`))}"`);
  });
}

/**
 * A comments part with each note's plain text wrapped as one run.
 * @example runsInNotes("<comment ref=\"A1\"><text><t>来源</t></text></comment>") //=> "<comment ref=\"A1\"><text><r><t>来源</t></r></text></comment>"
 */
export function runsInNotes(xml: string): string {
  return xml.replace(/<text>(\s*<t(?:\s[^>]*)?>[\s\S]*?<\/t>)/gu, "<text><r>$1</r>");
}

const SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/**
 * A drawing part written with the spreadsheet-drawing namespace as the default (openpyxl's
 * `<wsDr xmlns="…">`) in the `xdr:` prefix form exceljs matches by name; the same text when it
 * already is, or when another default namespace is declared inside (then it is left alone).
 * @example prefixedDrawing('<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><oneCellAnchor><from><col>1</col></from><a:blip/></oneCellAnchor></wsDr>') //=> '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:oneCellAnchor><xdr:from><xdr:col>1</xdr:col></xdr:from><a:blip/></xdr:oneCellAnchor></xdr:wsDr>'
 */
export function prefixedDrawing(xml: string): string {
  const declaration = `xmlns="${SPREADSHEET_DRAWING}"`;
  if (!xml.includes(declaration) || xml.split('xmlns="').length !== 2 || xml.includes("xmlns:xdr=")) return xml;
  return xml.replace(declaration, `xmlns:xdr="${SPREADSHEET_DRAWING}"`).replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/gu, "<$1xdr:$2");
}

const SPREADSHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * A SpreadsheetML part written with a prefix for its main namespace (`<x:worksheet xmlns:x="…">`,
 * as the .NET Open XML SDK writes it) in the default-namespace form exceljs matches by name; the
 * same text when it is not prefixed, or when it declares a default namespace of its own.
 * @example unprefixedSpreadsheet('<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>甲</x:t></x:si></x:sst>') //=> '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>甲</t></si></sst>'
 */
export function unprefixedSpreadsheet(xml: string): string {
  const root = /<([\w.-]+):[\w.-]+\b[^>]*>/u.exec(xml.replace(/^<\?[\s\S]*?\?>\s*/u, ""));
  const prefix = root?.[1];
  if (!root || !prefix || !root[0].includes(`xmlns:${prefix}="${SPREADSHEET_MAIN}"`) || /\sxmlns\s*=/u.test(xml)) return xml;
  return xml
    .replace(`xmlns:${prefix}="${SPREADSHEET_MAIN}"`, `xmlns="${SPREADSHEET_MAIN}"`)
    .replace(new RegExp(`<(/?)${prefix.replace(/[.-]/gu, "\\$&")}:`, "gu"), "<$1");
}

/** The relationships part of a part: `xl/comments/comment1.xml` → `xl/comments/_rels/comment1.xml.rels`. */
function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The bytes exceljs should read: the same bytes when nothing needs putting right, else the
 * package with its relationship parts rewritten, the parts it would not find renamed and the
 * content types following them (every other part as it was).
 */
export async function readablePackage(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = new Map<string, string>();
  for (const path of Object.keys(zip.files)) {
    const file = zip.file(path);
    if (file && path.endsWith(".rels")) rels.set(path, await file.async("string"));
  }
  const renamed = renamedParts(Object.keys(zip.files), linksOf(rels));
  let changed = renamed.size > 0;
  for (const [path, xml] of rels) {
    const rewritten = retargeted(path, xml, renamed);
    if (rewritten !== xml) {
      zip.file(path, rewritten);
      changed = true;
    }
  }
  // A writer that prefixes SpreadsheetML does so in every part, the workbook's first: only then are
  // the other parts read through (a large sheet is not decoded to find it is in the usual form).
  const workbook = zip.file("xl/workbook.xml");
  const prefixedParts = workbook !== null && unprefixedSpreadsheet(await workbook.async("string")) !== (await workbook.async("string"));
  for (const path of Object.keys(zip.files)) {
    const file = zip.file(path);
    const drawing = /^xl\/drawings\/[^/]+\.xml$/u.test(path);
    if (!file || !(drawing || (prefixedParts && /^xl\/.*\.xml$/u.test(path)))) continue;
    const xml = await file.async("string");
    const prefixed = drawing ? prefixedDrawing(xml) : unprefixedSpreadsheet(xml);
    if (prefixed === xml) continue;
    zip.file(path, prefixed);
    changed = true;
  }
  const notesWrapped = await notesInRuns(zip, renamed);
  if (!changed && !notesWrapped) return bytes;
  await movedParts(zip, renamed);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

/** Wraps the notes' plain texts in runs, in each comments part (under its old name); whether any changed. */
async function notesInRuns(zip: JSZip, renamed: ReadonlyMap<string, string>): Promise<boolean> {
  let changed = false;
  const named = Object.keys(zip.files).filter((path) => /^xl\/comments\d+\.xml$/u.test(path));
  const toBeNamed = [...renamed].filter(([, to]) => to.startsWith("xl/comments")).map(([from]) => from);
  const commentParts = [...named, ...toBeNamed];
  for (const path of commentParts) {
    const file = zip.file(path);
    if (!file) continue;
    const xml = await file.async("string");
    const wrapped = runsInNotes(xml);
    if (wrapped === xml) continue;
    zip.file(path, wrapped);
    changed = true;
  }
  return changed;
}

/** Moves each renamed part (and its own relationships part) and renames its content-type override. */
async function movedParts(zip: JSZip, renamed: ReadonlyMap<string, string>): Promise<void> {
  const typesFile = zip.file("[Content_Types].xml");
  let types = typesFile ? await typesFile.async("string") : null;
  for (const [from, to] of renamed) {
    for (const [old, now] of [[from, to], [relsOf(from), relsOf(to)]] as const) {
      const file = zip.file(old);
      if (!file) continue;
      const content = old === relsOf(from) ? retargeted(old, await file.async("string"), renamed, now) : await file.async("uint8array");
      zip.remove(old);
      zip.file(now, content);
    }
    if (types !== null) types = types.replace(`PartName="/${escapeXml(from)}"`, `PartName="/${escapeXml(to)}"`);
  }
  if (types !== null) zip.file("[Content_Types].xml", types);
}

/**
 * A workbook read by exceljs from a package in any valid form above, its very large merges set
 * aside (`large-merges.ts`). exceljs only reads: the copy is made from the input's own package
 * (`patch/copy.ts`).
 * @example (await loadedWorkbook(bytes)).worksheets[0]?.name //=> "表2"
 */
export async function loadedWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  return readWorkbook(await readablePackage(bytes));
}
