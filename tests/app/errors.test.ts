import { describe, expect, it } from "vitest";
import { taskpaneEnUS, taskpaneZhCN } from "../../src/i18n/taskpane";
import { classifyError, errorText, explainError, type ErrorKind } from "../../src/app/errors";

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

/** What the Office.js door rejects with: an Error carrying a problem, its code prefixed `excel.`. */
function doorError(code: string, message: string, cause?: unknown): Error & { code: string; problem: { code: string; message: string } } {
  return Object.assign(new Error(message, cause === undefined ? undefined : { cause }), { code, problem: { code, message } });
}

describe("explainError", () => {
  it("reads the door's errors by the Excel code they wrap", () => {
    const thrown = doorError("excel.InvalidOperationInCellEditMode", "请先退出单元格编辑状态", officeError("InvalidOperationInCellEditMode"));
    expect(classifyError(thrown)).toBe("editMode");
    expect(classifyError(doorError("excel.too_old", "当前 Excel 版本过旧"))).toBe("oldExcel");
    expect(classifyError(doorError("excel.AccessDenied", "工作表受保护或工作簿为只读"))).toBe("protectedSheet");
  });

  it("passes on the door's own specific messages, but never one naming a raw Excel code", () => {
    const taken = doorError("excel.period_column_taken", "新增填报期所在区域 H3:H39 已有内容。");
    expect(explainError(taken, taskpaneZhCN)).toBe("新增填报期所在区域 H3:H39 已有内容。");
    const raw = doorError("excel.FilteredRangeConflict", "Excel 操作未完成（错误代码 FilteredRangeConflict）");
    expect(explainError(raw, taskpaneZhCN)).toBe(taskpaneZhCN.errors.unknown);
    const unexpected = doorError("excel.unexpected", "操作未完成：Cannot read properties of undefined");
    expect(explainError(unexpected, taskpaneZhCN)).toBe(taskpaneZhCN.errors.unknown);
  });

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
