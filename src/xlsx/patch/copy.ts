/**
 * 写出副本: the command line's copy is the input package plus the smallest edit that carries the
 * run. The write operations (the same list every door carries out, `src/workbook/write/operations.ts`)
 * are gathered per sheet (`edits.ts`); then the user's assessed sheet is edited in place
 * (`sheet-splice.ts`), the add-in's sheets are written as new parts (`sheet-xml.ts`), styles and
 * the few escaped strings are appended (`styles-part.ts`, `strings-part.ts`), the sheet list and
 * names edited (`workbook-part.ts`), the charts drawn (`../chart.ts`), and the parts of an earlier
 * run's sheets removed with their relationships and content types. Every other part keeps its
 * bytes — the user's other sheets, notes, pictures, charts, pivot tables, shared strings, names,
 * validations, hyperlinks and extensions are never parsed, so nothing of them can be lost.
 */
import JSZip from "jszip";
import { absoluteReference } from "../apply";
import { drawCharts, type SheetChart } from "../chart";
import { Package } from "../package";
import {
  attributesOf,
  EMPTY_RELATIONSHIPS,
  relationshipsOf,
  relationshipsPath,
  resolveTarget,
  sheetPartPaths,
  withContentType,
  withoutContentType,
  withoutRelationship,
  withRelationship,
} from "../package-parts";
import { CUSTOM_PROPERTIES_TYPE, customPropertiesPath, withAddinProperties, type SavedProperty } from "../custom-properties";
import { PROPERTY_SHEET } from "../properties";
import { distinctVmlBlocks } from "../schema-order";
import { rowsAddress } from "../../workbook/address";
import type { WriteOperation } from "../../workbook/write/operations";
import { recordOnSheet, SheetEdits, type SheetOperation } from "./edits";
import { splicedSheet } from "./sheet-splice";
import { newSheetXml, type CellSink } from "./sheet-xml";
import { MINIMAL_STYLES, StylesPart } from "./styles-part";
import { StringsPart } from "./strings-part";
import { WorkbookPart } from "./workbook-part";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = relationshipsPath(WORKBOOK);
const CONTENT_TYPES = "[Content_Types].xml";
const PACKAGE_RELS = "_rels/.rels";
const TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

/** A sheet of the copy and what the run writes on it. */
interface SheetTarget {
  name: string;
  path: string;
  created: boolean;
  edits: SheetEdits;
}

/** The copy being made: the package, its workbook part, relationships and content types as text. */
interface Copy {
  pack: Package;
  workbook: WorkbookPart;
  rels: string;
  types: string;
  sheets: Map<string, SheetTarget>;
}


/** The operations that write inside a sheet. */
const SHEET_KINDS = new Set<WriteOperation["kind"]>(["clearArea", "columnWidth", "format", "formats", "values", "style", "merge", "rule", "chart", "freeze", "pageSetup"]);

/**
 * The copy's bytes: the input package with the operations carried out in it, and the add-in's
 * saved properties (when given) on its very hidden sheet.
 * @example await patchedCopy(inputBytes, operations, [{ key: "PlanAssess.runStamp", value: "2023H1" }]) //=> the copy's bytes
 */
export async function patchedCopy(input: Uint8Array, operations: readonly WriteOperation[], properties: readonly SavedProperty[] | null): Promise<Buffer> {
  const pack = new Package(await JSZip.loadAsync(input));
  const copy: Copy = {
    pack,
    workbook: new WorkbookPart(await pack.required(WORKBOOK)),
    rels: (await pack.read(WORKBOOK_RELS)) ?? EMPTY_RELATIONSHIPS,
    types: await pack.required(CONTENT_TYPES),
    sheets: new Map(),
  };
  for (const [name, path] of await sheetPartPaths(async (part) => (await pack.read(part)) ?? "")) {
    copy.sheets.set(name.toLowerCase(), { name, path, created: false, edits: new SheetEdits() });
  }
  if (properties && properties.length > 0 && !copy.sheets.has(PROPERTY_SHEET.toLowerCase())) addSheet(copy, PROPERTY_SHEET, "veryHidden");
  for (const operation of operations) await carryOut(copy, operation);
  if (properties && (properties.length > 0 || copy.sheets.has(PROPERTY_SHEET.toLowerCase()))) {
    // The property sheet is the add-in's: written whole, whatever an earlier run left on it.
    const sheet = sheetOf(copy, PROPERTY_SHEET);
    sheet.created = true;
    copy.workbook.veryHidden(PROPERTY_SHEET);
    propertiesOn(sheet.edits, properties);
  }
  if (properties) await customPropertiesWritten(copy, properties);
  await writeSheets(copy);
  return pack.save();
}

/** Carries out one operation on the copy. */
async function carryOut(copy: Copy, operation: WriteOperation): Promise<void> {
  if (SHEET_KINDS.has(operation.kind)) {
    const sheetOperation = operation as SheetOperation;
    recordOnSheet(sheetOf(copy, sheetOperation.sheet).edits, sheetOperation);
    return;
  }
  switch (operation.kind) {
    case "deleteName":
      copy.workbook.removeName(operation.name);
      return;
    case "deleteSheet":
      await removeSheet(copy, operation.sheet);
      return;
    case "addSheet":
      addSheet(copy, operation.sheet);
      return;
    case "addName":
      copy.workbook.addName(operation.name, absoluteReference(operation.sheet, operation.range));
      return;
    case "setProperty":
    case "deleteProperty":
      // The property sheet is written whole from the saved properties once the run is done.
      return;
    default:
      throw new Error(`Unexpected write operation ${operation.kind}`);
  }
}

/** A sheet of the copy by name; a programming error when absent (operations are built from what exists). */
function sheetOf(copy: Copy, name: string): SheetTarget {
  const sheet = copy.sheets.get(name.toLowerCase());
  if (!sheet) throw new Error(`No sheet named ${name}`);
  return sheet;
}

/** A new sheet at the end: its part, its relationship from the workbook, its content type, its entry. */
function addSheet(copy: Copy, name: string, state?: "veryHidden"): void {
  const path = copy.pack.freeName("xl/worksheets/sheet");
  copy.pack.write(path, ""); // the name taken; the part is written once the run is gathered
  const related = withRelationship(copy.rels, `${TYPE}worksheet`, path.replace(/^xl\//u, ""));
  copy.rels = related.xml;
  copy.types = withContentType(copy.types, `/${path}`, `${CONTENT}worksheet+xml`);
  copy.workbook.addSheet(name, related.id, state);
  copy.sheets.set(name.toLowerCase(), { name, path, created: true, edits: new SheetEdits() });
}

/** Removes a sheet of an earlier run: its entry, its relationship, its part and the parts only it used. */
async function removeSheet(copy: Copy, name: string): Promise<void> {
  const sheet = sheetOf(copy, name);
  const id = copy.workbook.removeSheet(name);
  if (id !== null) copy.rels = withoutRelationship(copy.rels, id);
  copy.sheets.delete(name.toLowerCase());
  await removePart(copy, sheet.path);
}

/** Removes a part, its relationships part and content type, and the parts it relates to that no other part does. */
async function removePart(copy: Copy, path: string): Promise<void> {
  const relsPath = relationshipsPath(path);
  const rels = await copy.pack.read(relsPath);
  copy.pack.remove(path);
  copy.pack.remove(relsPath);
  copy.types = withoutContentType(copy.types, `/${path}`);
  if (rels === null) return;
  for (const tag of rels.match(/<(?:[\w.-]+:)?Relationship\b[^>]*>/gu) ?? []) {
    const { Target: to, TargetMode: mode } = attributesOf(tag);
    if (to === undefined || mode === "External") continue;
    const target = resolveTarget(path, to);
    if (!(await referencedElsewhere(copy.pack, target))) await removePart(copy, target);
  }
}

/** Whether any relationships part of the package still names a part. */
async function referencedElsewhere(pack: Package, target: string): Promise<boolean> {
  for (const relsPath of pack.names().filter((name) => name.endsWith(".rels"))) {
    const source = relsPath.replace(/_rels\/([^/]*)\.rels$/u, "$1");
    const rels = (await pack.read(relsPath)) ?? "";
    if (relationshipsOf(rels).some((relationship) => resolveTarget(source, relationship.target).toLowerCase() === target.toLowerCase())) return true;
  }
  return false;
}

/**
 * The saved properties in the package's custom properties too, where the add-in in Excel and WPS
 * reads them (`../custom-properties.ts`): the part created, related and typed when the file has none.
 */
async function customPropertiesWritten(copy: Copy, properties: readonly SavedProperty[]): Promise<void> {
  const packageRels = (await copy.pack.read(PACKAGE_RELS)) ?? EMPTY_RELATIONSHIPS;
  const path = customPropertiesPath(packageRels);
  const xml = path === null ? null : await copy.pack.read(path);
  if (path !== null && xml !== null) {
    copy.pack.write(path, withAddinProperties(xml, properties));
    return;
  }
  if (properties.length === 0) return;
  const created = path ?? "docProps/custom.xml";
  copy.pack.write(created, withAddinProperties(null, properties));
  if (path === null) copy.pack.write(PACKAGE_RELS, withRelationship(packageRels, CUSTOM_PROPERTIES_TYPE, created).xml);
  copy.types = withContentType(copy.types, `/${created}`, "application/vnd.openxmlformats-officedocument.custom-properties+xml");
}

/** The property sheet's cells: one property part per row, key in A, text in B. */
function propertiesOn(edits: SheetEdits, properties: readonly SavedProperty[]): void {
  properties.forEach((property, row) => {
    edits.cell(row, 0).value = property.key;
    Object.assign(edits.cell(row, 1), { value: property.value, numFmt: "@" });
  });
}

/** Writes every sheet the run touched, then styles, strings, charts, the workbook and the content types. */
async function writeSheets(copy: Copy): Promise<void> {
  const { pack } = copy;
  const stylesPath = workbookPart(copy, "styles") ?? "xl/styles.xml";
  const stringsPath = workbookPart(copy, "sharedStrings") ?? "xl/sharedStrings.xml";
  const stylesXml = await pack.read(stylesPath);
  const stringsXml = await pack.read(stringsPath);
  const sink: CellSink = { styles: new StylesPart(stylesXml ?? MINIMAL_STYLES), strings: new StringsPart(stringsXml) };
  const charts: SheetChart[] = [];
  for (const sheet of copy.sheets.values()) {
    if (sheet.edits.empty && !sheet.created) continue;
    pack.write(sheet.path, sheet.created ? newSheetXml(sheet.edits, sink) : splicedSheet(await pack.required(sheet.path), sheet.edits, sink));
    for (const spec of sheet.edits.charts) charts.push({ sheet: sheet.name, spec });
    const titles = sheet.edits.page?.print?.titleRows;
    if (titles) copy.workbook.addName("_xlnm.Print_Titles", printTitles(sheet.name, titles), sheet.name);
  }
  if (sink.styles.changed || stylesXml === null) {
    pack.write(stylesPath, sink.styles.render());
    if (stylesXml === null) partAdded(copy, stylesPath, "styles", `${CONTENT}styles+xml`);
  }
  const strings = sink.strings as StringsPart;
  if (strings.changed) {
    pack.write(stringsPath, strings.render());
    if (stringsXml === null) partAdded(copy, stringsPath, "sharedStrings", `${CONTENT}sharedStrings+xml`);
  }
  pack.write(WORKBOOK, copy.workbook.render());
  pack.write(WORKBOOK_RELS, copy.rels);
  pack.write(CONTENT_TYPES, copy.types);
  await drawCharts(pack, charts);
  await distinctNoteDrawings(pack);
}

/**
 * The one repair the copy makes of the user's parts: notes' VML drawings that claim the same
 * `o:idmap` block and shape ids (as exceljs writes notes on two sheets, exceljs issue #3070), which
 * Excel repairs on opening, get blocks of their own (`distinctVmlBlocks`); a file without the fault
 * keeps its drawings byte for byte.
 */
async function distinctNoteDrawings(pack: Package): Promise<void> {
  const drawings = new Map<string, string>();
  for (const path of pack.names().filter((name) => name.toLowerCase().endsWith(".vml"))) drawings.set(path, await pack.required(path));
  for (const [path, xml] of distinctVmlBlocks(drawings)) pack.write(path, xml);
}

/**
 * The path of the workbook's one part of a kind (`styles`, `sharedStrings`) as its relationship names
 * it (its name is whatever the relationship says, ECMA-376 Part 1 §12.3.15, §12.3.20), or null.
 */
function workbookPart(copy: Copy, type: string): string | null {
  const related = relationshipsOf(copy.rels).find((relationship) => relationship.type === `${TYPE}${type}`);
  return related ? resolveTarget(WORKBOOK, related.target) : null;
}

/** A workbook-level part the copy adds: related from the workbook, typed in the package. */
function partAdded(copy: Copy, path: string, type: string, contentType: string): void {
  copy.rels = withRelationship(copy.rels, `${TYPE}${type}`, path.replace(/^xl\//u, "")).xml;
  copy.types = withContentType(copy.types, `/${path}`, contentType);
}

/**
 * The rows a sheet repeats on every printed page, as a defined name's reference.
 * @example printTitles("评价表", { top: 1, bottom: 2 }) //=> "'评价表'!$2:$3"
 */
export function printTitles(sheet: string, rows: { top: number; bottom: number }): string {
  const cell = absoluteReference(sheet, { top: 0, left: 0, bottom: 0, right: 0 });
  return `${cell.slice(0, cell.lastIndexOf("!"))}!${rowsAddress(rows)}`;
}
