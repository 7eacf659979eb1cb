/**
 * `--report 报告.docx`: the report's indicator section as the bytes of a Word document. It is
 * written as `--out` is (`files.ts`: checked against the input by identity, through a temporary
 * file renamed into place).
 */
import { Packer } from "docx";
import { wordReport } from "../app/word-report";
import type { Assessment } from "../core/types";
import { workbookText } from "../i18n/workbook";
import { reportDocument } from "../workbook/report-document";

/**
 * The Word report of an assessment.
 * @example (await reportBytes(outcome.assessment)).subarray(0, 2).toString() //=> "PK"
 */
export async function reportBytes(assessment: Assessment): Promise<Buffer> {
  return Packer.toBuffer(wordReport(reportDocument(assessment, workbookText().write)));
}
