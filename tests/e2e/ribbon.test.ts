/**
 * The ribbon's 一键生成评估表 in a real browser: the built function file (`commands.html`) on the
 * Excel stand-in registers `assessNow`; pressing the button runs the assessment without the pane,
 * opens the outcome dialog — the same page with the outcome in its query — and completes the event
 * once the user closes it. Screenshot of the dialog in test-output/e2e.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomeFromQuery } from "../../src/commands/outcome";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { startHarness, type Harness } from "./harness";
import { SCREENSHOTS, writeTestPage } from "./page";
import { monitoringSeed } from "./seed";

let harness: Harness;
let commandsPage: string;

beforeAll(async () => {
  harness = await startHarness();
  commandsPage = writeTestPage("ribbon", await monitoringSeed(), "commands.html");
});

afterAll(async () => {
  await harness?.close();
});

/** Presses the ribbon button: runs `assessNow`, closes the dialog it opens, and says what happened. */
function pressButton(page: Page): Promise<{ completed: number; dialog: string | null; sheets: string[] }> {
  return page.evaluate(async () => {
    const scope = window as unknown as {
      __actions: Record<string, (event: { completed(): void }) => Promise<void>>;
      __dialog: { url: string; close(): void } | null;
      __standIn: { sheetNames(): string[] };
    };
    let completed = 0;
    const running = scope.__actions.assessNow!({ completed: () => (completed += 1) });
    for (let wait = 0; wait < 200 && !scope.__dialog; wait += 1) await new Promise((done) => setTimeout(done, 25));
    const dialog = scope.__dialog?.url ?? null;
    scope.__dialog?.close();
    await running;
    return { completed, dialog, sheets: scope.__standIn.sheetNames() };
  });
}

describe("the ribbon's one-click button", () => {
  it("assesses without the pane, reports in a dialog, and completes the event", async () => {
    const page = await harness.open(commandsPage, { waitForPane: false });
    await page.waitForFunction(() => "assessNow" in (window as unknown as { __actions: object }).__actions);
    const pressed = await pressButton(page);
    expect(pressed.completed).toBe(1);
    expect(pressed.sheets).toEqual(expect.arrayContaining(["评估汇总", "评估明细"]));
    const outcome = outcomeFromQuery(new URL(pressed.dialog ?? "about:blank").search);
    expect(outcome?.kind).toBe("success");
    expect(outcome?.message).toMatch(/^已评估工作表「主要指标」的 34 项指标：/u);
    expect(await page.isHidden("#outcome")).toBe(true);

    const dialog = await harness.open(`${commandsPage}${new URL(pressed.dialog!).search}`, { width: 420, waitForPane: false });
    await dialog.waitForSelector("#outcome:not([hidden])");
    expect(await dialog.textContent("[data-testid=outcome]")).toBe(outcome?.message);
    await dialog.screenshot({ path: join(SCREENSHOTS, "10-ribbon-dialog.png") });
    await dialog.click("#close");
    expect(await dialog.evaluate(() => (window as unknown as { __parentMessages: string[] }).__parentMessages)).toEqual(["close"]);
    await dialog.close();
    await page.close();
  });

  it("completes the event and says what to do when Excel is editing a cell", async () => {
    const page = await harness.open(commandsPage, { waitForPane: false });
    await page.waitForFunction(() => "assessNow" in (window as unknown as { __actions: object }).__actions);
    await page.evaluate(() => (window as unknown as { __standIn: { setCellEditMode(on: boolean): void } }).__standIn.setCellEditMode(true));
    const pressed = await pressButton(page);
    expect(pressed.completed).toBe(1);
    expect(outcomeFromQuery(new URL(pressed.dialog ?? "about:blank").search)).toEqual({ kind: "error", message: taskpaneZhCN.errors.editMode });
    await page.close();
  });
});
