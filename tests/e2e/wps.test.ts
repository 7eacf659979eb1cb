/**
 * The WPS add-in's pane as built by `npm run build:wps`, in headless Chromium, over the WPS
 * stand-in set as `window.Application` before the page runs (as WPS provides it): the user opens
 * 评估设置, the pane finds the table, 一键生成评估表 writes the status block and the summary sheets
 * through the WPS door, and 加载项自检 reports every step passed. The bundle is the ES2017 one the
 * offline package carries. Screenshots go to test-output/e2e.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { addinFolder, buildWps } from "../../scripts/build-wps";
import { launchChromium, type LaunchedBrowser } from "./browser";
import { SCREENSHOTS } from "./page";
import { serveFolder, type StaticServer } from "./server";

let out = "";
let browser: LaunchedBrowser;
let server: StaticServer;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "wps-e2e-"));
  await buildWps(out);
  const standIn = join(out, "wps-standin.js");
  await build({ entryPoints: [join(__dirname, "page/wps-standin.ts")], bundle: true, format: "iife", platform: "browser", target: "es2020", outfile: standIn, logLevel: "warning" });
  server = await serveFolder(out);
  browser = await launchChromium();
  await browser.context.addInitScript({ path: standIn });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The stand-in's sheet names and a column of the table sheet, read in the page. */
function workbookSeen(page: Page): Promise<{ sheets: string[]; statusColumn: unknown[] }> {
  return page.evaluate(() => {
    const standIn = (window as unknown as { __wpsStandIn: { book: { sheets: { name: string }[] }; values(sheet: string, address: string): unknown[][] } }).__wpsStandIn;
    return { sheets: standIn.book.sheets.map((sheet) => sheet.name), statusColumn: standIn.values("指标", "L3:R42").flat() };
  });
}

describe("the WPS pane in a browser", () => {
  it("finds the table, assesses it through the WPS door and passes its self-test", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}${addinFolder()}/pane.html`);
    await page.waitForSelector("#app[data-ready=true]");
    expect(await page.textContent("[data-testid=table-status]")).toContain("指标");

    await page.click("#assess");
    const shown = await page.waitForSelector("[data-testid=result], [data-testid=checks]");
    if ((await shown.getAttribute("data-testid")) === "checks") await page.click("text=" + taskpaneZhCN.checks.proceed);
    await page.waitForSelector("[data-testid=result]");
    await page.screenshot({ path: join(SCREENSHOTS, "wps-01-result.png"), fullPage: true });
    const seen = await workbookSeen(page);
    expect(seen.sheets).toEqual(expect.arrayContaining(["指标", "评估汇总", "评估明细"]));
    expect(seen.statusColumn.filter((value) => typeof value === "string" && /^[▲●▼○◆◐] /u.test(value)).length).toBeGreaterThan(30);

    await page.evaluate(() => document.querySelector("[data-testid=settings] summary, details summary")?.dispatchEvent(new MouseEvent("click", { bubbles: true })));
    await page.click(`text=${taskpaneZhCN.selfTest.run}`);
    await page.waitForFunction(() => document.querySelector("[data-testid=self-test]")?.textContent?.includes("全部检查通过") ?? false, undefined, { timeout: 30_000 });
    await page.screenshot({ path: join(SCREENSHOTS, "wps-02-self-test.png"), fullPage: true });
    expect(errors).toEqual([]);
  });
});
