/**
 * 自定义属性 in the package (`docProps/custom.xml`, ECMA-376 Part 1 §22.3): where the add-in in
 * Excel (and WPS) keeps its saved properties. The command line reads them there first — a
 * workbook assessed in Excel and then on the command line keeps its run stamp and block
 * fingerprint, so cells typed into the block are found, not overwritten — and writes them there
 * as well as on its very hidden sheet (`properties.ts`; exceljs and tools built on it drop this
 * part when they save, the sheet survives them). The add-in's properties are those named
 * `PlanAssess.…`; the user's own are kept as their text was.
 */
import type JSZip from "jszip";
import { escapeXml } from "./chart-xml";
import { relationshipsOf, resolveTarget, rootPrefix, startTagAttributes, unescapeXml } from "./package-parts";

/** A saved property part: key and text. */
export interface SavedProperty {
  key: string;
  value: string;
}

/** The format id every custom property carries (ECMA-376 Part 1 §22.3.2.2, as Office writes it). */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
/** The add-in's properties, by the start of their names (compared as Excel compares them, ignoring case). */
const OURS = /^planassess\./iu;

/** Each `<property>` element of the part, with its name. */
function propertyElements(xml: string): { name: string; text: string }[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?property\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?property>)/gu)].map((match) => ({
    name: startTagAttributes(match[0]).name ?? "",
    text: match[0],
  }));
}

/**
 * The add-in's properties saved in a `docProps/custom.xml`, in the part's order.
 * @example addinProperties('<Properties …><property fmtid="{…}" pid="2" name="PlanAssess.run"><vt:lpwstr>{…}</vt:lpwstr></property></Properties>') //=> [{ key: "PlanAssess.run", value: "{…}" }]
 */
export function addinProperties(xml: string): SavedProperty[] {
  return propertyElements(xml)
    .filter((property) => OURS.test(property.name))
    .map((property) => {
      const content = /<(?:[\w.-]+:)?(?:lpwstr|lpstr|bstr)\b[^>]*>([\s\S]*?)<\//u.exec(property.text)?.[1] ?? "";
      return { key: property.name, value: unescapeXml(content) };
    });
}

/**
 * A `docProps/custom.xml` holding the add-in's properties as given, the user's as they were (a new
 * part when `xml` is null); pids stay unique (from 2, as Office numbers them).
 * @example withAddinProperties(null, [{ key: "PlanAssess.run", value: "{}" }]) //=> '<?xml …?><Properties …><property fmtid="{D5CDD505-…}" pid="2" name="PlanAssess.run"><vt:lpwstr>{}</vt:lpwstr></property></Properties>'
 */
export function withAddinProperties(xml: string | null, properties: readonly SavedProperty[]): string {
  const base = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${CUSTOM}" xmlns:vt="${TYPES}"></Properties>`;
  const prefix = rootPrefix(base, "Properties");
  const types = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/docPropsVTypes"/u.exec(base)?.[1];
  const vt = types ?? "vt";
  const kept = propertyElements(base).filter((property) => !OURS.test(property.name));
  let pid = kept.reduce((most, property) => Math.max(most, Number(startTagAttributes(property.text).pid) || 1), 1);
  const declared = types ? "" : ` xmlns:${vt}="${TYPES}"`;
  const ours = properties.map((property) => {
    pid += 1;
    const value = `<${vt}:lpwstr${declared}>${escapeXml(property.value)}</${vt}:lpwstr>`;
    return `<${prefix}property fmtid="${FMTID}" pid="${pid}" name="${escapeXml(property.key)}">${value}</${prefix}property>`;
  });
  const open = new RegExp(`<${prefix}Properties\\b[^>]*?(/?)>`, "u").exec(base);
  if (!open) throw new Error("The custom properties part has no root");
  const head = open[1] === "/" ? base.slice(0, open.index) + open[0].replace(/\s*\/>$/u, ">") : base.slice(0, open.index + open[0].length);
  return `${head}${kept.map((property) => property.text).join("")}${ours.join("")}</${prefix}Properties>`;
}

/** The relationship type of the custom properties part, from the package. */
export const CUSTOM_PROPERTIES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";

/**
 * Where a package keeps its custom properties (as its own relationships name it), or null.
 * @example customPropertiesPath('<Relationships …><Relationship Id="rId4" Type="…/custom-properties" Target="docProps/custom.xml"/></Relationships>') //=> "docProps/custom.xml"
 */
export function customPropertiesPath(packageRels: string): string | null {
  const related = relationshipsOf(packageRels).find((relationship) => relationship.type === CUSTOM_PROPERTIES_TYPE);
  return related ? resolveTarget("", related.target) : null;
}

/**
 * The add-in's properties a package keeps in its custom properties ([] when it has none).
 * @example await propertiesInPackage(zip) //=> [{ key: "PlanAssess.run", value: "{…}" }]
 */
export async function propertiesInPackage(zip: JSZip): Promise<SavedProperty[]> {
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const path = customPropertiesPath(rels);
  const xml = path === null ? undefined : await zip.file(path)?.async("string");
  return xml === undefined ? [] : addinProperties(xml);
}
