/**
 * The task pane in a real browser: the built pane in headless Chromium, on the in-memory Excel
 * stand-in seeded with 越城区's indicator table and four illustrative reporting periods. A bureau
 * user's day: open, check the detected columns, change the evaluation period, assess (checking the
 * flagged values first), read the result and the cells written, add the next period, clear.
 * Screenshots go to test-output/e2e.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess } from "../../src/core/assess";
import { parsePeriod } from "../../src/core/period";
import type { Assessment } from "../../src/core/types";
import { readIndicators } from "../../src/workbook/read";
import { findTable } from "../../src/workbook/table";
import type { Grid } from "../../src/workbook/types";
import { launchChromium, type LaunchedBrowser } from "./browser";
import { bundleStandIn, DIST, SCREENSHOTS, writeTestPage } from "./page";
import { MARKUP_CELL, monitoringSeed, type PageSeed } from "./seed";
import { serveFolder, type StaticServer } from "./server";

let server: StaticServer;
let browser: LaunchedBrowser;
let seed: PageSeed;
let pageFile: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await bundleStandIn();
  seed = await monitoringSeed();
  pageFile = writeTestPage("yuecheng", seed);
  server = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the pane on a fresh copy of the seeded workbook and waits until it has looked for the table. */
async function openPane(width = 360): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}${pageFile}`);
  await page.waitForSelector("#app[data-ready=true]", { timeout: 30_000 });
  expect(errors).toEqual([]);
  return page;
}

/** What the engine concludes for the seeded table at a period: the oracle the pane is held to. */
function expectedAssessment(grid: Grid, periodLabel: string): Assessment {
  const found = findTable(grid);
  if (!found.ok || !found.value.plan) throw new Error("The seeded table must be found with its plan");
  const read = readIndicators(grid, found.value);
  return assess({ plan: found.value.plan, indicators: read.indicators, period: parsePeriod(periodLabel)! });
}

describe("the task pane on a bureau's monitoring table", () => {
  it("opens, shows the detected columns with their evidence, and assesses a chosen period", async () => {
    const page = await openPane();
    await page.screenshot({ path: join(SCREENSHOTS, "01-open.png"), fullPage: true });
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
    await page.close();
  });
});
