/**
 * How the pane behaves for everyone: keyboard only, a 320 px pane, labelled controls, renamed
 * labels and a second assessment, the user's selection, Excel refusing (cell edit mode, protected
 * sheet, too old an Excel) in the user's words, and English for an English Office.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinPropertyParts } from "../../src/workbook/write/properties";
import { taskpaneEnUS, taskpaneZhCN } from "../../src/i18n/taskpane";
import type { WorkbookSnapshot } from "../excel/standin";
import { startHarness, type Harness } from "./harness";
import { SCREENSHOTS, writeTestPage } from "./page";
import { monitoringSeed } from "./seed";

const text = taskpaneZhCN;
let harness: Harness;
const pages: Record<string, string> = {};

beforeAll(async () => {
  harness = await startHarness();
  const seed = await monitoringSeed();
  pages.zh = writeTestPage("behaviour", seed);
  pages.en = writeTestPage("english", await monitoringSeed("en-US"));
  pages.old = writeTestPage("old-excel", { ...seed, apiVersion: "1.8" });
});

afterAll(async () => {
  await harness?.close();
});

/** Runs code against the page's stand-in. */
function onStandIn(page: Page, action: "setCellEditMode" | "protectSheet", argument: boolean | string): Promise<void> {
  return page.evaluate(
    ([name, value]) => {
      const standIn = (window as unknown as { __standIn: Record<string, (arg: unknown) => void> }).__standIn;
      standIn[name as string]?.(value);
    },
    [action, argument] as const,
  );
}

/** The stand-in's workbook as plain data. */
function snapshot(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() => (window as unknown as { __standIn: { snapshot(): WorkbookSnapshot } }).__standIn.snapshot());
}

/** Clicks 一键生成评估表, goes past the values to check if listed, and waits for the result or a message. */
async function assessNow(page: Page): Promise<void> {
  await page.click("#assess");
  await page.waitForSelector("[data-testid=checks], [data-testid=result], .message-error", { timeout: 30_000 });
  if (await page.$("[data-testid=checks]")) await page.click(`text=${text.checks.proceed}`);
  await page.waitForSelector("[data-testid=result], .message-error", { timeout: 30_000 });
}

/** Whether the focused element is the one matching a selector. */
function focused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector);
}

describe("the pane for keyboard users", () => {
  it("reaches the big button with Tab, runs it with Enter and goes on with Space, with a visible focus ring", async () => {
    const page = await harness.open(pages.zh!);
    for (let presses = 0; presses < 40 && !(await focused(page, "#assess")); presses += 1) await page.keyboard.press("Tab");
    expect(await focused(page, "#assess")).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-testid=checks]");
    expect(await focused(page, "[data-testid=checks] h2")).toBe(true);
    for (let presses = 0; presses < 20 && !(await focused(page, "[data-testid=checks] .button-primary")); presses += 1) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Space");
    await page.waitForSelector("[data-testid=result]");
    expect(await focused(page, "[data-testid=result] h2")).toBe(true);
    await page.close();
  });

  it("labels every control it shows", async () => {
    const page = await harness.open(pages.zh!);
    await page.click(".details-summary");
    const unlabelled = await page.$$eval("#app input, #app select, #app button", (controls) =>
      controls
        .filter((control) => {
          const labelled = (control as HTMLInputElement).labels?.length || control.getAttribute("aria-label");
          const named = control.tagName === "BUTTON" && (control.textContent ?? "").trim() !== "";
          const inLabel = control.closest("label") !== null;
          return !labelled && !named && !inLabel;
        })
        .map((control) => `${control.tagName} ${control.getAttribute("name") ?? control.id}`),
    );
    expect(unlabelled).toEqual([]);
    await page.close();
  });
});

describe("the pane at 320 px", () => {
  it("fits without scrolling sideways, before and after assessing", async () => {
    const page = await harness.open(pages.zh!, { width: 320 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.click(".details-summary");
    expect(await overflow()).toBeLessThanOrEqual(0);
    await assessNow(page);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, "06-width-320.png") });
    await page.close();
  });
});

describe("the user's settings", () => {
  it("renames a status, assesses twice with different periods, and saves the settings in the workbook", async () => {
    const page = await harness.open(pages.zh!);
    await page.click(".details-summary");
    await page.fill("input[name=label-behind]", "滞后");
    await page.fill("input[name=tolerance]", "2");
    await page.locator("[data-testid=advanced]").screenshot({ path: join(SCREENSHOTS, "07-advanced.png") });
    await page.selectOption("select[name=period]", "2022");
    await assessNow(page);
    expect(await page.textContent("[data-status=behind] .count-label")).toContain("滞后");
    const first = await snapshot(page);
    const sheet = first.sheets.find((entry) => entry.name === "主要指标");
    expect(Object.values(sheet?.cells ?? {}).some((cell) => cell.value === "▼ 滞后")).toBe(true);
    const saved = Object.entries(first.properties).map(([key, value]) => ({ key, value }));
    expect(JSON.parse(joinPropertyParts(saved, "PlanAssess.settings") ?? "{}")).toMatchObject({ tolerance: 0.02, labels: { behind: "滞后" } });
    expect(JSON.parse(joinPropertyParts(saved, "PlanAssess.pane") ?? "{}")).toMatchObject({ sheet: "主要指标", period: "2022" });

    await page.selectOption("select[name=period]", "2023H1");
    await assessNow(page);
    expect(await page.textContent("[data-testid=result] .hint")).toContain("2023年上半年");
    const roles = await page.$$eval("[data-testid=mapping] li", (items) => items.map((item) => item.getAttribute("data-role")));
    expect(roles).toEqual(["category", "name", "unit", "base", "target", "attribute", "observation", "observation", "observation", "observation"]);
    await page.close();
  });

  it("lets the user correct a column's role and the plan period, and saves the correction", async () => {
    const page = await harness.open(pages.zh!);
    await page.selectOption("[data-column=G] select", "other");
    expect(await page.getAttribute("[data-testid=mapping] li[data-column=G]", "data-role")).toBe("other");
    expect(await page.textContent("[data-testid=mapping] li[data-column=G] .column-evidence")).toContain(text.mapping.edited);
    expect(await page.$$eval("select[name=period] option", (options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual([
      "2023H1",
      "2022",
      "2022H1",
    ]);
    await page.waitForFunction(() =>
      Object.keys((window as unknown as { __standIn: { snapshot(): WorkbookSnapshot } }).__standIn.snapshot().properties).includes("PlanAssess.pane"),
    );
    const saved = Object.entries((await snapshot(page)).properties).map(([key, value]) => ({ key, value }));
    expect(JSON.parse(joinPropertyParts(saved, "PlanAssess.pane") ?? "{}").corrections).toEqual([{ column: 6, header: "2021年", role: "other" }]);

    await page.fill("input[name=plan]", "2025");
    expect(await page.textContent("[data-testid=period-card] .field-error")).toBe(text.period.planInvalid);
    await page.fill("input[name=plan]", "2021-2025");
    expect(await page.isHidden("[data-testid=period-card] .field-error")).toBe(true);
    expect(await page.textContent("[data-testid=progress-hint]")).toBe(text.period.timeProgress(0.5));
    await page.close();
  });

  it("shows each step of a run in the progress bar and its live text", async () => {
    const page = await harness.open(pages.zh!);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      const live = document.querySelector(".progress-text");
      if (!live) throw new Error("no progress text");
      new MutationObserver(() => seen.push(live.textContent ?? "")).observe(live, { childList: true, characterData: true, subtree: true });
    });
    await assessNow(page);
    const seen = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(seen).toEqual(expect.arrayContaining([text.progress.reading, text.progress.assessing, text.progress.writing, text.progress.saving]));
    expect(await page.getAttribute("[role=progressbar]", "aria-valuenow")).toBe("100");
    expect(await page.isHidden(".progress")).toBe(true);
    await page.close();
  });

  it("looks for the table only in the range the user selected", async () => {
    const page = await harness.open(pages.zh!);
    await page.evaluate(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("主要指标").getRange("A2:H20").select();
        await context.sync();
      }),
    );
    await page.click(`text=${text.table.useSelection}`);
    await page.waitForFunction(() => document.querySelector("[data-testid=table-status]")?.textContent?.includes("3–20"));
    expect(await page.$$eval("[data-testid=mapping] li", (items) => items.length)).toBe(8);
    await page.close();
  });
});

describe("Excel refusing, in the user's words", () => {
  it.each([
    ["cell edit mode", "setCellEditMode", true, text.errors.editMode],
    ["a protected sheet", "protectSheet", "主要指标", text.errors.protectedSheet],
  ] as const)("explains %s with what to do, never a raw code", async (_situation, action, argument, message) => {
    const page = await harness.open(pages.zh!);
    await onStandIn(page, action, argument);
    await assessNow(page);
    expect(await page.textContent(".message-error .message-text")).toBe(message);
    const shown = await page.textContent("#app");
    expect(shown).not.toMatch(/InvalidOperation|AccessDenied|RichApi|Error:|at \w+ \(/u);
    if (action === "setCellEditMode") await page.screenshot({ path: join(SCREENSHOTS, "08-edit-mode.png") });
    await page.close();
  });

  it("stops with a message when Excel is too old, and offers no action", async () => {
    const page = await harness.open(pages.old!);
    expect(await page.textContent(".message-error .message-text")).toBe(text.errors.oldExcel);
    expect(await page.$$eval("[data-testid=actions] button", (buttons) => buttons.every((button) => (button as HTMLButtonElement).disabled))).toBe(true);
    await page.close();
  });
});

describe("an English Office", () => {
  it("shows the pane in English, the report paragraph still in Chinese", async () => {
    const page = await harness.open(pages.en!);
    expect(await page.getAttribute("html", "lang")).toBe("en-US");
    expect(await page.textContent("#assess")).toBe(taskpaneEnUS.actions.assess);
    expect(await page.textContent("#table-heading")).toBe(taskpaneEnUS.table.heading);
    await page.click("#assess");
    await page.waitForSelector("[data-testid=checks]");
    await page.click(`text=${taskpaneEnUS.checks.proceed}`);
    await page.waitForSelector("[data-testid=result]");
    expect(await page.textContent("#result-heading")).toBe(taskpaneEnUS.result.heading);
    expect(await page.textContent("[data-testid=paragraph] p")).toMatch(/\p{Script=Han}/u);
    await page.screenshot({ path: join(SCREENSHOTS, "09-english.png") });
    await page.close();
  });
});
