/**
 * `xl/workbook.xml` as the copy edits it: the list of sheets (the user's entries kept as their text
 * was, the add-in's added at the end or removed), the defined names (the user's kept as their text
 * was — only a sheet-local name's `localSheetId` follows its sheet when a sheet before it goes), and
 * the active tab, which stays on the sheet the user had open. Everything else in the part stays as
 * it was. CT_Workbook's sequence (ECMA-376 Part 1 §18.2.27) places a `definedNames` the part lacks.
 */
import { escapeXml } from "../chart-xml";
import { attributesOf, rootPrefix, startTagAttributes, topLevelElements } from "../package-parts";

/** CT_Workbook's children after `definedNames`, in order: a new `definedNames` goes before the first present. */
const AFTER_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One `<sheet>` entry. */
interface SheetEntry {
  name: string;
  relationshipId: string;
  sheetId: number;
  /** The entry's text: the user's as written, changed only where the copy must. */
  text: string;
}

/** One `<definedName>`: its name, the sheet it is local to (by entry), and its text. */
interface NameEntry {
  name: string;
  local: SheetEntry | null;
  text: string;
  localSheetId: number | null;
}

/** The workbook part being edited. */
export class WorkbookPart {
  private readonly prefix: string;
  private readonly sheets: SheetEntry[];
  private readonly names: NameEntry[];
  private readonly active: SheetEntry | undefined;
  private readonly activeTab: number;

  constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml, "workbook");
    this.sheets = [...this.childrenOf("sheets")].map((text) => {
      const attributes = attributesOf(text);
      const id = Object.entries(attributes).find(([name]) => name.endsWith(":id"))?.[1] ?? "";
      return { name: attributes.name ?? "", relationshipId: id, sheetId: Number(attributes.sheetId) || 0, text };
    });
    this.names = [...(this.childrenOf("definedNames"))].map((text) => {
      const attributes = startTagAttributes(text);
      const localSheetId = attributes.localSheetId === undefined ? null : Number(attributes.localSheetId);
      return { name: attributes.name ?? "", local: localSheetId === null ? null : (this.sheets[localSheetId] ?? null), text, localSheetId };
    });
    const view = /<(?:[\w.-]+:)?workbookView\b[^>]*>/u.exec(xml)?.[0];
    this.activeTab = Number(attributesOf(view ?? "").activeTab ?? 0) || 0;
    this.active = this.sheets[this.activeTab];
  }

  /**
   * The sheet names in tab order.
   * @example new WorkbookPart(xml).sheetNames() //=> ["表2", "评估汇总"]
   */
  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** The relationship id of a sheet's entry (case-insensitive, as Excel compares names), or null. */
  relationshipOf(name: string): string | null {
    return this.sheetNamed(name)?.relationshipId ?? null;
  }

  /**
   * Adds a sheet at the end, with a sheet id none has.
   * @example part.addSheet("评估汇总", "rId9") // <sheet name="评估汇总" sheetId="5" r:id="rId9"/>
   */
  addSheet(name: string, relationshipId: string, state?: "veryHidden"): void {
    const sheetId = this.sheets.reduce((most, sheet) => Math.max(most, sheet.sheetId), 0) + 1;
    const hidden = state ? ` state="${state}"` : "";
    const text = `<${this.prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden} xmlns:r="${RELATIONSHIPS}" r:id="${relationshipId}"/>`;
    this.sheets.push({ name, relationshipId, sheetId, text });
  }

  /**
   * Makes a sheet very hidden (the property sheet: a program that saved the file may have made it
   * only hidden, LibreOffice does); its entry stays as it was when it already is.
   * @example part.veryHidden("PlanAssess_Properties") // <sheet … state="veryHidden" …/>
   */
  veryHidden(name: string): void {
    const sheet = this.sheetNamed(name);
    if (!sheet || /\bstate\s*=\s*["']veryHidden["']/u.test(sheet.text)) return;
    const without = sheet.text.replace(/\s+state\s*=\s*("[^"]*"|'[^']*')/u, "");
    sheet.text = without.replace(/^<([\w.:-]+)/u, '<$1 state="veryHidden"');
  }

  /** Removes a sheet's entry and the names local to it; returns its relationship id. */
  removeSheet(name: string): string | null {
    const sheet = this.sheetNamed(name);
    if (!sheet) return null;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const kept = this.names.filter((named) => named.local !== sheet);
    this.names.splice(0, this.names.length, ...kept);
    return sheet.relationshipId;
  }

  /** Removes a workbook-level name (names local to a sheet are the sheet's). */
  removeName(name: string): void {
    const lower = name.toLowerCase();
    const kept = this.names.filter((named) => named.local !== null || named.name.toLowerCase() !== lower);
    this.names.splice(0, this.names.length, ...kept);
  }

  /**
   * Adds a defined name; with `localTo`, local to that sheet (the print titles of a generated sheet).
   * @example part.addName("PlanAssess_Block", "'表2'!$N$3:$R$40")
   */
  addName(name: string, reference: string, localTo?: string): void {
    const local = localTo === undefined ? null : (this.sheetNamed(localTo) ?? null);
    const text = `<${this.prefix}definedName name="${escapeXml(name)}">${escapeXml(reference)}</${this.prefix}definedName>`;
    this.names.push({ name, local, text, localSheetId: null });
  }

  /**
   * The part's text: its own when nothing changed.
   * @example new WorkbookPart(xml).render() === xml //=> true
   */
  render(): string {
    let xml = withSection(this.xml, this.prefix, "sheets", this.sheets.map((sheet) => sheet.text));
    xml = withSection(xml, this.prefix, "definedNames", this.nameTexts(), AFTER_NAMES);
    const tab = this.tabNow();
    if (tab !== this.activeTab) {
      xml = xml.replace(/(<(?:[\w.-]+:)?workbookView\b[^>]*?)\s+activeTab\s*=\s*"[^"]*"/u, "$1").replace(/<((?:[\w.-]+:)?workbookView)\b/u, `<$1 activeTab="${tab}"`);
    }
    return xml;
  }

  /**
   * The active tab now: the sheet the user had open, where it is now; when that sheet went (it was
   * the add-in's), the first visible sheet — never a tab past the last sheet.
   */
  private tabNow(): number {
    const at = this.active ? this.sheets.indexOf(this.active) : -1;
    if (at >= 0) return at;
    if (this.activeTab < this.sheets.length && !this.active) return this.activeTab;
    const visible = this.sheets.findIndex((sheet) => !/\bstate\s*=\s*["'](?:hidden|veryHidden)["']/u.test(sheet.text));
    return Math.max(visible, 0);
  }

  /** The names' texts, each sheet-local one's localSheetId from its sheet's place now. */
  private nameTexts(): string[] {
    return this.names.map((named) => {
      if (named.local === null) return named.text;
      const index = this.sheets.indexOf(named.local);
      if (index === named.localSheetId) return named.text;
      if (named.localSheetId === null) return named.text.replace(/^<([\w.:-]+)/u, `<$1 localSheetId="${index}"`);
      return named.text.replace(/\blocalSheetId\s*=\s*"[^"]*"/u, `localSheetId="${index}"`);
    });
  }

  /** The entries of a section (`sheets`, `definedNames`) as their texts. */
  private childrenOf(section: string): string[] {
    return sectionChildren(this.xml, section);
  }

  /** A sheet's entry by name, compared as Excel compares names. */
  private sheetNamed(name: string): SheetEntry | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }
}

/** The entries of a section of the workbook part (`sheets`, `definedNames`) as their texts. */
function sectionChildren(xml: string, section: string): string[] {
  const element = topLevelElements(xml).elements.find((found) => found.name === section);
  if (!element) return [];
  const text = xml.slice(element.start, element.end);
  const child = section === "sheets" ? "sheet" : "definedName";
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${child}>)`, "gu");
  return [...text.matchAll(pattern)].map((match) => match[0]);
}

/**
 * The part with a section's entries set: its own text when they are the ones it holds; the
 * section removed when empty, created before the first of `after` present when absent.
 */
function withSection(xml: string, prefix: string, section: string, entries: readonly string[], after: readonly string[] = []): string {
  if (entries.join("") === sectionChildren(xml, section).join("")) return xml;
  const { elements, rootEnd } = topLevelElements(xml);
  const element = elements.find((found) => found.name === section);
  const content = entries.length === 0 ? "" : `<${prefix}${section}>${entries.join("")}</${prefix}${section}>`;
  if (element) return xml.slice(0, element.start) + content + xml.slice(element.end);
  const at = elements.find((found) => after.includes(found.name))?.start ?? rootEnd;
  return xml.slice(0, at) + content + xml.slice(at);
}
