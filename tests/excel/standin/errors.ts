/**
 * The stand-in's errors look like `OfficeExtension.Error`: a `code` from Excel's list, a message,
 * and `debugInfo` naming where it failed, so the door's error mapping meets what Excel throws.
 */

/** The codes the stand-in throws (a subset of `Excel.ErrorCodes` and Office.js's own). */
export type StandInErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "SyncInLoop"
  | "InactiveWorkbook"
  | "ActivityLimitReached"
  | "UnsupportedSheet"
  | "InvalidSelection"
  | "HostCrashed";

/** An `OfficeExtension.Error` look-alike. */
export class StandInError extends Error {
  readonly code: StandInErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: StandInErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** The error of reading a property before `load` and `sync`, worded as Office.js words it. */
export function propertyNotLoaded(objectName: string, property: string): StandInError {
  return new StandInError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`,
  );
}
