/**
 * Workbooks whose cost must stay bounded by the cells they hold, built by script: the generated
 * indicator table with one stray cell far away (XFD1048576), a merged area over a million rows,
 * a table that ends a few columns short of the sheet's last column (XFD), a table of any length.
 * The merged area is written into the sheet's XML with JSZip, since exceljs's own `mergeCells`
 * would create every covered cell.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { indicatorSheetSeed, TABLE_HEADER } from "../excel/plans";
import { workbookOf } from "./workbooks";

/** The sheet's last column (XFD), 0-based. */
export const LAST_COLUMN = 16_383;

/** The generated table of `rows` indicators at a sheet position, as .xlsx bytes. */
export async function tableBytes(rows: number, options: { left?: number } = {}): Promise<Buffer> {
  const seed = { ...indicatorSheetSeed(rows), left: options.left ?? 0 };
  const merges = (seed.merges ?? []).map((merge) => ({ ...merge, left: merge.left + seed.left, right: merge.right + seed.left }));
  return Buffer.from(await workbookOf([{ ...seed, merges }]).xlsx.writeBuffer());
}

/** A table whose last column is `gap` columns left of XFD (the status block cannot fit beside it). */
export function edgeTableBytes(rows: number, gap: number): Promise<Buffer> {
  return tableBytes(rows, { left: LAST_COLUMN - gap - (TABLE_HEADER.length - 1) });
}

/** The generated table with one more cell, holding `text`, at an A1 address (`XFD1048576`). */
export async function strayCellBytes(rows: number, address: string, text = "备注"): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await tableBytes(rows)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the generated workbook has no sheet");
  sheet.getCell(address).value = text;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The generated table with a merged area at an A1 range (`P1:AZ1048576`) added to its sheet's XML. */
export async function mergedAreaBytes(rows: number, range: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await tableBytes(rows));
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)?.async("string");
  if (xml === undefined) throw new Error(`no ${path} in the generated workbook`);
  const merge = `<mergeCell ref="${range}"/>`;
  const edited = /<mergeCells\b[^>]*>/u.test(xml)
    ? xml.replace(/<mergeCells\b[^>]*>/u, (open) => `${open.replace(/\scount="\d+"/u, "")}${merge}`)
    : xml.replace("</sheetData>", `</sheetData><mergeCells>${merge}</mergeCells>`);
  zip.file(path, edited);
  return zip.generateAsync({ type: "nodebuffer" });
}
