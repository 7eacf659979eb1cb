/**
 * A written cell as worksheet XML (`<c>`, CT_Cell, ECMA-376 Part 1 §18.3.1.4). Text is written
 * inline (`t="inlineStr"`), so the user's shared-string table and the indexes their cells hold stay
 * as they are; a carriage return as the character reference `&#13;` (a literal one would be read as
 * a line feed, XML 1.0 §2.11). Text holding what an .xlsx must write as an `_xHHHH_` escape (a
 * control character XML forbids, or a literal `_x0041_`, ST_Xstring §22.9.2.19) goes to the shared
 * strings instead ({@link StringTable}), the only place every reader (exceljs included) decodes it.
 */
import { cellAddress } from "../../workbook/address";
import type { WrittenValue } from "../../workbook/write/operations";
import { escapeXlsxText } from "../escape";

/** Characters XML 1.0 does not allow in a document, and a literal escape sequence. */
// eslint-disable-next-line no-control-regex -- these characters are what is looked for
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|_x[0-9A-F]{4}_/u;
/** What no XML document may hold at all: the two non-characters and unpaired surrogates (dropped). */
const NOT_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Whether text holds anything {@link xmlText} changes (most cells hold none). */
const NEEDS_XML_CARE = /[&<>\r\ufffe\uffff\ud800-\udfff]/u;

/**
 * Text as XML character data: markup characters as entities, carriage returns as references.
 * @example xmlText("a<b\r\n") //=> "a&lt;b&#13;\n"
 */
export function xmlText(text: string): string {
  if (!NEEDS_XML_CARE.test(text)) return text;
  return text.replace(NOT_XML, "").replace(/[&<>\r]/gu, (character) => (character === "\r" ? "&#13;" : character === "&" ? "&amp;" : character === "<" ? "&lt;" : "&gt;"));
}

/** The shared strings a run adds (only text that must be escaped lands here). */
export interface StringTable {
  /** The index of a text in the shared strings, appended when new. */
  index(text: string): number;
}

/**
 * A cell's XML: its address, its style (omitted when 0) and its value.
 * @example cellXml(0, 0, "类别", 3, strings) //=> '<c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve">类别</t></is></c>'
 * @example cellXml(1, 2, 0.5, 4, strings) //=> '<c r="C2" s="4"><v>0.5</v></c>'
 */
export function cellXml(row: number, column: number, value: WrittenValue | undefined, style: number, strings: StringTable): string {
  const head = `<c r="${cellAddress(row, column)}"${style !== 0 ? ` s="${style}"` : ""}`;
  if (value === undefined || value === "") return `${head}/>`;
  if (typeof value === "number") return `${head}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
  if (typeof value === "boolean") return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (NEEDS_ESCAPE.test(value)) return `${head} t="s"><v>${strings.index(value)}</v></c>`;
  return `${head} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

/**
 * A shared string item for text that needs `_xHHHH_` escapes.
 * @example sharedItem("A\u001bB") //=> '<si><t xml:space="preserve">A_x001B_B</t></si>'
 */
export function sharedItem(text: string): string {
  return `<si><t xml:space="preserve">${xmlText(escapeXlsxText(text))}</t></si>`;
}
