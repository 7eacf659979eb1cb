/**
 * 加载项自检 in a real browser: the built pane on the stand-in, 高级设置 opened, the self-test run
 * as a user would, its report read on screen, the scratch sheet gone, and the copy button putting
 * the report on the clipboard for an email.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import type { WorkbookSnapshot } from "../excel/standin";
import { startHarness, type Harness } from "./harness";
import { SCREENSHOTS, writeTestPage } from "./page";
import { monitoringSeed } from "./seed";

let harness: Harness;
let pageFile: string;

beforeAll(async () => {
  harness = await startHarness();
  pageFile = writeTestPage("self-test", await monitoringSeed());
});

afterAll(async () => {
  await harness?.close();
});

describe("加载项自检", () => {
  it("runs from 高级设置, lists every step as passed with the host, removes its sheet, and copies the report", async () => {
    const page = await harness.open(pageFile);
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: async (text: string) => void ((window as unknown as { __copied: string }).__copied = text) },
      });
    });
    const before = await page.evaluate(() => (window as unknown as { __standIn: { snapshot(): WorkbookSnapshot } }).__standIn.snapshot());
    await page.getByText(taskpaneZhCN.advanced.heading, { exact: true }).click();
    await page.getByRole("button", { name: taskpaneZhCN.selfTest.run }).click();
    const report = page.getByTestId("self-test-report");
    await report.waitFor({ timeout: 30_000 });
    const lines = (await report.textContent())?.split("\n") ?? [];
    expect(lines[0]).toBe("规划指标评估加载项自检结果");
    expect(lines[1]).toBe("Excel 平台：OfficeOnline；版本：16.0 (stand-in)");
    expect(lines[2]).toBe("支持的接口集：ExcelApi 1.17，DialogApi 1.2");
    expect(lines.slice(3, 17).every((line) => line.endsWith("：通过"))).toBe(true);
    expect(lines[17]).toBe("结论：各项均通过，本加载项可在此 Excel 中使用。");
    const after = await page.evaluate(() => (window as unknown as { __standIn: { snapshot(): WorkbookSnapshot } }).__standIn.snapshot());
    expect(after.sheets.map((sheet) => sheet.name)).toEqual(before.sheets.map((sheet) => sheet.name));
    await page.screenshot({ path: join(SCREENSHOTS, "self-test.png"), fullPage: true });
    await page.getByRole("button", { name: taskpaneZhCN.selfTest.copy }).click();
    await page.getByText(taskpaneZhCN.selfTest.copied).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __copied?: string }).__copied)).toBe(lines.join("\n"));
  });
});
