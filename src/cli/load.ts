/**
 * Reading the input workbook, and telling apart why one cannot be read, each with its own Chinese
 * message and what to do: not a regular file or too large (see `files.ts`), empty, an encrypted
 * workbook (a compound file holding `EncryptionInfo`), a legacy .xls (a compound file holding
 * `Workbook`), another compound file, not a zip at all (.csv, text), a damaged zip, a zip that is
 * not a workbook (.docx, .ods), a sheet name over Excel's 31 characters (exceljs cannot read it),
 * and a workbook exceljs cannot parse. The technical cause is kept (after 技术信息：) only for
 * the damaged cases, where it helps whoever repairs the file.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Result } from "../core/types";
import { inputErrors } from "../i18n/cli";
import { compoundFileNames, isCompoundFile } from "./cfb";
import { propertiesInPackage, type SavedProperty } from "../xlsx/custom-properties";
import { loadedWorkbook } from "../xlsx/readable";
import { readInput, type FileProblem } from "./files";

/** Excel's longest sheet name. */
const SHEET_NAME_LIMIT = 31;

/** What a compound file is, by the streams at its top. */
function compoundFileProblem(bytes: Buffer, shown: string): FileProblem {
  const names = new Set(compoundFileNames(bytes));
  if (names.has("EncryptionInfo") || names.has("EncryptedPackage")) return { code: "input.encrypted", message: inputErrors.encrypted(shown) };
  if (names.has("Workbook") || names.has("Book")) return { code: "input.legacy_xls", message: inputErrors.legacyXls(shown) };
  return { code: "input.other_office", message: inputErrors.otherOffice(shown) };
}

/** Whether bytes start as a zip archive does (a local file header, or an empty archive's end). */
function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** The text of an error, as the technical cause. */
function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The five XML entities, decoded. */
function decodeXml(text: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/giu, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * The file opened as a package, when its workbook part says it may be read; else why not (not a
 * workbook, a sheet name too long). The package is kept for what is read from it besides exceljs.
 */
async function openedPackage(bytes: Buffer, shown: string): Promise<Result<JSZip, FileProblem>> {
  const refuse = (problem: FileProblem): Result<JSZip, FileProblem> => ({ ok: false, problem });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return refuse({ code: "input.damaged_zip", message: inputErrors.damagedZip(shown, detailOf(error)) });
  }
  const part = zip.file("xl/workbook.xml");
  if (!part) return refuse({ code: "input.not_workbook", message: inputErrors.notWorkbook(shown) });
  let xml: string;
  try {
    xml = await part.async("string");
  } catch (error) {
    return refuse({ code: "input.damaged_zip", message: inputErrors.damagedZip(shown, detailOf(error)) });
  }
  for (const match of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/gu)) {
    const name = decodeXml(match[1] ?? "");
    if (name.length > SHEET_NAME_LIMIT) return refuse({ code: "input.sheet_name_too_long", message: inputErrors.longSheetName(shown, name, name.length) });
  }
  return { ok: true, value: zip };
}

/** A workbook read from a file, with the file's bytes (the copy is made from them). */
export interface LoadedFile {
  workbook: ExcelJS.Workbook;
  bytes: Buffer;
  /** The add-in's properties the file keeps in its custom properties (as Excel and WPS save them), when it does. */
  saved?: SavedProperty[];
}

/**
 * The workbook in a file, or the problem of why it is not read.
 * @example await loadWorkbook("表.xlsx", "表.xlsx") //=> { ok: true, value: { workbook: <ExcelJS.Workbook>, bytes } }
 * @example await loadWorkbook("加密.xlsx", "加密.xlsx") //=> { ok: false, problem: { code: "input.encrypted", … } }
 */
export async function loadWorkbook(path: string, shown: string): Promise<Result<LoadedFile, FileProblem>> {
  const read = await readInput(path, shown);
  if (!read.ok) return read;
  const bytes = read.value;
  if (bytes.length === 0) return { ok: false, problem: { code: "input.empty", message: inputErrors.empty(shown) } };
  if (isCompoundFile(bytes)) return { ok: false, problem: compoundFileProblem(bytes, shown) };
  if (!isZip(bytes)) return { ok: false, problem: { code: "input.not_zip", message: inputErrors.notZip(shown) } };
  const opened = await openedPackage(bytes, shown);
  if (!opened.ok) return opened;
  try {
    const workbook = await loadedWorkbook(bytes);
    const custom = await propertiesInPackage(opened.value);
    return { ok: true, value: { workbook, bytes, ...(custom.length > 0 ? { saved: custom } : {}) } };
  } catch (error) {
    return { ok: false, problem: { code: "input.damaged_workbook", message: inputErrors.damagedWorkbook(shown, detailOf(error)) } };
  }
}
