import { describe, expect, it } from "vitest";
import { ExcelHost } from "../../src/excel/host";
import { ribbonZhCN } from "../../src/i18n/ribbon";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { assessNowWith, likelySheet, ribbonOutcome, runFromRibbon, type RibbonContext } from "../../src/commands/assess-now";
import type { Outcome } from "../../src/commands/outcome";
import { defaultChoices, PANE_PROPERTY, serialiseChoices, type PaneChoices } from "../../src/app/choices";
import { createSession } from "../../src/app/session";
import type { WorkbookHost } from "../../src/workbook/host";
import { PLAN_PROPERTIES } from "../../src/workbook/plan";
import { monitoringSeed } from "../e2e/seed";
import { indicatorSheetSeed } from "../excel/plans";
import { createExcelStandIn, type ExcelStandIn } from "../excel/standin";

const text = ribbonZhCN;
const generatedAt = "2024-07-15T09:00:00+08:00";

/** The browser tests' workbook in a stand-in, with the door over it. */
async function workbook(): Promise<{ standIn: ExcelStandIn; host: ExcelHost }> {
  const seed = await monitoringSeed();
  const standIn = createExcelStandIn(seed.sheets);
  standIn.setActive(seed.active);
  return { standIn, host: new ExcelHost({ run: standIn.run, office: standIn.office }) };
}

/** Generated tables (`rows` indicators each) on the named sheets, the first in view, with the door over them. */
function generated(sheets: Record<string, number>): { standIn: ExcelStandIn; host: ExcelHost } {
  const standIn = createExcelStandIn(Object.entries(sheets).map(([name, rows]) => indicatorSheetSeed(rows, name)));
  return { standIn, host: new ExcelHost({ run: standIn.run, office: standIn.office }) };
}

/** Saves the pane's choices as the pane does, without its settings. */
function saveChoices(host: WorkbookHost, choices: Partial<PaneChoices>): Promise<void> {
  return host.writeProperty(PANE_PROPERTY, serialiseChoices({ ...defaultChoices(), ...choices }));
}

/** A ribbon run on a stand-in, counted from a clean slate; fails the test when the run fails. */
async function countedRun(standIn: ExcelStandIn, host: ExcelHost) {
  standIn.resetCounters();
  const run = await runFromRibbon(host, { locale: "zh-CN", generatedAt });
  if (!run.ok) throw new Error(run.problem.message);
  return { run: run.value, syncs: standIn.syncCount, runs: standIn.runs, loops: standIn.loopSyncs };
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
    const run = await runFromRibbon(host, { locale: "zh-CN", generatedAt });
    expect(run.ok && [run.value.mapping.sheet, run.value.assessment.period?.code]).toEqual(["主要指标", "2023H1"]);
    expect(standIn.sheetNames()).toEqual(expect.arrayContaining(["评估汇总", "评估明细"]));
  });

  it("gives the same assessment as the pane with the choices the pane saved", async () => {
    const { host } = await workbook();
    const session = createSession(host, { locale: "zh-CN", text: taskpaneZhCN, select: async () => undefined, selection: async () => null });
    const found = await session.detect("主要指标", [{ column: 6, header: "2021年", role: "other" }]);
    if (!found.ok) throw new Error(found.problem.message);
    const choices = { ...defaultChoices(), sheet: "主要指标", period: "2022", corrections: [{ column: 6, header: "2021年", role: "other" as const }] };
    choices.settings.tolerance = 0.05;
    choices.settings.labels.behind = "滞后";
    await session.saveChoices(choices);
    const pane = await session.assess(found.value, choices, () => undefined);
    const ribbon = await runFromRibbon(host, { locale: "zh-CN", generatedAt });
    if (!pane.ok || !ribbon.ok) throw new Error("both runs should succeed");
    expect(ribbon.value.assessment.judgements).toEqual(pane.value.assessment.judgements);
    expect(ribbon.value.assessment.summary).toEqual(pane.value.assessment.summary);
    expect(ribbon.value.assessment.settings.labels.behind).toBe("滞后");
    expect(ribbon.value.mapping.periods.map((period) => period.code)).toEqual(["2022H1", "2022", "2023H1"]);
  });

  it("assesses the same table again after a first run wrote its results beside it", async () => {
    const { host } = await workbook();
    const first = await runFromRibbon(host, { locale: "zh-CN", generatedAt });
    const second = await runFromRibbon(host, { locale: "zh-CN", generatedAt });
    if (!first.ok || !second.ok) throw new Error("both runs should succeed");
    expect(second.value.assessment.summary).toEqual(first.value.assessment.summary);
  });
});

describe("runFromRibbon through the Office.js door", () => {
  it.each([
    [100, [1, 2, 3]],
    [10_000, [1, 2, 2, 3, 3, 3]],
  ])("takes the sheet list, one grid read and one write on a %i-row table (the write cut in requests only over 4 MB: with 评价表 and 评估记录): syncs of runs %j", async (rows, runs) => {
    const { standIn, host } = generated({ 指标: rows });
    const counted = await countedRun(standIn, host);
    expect(counted.run.assessment.judgements).toHaveLength(rows);
    expect(standIn.syncs.map((sync) => sync.run)).toEqual(runs);
    expect(counted.loops).toBe(0);
  });

  it.each([
    [100, 3],
    [10_000, 5],
  ])("takes the same syncs on a %i-row table with the pane's saved sheet, period, settings and corrections: %i", async (rows, syncs) => {
    const { standIn, host } = generated({ 指标: rows });
    await host.writeProperty(PLAN_PROPERTIES.settings, JSON.stringify({ tolerance: 0.05 }));
    await saveChoices(host, { sheet: "指标", period: "2022", corrections: [{ column: 8, header: "2022年上半年", role: "other" }] });
    const counted = await countedRun(standIn, host);
    expect(counted.syncs).toBe(syncs);
    expect(counted.run.mapping.sheet).toBe("指标");
    expect(counted.run.mapping.periods.map((period) => period.code)).toEqual(["2021", "2022", "2023H1"]);
    expect(counted.run.assessment.period?.code).toBe("2022");
    expect(counted.run.assessment.settings.tolerance).toBe(0.05);
  });

  it("reads the user's table first when the add-in's summary is in view: three syncs again", async () => {
    const { standIn, host } = generated({ 指标: 100 });
    await saveChoices(host, { sheet: "指标", period: "2022" });
    await countedRun(standIn, host);
    standIn.setActive("评估汇总");
    const counted = await countedRun(standIn, host);
    expect(counted.syncs).toBe(3);
    expect(counted.run.assessment.period?.code).toBe("2022");
  });

  it("takes the same three syncs again on a second run, which finds the first run's results beside the table", async () => {
    const { standIn, host } = generated({ 指标: 100 });
    const first = await countedRun(standIn, host);
    const second = await countedRun(standIn, host);
    expect(second.syncs).toBe(3);
    expect(second.run.plan.block.area).toEqual(first.run.plan.block.area);
    expect(second.run.assessment.summary).toEqual(first.run.assessment.summary);
  });

  it("assesses the sheet the pane saved before the one in view, reading the one in view first: four syncs", async () => {
    const { standIn, host } = generated({ 指标: 100, 另表: 40 });
    await saveChoices(host, { sheet: "另表" });
    const counted = await countedRun(standIn, host);
    expect(counted.run.mapping.sheet).toBe("另表");
    expect(counted.syncs).toBe(4);
  });

  it("assesses the sheet the last run assessed before the one in view when the pane saved none", async () => {
    const { standIn, host } = generated({ 指标: 100, 另表: 40 });
    standIn.setActive("另表");
    const first = await countedRun(standIn, host);
    expect(first.run.mapping.sheet).toBe("另表");
    standIn.setActive("指标");
    const second = await countedRun(standIn, host);
    expect(second.run.mapping.sheet).toBe("另表");
  });

  it("searches the other sheets, listing them once and reading each once, when none of those holds a table", async () => {
    const { standIn, host } = await workbook();
    standIn.setActive("填报说明");
    const counted = await countedRun(standIn, host);
    expect(counted.run.mapping.sheet).toBe("主要指标");
    // The sheet list, 填报说明 and 主要指标 read once each (one sync a read), the write in one request.
    expect(counted.runs).toBe(4);
    expect(counted.syncs).toBe(4);
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
    expect(shown).toEqual([{ kind: "error", message: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。" }]);
  });

  it("says the sheet is protected, naming the way to unprotect it", async () => {
    const { standIn, host } = await workbook();
    standIn.protectSheet("主要指标");
    const shown: Outcome[] = [];
    await assessNowWith(() => contextFor(host, shown))(ribbonEvent());
    expect(shown).toEqual([
      { kind: "error", message: "工作表受保护，无法写入。请在“审阅”选项卡中点击“撤消工作表保护”（如有密码请向文件负责人索取）后重试。" },
    ]);
  });

  it("completes the event when the outcome cannot be shown", async () => {
    const { host } = await workbook();
    const event = ribbonEvent();
    await assessNowWith(() => contextFor(host, [], { show: () => Promise.reject(new Error("dialog refused")) }))(event);
    expect(event.count).toBe(1);
  });

  it("completes the event when the workbook fails in a way nobody foresaw, and says so in words", async () => {
    const unforeseen = () => Promise.reject(new TypeError("items is undefined"));
    const broken: WorkbookHost = {
      listSheets: unforeseen,
      readGrid: unforeseen,
      applyPlan: unforeseen,
      clearGenerated: unforeseen,
      readProperty: unforeseen,
      writeProperty: unforeseen,
      addPeriodColumn: unforeseen,
    };
    const { host } = await workbook();
    const shown: Outcome[] = [];
    const event = ribbonEvent();
    await assessNowWith(() => contextFor(host, shown, { host: broken }))(event);
    expect(event.count).toBe(1);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.kind).toBe("error");
    expect(shown[0]?.message).toMatch(/\p{Script=Han}/u);
  });

  it("completes the event even when the command cannot be set up", async () => {
    const event = ribbonEvent();
    await assessNowWith(() => {
      throw new Error("Office is not ready");
    })(event);
    expect(event.count).toBe(1);
  });
});

describe("likelySheet", () => {
  it("reads the sheet in view first", () => {
    expect(likelySheet({ names: ["填报说明", "主要指标"], active: "主要指标" })).toBe("主要指标");
  });

  it("reads the first of the user's sheets when the add-in's own sheet is in view, in either language", () => {
    expect(likelySheet({ names: ["主要指标", "评估汇总", "评估明细"], active: "评估汇总" })).toBe("主要指标");
    expect(likelySheet({ names: ["Assessment summary", "Targets"], active: "Assessment summary" })).toBe("Targets");
  });
});

describe("ribbonOutcome and assessNowWith edge cases", () => {
  it("guesses no sheet from an empty list, and the add-in's own sheet when it is all there is", () => {
    expect(likelySheet({ names: [], active: "" })).toBeNull();
    expect(likelySheet({ names: ["评估汇总"], active: "评估汇总" })).toBe("评估汇总");
  });

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
