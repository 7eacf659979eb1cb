import { afterEach, describe, expect, it, vi } from "vitest";
import { assessNowWith, COMMAND_DEADLINE_MS, type RibbonContext } from "../../src/commands/assess-now";
import { localeFromQuery, outcomeQuery, type Outcome } from "../../src/commands/outcome";
import { showOutcomeDialog, type DialogUi } from "../../src/commands/dialog";
import { ExcelHost } from "../../src/excel";
import { ribbonZhCN } from "../../src/i18n/ribbon";
import type { WorkbookHost } from "../../src/workbook/host";
import { indicatorSheetSeed } from "../excel/plans";
import { createExcelStandIn } from "../excel/standin";
import { commandEvent } from "../excel/standin/command-event";

afterEach(() => {
  vi.useRealTimers();
});

/** The door over a 10-row table, its sheet list answered only after `delayMs`. */
function slowHost(delayMs: number): WorkbookHost {
  const standIn = createExcelStandIn([indicatorSheetSeed(10)]);
  const host = new ExcelHost({ run: standIn.run, office: standIn.office });
  const listSheets = host.listSheets.bind(host);
  host.listSheets = () => new Promise((resolve) => setTimeout(() => resolve(listSheets()), delayMs));
  return host;
}

/** A ribbon context whose dialog stays open until its patience runs out. */
function context(host: WorkbookHost, seen: { outcome: Outcome; patienceMs: number }[]): RibbonContext {
  return {
    host,
    text: ribbonZhCN,
    locale: "zh-CN",
    blocked: null,
    now: () => new Date("2024-07-15T09:00:00+08:00"),
    clock: () => Date.now(),
    show: (outcome, patienceMs) => {
      seen.push({ outcome, patienceMs });
      return new Promise((resolve) => setTimeout(resolve, patienceMs));
    },
  };
}

describe("the ribbon command's five minutes", () => {
  it("completes the event four and a half minutes after the press when the run took three and the dialog stays open", async () => {
    vi.useFakeTimers();
    const seen: { outcome: Outcome; patienceMs: number }[] = [];
    const press = commandEvent();
    const done = assessNowWith(() => context(slowHost(180_000), seen))(press.event);
    await vi.advanceTimersByTimeAsync(600_000);
    await done;
    expect(seen.map((one) => [one.outcome.kind, one.patienceMs])).toEqual([["success", 90_000]]);
    expect(press.verdict()).toEqual({ state: "completed", afterMs: 270_000 });
    expect(COMMAND_DEADLINE_MS).toBe(270_000);
  });

  it("completes the event at the deadline without a dialog when the run itself outlasts it", async () => {
    vi.useFakeTimers();
    const seen: { outcome: Outcome; patienceMs: number }[] = [];
    const press = commandEvent();
    const done = assessNowWith(() => context(slowHost(360_000), seen))(press.event);
    await vi.advanceTimersByTimeAsync(600_000);
    await done;
    expect(seen).toEqual([]);
    expect(press.verdict()).toEqual({ state: "completed", afterMs: 270_000 });
  });
});

describe("the outcome dialog's language", () => {
  it("travels in the dialog's address, since a dialog page cannot ask Office", () => {
    expect(localeFromQuery(outcomeQuery({ kind: "success", message: "完成" }, "en-US"))).toBe("en-US");
    expect(localeFromQuery(outcomeQuery({ kind: "success", message: "完成" }, "zh-CN"))).toBe("zh-CN");
    expect(localeFromQuery("?outcome=success&message=x")).toBe("zh-CN");
  });

  it("is put in the address the dialog opens, and the dialog gives up after its patience", async () => {
    vi.useFakeTimers();
    const opened: string[] = [];
    const ui: DialogUi = { displayDialogAsync: (url) => void opened.push(url) };
    (globalThis as { Office?: unknown }).Office = { AsyncResultStatus: { Succeeded: "succeeded" }, EventType: {} };
    const shown = showOutcomeDialog({ kind: "error", message: "受保护" }, "https://host/commands.html?x=1", ui, { locale: "en-US", patienceMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    await shown;
    expect(opened).toEqual([`https://host/commands.html?outcome=error&message=${encodeURIComponent("受保护")}&lang=en-US`]);
    delete (globalThis as { Office?: unknown }).Office;
  });
});
