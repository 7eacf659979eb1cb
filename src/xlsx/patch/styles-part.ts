/**
 * The copy's cell styles, appended to the user's `xl/styles.xml`: every font, fill, border,
 * number format, cell format (`xf`) and differential format (`dxf`) the file holds stays at its
 * index, unchanged (cells of the user's sheets point at them by index); the run's come after them,
 * each distinct one once. A new font starts from the workbook's default font (font 0: the user's
 * 等线 or 宋体), so the block reads in the table's own type. Sections follow CT_Stylesheet's
 * sequence (ECMA-376 Part 1 §18.8.39) when one has to be created; `count` attributes are set to
 * what the sections hold.
 */
import type { CellStyle } from "../../workbook/types";
import { escapeXml } from "../chart-xml";
import { argb } from "../style";
import { prefixed, rootPrefix, startTagAttributes, topLevelElements, unprefixed } from "../package-parts";

/** CT_Stylesheet's children in the schema's order. */
const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** The section each kind of entry lives in, and the entry's element. */
const SECTIONS = { numFmt: "numFmts", font: "fonts", fill: "fills", border: "borders", styleXf: "cellStyleXfs", xf: "cellXfs", dxf: "dxfs" } as const;
type Entry = keyof typeof SECTIONS;
/** The element of each kind of entry. */
const ELEMENT: Readonly<Record<Entry, string>> = { numFmt: "numFmt", font: "font", fill: "fill", border: "border", styleXf: "xf", xf: "xf", dxf: "dxf" };

/** The cell style format a cell format's `xfId="0"` names, for a file that has none. */
const DEFAULT_STYLE_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
/** The entries a stylesheet starts with, which a file lacking the section is read as having (see `defaultsFirst`). */
const DEFAULTS: Readonly<Record<Entry, readonly string[]>> = {
  numFmt: [],
  font: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fill: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  border: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  styleXf: [],
  xf: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
  dxf: [],
};

/**
 * Excel's built-in number formats the run uses (ECMA-376 Part 1 §18.8.30): these take their id,
 * not a new entry.
 */
const BUILT_IN: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

/** The first id a workbook's own number format may take. */
const FIRST_CUSTOM_FORMAT = 164;

/** The horizontal and vertical alignment words of OOXML (ST_HorizontalAlignment, ST_VerticalAlignment). */
const VERTICAL: Readonly<Record<NonNullable<CellStyle["vertical"]>, string>> = { top: "top", middle: "center" };

/** The user's styles part, with the run's entries appended. */
export class StylesPart {
  private readonly prefix: string;
  private readonly added: Record<Entry, string[]> = { numFmt: [], font: [], fill: [], border: [], styleXf: [], xf: [], dxf: [] };
  private readonly counts: Record<Entry, number>;
  private readonly known = new Map<string, number>();
  /** Cell formats filed, by style object and number format: most cells share their style's object. */
  private readonly byStyle = new Map<CellStyle, Map<string, number>>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId: number;
  private readonly baseFont: string;

  constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml, "styleSheet");
    const counts = {} as Record<Entry, number>;
    for (const entry of Object.keys(SECTIONS) as Entry[]) counts[entry] = this.entries(SECTIONS[entry], ELEMENT[entry]).length;
    this.counts = counts;
    let highest = FIRST_CUSTOM_FORMAT - 1;
    for (const text of this.entries("numFmts", "numFmt")) {
      const { numFmtId, formatCode } = startTagAttributes(text);
      const id = Number(numFmtId);
      if (Number.isInteger(id)) highest = Math.max(highest, id);
      if (formatCode !== undefined && Number.isInteger(id) && !this.formatIds.has(formatCode)) this.formatIds.set(formatCode, id);
    }
    this.nextFormatId = highest + 1;
    // An entry the file already holds, word for word, is used again: a re-run finds the earlier
    // run's styles there, so the part does not grow with every run.
    for (const entry of Object.keys(SECTIONS) as Entry[]) {
      this.entries(SECTIONS[entry], ELEMENT[entry]).forEach((written, index) => {
        const text = unprefixed(written, this.prefix);
        if (!this.known.has(`${entry}|${text}`)) this.known.set(`${entry}|${text}`, index);
      });
    }
    this.baseFont = this.firstFontContent();
  }

  /**
   * The index of the cell format (`xf`) for a number format and a style, appended when new.
   * @example new StylesPart(xml).cellFormat("@", {}) //=> 5 (when the file held five)
   */
  cellFormat(numFmt: string, style: CellStyle): number {
    let byFormat = this.byStyle.get(style);
    if (!byFormat) {
      byFormat = new Map();
      this.byStyle.set(style, byFormat);
    }
    const seen = byFormat.get(numFmt);
    if (seen !== undefined) return seen;
    const index = this.filedFormat(numFmt, style);
    byFormat.set(numFmt, index);
    return index;
  }

  /** The index of the cell format for a number format and a style's content. */
  private filedFormat(numFmt: string, style: CellStyle): number {
    const key = `xf|${numFmt}|${JSON.stringify(style)}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const fontId = style.bold || style.fontColor || style.fontSize ? this.font(style) : 0;
    const fillId = style.fill ? this.entry("fill", `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = style.border ? this.entry("border", THIN_BORDER) : 0;
    const numFmtId = this.numberFormat(numFmt);
    const alignment = alignmentXml(style);
    const applied = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : "",
      fontId !== 0 ? ' applyFont="1"' : "",
      fillId !== 0 ? ' applyFill="1"' : "",
      borderId !== 0 ? ' applyBorder="1"' : "",
      alignment ? ' applyAlignment="1"' : "",
    ].join("");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    const index = this.entry("xf", alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
    this.known.set(key, index);
    return index;
  }

  /**
   * The index of a differential format (`dxf`: what a conditional format applies) of a fill and a font colour.
   * @example new StylesPart(xml).differential("#FCE1CC", "#8F3A00") //=> 0 (in a file without dxfs)
   */
  differential(fill: string, fontColor: string): number {
    return this.entry("dxf", `<dxf><font><color rgb="${argb(fontColor)}"/></font><fill><patternFill><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`);
  }

  /** Whether the run added anything. */
  get changed(): boolean {
    return Object.values(this.added).some((entries) => entries.length > 0);
  }

  /**
   * The part with the run's entries appended to their sections (the user's text as it was when nothing was added).
   * @example new StylesPart(xml).render() === xml //=> true
   */
  render(): string {
    let xml = this.xml;
    for (const entry of Object.keys(SECTIONS) as Entry[]) {
      const added = this.added[entry];
      if (added.length === 0) continue;
      xml = appended(xml, this.prefix, SECTIONS[entry], this.counts[entry] + added.length, prefixed(added.join(""), this.prefix));
    }
    return xml;
  }

  /** A font: the default font's name and family with the style's weight, colour and size. */
  private font(style: CellStyle): number {
    const parts = [style.bold ? "<b/>" : "", style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : "", style.fontSize ? `<sz val="${style.fontSize}"/>` : ""];
    return this.entry("font", `<font>${parts.join("")}${this.baseFont.replace(style.fontSize ? SIZE : /$^/u, "")}</font>`);
  }

  /** A number format's id: built in, the file's own of that code, or a new one. */
  private numberFormat(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId;
    this.nextFormatId += 1;
    this.formatIds.set(code, id);
    this.entry("numFmt", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The index of an entry, appended once per distinct text. */
  private entry(kind: Entry, text: string): number {
    const key = `${kind}|${text}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    this.defaultsFirst(kind);
    const index = this.counts[kind] + this.added[kind].length;
    this.added[kind].push(text);
    this.known.set(key, index);
    return index;
  }

  /**
   * Before the run's first entry of a kind, the entries every stylesheet is read as having at its
   * start, when the file lacks them (fonts, fills, borders and cellXfs are optional): index 0 is
   * what every cell without a style of its own shows, so the run's entry must not land there; and
   * Excel reads fills 0 and 1 as none and gray125 whatever the file says (see ClosedXML's note,
   * https://github.com/ClosedXML/ClosedXML/pull/2769), so a run's fill comes at 2 or later.
   */
  private defaultsFirst(kind: Entry): void {
    const defaults = DEFAULTS[kind];
    const have = this.counts[kind] + this.added[kind].length;
    if (have >= defaults.length) return;
    for (const text of defaults.slice(have)) {
      this.known.set(`${kind}|${text}`, this.counts[kind] + this.added[kind].length);
      this.added[kind].push(text);
    }
    if (kind !== "xf") return;
    // The default cell format names font, fill, border and cell style format 0: they must be there.
    for (const named of ["font", "fill", "border"] as const) this.defaultsFirst(named);
    if (this.counts.styleXf === 0 && this.added.styleXf.length === 0) this.added.styleXf.push(DEFAULT_STYLE_XF);
  }

  /** The texts of a section's entries (each element whole, as the file writes it). */
  private entries(section: string, entry: string): string[] {
    const element = topLevelElements(this.xml).elements.find((found) => found.name === section);
    if (!element || this.xml.slice(element.end - 2, element.end) === "/>") return [];
    const text = this.xml.slice(element.start, element.end);
    return topLevelElements(text).elements.filter((child) => child.name === entry).map((child) => text.slice(child.start, child.end));
  }

  /** The first font's content without its weight, colour and size (each style sets its own). */
  private firstFontContent(): string {
    const [first] = this.entries("fonts", "font");
    const inner = first === undefined || first.endsWith("/>") ? '<sz val="11"/><name val="Calibri"/><family val="2"/>' : first.slice(first.indexOf(">") + 1, first.lastIndexOf("<"));
    return unprefixed(inner, this.prefix).replace(/<(b|i|u|strike|color)\b[^>]*?(\/>|>[\s\S]*?<\/\1>)/gu, "");
  }
}

/** A font's size element. */
const SIZE = /<sz\b[^>]*\/>/u;

/** Thin black borders on every side, as the other doors draw them. */
const THIN_BORDER =
  '<border><left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right>' +
  '<top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/></border>';

/** A style's `<alignment>`, or "" when it sets none. */
function alignmentXml(style: CellStyle): string {
  const attributes = [
    style.horizontal ? ` horizontal="${style.horizontal}"` : "",
    style.vertical ? ` vertical="${VERTICAL[style.vertical]}"` : "",
    style.wrap ? ' wrapText="1"' : "",
  ].join("");
  return attributes ? `<alignment${attributes}/>` : "";
}

/** The stylesheet with entries appended to a section (created in the schema's place when absent), its count set. */
function appended(xml: string, prefix: string, section: string, count: number, entries: string): string {
  const open = new RegExp(`<${prefix}${section}\\b([^>]*?)(/?)>`, "u").exec(xml);
  if (open) {
    const attributes = withCount(open[1] ?? "", count);
    if (open[2] === "/") {
      return `${xml.slice(0, open.index)}<${prefix}${section}${attributes}>${entries}</${prefix}${section}>${xml.slice(open.index + open[0].length)}`;
    }
    const close = xml.indexOf(`</${prefix}${section}>`, open.index);
    return `${xml.slice(0, open.index)}<${prefix}${section}${attributes}>${xml.slice(open.index + open[0].length, close)}${entries}${xml.slice(close)}`;
  }
  const { elements, rootEnd } = topLevelElements(xml);
  const rank = STYLESHEET_ORDER.indexOf(section);
  const at = elements.find((element) => STYLESHEET_ORDER.indexOf(element.name) > rank)?.start ?? rootEnd;
  return `${xml.slice(0, at)}<${prefix}${section} count="${count}">${entries}</${prefix}${section}>${xml.slice(at)}`;
}

/** Start-tag attributes with `count` set. */
function withCount(attributes: string, count: number): string {
  return /\bcount\s*=/u.test(attributes) ? attributes.replace(/\bcount\s*=\s*("[^"]*"|'[^']*')/u, `count="${count}"`) : `${attributes} count="${count}"`;
}

/** A minimal styles part, for a package that has none (valid: the part is optional). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
