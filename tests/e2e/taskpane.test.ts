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
import type { Assessment } from "../../src/core/types";
import { formatPeriod } from "../../src/core/period";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { parseNameFormula } from "../../src/excel/areas";
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

describe("the task pane on a bureau's monitoring table", () => {
  it("opens on the active sheet and shows each column's detected role with its evidence", async () => {
    const page = await openPane();
    await page.screenshot({ path: join(SCREENSHOTS, "01-open.png"), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOTS, "01-open-top.png") });
    await page.locator("[data-testid=mapping-card]").screenshot({ path: join(SCREENSHOTS, "01-open-mapping.png") });
    const roles = await page.$$eval("[data-testid=mapping] li", (items) =>
      items.map((item) => [item.getAttribute("data-column"), item.getAttribute("data-role")]),
    );
    expect(roles).toEqual([
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
    ]);
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
      const row = Number(judgement.id.slice(1)) - 1;
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
    expect(after.sheets.map((sheet) => sheet.name)).toEqual(before.sheets.map((sheet) => sheet.name));
    expect(after.sheets[0]?.cells).toEqual(before.sheets[0]?.cells);
    expect(after.names).toEqual([]);
    await page.close();
  });
});
