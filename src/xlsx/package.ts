/**
 * A saved .xlsx package being edited as text: its parts read once (JSZip), the ones written kept
 * aside, and the package written again when it is saved — with `yazl`, which deflates through
 * Node's own zlib (several times faster than JSZip's JavaScript deflate on a large table's parts),
 * the parts in the input's order and the new ones after them, each part's content the same bytes
 * as read unless it was written.
 */
import JSZip from "jszip";
import { ZipFile } from "yazl";

/**
 * Each entry deflated at level 1 (twice as fast as the default on a large sheet, a few per cent
 * larger), with the zip format's DOS timestamps only, as Excel writes them.
 */
const ENTRY = { compressionLevel: 1, forceDosTimestamp: true } as const;

/** The package being edited: its parts as text, read once and written back at the end. */
export class Package {
  private readonly changed = new Map<string, string>();
  private readonly removed = new Set<string>();

  /** The stored parts by lower-case name: part names compare case-insensitively (ECMA-376 Part 2 §6.2.2.3). */
  private readonly stored = new Map<string, string>();

  constructor(private readonly zip: JSZip) {
    for (const name of Object.keys(zip.files)) if (!zip.files[name]?.dir) this.stored.set(name.toLowerCase(), name);
  }

  /** A path as the package stores it (in the letter case of the stored part, when there is one). */
  private named(path: string): string {
    const edited = this.changed.has(path) ? path : undefined;
    return edited ?? this.stored.get(path.toLowerCase()) ?? [...this.changed.keys()].find((name) => name.toLowerCase() === path.toLowerCase()) ?? path;
  }

  async read(wanted: string): Promise<string | null> {
    const path = this.named(wanted);
    const edited = this.changed.get(path);
    if (edited !== undefined) return edited;
    if (this.removed.has(path)) return null;
    const file = this.zip.file(path);
    return file ? file.async("string") : null;
  }

  async required(path: string): Promise<string> {
    const text = await this.read(path);
    if (text === null) throw new Error(`The workbook has no part ${path}`);
    return text;
  }

  write(wanted: string, text: string): void {
    const path = this.named(wanted);
    this.changed.set(path, text);
    this.removed.delete(path);
  }

  /** Removes a part (nothing happens when it is not there). */
  remove(wanted: string): void {
    const path = this.named(wanted);
    this.changed.delete(path);
    if (this.zip.file(path)) this.removed.add(path);
  }

  /** The first free name `prefix{n}.xml` (n from 1), counting the parts already there. */
  freeName(prefix: string): string {
    // Part names compare case-insensitively (ECMA-376 Part 2 §6.2.2.3).
    // A removed part's name is free again: a re-run's sheets take the names the earlier run's had.
    const stored = Object.keys(this.zip.files).filter((path) => !this.removed.has(path));
    const taken = new Set([...stored, ...this.changed.keys()].map((path) => path.toLowerCase()));
    let n = 1;
    while (taken.has(`${prefix}${n}.xml`.toLowerCase())) n += 1;
    return `${prefix}${n}.xml`;
  }

  /** The package's part names, with the parts added since it was read. */
  names(): string[] {
    const stored = Object.keys(this.zip.files).filter((path) => !this.zip.files[path]?.dir && !this.removed.has(path));
    return [...new Set([...stored, ...this.changed.keys()])];
  }

  /** Whether any part was written since the package was read. */
  get edited(): boolean {
    return this.changed.size > 0 || this.removed.size > 0;
  }

  async save(): Promise<Buffer> {
    const out = new ZipFile();
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      out.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
      out.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
      out.outputStream.on("error", reject);
    });
    const stored = Object.values(this.zip.files).filter((file) => !file.dir && !this.removed.has(file.name));
    for (const file of stored) {
      const text = this.changed.get(file.name);
      const bytes = text === undefined ? await file.async("nodebuffer") : Buffer.from(text, "utf8");
      out.addBuffer(bytes, file.name, { ...ENTRY, mtime: file.date });
    }
    const now = new Date();
    for (const [path, text] of this.changed) {
      if (!this.zip.files[path]) out.addBuffer(Buffer.from(text, "utf8"), path, { ...ENTRY, mtime: now });
    }
    out.end();
    return done;
  }
}


/**
 * The saved workbook's bytes opened as a package, edited by `edit`, and saved — the same bytes
 * when `edit` wrote nothing.
 */
export async function editedPackage(buffer: Buffer, edit: (pack: Package) => Promise<void>): Promise<Buffer> {
  const pack = new Package(await JSZip.loadAsync(buffer));
  await edit(pack);
  return pack.edited ? pack.save() : buffer;
}
