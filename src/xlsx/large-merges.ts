/**
 * Merged areas too large for exceljs: reading a file, exceljs creates a cell object for every cell
 * a merged area covers, so one merge over P1:AZ1048576 (38 million cells) runs out of memory
 * before anything is assessed. {@link readWorkbook} therefore sets such merges aside before
 * exceljs reads the package: they are removed from the worksheet parts exceljs is given, kept as
 * ranges with the workbook (the grid lists them, so "is this cell merged" and the collision check
 * use the ranges). The copy is made from the input's own package (`patch/copy.ts`), so the user's
 * merge is in it as it was.
 *
 * Choices:
 * - "Too large" is more than {@link LARGE_MERGE_CELLS} cells; smaller merges (a category merged
 *   down a table, a title across it) are left to exceljs as before.
 * - The worksheet part is searched as bytes from its `</sheetData>` on (CT_Worksheet puts
 *   `<mergeCells>` after the cell data, ECMA-376 Part 1 §18.3.1.99): a 150,000-row sheet is not
 *   decoded to text to find that it has no such merge, and a file without one is read as it is.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseRangeAddress } from "../workbook/address";
import type { CellRange } from "../workbook/types";
import { sheetPartPaths } from "./package-parts";

/** Merged areas over this many cells are set aside before exceljs reads the file. */
export const LARGE_MERGE_CELLS = 100_000;

/** The merges set aside, by sheet name, for the workbook exceljs read without them. */
const SET_ASIDE = new WeakMap<ExcelJS.Workbook, ReadonlyMap<string, readonly CellRange[]>>();

const SHEET_DATA_END = "</sheetData>";
const MERGE_CELL = /<((?:\w+:)?)mergeCell\b[^>]*?\bref\s*=\s*"([^"]*)"[^>]*>(?:<\/(?:\w+:)?mergeCell>)?/gu;

/**
 * Reads a workbook's bytes with exceljs, its merges over {@link LARGE_MERGE_CELLS} cells set aside
 * (see {@link largeMergesOf}); what exceljs throws for a file it cannot read, it throws.
 * @example (await readWorkbook(bytes)).worksheets[0]?.name //=> "指标"
 */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const { readable, merges } = await setAside(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readable as unknown as ArrayBuffer);
  if (merges.size > 0) SET_ASIDE.set(workbook, merges);
  return workbook;
}

/**
 * The merges set aside when the workbook was read, by sheet name (empty when there were none).
 * @example largeMergesOf(workbook).get("指标") //=> [{ top: 0, left: 15, bottom: 1048575, right: 51 }]
 */
export function largeMergesOf(workbook: ExcelJS.Workbook): ReadonlyMap<string, readonly CellRange[]> {
  return SET_ASIDE.get(workbook) ?? new Map();
}

/** The package with its large merges taken out of the worksheet parts, and those merges by sheet. */
async function setAside(bytes: Uint8Array): Promise<{ readable: Uint8Array; merges: Map<string, CellRange[]> }> {
  const merges = new Map<string, CellRange[]>();
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { readable: bytes, merges }; // not a zip: exceljs says so in its own words
  }
  const paths = await sheetPartPaths(async (path) => (await zip.file(path)?.async("string")) ?? "");
  for (const [sheet, path] of paths) {
    const part = zip.file(path);
    if (!part) continue;
    const taken = withoutLargeMerges(await part.async("nodebuffer"));
    if (!taken) continue;
    merges.set(sheet, taken.merges);
    zip.file(path, taken.part);
  }
  if (merges.size === 0) return { readable: bytes, merges };
  return { readable: await zip.generateAsync({ type: "uint8array" }), merges };
}

/** A worksheet part without its merges over {@link LARGE_MERGE_CELLS} cells, and those merges; null when it has none. */
function withoutLargeMerges(part: Buffer): { part: Buffer; merges: CellRange[] } | null {
  const from = part.lastIndexOf(SHEET_DATA_END);
  if (from < 0 || part.indexOf("mergeCell", from) < 0) return null;
  // latin1: one character per byte, so the tail goes back byte for byte, UTF-8 included.
  const tail = part.subarray(from).toString("latin1");
  const merges: CellRange[] = [];
  let kept = 0;
  let edited = tail.replace(MERGE_CELL, (element, _prefix: string, ref: string) => {
    const range = parseRangeAddress(ref);
    if (!range || cellCount(range) <= LARGE_MERGE_CELLS) {
      kept += 1;
      return element;
    }
    merges.push(range);
    return "";
  });
  if (merges.length === 0) return null;
  edited = kept === 0
    ? edited.replace(/<(?:\w+:)?mergeCells\b[^>]*?(?:\/>|>\s*<\/(?:\w+:)?mergeCells>)/u, "")
    : edited.replace(/(<(?:\w+:)?mergeCells\b[^>]*?\bcount\s*=\s*")\d+"/u, (_whole, open: string) => `${open}${kept}"`);
  return { part: Buffer.concat([part.subarray(0, from), Buffer.from(edited, "latin1")]), merges };
}


/** The cells of a range. */
function cellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}
