/**
 * The names of the streams at the top of an OLE compound file (CFB, signature D0 CF 11 E0 A1 B1
 * 1A E1), enough to tell what the file is: an encrypted .xlsx keeps `EncryptionInfo` and
 * `EncryptedPackage` there ([MS-OFFCRYPTO] 2.3.4.1), a legacy .xls its `Workbook` (BIFF8) or
 * `Book` (BIFF5) stream ([MS-XLS] 2.1.2). Only the header, the FAT sectors the header lists and
 * the directory chain are read ([MS-CFB] 2.2, 2.3, 2.6); a damaged file gives what could be read.
 */

/** The signature of a compound file. */
export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** FAT marks: end of a chain, and the first of the special values. */
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;
/** Directory entries are 128 bytes; the name is UTF-16LE in the first 64. */
const ENTRY_SIZE = 128;

/**
 * Whether bytes start with the compound file signature.
 * @example isCompoundFile(Buffer.from("PK\x03\x04")) //=> false
 */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** The FAT: the next sector of each sector, from the header's list of FAT sectors (first 109). */
function readFat(bytes: Buffer, sectorSize: number): (sector: number) => number | undefined {
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i += 1) {
    const sector = bytes.readUInt32LE(0x4c + i * 4);
    if (sector <= MAX_SECTOR) fatSectors.push(sector);
  }
  const perSector = sectorSize / 4;
  return (sector) => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined) return undefined;
    const offset = (fatSector + 1) * sectorSize + (sector % perSector) * 4;
    return offset + 4 <= bytes.length ? bytes.readUInt32LE(offset) : undefined;
  };
}

/**
 * The names in a compound file's directory (streams and storages), in directory order.
 * @example compoundFileNames(encryptedXlsx) //=> ["Root Entry", "EncryptionInfo", "EncryptedPackage", …]
 */
export function compoundFileNames(data: Uint8Array): string[] {
  if (!isCompoundFile(data)) return [];
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const next = readFat(bytes, sectorSize);
  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = bytes.readUInt32LE(0x30); sector <= MAX_SECTOR && !seen.has(sector); sector = next(sector) ?? END_OF_CHAIN) {
    seen.add(sector);
    const start = (sector + 1) * sectorSize;
    for (let offset = start; offset + ENTRY_SIZE <= Math.min(start + sectorSize, bytes.length); offset += ENTRY_SIZE) {
      const length = bytes.readUInt16LE(offset + 0x40);
      const type = bytes[offset + 0x42];
      if (type === 0 || length < 2 || length > 64) continue;
      names.push(bytes.toString("utf16le", offset, offset + length - 2));
    }
  }
  return names;
}
