/**
 * 导出报告（Word） in a real browser: the built pane on the stand-in seeded with 越城区's table and
 * four periods. In Excel on the web the button downloads the .docx built in the pane (read back
 * here: its sections and the 评价表); on a Mac, where a pane cannot save files, it says so and
 * offers the copy and the command line.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { startHarness, type Harness } from "./harness";
import { writeTestPage } from "./page";
import { monitoringSeed } from "./seed";

const text = taskpaneZhCN;
let harness: Harness;
let webPage = "";
let macPage = "";

beforeAll(async () => {
  harness = await startHarness();
  const seed = await monitoringSeed();
  webPage = writeTestPage("report-web", seed);
  macPage = writeTestPage("report-mac", { ...seed, platform: "Mac" });
});

afterAll(async () => {
  await harness?.close();
});

/** Assesses from the pane, through 数据核对 when it shows. */
async function assessInPane(page: Page): Promise<void> {
  await page.click("#assess");
  await page.waitForSelector("[data-testid=checks], [data-testid=result]");
  if (await page.$("[data-testid=checks]")) await page.click("text=" + text.checks.proceed);
  await page.waitForSelector("[data-testid=result]");
}

describe("导出报告（Word）", () => {
  it("downloads the Word report built in the pane in Excel on the web, with its sections and the 评价表", async () => {
    const page = await harness.open(webPage);
    await assessInPane(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-report")]);
    expect(download.suggestedFilename()).toBe(text.result.reportName);
    const path = await download.path();
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join("\n");
    for (const heading of ["一、总体情况", "二、分领域情况", "（一）综合实力", "三、需重点关注的指标", "四、预期进程展望", "附表：“十四五”规划《纲要》主要指标中期完成评价表"]) {
      expect(words).toContain(heading);
    }
    expect(xml.match(/<w:tbl>/gu)).toHaveLength(2);
    await page.waitForFunction((message) => document.body.textContent?.includes(message) ?? false, text.result.exported(text.result.reportName));
    await page.close();
  });

  it("says on a Mac that the pane cannot save files, offering the copy and the command line", async () => {
    const page = await harness.open(macPage);
    await assessInPane(page);
    let downloaded = false;
    page.on("download", () => (downloaded = true));
    await page.click("#export-report");
    await page.waitForFunction((message) => document.body.textContent?.includes(message) ?? false, text.result.exportUnavailable);
    expect(downloaded).toBe(false);
    expect(await page.getByRole("button", { name: text.result.copy }).count()).toBe(1);
    await page.close();
  });
});
