/**
 * `--report 报告.docx`: the report's indicator section written as a Word document, through a
 * temporary file beside it renamed into place, so an interrupted write never leaves half a
 * document under the name asked for (the discipline of `--out`).
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { Packer } from "docx";
import { wordReport } from "../app/word-report";
import type { Assessment } from "../core/types";
import { workbookText } from "../i18n/workbook";
import { reportDocument } from "../workbook/report-document";

/**
 * Writes the Word report of an assessment to `path`; null, or why it failed.
 * @example await saveReport(outcome.assessment, "/tmp/报告.docx") //=> null
 */
export async function saveReport(assessment: Assessment, path: string): Promise<string | null> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const bytes = await Packer.toBuffer(wordReport(reportDocument(assessment, workbookText().write)));
    await writeFile(temporary, bytes);
    await rename(temporary, path);
    return null;
  } catch (error) {
    await rm(temporary, { force: true });
    return error instanceof Error ? error.message : String(error);
  }
}
