/**
 * The shared strings a run appends: only text that must be written with `_xHHHH_` escapes goes
 * there (see `cell-xml.ts`); the user's items keep their indexes, the run's come after them. The
 * part is created (with its relationship and content type) only when the run needs it and the
 * workbook has none.
 */
import { sharedItem, type StringTable } from "./cell-xml";

/** The shared-strings part with the run's items appended. */
export class StringsPart implements StringTable {
  private readonly added: string[] = [];
  private readonly known = new Map<string, number>();
  private readonly base: number;
  private references = 0;

  constructor(private readonly xml: string | null) {
    this.base = xml === null ? 0 : [...xml.matchAll(/<(?:[\w.-]+:)?si\b/gu)].length;
  }

  index(text: string): number {
    this.references += 1;
    const known = this.known.get(text);
    if (known !== undefined) return known;
    const index = this.base + this.added.length;
    this.added.push(sharedItem(text));
    this.known.set(text, index);
    return index;
  }

  /** Whether the run added an item. */
  get changed(): boolean {
    return this.added.length > 0;
  }

  /**
   * The part's text with the run's items appended, its counts set.
   * @example new StringsPart(null).render() //=> '<?xml …?><sst … count="0" uniqueCount="0"></sst>'
   */
  render(): string {
    const xml = this.xml ?? EMPTY_STRINGS;
    const prefix = /<([\w.-]+:)?sst\b/u.exec(xml)?.[1] ?? "";
    const items = this.added.map((item) => (prefix ? item.replace(/<(\/?)/gu, `<$1${prefix}`) : item)).join("");
    const unique = this.base + this.added.length;
    const selfClosing = new RegExp(`<${prefix}sst\\b([^>]*?)\\s*/>`, "u");
    // Replaced by functions: the items are the user's text, where `$&` means nothing.
    let out = selfClosing.test(xml)
      ? xml.replace(selfClosing, (_whole, attributes: string) => `<${prefix}sst${attributes}>${items}</${prefix}sst>`)
      : xml.replace(new RegExp(`</${prefix}sst>`, "u"), () => `${items}</${prefix}sst>`);
    out = out.replace(/(<(?:[\w.-]+:)?sst\b[^>]*?\buniqueCount=")\d*(")/u, `$1${unique}$2`);
    out = out.replace(/(<(?:[\w.-]+:)?sst\b[^>]*?\bcount=")(\d*)(")/u, (_whole, before: string, count: string, after: string) => `${before}${Number(count || 0) + this.references}${after}`);
    return out;
  }
}

/** A shared-strings part without items. */
const EMPTY_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';
