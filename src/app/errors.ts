/**
 * Errors in the user's language: a failure thrown by Excel (an `OfficeExtension.Error` with its
 * code) becomes one of a few situations a user can act on — too old an Excel, a protected sheet, a
 * cell being edited, a missing sheet, a busy host, too large a range — each with a specific
 * message saying what to do. Raw codes and stack traces never reach the user, in the pane or
 * in the ribbon's dialog (each passes its own texts: `src/i18n/taskpane.ts`, `src/i18n/ribbon.ts`).
 */

/** A situation the user can act on. */
export type ErrorKind = "oldExcel" | "protectedSheet" | "editMode" | "sheetMissing" | "busy" | "tooLarge" | "unknown";

/** The texts of the situations, as the pane's and the ribbon's tables hold them under `errors`. */
export interface ErrorTexts {
  errors: Readonly<Record<ErrorKind, string>>;
}

/** Excel's error codes (`Excel.ErrorCodes`, `OfficeExtension.ErrorCodes`) by situation. */
const CODE_KINDS: Readonly<Record<string, ErrorKind>> = {
  InvalidOperationInCellEditMode: "editMode",
  AccessDenied: "protectedSheet",
  ApiNotFound: "oldExcel",
  NotImplemented: "oldExcel",
  UnsupportedFeature: "oldExcel",
  ItemNotFound: "sheetMissing",
  InvalidReference: "sheetMissing",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
  Conflict: "busy",
  ServiceNotAvailable: "busy",
  InactiveWorkbook: "busy",
  RangeExceedsLimit: "tooLarge",
  OperationCellsExceedLimit: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  // The Office.js door's own codes (`ExcelDoorError`, `excel.*` with the prefix removed).
  too_old: "oldExcel",
  not_in_excel: "oldExcel",
  used_range_too_large: "tooLarge",
};

/** Messages of a protected sheet, whatever code came with them (Excel varies by platform). */
const PROTECTED = /protect|保护/iu;
/** Messages of cell edit mode. */
const EDIT_MODE = /edit(?:ing)? mode|cell-editing|编辑模式|编辑状态/iu;

/** The code and message of a thrown value, when it has them. */
function codeAndMessage(error: unknown): { code: string; message: string } {
  if (typeof error !== "object" || error === null) return { code: "", message: String(error ?? "") };
  const record = error as { code?: unknown; message?: unknown; cause?: unknown };
  const code = typeof record.code === "string" ? record.code.replace(/^excel\./u, "") : "";
  const cause = record.cause === undefined ? null : codeAndMessage(record.cause);
  return {
    code: cause?.code || code,
    message: [typeof record.message === "string" ? record.message : "", cause?.message ?? ""].join(" "),
  };
}

/**
 * Names the situation behind a thrown error, by its Excel code and then by its message.
 * @example classifyError({ code: "InvalidOperationInCellEditMode", message: "…" }) //=> "editMode"
 */
export function classifyError(error: unknown): ErrorKind {
  const { code, message } = codeAndMessage(error);
  if (EDIT_MODE.test(message)) return "editMode";
  if (PROTECTED.test(message)) return "protectedSheet";
  return CODE_KINDS[code] ?? "unknown";
}

/**
 * The message shown for a situation.
 * @example errorText("editMode", taskpaneZhCN) //=> "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。"
 */
export function errorText(kind: ErrorKind, text: ErrorTexts): string {
  return text.errors[kind];
}

/** The door's own problem, when a thrown value carries one (`ExcelDoorError.problem`). */
function doorProblem(error: unknown): { code: string; message: string } | null {
  if (typeof error !== "object" || error === null) return null;
  const problem = (error as { problem?: unknown }).problem;
  if (typeof problem !== "object" || problem === null) return null;
  const { code, message } = problem as { code?: unknown; message?: unknown };
  return typeof code === "string" && typeof message === "string" ? { code, message } : null;
}

/**
 * The user's message for anything thrown: a known situation in the pane's words; otherwise the
 * door's own specific message (a sheet name already taken, a period column not empty …) when it
 * names no raw Excel code; otherwise a general message.
 * @example explainError({ code: "AccessDenied", message: "" }, taskpaneZhCN) //=> "工作表受保护，无法写入。…"
 */
export function explainError(error: unknown, text: ErrorTexts): string {
  const kind = classifyError(error);
  if (kind !== "unknown") return errorText(kind, text);
  const problem = doorProblem(error);
  const rawCode = problem?.code.replace(/^excel\./u, "") ?? "";
  const specific = problem !== null && /^[a-z_]+$/u.test(rawCode) && rawCode !== "unexpected";
  return specific ? problem.message : errorText(kind, text);
}
