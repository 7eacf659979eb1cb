/**
 * The task pane in a real browser: the built pane in headless Chromium, on the in-memory Excel
 * stand-in seeded with 越城区's indicator table and four illustrative reporting periods. A bureau
 * user's day: open, check the detected columns, change the evaluation period, assess (checking the
 * flagged values first), read the result and the cells written, add the next period, clear.
 * Screenshots go to test-output/e2e.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess } from "../../src/core/assess";
import { parsePeriod } from "../../src/core/period";
import type { Assessment, CellValue } from "../../src/core/types";
import { formatPeriod } from "../../src/core/period";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { parseNameFormula } from "../../src/workbook/write/references";
import { sheetMarker } from "../../src/workbook/write/markers";
import { columnLetters, cellAddress } from "../../src/workbook/address";
import { readIndicators } from "../../src/workbook/read";
import { displayCode, statusText } from "../../src/workbook/status-style";
import type { WorkbookSnapshot } from "../excel/standin";
import { findTable } from "../../src/workbook/table";
import type { Grid } from "../../src/workbook/types";
import { startHarness, type Harness } from "./harness";
import { SCREENSHOTS, writeTestPage } from "./page";
import { MARKUP_CELL, monitoringSeed, type PageSeed } from "./seed";

let harness: Harness;
let seed: PageSeed;
let pageFile: string;

beforeAll(async () => {
  harness = await startHarness();
  seed = await monitoringSeed();
  pageFile = writeTestPage("yuecheng", seed);
});

afterAll(async () => {
  await harness?.close();
});

/** Opens the pane on a fresh copy of the seeded workbook and waits until it has looked for the table. */
function openPane(width = 360): Promise<Page> {
  return harness.open(pageFile, { width });
}

/** What the engine concludes for the seeded table at a period: the oracle the pane is held to. */
function expectedAssessment(grid: Grid, periodLabel: string): Assessment {
  const found = findTable(grid);
  if (!found.ok || !found.value.plan) throw new Error("The seeded table must be found with its plan");
  const read = readIndicators(grid, found.value);
  return assess({ plan: found.value.plan, indicators: read.indicators, period: parsePeriod(periodLabel)! });
}

/** The stand-in's workbook as plain data. */
function snapshot(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() => (window as unknown as { __standIn: { snapshot(): WorkbookSnapshot } }).__standIn.snapshot());
}

/** The user's own cells of the table sheet: everything in columns A–J. */
function tableCells(workbook: WorkbookSnapshot): Record<string, unknown> {
  const sheet = workbook.sheets.find((entry) => entry.name === "主要指标");
  return Object.fromEntries(Object.entries(sheet?.cells ?? {}).filter(([address]) => /^[A-J]\d+$/u.test(address)));
}

/** The text of every element matching a selector. */
function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ""));
}

const text = taskpaneZhCN;

/** The role the pane shows for each column of the seeded table when it opens. */
const OPENING_ROLES = [
  ["A", "category"],
  ["B", "name"],
  ["C", "unit"],
  ["D", "base"],
  ["E", "target"],
  ["F", "attribute"],
  ["G", "observation"],
  ["H", "observation"],
  ["I", "observation"],
  ["J", "observation"],
];

/** Each column of the mapping card with the role shown. */
function mappingRoles(page: Page): Promise<(string | null)[][]> {
  return page.$$eval("[data-testid=mapping] li", (items) => items.map((item) => [item.getAttribute("data-column"), item.getAttribute("data-role")]));
}

/** Waits until the message bar says `message`. */
async function waitForMessage(page: Page, message: string): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelector("[data-testid=messages]")?.textContent?.includes(wanted) ?? false, message);
}

/**
 * The seeded table after 新增填报期 and the bureau filling in the year: column K headed 2023年,
 * each indicator's value the 2022 figure (illustrative), blanks where 2022 had none.
 */
function withNewPeriod(grid: Grid): Grid {
  const found = findTable(grid);
  if (!found.ok) throw new Error("The seeded table must be found");
  const { headerBottom, firstRow, lastRow } = found.value;
  const year2022 = found.value.columns.find((column) => column.period?.code === "2022")?.column ?? -1;
  const k = 10 - grid.left;
  const values = grid.values.map((line, i) => {
    const row = grid.top + i;
    const filled: CellValue[] = [...line, ...Array.from({ length: Math.max(0, k + 1 - line.length) }, () => null)];
    filled[k] = row === headerBottom ? "2023年" : row >= firstRow && row <= lastRow ? (line[year2022 - grid.left] ?? null) : null;
    return filled;
  });
  return { ...grid, values };
}

/** Types the data rows of one column of a grid into the page's workbook, as the bureau would. */
async function typeColumn(page: Page, grid: Grid, column: number): Promise<void> {
  const found = findTable(grid);
  if (!found.ok) throw new Error("The filled table must be found");
  const typed = grid.values.flatMap((line, i) => {
    const row = grid.top + i;
    const value = line[column - grid.left];
    return row >= found.value.firstRow && row <= found.value.lastRow && value !== null && value !== undefined ? [[cellAddress(row, column), value] as const] : [];
  });
  await page.evaluate((cells) => {
    const standIn = (window as unknown as { __standIn: { typeValue(sheet: string, address: string, value: unknown): void } }).__standIn;
    for (const [address, value] of cells) standIn.typeValue("主要指标", address, value);
  }, typed);
}

describe("the task pane on a bureau's monitoring table", () => {
  it("opens on the active sheet and shows each column's detected role with its evidence", async () => {
    const page = await openPane();
    await page.screenshot({ path: join(SCREENSHOTS, "01-open.png"), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOTS, "01-open-top.png") });
    await page.locator("[data-testid=mapping-card]").screenshot({ path: join(SCREENSHOTS, "01-open-mapping.png") });
    const roles = await mappingRoles(page);
    expect(roles).toEqual(OPENING_ROLES);
    const selects = await page.$$eval("[data-testid=mapping] select", (elements) =>
      elements.map((element) => [(element as HTMLSelectElement).value, element.getAttribute("aria-label")]),
    );
    expect(selects.map(([role]) => role)).toEqual(roles.map(([, role]) => role));
    for (const [, label] of selects) expect(label).toMatch(/^[A-J] 列「.+」的含义$/u);
    for (const evidence of await texts(page, ".column-evidence")) expect(evidence.length).toBeGreaterThan("依据：".length);
    expect(await page.textContent("[data-testid=table-status]")).toBe(text.table.found("主要指标", 3, 36, 34));
    expect(await page.inputValue("input[name=plan]")).toBe("2021–2025");
    expect(await page.$$eval("select[name=sheet] option", (options) => options.map((option) => option.textContent))).toEqual([
      "主要指标",
      "填报说明",
    ]);
    const grid = seed.sheets[0]!;
    const latest = expectedAssessment(grid, "2023年上半年");
    expect(await page.inputValue("select[name=period]")).toBe(latest.period?.code);
    await page.close();
  });

  it("assesses the chosen period after listing the values to check, and writes the results into the workbook", async () => {
    const page = await openPane();
    const before = tableCells(await snapshot(page));
    await page.selectOption("select[name=period]", "2022");
    expect(await page.textContent("[data-testid=progress-hint]")).toBe(text.period.timeProgress(0.4));

    await page.click("#assess");
    await page.waitForSelector("[data-testid=checks]");
    await page.screenshot({ path: join(SCREENSHOTS, "02-checks.png"), fullPage: true });
    await page.locator("[data-testid=checks]").screenshot({ path: join(SCREENSHOTS, "02-checks-card.png") });
    const checks = await texts(page, "[data-testid=checks] .problem-text");
    expect(checks.some((line) => line.includes(MARKUP_CELL))).toBe(true);
    expect(checks.some((line) => line.includes("较上期"))).toBe(true);
    expect(await page.$$eval("#app img", (images) => images.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

    await page.click("text=" + text.checks.proceed);
    await page.waitForSelector("[data-testid=result]");
    await page.screenshot({ path: join(SCREENSHOTS, "03-result.png"), fullPage: true });
    await page.locator("[data-testid=result]").screenshot({ path: join(SCREENSHOTS, "03-result-card.png") });

    const expected = expectedAssessment(seed.sheets[0]!, "2022年");
    for (const [code, count] of Object.entries(expected.summary.counts)) {
      expect(await page.textContent(`[data-testid=count-${code}]`), code).toBe(String(count));
    }
    expect(await texts(page, "[data-testid=paragraph] p")).toEqual(expected.summary.narrative);
    expect(await page.textContent("[data-testid=average]")).toBe(text.percent(expected.summary.averageRealisation ?? 0));
    expect(await page.textContent("[data-testid=time-progress]")).toBe(text.percent(0.4));
    expect(await page.textContent("[data-testid=result] .hint")).toContain(formatPeriod(expected.period!));

    const written = await snapshot(page);
    expect(tableCells(written)).toEqual(before);
    expect(written.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["评估汇总", "评估明细"]));
    const statusName = written.names.find((entry) => entry.name === "PlanAssess_Status");
    const statusArea = statusName ? parseNameFormula(statusName.formula) : null;
    expect(statusArea?.sheet).toBe("主要指标");
    const cells = written.sheets.find((sheet) => sheet.name === "主要指标")?.cells ?? {};
    for (const judgement of expected.judgements) {
      const row = judgement.row - 1;
      const address = cellAddress(row, statusArea!.range.left);
      expect(cells[address]?.value, `${judgement.name} at ${address}`).toBe(statusText(displayCode(judgement), expected.settings.labels));
    }

    const problems = page.locator("[data-testid=result] .problem-link:not([disabled])");
    const first = problems.first();
    const ref = await first.getAttribute("data-ref");
    await first.click();
    const selected = await page.evaluate(() => (window as unknown as { __selection?: { sheet: string; rect: unknown } }).__selection);
    expect(selected?.sheet).toBe("主要指标");
    expect(ref).toMatch(/^[A-Z]+\d+$/u);
    await page.close();
  });

  it("adds the next period after the last one, named like the sheet's own, with validation and a highlight", async () => {
    const page = await openPane();
    const before = tableCells(await snapshot(page));
    await page.click("#add-period");
    await page.waitForSelector("[data-testid=mapping] li[data-column=K]");
    await waitForMessage(page, text.newPeriod.added("2023年", columnLetters(10)));
    await page.screenshot({ path: join(SCREENSHOTS, "04-new-period.png") });
    await page.locator("[data-testid=mapping] li[data-column=K]").screenshot({ path: join(SCREENSHOTS, "04-new-period-column.png") });
    const workbook = await snapshot(page);
    const sheet = workbook.sheets.find((entry) => entry.name === "主要指标")!;
    expect(sheet.cells.K2?.value).toBe("2023年");
    expect(tableCells(workbook)).toEqual(before);
    expect(sheet.validations.length).toBe(1);
    expect(sheet.conditionalFormats.length).toBe(1);
    expect(await page.getAttribute("[data-testid=mapping] li[data-column=K]", "data-role")).toBe("observation");
    expect(await page.textContent("[data-testid=messages]")).toContain(text.newPeriod.added("2023年", columnLetters(10)));

    // The title merged over A1:J1 no longer spans the table: the pane still reads row 2 as the
    // header, the same 34 indicators in rows 3–36, the plan from its headers, and lists the new period.
    expect(await page.inputValue("input[name=plan]")).toBe("2021–2025");
    expect(await page.isHidden("[data-testid=period-card] .field-error")).toBe(true);
    expect(await page.textContent("[data-testid=table-status]")).toBe(text.table.found("主要指标", 3, 36, 34));
    expect(await mappingRoles(page)).toEqual([...OPENING_ROLES, ["K", "observation"]]);
    expect(await page.$$eval("select[name=period] option", (options) => options.map((option) => [option.getAttribute("value"), option.textContent]))).toEqual([
      ["2023", text.period.noData("2023年")],
      ["2023H1", text.period.latest("2023年上半年")],
      ["2022", "2022年"],
      ["2022H1", "2022年上半年"],
      ["2021", "2021年"],
    ]);
    expect(await page.inputValue("select[name=period]")).toBe("2023H1");
    await page.close();
  });

  it("assesses the new period once the bureau has filled it in", async () => {
    const page = await openPane();
    await page.click("#add-period");
    await waitForMessage(page, text.newPeriod.added("2023年", columnLetters(10)));
    const filled = withNewPeriod(seed.sheets[0]!);
    await typeColumn(page, filled, 10);
    await page.click("#assess");
    await page.waitForSelector("[data-testid=checks], [data-testid=result]");
    if (await page.$("[data-testid=checks]")) await page.click("text=" + text.checks.proceed);
    await page.waitForSelector("[data-testid=result]");
    await page.screenshot({ path: join(SCREENSHOTS, "04-new-period-assessed.png"), fullPage: true });

    const expected = expectedAssessment(filled, "2023年");
    expect(expected.judgements).toHaveLength(34);
    expect(expected.period?.code).toBe("2023");
    expect(await page.textContent("[data-testid=result] .hint")).toContain(text.result.period("2023年", 0.6));
    for (const [code, count] of Object.entries(expected.summary.counts)) {
      expect(await page.textContent(`[data-testid=count-${code}]`), code).toBe(String(count));
    }
    expect(await texts(page, "[data-testid=paragraph] p")).toEqual(expected.summary.narrative);
    expect(await page.textContent("[data-testid=time-progress]")).toBe(text.percent(0.6));
    expect(await page.inputValue("input[name=plan]")).toBe("2021–2025");
    expect(await page.inputValue("select[name=period]")).toBe("2023");

    const written = await snapshot(page);
    const statusName = written.names.find((entry) => entry.name === "PlanAssess_Status");
    const statusArea = statusName ? parseNameFormula(statusName.formula) : null;
    expect(statusArea?.sheet).toBe("主要指标");
    // The results start right of the new column: the table now ends at K.
    const blockName = written.names.find((entry) => entry.name === "PlanAssess_Area");
    expect(blockName ? parseNameFormula(blockName.formula)?.range.left : null).toBe(11);
    const cells = written.sheets.find((sheet) => sheet.name === "主要指标")?.cells ?? {};
    for (const judgement of expected.judgements) {
      const row = judgement.row - 1;
      const address = cellAddress(row, statusArea!.range.left);
      expect(cells[address]?.value, `${judgement.name} at ${address}`).toBe(statusText(displayCode(judgement), expected.settings.labels));
    }
    await page.close();
  });

  it("compares a later assessment with the earlier one kept in 评估记录 and counts the changes on the result card", async () => {
    const page = await openPane();
    for (const period of ["2022", "2023H1"]) {
      await page.selectOption("select[name=period]", period);
      await page.click("#assess");
      await page.waitForSelector("[data-testid=checks], [data-testid=result]");
      if (await page.$("[data-testid=checks]")) await page.click("text=" + text.checks.proceed);
      await page.waitForSelector(`[data-testid=result] .hint:has-text("${formatPeriod(parsePeriod(period)!)}")`);
    }
    await page.locator("[data-testid=result]").screenshot({ path: join(SCREENSHOTS, "03-result-changes.png") });
    expect(await page.textContent("[data-testid=changes]")).toContain(text.record.cardLead("2022年"));
    const later = expectedAssessment(seed.sheets[0]!, "2023年上半年");
    const assessed = later.judgements.filter((judgement) => judgement.status !== "no_data").length;
    let counted = 0;
    for (const code of ["better", "same", "worse", "new"]) {
      const shown = await page.textContent(`[data-testid=change-${code}]`);
      expect(shown).toContain(text.record.changes[code as "better"]);
      counted += Number(/(\d+)/u.exec(shown ?? "")?.[1] ?? Number.NaN);
    }
    expect(counted).toBe(assessed);
    const written = await snapshot(page);
    const record = written.sheets.find((sheet) => sheet.name === "评估记录");
    expect([record?.cells.C1?.value, record?.cells.E1?.value]).toEqual(["2022年", "2023年上半年"]);
    await page.close();
  });

  it("clears exactly what it generated", async () => {
    const page = await openPane();
    const before = await snapshot(page);
    await page.click("#assess");
    await page.click("text=" + text.checks.proceed);
    await page.waitForSelector("[data-testid=result]");
    await page.click("#clear");
    await page.waitForSelector("[data-testid=result]", { state: "detached" });
    await page.screenshot({ path: join(SCREENSHOTS, "05-cleared.png"), fullPage: true });
    const after = await snapshot(page);
    // All but the 评估记录, the history of assessments, which stays with its marker.
    expect(after.sheets.map((sheet) => sheet.name)).toEqual([...before.sheets.map((sheet) => sheet.name), "评估记录"]);
    expect(after.sheets[0]?.cells).toEqual(before.sheets[0]?.cells);
    expect(after.names.map((named) => named.name)).toEqual([sheetMarker("评估记录")]);
    await page.close();
  });

  it("does not clear over a cell the user typed in the block, and says which", async () => {
    const page = await openPane();
    await page.click("#assess");
    await page.click("text=" + text.checks.proceed);
    await page.waitForSelector("[data-testid=result]");
    const written = await snapshot(page);
    const statusName = written.names.find((entry) => entry.name === "PlanAssess_Status");
    const statusArea = statusName ? parseNameFormula(statusName.formula) : null;
    if (!statusArea) throw new Error("The status column must be named");
    const typed = cellAddress(statusArea.range.top + 2, statusArea.range.left);
    await page.evaluate((address) => {
      const standIn = (window as unknown as { __standIn: { typeValue(sheet: string, address: string, value: unknown): void } }).__standIn;
      standIn.typeValue("主要指标", address, "已与统计局核实");
    }, typed);
    await page.click("#clear");
    await page.waitForSelector("[data-testid=messages] >> text=未清除评估结果");
    expect(await page.textContent("[data-testid=messages]")).toContain(typed);
    const after = await snapshot(page);
    expect(after.sheets.find((sheet) => sheet.name === "主要指标")?.cells[typed]?.value).toBe("已与统计局核实");
    expect(after.names.map((entry) => entry.name)).toEqual(written.names.map((entry) => entry.name));
    await page.close();
  });
});
