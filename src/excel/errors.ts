/**
 * Excel's refusals as problems a user can act on: `OfficeExtension.Error` codes
 * (`InvalidOperationInCellEditMode`, `AccessDenied`, `ItemNotFound`, `GeneralException` …) mapped to
 * the Chinese messages of `src/i18n/excel.ts`.
 *
 * The `WorkbookHost` methods return promises, so the door rejects them with an
 * {@link ExcelDoorError}: an `Error` that carries a {@link Problem} (`excel.<Code>`). Callers show
 * `problem.message`; they never parse Excel's English text.
 */
import type { Problem } from "../core/types";
import { excelZhCN, type ExcelText } from "../i18n/excel";

/** A door failure with the problem to show the user. */
export class ExcelDoorError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem, cause?: unknown) {
    super(problem.message, cause === undefined ? undefined : { cause });
    this.name = "ExcelDoorError";
    this.problem = problem;
  }

  /** The stable code, `excel.ItemNotFound`, `excel.too_old` … */
  get code(): string {
    return this.problem.code;
  }
}

/** The fields of an `OfficeExtension.Error` the mapping reads (duck-typed: no Office global needed). */
interface OfficeErrorLike {
  code: string;
  message?: string;
}

/**
 * Whether a thrown value looks like an `OfficeExtension.Error` (a string `code`).
 * @example isOfficeError({ code: "ItemNotFound", message: "…" }) //=> true
 */
export function isOfficeError(error: unknown): error is OfficeErrorLike {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

/**
 * The problem to show for anything the door caught: an Office error by its code, a door error as
 * it is, anything else as an unexpected failure.
 * @example describeExcelError({ code: "InvalidOperationInCellEditMode", message: "" }).message
 * //=> "请先退出单元格编辑状态（按 Enter 或 Esc 键），再重新操作。"
 */
export function describeExcelError(error: unknown, text: ExcelText = excelZhCN): Problem {
  if (error instanceof ExcelDoorError) return error.problem;
  if (isOfficeError(error)) {
    const known = text.errors[error.code];
    return { code: `excel.${error.code}`, message: known ?? text.unknown(error.code, error.message ?? "") };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: "excel.unexpected", message: text.unexpected(message) };
}

/**
 * Rejects with an {@link ExcelDoorError} whatever a door operation throws.
 * @example await guarded(() => Promise.reject({ code: "AccessDenied" })) //=> throws ExcelDoorError { code: "excel.AccessDenied" }
 */
export async function guarded<T>(operation: () => Promise<T>, text: ExcelText = excelZhCN): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof ExcelDoorError) throw error;
    throw new ExcelDoorError(describeExcelError(error, text), error);
  }
}
