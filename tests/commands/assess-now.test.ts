import { describe, expect, it } from "vitest";
import { ExcelHost } from "../../src/excel/host";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { assessNowWith, ribbonOutcome, runFromRibbon, type RibbonContext } from "../../src/commands/assess-now";
import type { Outcome } from "../../src/commands/outcome";
import { defaultChoices } from "../../src/taskpane/choices";
import { createSession } from "../../src/taskpane/session";
import { monitoringSeed } from "../e2e/seed";
import { createExcelStandIn, type ExcelStandIn } from "../excel/standin";

const text = taskpaneZhCN;
const generatedAt = "2024-07-15T09:00:00+08:00";

/** The browser tests' workbook in a stand-in, with the door over it. */
async function workbook(): Promise<{ standIn: ExcelStandIn; host: ExcelHost }> {
  const seed = await monitoringSeed();
  const standIn = createExcelStandIn(seed.sheets);
  standIn.setActive(seed.active);
  return { standIn, host: new ExcelHost({ run: standIn.run, office: standIn.office }) };
}

/** A ribbon context that records the outcomes shown. */
function contextFor(host: ExcelHost, shown: Outcome[], overrides: Partial<RibbonContext> = {}): RibbonContext {
  return {
    host,
    text,
    locale: "zh-CN",
    blocked: null,
    show: async (outcome) => void shown.push(outcome),
    now: () => new Date(generatedAt),
    ...overrides,
  };
}

/** A ribbon event that counts its completions. */
function ribbonEvent(): { completed(): void; count: number } {
  const event = {
    count: 0,
    completed() {
      event.count += 1;
    },
  };
  return event;
}

describe("runFromRibbon", () => {
  it("assesses the active sheet with the detected defaults when nothing was saved", async () => {
    const { standIn, host } = await workbook();
    const run = await runFromRibbon(host, "zh-CN", text, generatedAt);
    expect(run.ok && [run.value.mapping.sheet, run.value.assessment.period?.code]).toEqual(["主要指标", "2023H1"]);
    expect(standIn.sheetNames()).toEqual(expect.arrayContaining(["评估汇总", "评估明细"]));
  });

  it("gives the same assessment as the pane with the choices the pane saved", async () => {
    const { host } = await workbook();
    const session = createSession(host, { locale: "zh-CN", text, select: async () => undefined, selection: async () => null });
    const found = await session.detect("主要指标", [{ column: 6, header: "2021年", role: "other" }]);
    if (!found.ok) throw new Error(found.problem.message);
    const choices = { ...defaultChoices(), sheet: "主要指标", period: "2022", corrections: [{ column: 6, header: "2021年", role: "other" as const }] };
    choices.settings.tolerance = 0.05;
    choices.settings.labels.behind = "滞后";
    await session.saveChoices(choices);
    const pane = await session.assess(found.value, choices, () => undefined);
    const ribbon = await runFromRibbon(host, "zh-CN", text, generatedAt);
    if (!pane.ok || !ribbon.ok) throw new Error("both runs should succeed");
    expect(ribbon.value.assessment.judgements).toEqual(pane.value.assessment.judgements);
    expect(ribbon.value.assessment.summary).toEqual(pane.value.assessment.summary);
    expect(ribbon.value.assessment.settings.labels.behind).toBe("滞后");
    expect(ribbon.value.mapping.periods.map((period) => period.code)).toEqual(["2022H1", "2022", "2023H1"]);
  });

  it("assesses the same table again after a first run wrote its results beside it", async () => {
    const { host } = await workbook();
    const first = await runFromRibbon(host, "zh-CN", text, generatedAt);
    const second = await runFromRibbon(host, "zh-CN", text, generatedAt);
    if (!first.ok || !second.ok) throw new Error("both runs should succeed");
    expect(second.value.assessment.summary).toEqual(first.value.assessment.summary);
  });
});

describe("assessNowWith", () => {
  it("reports the counts under the workbook's labels and completes the event", async () => {
    const { host } = await workbook();
    const shown: Outcome[] = [];
    const event = ribbonEvent();
    await assessNowWith(() => contextFor(host, shown))(event);
    expect(event.count).toBe(1);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.kind).toBe("success");
    expect(shown[0]?.message).toMatch(/^已评估工作表「主要指标」的 34 项指标：.*提前实现目标 \d+ 项/u);
  });

  it("says in Chinese what to do when Excel is editing a cell, and still completes the event", async () => {
    const { standIn, host } = await workbook();
    standIn.setCellEditMode(true);
    const shown: Outcome[] = [];
    const event = ribbonEvent();
    await assessNowWith(() => contextFor(host, shown))(event);
    expect(event.count).toBe(1);
    expect(shown).toEqual([{ kind: "error", message: text.errors.editMode }]);
  });

  it("says the sheet is protected, naming the way to unprotect it", async () => {
    const { standIn, host } = await workbook();
    standIn.protectSheet("主要指标");
    const shown: Outcome[] = [];
    await assessNowWith(() => contextFor(host, shown))(ribbonEvent());
    expect(shown).toEqual([{ kind: "error", message: text.errors.protectedSheet }]);
  });

  it("completes the event when the outcome cannot be shown", async () => {
    const { host } = await workbook();
    const event = ribbonEvent();
    await assessNowWith(() => contextFor(host, [], { show: () => Promise.reject(new Error("dialog refused")) }))(event);
    expect(event.count).toBe(1);
  });

  it("completes the event even when the command cannot be set up", async () => {
    const event = ribbonEvent();
    await assessNowWith(() => {
      throw new Error("Office is not ready");
    })(event);
    expect(event.count).toBe(1);
  });
});

describe("ribbonOutcome and assessNowWith edge cases", () => {
  it("stops before touching the workbook when Excel is too old", async () => {
    const { standIn, host } = await workbook();
    const outcome = await ribbonOutcome(contextFor(host, [], { blocked: text.errors.oldExcel }));
    expect(outcome).toEqual({ kind: "error", message: text.errors.oldExcel });
    expect(standIn.runs).toBe(0);
  });

  it("passes on a run's own problem, such as a workbook without a table", async () => {
    const standIn = createExcelStandIn([{ sheet: "空表", top: 0, left: 0, values: [["说明"]], merges: [] }]);
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    const outcome = await ribbonOutcome(contextFor(host, []));
    expect(outcome.kind).toBe("error");
    expect(outcome.message).toMatch(/\p{Script=Han}/u);
    expect(outcome.message).not.toMatch(/\b[A-Z][a-z]+[A-Z]\w+\b/u);
  });
});
