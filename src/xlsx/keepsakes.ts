/**
 * What exceljs drops from a user's workbook when it writes it again, taken from the input package
 * and put back into the copy:
 * - defined names exceljs does not model (a constant `增长目标 = 0.07`, a formula): the input's
 *   `<definedName>` element as it was, for every name of the user's the copy lacks or changed;
 *   a sheet-local name only when its sheet is at the same place in the copy;
 * - the author of each note (exceljs writes every note as by "Author").
 * The add-in's own names (`PlanAssess_…`) are the run's to write, and never put back.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { isGeneratedName } from "../workbook/write/markers";
import type { Package } from "./package";
import { attributesOf, relationshipsOf, relationshipsPath, resolveTarget, sheetPartPaths, unescapeXml } from "./package-parts";

/** One defined name of the input: its name, its sheet (by position) when local, and its element. */
interface KeptName {
  name: string;
  localSheetId: string | undefined;
  xml: string;
}

/** What is put back into the copy. */
export interface Keepsakes {
  names: KeptName[];
  /** The input's sheet names, in order (what a local name's `localSheetId` counts). */
  sheets: string[];
  /** Each sheet's notes' authors, by the note's cell. */
  authors: Map<string, Map<string, string>>;
}

const WORKBOOK = "xl/workbook.xml";
const DEFINED_NAME = /<(?:\w+:)?definedName\b[^>]*>[\s\S]*?<\/(?:\w+:)?definedName>|<(?:\w+:)?definedName\b[^>]*\/>/gu;
const KEPT = new WeakMap<ExcelJS.Workbook, Keepsakes>();

/** The keepsakes of a workbook read from these bytes, kept with it for the copy. */
export async function keepFrom(bytes: Uint8Array, workbook: ExcelJS.Workbook): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string> => (await zip.file(path)?.async("string")) ?? "";
  const workbookXml = await read(WORKBOOK);
  const names = [...workbookXml.matchAll(DEFINED_NAME)].map((match) => {
    const attributes = attributesOf(/^<[^>]*>/u.exec(match[0])?.[0] ?? "");
    // In the default namespace, as the copy's workbook part writes its names.
    const xml = match[0].replace(/^<\w+:definedName\b/u, "<definedName").replace(/<\/\w+:definedName>$/u, "</definedName>");
    return { name: attributes.name ?? "", localSheetId: attributes.localSheetId, xml };
  });
  const sheets = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)].map((match) => attributesOf(match[0]).name ?? "");
  const authors = new Map<string, Map<string, string>>();
  for (const [sheet, part] of await sheetPartPaths(read)) {
    const comments = relationshipsOf(await read(relationshipsPath(part))).find((relationship) => relationship.type.endsWith("/comments"));
    if (comments) authors.set(sheet, authorsOf(await read(resolveTarget(part, comments.target))));
  }
  KEPT.set(workbook, { names, sheets, authors });
}

/** The keepsakes of a workbook, if it was read with them. */
export function keepsakesOf(workbook: ExcelJS.Workbook): Keepsakes | null {
  return KEPT.get(workbook) ?? null;
}

/**
 * The author of each note of a comments part, by cell.
 * @example authorsOf('<authors><author>统计科</author></authors><commentList><comment ref="A1" authorId="0">…</comment></commentList>') //=> Map { "A1" => "统计科" }
 */
export function authorsOf(xml: string): Map<string, string> {
  const list = [...xml.matchAll(/<(?:\w+:)?author>([\s\S]*?)<\/(?:\w+:)?author>|<(?:\w+:)?author\/>/gu)].map((match) => unescapeXml(match[1] ?? ""));
  const byCell = new Map<string, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?comment\b[^>]*>/gu)) {
    const attributes = attributesOf(match[0]);
    const author = list[Number(attributes.authorId ?? 0)];
    if (attributes.ref && author !== undefined) byCell.set(attributes.ref, author);
  }
  return byCell;
}

/**
 * A comments part with each note's author the one the input gave it (cells the input did not
 * have keep theirs).
 * @example withAuthors('<authors><author>Author</author></authors><commentList><comment ref="A1" authorId="0">', new Map([["A1", "统计科"]])) //=> '<authors><author>Author</author><author>统计科</author></authors><commentList><comment ref="A1" authorId="1">'
 */
export function withAuthors(xml: string, authors: ReadonlyMap<string, string>): string {
  const list = [...xml.matchAll(/<(?:\w+:)?author>([\s\S]*?)<\/(?:\w+:)?author>/gu)].map((match) => unescapeXml(match[1] ?? ""));
  const added: string[] = [];
  const idOf = (author: string): number => {
    const at = list.indexOf(author);
    if (at >= 0) return at;
    list.push(author);
    added.push(author);
    return list.length - 1;
  };
  const comments = xml.replace(/<((?:\w+:)?)comment\b[^>]*>/gu, (tag) => {
    const ref = attributesOf(tag).ref;
    const author = ref === undefined ? undefined : authors.get(ref);
    if (author === undefined) return tag;
    const id = idOf(author);
    return /\bauthorId="[^"]*"/u.test(tag) ? tag.replace(/\bauthorId="[^"]*"/u, `authorId="${id}"`) : tag.replace(/^<([\w:]+)/u, `<$1 authorId="${id}"`);
  });
  if (added.length === 0) return comments;
  const extra = added.map((author) => `<author>${escapeText(author)}</author>`).join("");
  return comments.replace(/<\/((?:\w+:)?)authors>/u, (_end, prefix: string) => `${extra}</${prefix}authors>`);
}

/** Text as XML character data. */
function escapeText(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/** Puts the keepsakes back into the copy's package. */
export async function restoreKeepsakes(pack: Package, kept: Keepsakes): Promise<void> {
  const workbookXml = await pack.required(WORKBOOK);
  const restored = withNames(workbookXml, kept);
  if (restored !== workbookXml) pack.write(WORKBOOK, restored);
  for (const [sheet, part] of await sheetPartPaths((path) => pack.required(path))) {
    const authors = kept.authors.get(sheet);
    if (!authors) continue;
    const comments = relationshipsOf((await pack.read(relationshipsPath(part))) ?? "").find((relationship) => relationship.type.endsWith("/comments"));
    if (!comments) continue;
    const path = resolveTarget(part, comments.target);
    const xml = await pack.required(path);
    const authored = withAuthors(xml, authors);
    if (authored !== xml) pack.write(path, authored);
  }
}

/**
 * The copy's workbook part with the user's names it lost or changed put back as the input had
 * them; the same text when none.
 */
export function withNames(workbookXml: string, kept: Pick<Keepsakes, "names" | "sheets">): string {
  const sheets = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)].map((match) => attributesOf(match[0]).name ?? "");
  const present = new Map<string, string>();
  for (const match of workbookXml.matchAll(DEFINED_NAME)) {
    const attributes = attributesOf(/^<[^>]*>/u.exec(match[0])?.[0] ?? "");
    present.set(`${attributes.name ?? ""}@${attributes.localSheetId ?? ""}`, match[0]);
  }
  let xml = workbookXml;
  const missing: string[] = [];
  for (const name of kept.names) {
    if (isGeneratedName(name.name)) continue;
    const local = name.localSheetId;
    if (local !== undefined && kept.sheets[Number(local)] !== sheets[Number(local)]) continue;
    const now = present.get(`${name.name}@${local ?? ""}`);
    if (now === name.xml) continue;
    if (now === undefined) missing.push(name.xml);
    else xml = xml.replace(now, () => name.xml);
  }
  if (missing.length === 0) return xml;
  // Replacements are functions: a name's formula holds `$` (`$A$1`), which a replacement string reads as a group.
  const added = missing.join("");
  if (/<\/(?:\w+:)?definedNames>/u.test(xml)) return xml.replace(/<\/((?:\w+:)?)definedNames>/u, (_end, prefix: string) => `${added}</${prefix}definedNames>`);
  // CT_Workbook puts definedNames after sheets (ECMA-376 Part 1 §18.2.27).
  return xml.replace(/<\/((?:\w+:)?)sheets>/u, (_end, prefix: string) => `</${prefix}sheets><definedNames>${added}</definedNames>`);
}
