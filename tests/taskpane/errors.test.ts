import { describe, expect, it } from "vitest";
import { taskpaneEnUS, taskpaneZhCN } from "../../src/i18n/taskpane";
import { classifyError, errorText, explainError, type ErrorKind } from "../../src/taskpane/errors";

/** What Office.js throws: an OfficeExtension.Error carries a code, a message and debug info. */
function officeError(code: string, message = "An internal error has occurred."): Error & { code: string } {
  return Object.assign(new Error(message), { code, debugInfo: { code, message } });
}

describe("classifyError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "editMode"],
    ["AccessDenied", "protectedSheet"],
    ["ApiNotFound", "oldExcel"],
    ["ItemNotFound", "sheetMissing"],
    ["ActivityLimitReached", "busy"],
    ["RequestAborted", "busy"],
    ["ResponsePayloadSizeLimitExceeded", "tooLarge"],
    ["GeneralException", "unknown"],
  ])("reads Excel's %s as %s", (code, kind) => {
    expect(classifyError(officeError(code))).toBe(kind);
  });

  it("recognises a protected sheet and edit mode by their message, whatever the code", () => {
    expect(classifyError(officeError("InvalidOperation", "The cell or chart you're trying to change is on a protected sheet."))).toBe(
      "protectedSheet",
    );
    expect(
      classifyError(officeError("GeneralException", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB.")),
    ).toBe("editMode");
  });

  describe("edge cases", () => {
    it.each([[null], [undefined], ["text"], [42], [{}], [new TypeError("x is undefined")]])("reads %j as unknown", (thrown) => {
      expect(classifyError(thrown)).toBe("unknown");
    });
  });
});

describe("explainError", () => {
  it("speaks Chinese, says what to do, and never shows the raw code or a stack", () => {
    const thrown = officeError("InvalidOperationInCellEditMode");
    const message = explainError(thrown, taskpaneZhCN);
    expect(message).toContain("编辑");
    expect(message).toMatch(/Enter|Esc/);
    expect(message).not.toContain("InvalidOperationInCellEditMode");
    expect(message).not.toContain(" at ");
  });

  it("has a distinct message for every situation, in both languages", () => {
    const kinds: ErrorKind[] = ["oldExcel", "protectedSheet", "editMode", "sheetMissing", "busy", "tooLarge", "unknown"];
    for (const text of [taskpaneZhCN, taskpaneEnUS]) {
      const messages = kinds.map((kind) => errorText(kind, text));
      expect(new Set(messages).size).toBe(kinds.length);
    }
  });

  it("names the protected sheet fix in the Review tab", () => {
    expect(explainError(officeError("AccessDenied"), taskpaneZhCN)).toContain("撤消工作表保护");
  });
});
