/**
 * A minimal OLE compound file (CFB, version 3, 512-byte sectors) holding the streams named, each
 * of the size given and filled with a repeated byte: enough to stand for an encrypted .xlsx
 * (`EncryptionInfo`, `EncryptedPackage`) or a legacy .xls (`Workbook`) in the hostile suite. The
 * layout follows [MS-CFB] 2.2 (header), 2.3 (FAT) and 2.6 (directory): header, one FAT sector,
 * one directory sector (so at most three streams), then each stream's sectors in order.
 */

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

/** One stream: its name and size in bytes (at least 4096, so that it sits in ordinary sectors). */
export interface CfbStream {
  name: string;
  size: number;
}

/** A directory entry of 128 bytes. */
function entry(name: string, type: number, start: number, size: number, links: { right?: number; child?: number }): Buffer {
  const bytes = Buffer.alloc(128);
  bytes.write(name, 0, "utf16le");
  bytes.writeUInt16LE((name.length + 1) * 2, 0x40);
  bytes[0x42] = type;
  bytes[0x43] = 1; // black
  bytes.writeUInt32LE(NO_STREAM, 0x44);
  bytes.writeUInt32LE(links.right ?? NO_STREAM, 0x48);
  bytes.writeUInt32LE(links.child ?? NO_STREAM, 0x4c);
  bytes.writeUInt32LE(start, 0x74);
  bytes.writeUInt32LE(size, 0x78);
  return bytes;
}

/**
 * The bytes of a compound file holding the streams.
 * @example compoundFile([{ name: "Workbook", size: 4096 }]).subarray(0, 4) //=> <Buffer d0 cf 11 e0>
 */
export function compoundFile(streams: readonly CfbStream[]): Buffer {
  if (streams.length > 3) throw new Error("at most three streams fit the one directory sector");
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // the directory in sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i += 1) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  const entries = [entry("Root Entry", 5, END_OF_CHAIN, 0, streams.length > 0 ? { child: 1 } : {})];
  const data: Buffer[] = [];
  let next = 2;
  streams.forEach((stream, i) => {
    const sectors = Math.ceil(stream.size / SECTOR);
    for (let s = 0; s < sectors; s += 1) fat.writeUInt32LE(s === sectors - 1 ? END_OF_CHAIN : next + s + 1, (next + s) * 4);
    entries.push(entry(stream.name, 2, next, stream.size, i + 1 < streams.length ? { right: i + 2 } : {}));
    data.push(Buffer.alloc(sectors * SECTOR, 0x20 + i));
    next += sectors;
  });
  if (next > SECTOR / 4) throw new Error("streams too large for one FAT sector");
  const directory = Buffer.alloc(SECTOR);
  entries.forEach((bytes, i) => bytes.copy(directory, i * 128));
  return Buffer.concat([header, fat, directory, ...data]);
}
