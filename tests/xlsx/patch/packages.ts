/**
 * Small hand-made .xlsx packages for the copy's end-to-end tests: the parts as text, zipped with
 * JSZip, and the uncompressed bytes of each part of a written package to compare.
 */
import JSZip from "jszip";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
export const CT = "application/vnd.openxmlformats-officedocument.";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A package's parts by path, as text. */
export type Parts = Record<string, string | Buffer>;

/** One sheet of a hand-made workbook: its name, its part's body (the worksheet's children). */
export interface SheetSpec {
  name: string;
  body: string;
  /** The sheet part's own relationships (Relationship elements), if any. */
  rels?: string;
}

/** A workbook's parts: the sheets, and optionally styles and shared strings at the given paths. */
export function workbookParts(options: { sheets: readonly SheetSpec[]; styles?: { path: string; xml: string }; strings?: { path: string; xml: string }; names?: string; extra?: Parts; overrides?: string }): Parts {
  const parts: Parts = {};
  const overrides: string[] = [`<Override PartName="/xl/workbook.xml" ContentType="${CT}spreadsheetml.sheet.main+xml"/>`];
  const rels: string[] = [];
  options.sheets.forEach((sheet, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    parts[path] = `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${R}">${sheet.body}</worksheet>`;
    if (sheet.rels) parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = `${DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">${sheet.rels}</Relationships>`;
    overrides.push(`<Override PartName="/${path}" ContentType="${CT}spreadsheetml.worksheet+xml"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  });
  if (options.styles) {
    parts[options.styles.path] = options.styles.xml;
    overrides.push(`<Override PartName="/${options.styles.path}" ContentType="${CT}spreadsheetml.styles+xml"/>`);
    rels.push(`<Relationship Id="rId90" Type="${REL}styles" Target="${options.styles.path.replace(/^xl\//u, "")}"/>`);
  }
  if (options.strings) {
    parts[options.strings.path] = options.strings.xml;
    overrides.push(`<Override PartName="/${options.strings.path}" ContentType="${CT}spreadsheetml.sharedStrings+xml"/>`);
    rels.push(`<Relationship Id="rId91" Type="${REL}sharedStrings" Target="${options.strings.path.replace(/^xl\//u, "")}"/>`);
  }
  const sheets = options.sheets.map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  parts["xl/workbook.xml"] = `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>${options.names ?? ""}<calcPr calcId="191029"/></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] = `${DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">${rels.join("")}</Relationships>`;
  parts["_rels/.rels"] = `${DECLARATION}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL}officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts["[Content_Types].xml"] =
    `${DECLARATION}<Types xmlns="${TYPES}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${overrides.join("")}${options.overrides ?? ""}</Types>`;
  return { ...parts, ...(options.extra ?? {}) };
}

/** The parts zipped as an .xlsx. */
export async function zipped(parts: Parts): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(parts)) zip.file(path, text);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Every part of a package, uncompressed, by path. */
export async function unzipped(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir) parts.set(path, await file.async("nodebuffer"));
  return parts;
}

/** One part of a package as text, or null. */
export async function partText(bytes: Buffer, path: string): Promise<string | null> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  return file ? file.async("string") : null;
}

/** A 1×1 PNG. */
export const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
