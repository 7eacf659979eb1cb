/**
 * The shared strings a run appends: only text that must be written with `_xHHHH_` escapes goes
 * there (see `cell-xml.ts`); the user's items keep their indexes, the run's come after them. The
 * part is created (with its relationship and content type) only when the run needs it and the
 * workbook has none.
 */
import { prefixed, rootPrefix, unprefixed } from "../package-parts";
import { sharedItem, type StringTable } from "./cell-xml";

/** The shared-strings part with the run's items appended. */
export class StringsPart implements StringTable {
  private readonly added: string[] = [];
  private readonly known = new Map<string, number>();
  private readonly base: number;
  /**
   * References to the items the run appends: what `count` (references to the table, advisory)
   * grows by. References to the file's own items are not counted — the run's earlier cells that
   * referred to them are gone, so the count stays as the file had it.
   */
  private references = 0;

  constructor(private readonly xml: string | null) {
    this.base = xml === null ? 0 : [...xml.matchAll(/<(?:[\w.-]+:)?si\b/gu)].length;
  }

  /** The file's items by their text as written, read when the run first needs the table. */
  private existing: Map<string, number> | null = null;

  index(text: string): number {
    const known = this.known.get(text);
    if (known !== undefined) {
      if (known >= this.base) this.references += 1;
      return known;
    }
    // An item the table already holds, word for word, is used again (a re-run finds the earlier
    // run's there), so the table does not grow with every run.
    const item = sharedItem(text);
    const held = this.items().get(item);
    const index = held ?? this.base + this.added.length;
    if (held === undefined) {
      this.added.push(item);
      this.references += 1;
    }
    this.known.set(text, index);
    return index;
  }

  /** The file's items, each by its text as the run would write it (its prefix taken off). */
  private items(): Map<string, number> {
    if (this.existing) return this.existing;
    this.existing = new Map();
    const prefix = this.xml === null ? "" : rootPrefix(this.xml, "sst");
    let index = 0;
    for (const match of (this.xml ?? "").matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?si>)/gu)) {
      const item = unprefixed(match[0], prefix);
      if (!this.existing.has(item)) this.existing.set(item, index);
      index += 1;
    }
    return this.existing;
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
    const prefix = rootPrefix(xml, "sst");
    const items = prefixed(this.added.join(""), prefix);
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
