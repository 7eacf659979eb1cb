/**
 * Errors in the user's language: a failure thrown by Excel (an `OfficeExtension.Error` with its
 * code) becomes one of a few situations a user can act on — too old an Excel, a protected sheet, a
 * cell being edited, a missing sheet, a busy host, too large a range — each with a specific
 * message saying what to do. Raw codes and stack traces never reach the pane.
 */
import type { TaskpaneText } from "../i18n/taskpane";

/** A situation the user can act on. */
export type ErrorKind = "oldExcel" | "protectedSheet" | "editMode" | "sheetMissing" | "busy" | "tooLarge" | "unknown";

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
};

/** Messages of a protected sheet, whatever code came with them (Excel varies by platform). */
const PROTECTED = /protect|保护/iu;
/** Messages of cell edit mode. */
const EDIT_MODE = /edit(?:ing)? mode|cell-editing|编辑模式|编辑状态/iu;

/** The code and message of a thrown value, when it has them. */
function codeAndMessage(error: unknown): { code: string; message: string } {
  if (typeof error !== "object" || error === null) return { code: "", message: String(error ?? "") };
  const record = error as { code?: unknown; message?: unknown };
  return {
    code: typeof record.code === "string" ? record.code : "",
    message: typeof record.message === "string" ? record.message : "",
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
 * The message the pane shows for a situation.
 * @example errorText("editMode", taskpaneZhCN) //=> "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。"
 */
export function errorText(kind: ErrorKind, text: TaskpaneText): string {
  switch (kind) {
    case "oldExcel":
      return text.errors.oldExcel;
    case "protectedSheet":
      return text.errors.protectedSheet;
    case "editMode":
      return text.errors.editMode;
    case "sheetMissing":
      return text.errors.sheetMissing;
    case "busy":
      return text.errors.busy;
    case "tooLarge":
      return text.errors.tooLarge;
    case "unknown":
      return text.errors.unknown;
    default: {
      const unexpected: never = kind;
      return unexpected;
    }
  }
}

/**
 * The user's message for anything thrown.
 * @example explainError({ code: "AccessDenied", message: "" }, taskpaneZhCN) //=> "工作表受保护，无法写入。…"
 */
export function explainError(error: unknown, text: TaskpaneText): string {
  return errorText(classifyError(error), text);
}
