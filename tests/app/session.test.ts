import { sheetMarker } from "../../src/workbook/write/markers";
import { describe, expect, it } from "vitest";
import { ExcelHost } from "../../src/excel/host";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { defaultChoices, PANE_PROPERTY } from "../../src/app/choices";
import { createSession } from "../../src/app/session";
import { localTimestamp } from "../../src/app/timestamp";
import type { RunProgress, Workspace } from "../../src/app/workspace";
import { PLAN_PROPERTIES } from "../../src/workbook/plan";
import { monitoringSeed } from "../e2e/seed";
import { indicatorSheetSeed } from "../excel/plans";
import { createExcelStandIn, type ExcelStandIn } from "../excel/standin";

const text = taskpaneZhCN;

/** The browser tests' workbook in a stand-in, and the pane's session over the Office.js door. */
async function workbook(): Promise<{ standIn: ExcelStandIn; session: Workspace; selected: string[] }> {
  const seed = await monitoringSeed();
  const standIn = createExcelStandIn(seed.sheets);
  standIn.setActive(seed.active);
  const host = new ExcelHost({ run: standIn.run, office: standIn.office });
  const selected: string[] = [];
  const session = createSession(host, {
    locale: "zh-CN",
    text,
    select: async (sheet, ref) => void selected.push(`${sheet}!${ref}`),
    selection: async () => null,
    now: () => new Date("2024-07-15T01:00:00Z"),
  });
  return { standIn, session, selected };
}

/** The table on 主要指标, which the tests need found. */
async function detected(session: Workspace) {
  const found = await session.detect("主要指标", []);
  if (!found.ok) throw new Error(found.problem.message);
  return found.value;
}

describe("createSession", () => {
  it("finds the table with its four reporting periods and reads every indicator", async () => {
    const { session } = await workbook();
    const detection = await detected(session);
    expect(detection.inputs).toHaveLength(34);
    expect(detection.mapping.periods.map((period) => period.code)).toEqual(["2021", "2022H1", "2022", "2023H1"]);
    expect(detection.generatedArea).toBeNull();
  });

  it("applies the user's saved corrections when it finds the table again", async () => {
    const { session } = await workbook();
    const found = await session.detect("主要指标", [{ column: 6, header: "2021年", role: "other" }]);
    expect(found.ok && found.value.mapping.periods.map((period) => period.code)).toEqual(["2022H1", "2022", "2023H1"]);
  });

  it("looks for the table only inside a selected range", async () => {
    const { session } = await workbook();
    const found = await session.detect("主要指标", [], { top: 1, left: 0, bottom: 10, right: 7 });
    expect(found.ok && [found.value.mapping.lastRow, found.value.mapping.periods.length]).toEqual([10, 2]);
  });

  it("saves the choices in the workbook and reads them back", async () => {
    const { standIn, session } = await workbook();
    const choices = { ...defaultChoices(), sheet: "主要指标", period: "2022", jumpThreshold: 0.3 };
    choices.settings.tolerance = 0.02;
    await session.saveChoices(choices);
    expect(await session.loadChoices()).toEqual(choices);
    const properties = standIn.snapshot().properties;
    expect(Object.keys(properties)).toEqual(expect.arrayContaining([PLAN_PROPERTIES.settings, PANE_PROPERTY]));
  });

  it("assesses with the chosen period, writes the results, reports each step and saves the choices", async () => {
    const { standIn, session } = await workbook();
    const detection = await detected(session);
    const steps: RunProgress[] = [];
    const choices = { ...defaultChoices(), sheet: "主要指标", period: "2022" };
    const outcome = await session.assess(detection, choices, (step) => steps.push(step));
    expect(outcome.ok && outcome.value.assessment.period?.code).toBe("2022");
    // Reading was the detection's: the run assesses the grid the detection read.
    expect(steps.map((step) => step.step)).toEqual(["assessing", "writing", "saving", "saving"]);
    expect(steps.map((step) => step.share)).toEqual([...steps.map((step) => step.share)].sort((a, b) => a - b));
    expect(standIn.sheetNames()).toEqual(expect.arrayContaining(["评估汇总", "评估明细"]));
    expect(JSON.parse(standIn.snapshot().properties[PANE_PROPERTY] ?? "{}").period).toBe("2022");
  });

  it("finds the table the same way after an assessment wrote its results beside it", async () => {
    const { session } = await workbook();
    const before = await detected(session);
    await session.assess(before, defaultChoices(), () => undefined);
    const after = await detected(session);
    expect(after.mapping.columns).toEqual(before.mapping.columns);
    expect(after.mapping.plan).toEqual(before.mapping.plan);
    expect(after.generatedArea).toEqual({ top: 0, left: 10, bottom: 35, right: 15 });
  });

  it("adds the next period after the last one, clearing the add-in's results first when they stand there", async () => {
    const { standIn, session } = await workbook();
    const first = await detected(session);
    await session.assess(first, defaultChoices(), () => undefined);
    const again = await detected(session);
    expect(again.generatedArea).not.toBeNull();
    const added = await session.addPeriod(again);
    expect(added).toMatchObject({ ok: true, value: { header: "2023年", column: 10, clearedFirst: true } });
    expect(standIn.cell("主要指标", "K2")?.value).toBe("2023年");
    // The results went; the record of assessments, which is history, stays.
    expect(standIn.sheetNames()).toEqual(["主要指标", "填报说明", "评估记录"]);
  });

  it("refuses to add a period where clearing the add-in's results would delete a cell the user typed in them", async () => {
    const { standIn, session } = await workbook();
    const first = await detected(session);
    const assessed = await session.assess(first, defaultChoices(), () => undefined);
    if (!assessed.ok) throw new Error(assessed.problem.message);
    standIn.typeValue("主要指标", "O5", "已与统计局核实");
    const again = await detected(session);
    expect(again.editedCells).toEqual(["O5"]);
    const added = await session.addPeriod(again);
    expect(added.ok ? "added" : added.problem.code).toBe("pane.block_edited");
    expect(added.ok ? "" : added.problem.message).toContain("O5");
    expect(standIn.cell("主要指标", "O5")?.value).toBe("已与统计局核实");
    expect(standIn.cell("主要指标", "K2")?.value).not.toBe("2023年");
  });

  it("refuses to add a period over the user's own content", async () => {
    const { standIn, session } = await workbook();
    standIn.typeValue("主要指标", "K2", "备注");
    const added = await session.addPeriod(await detected(session));
    expect(added).toEqual({ ok: false, problem: { code: "pane.period_column_taken", message: "最后一个填报期之后的 K 列（「备注」）已有内容，为避免覆盖，未作修改。请在该列前插入一个空白列后重试。" } });
    expect(standIn.cell("主要指标", "K3")).toBeUndefined();
  });

  it("clears what it generated and selects cells through the page", async () => {
    const { standIn, session, selected } = await workbook();
    // Column widths the block set are left as they are: Excel keeps no record of the earlier ones.
    const withoutWidths = () => standIn.snapshot().sheets.map(({ columnWidths: _widths, ...sheet }) => sheet);
    const before = withoutWidths();
    await session.assess(await detected(session), defaultChoices(), () => undefined);
    await session.clear();
    // Everything it generated goes but the 评估记录 (history), which keeps its marker.
    expect(withoutWidths().filter((sheet) => sheet.name !== "评估记录")).toEqual(before);
    expect(standIn.sheetNames()).toContain("评估记录");
    expect(standIn.snapshot().names.map((named) => named.name)).toEqual([sheetMarker("评估记录")]);
    await session.select("主要指标", "J9");
    expect(selected).toEqual(["主要指标!J9"]);
  });
});

describe("a pane run through the Office.js door", () => {
  /** A stand-in holding a generated `rows`-row table on sheet 指标, and the pane's session over it. */
  function generated(rows: number): { standIn: ExcelStandIn; session: Workspace } {
    const standIn = createExcelStandIn([indicatorSheetSeed(rows)]);
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    return { standIn, session: createSession(host, { locale: "zh-CN", text, select: async () => undefined, selection: async () => null }) };
  }

  it.each([
    [100, [1, 2]],
    [10_000, [1, 1, 2, 2]],
  ])("reads the %i-row table once and writes once, the pane's choices with the results: syncs of runs %j", async (rows, runs) => {
    const { standIn, session } = generated(rows);
    const choices = { ...defaultChoices(), sheet: "指标", period: "2022" };
    const found = await session.detect("指标", []);
    if (!found.ok) throw new Error(found.problem.message);
    const outcome = await session.assess(found.value, choices, () => undefined);
    expect(outcome.ok && outcome.value.assessment.judgements).toHaveLength(rows);
    expect(standIn.syncs.map((sync) => sync.run)).toEqual(runs);
    expect(standIn.loopSyncs).toBe(0);
    expect(JSON.parse(standIn.snapshot().properties[PANE_PROPERTY] ?? "{}")).toMatchObject({ sheet: "指标", period: "2022" });
  });

  it("finds the earlier results beside the table from the run stamp the grid brought, in the grid read's one sync", async () => {
    const { standIn, session } = generated(100);
    const first = await session.detect("指标", []);
    if (!first.ok) throw new Error(first.problem.message);
    await session.assess(first.value, defaultChoices(), () => undefined);
    standIn.resetCounters();
    const again = await session.detect("指标", []);
    expect(again.ok && again.value.generatedArea).toEqual({ top: 0, left: 11, bottom: 101, right: 16 });
    expect(standIn.syncCount).toBe(1);
  });
});

describe("createSession edge cases", () => {
  it("says so when a sheet holds no table", async () => {
    const { session } = await workbook();
    const found = await session.detect("填报说明", []);
    expect(found.ok).toBe(false);
  });

  it("loads the defaults when the saved choices and settings do not read", async () => {
    const seed = await monitoringSeed();
    const standIn = createExcelStandIn(seed.sheets);
    const host = new ExcelHost({ run: standIn.run, office: standIn.office });
    await host.writeProperty(PLAN_PROPERTIES.settings, "{");
    await host.writeProperty(PANE_PROPERTY, "[1, 2");
    const fresh = createSession(host, { locale: "zh-CN", text, select: async () => undefined, selection: async () => null });
    expect(await fresh.loadChoices()).toEqual(defaultChoices());
  });
});

describe("localTimestamp", () => {
  it("writes local time with its offset from UTC", () => {
    const stamp = localTimestamp(new Date("2024-07-15T01:00:00Z"));
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/u);
    expect(new Date(stamp).toISOString()).toBe("2024-07-15T01:00:00.000Z");
  });
});
