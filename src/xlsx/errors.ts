/**
 * The exceljs door's refusals: an `Error` carrying a {@link Problem} with a Chinese message
 * (`xlsx.sheet_missing`, `excel.sheet_taken` …), as the Office.js door's `ExcelDoorError` does, so
 * the command line prints `problem.message` and never an English stack.
 */
import type { Problem } from "../core/types";

/** A door failure with the problem to show the user. */
export class XlsxDoorError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.message);
    this.name = "XlsxDoorError";
    this.problem = problem;
  }

  /** The stable code of the problem. */
  get code(): string {
    return this.problem.code;
  }
}
