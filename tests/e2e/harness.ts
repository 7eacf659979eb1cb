/**
 * One browser and one server per test file: the stand-in bundled into `dist/e2e`, `dist/` served on
 * 127.0.0.1, headless Chromium launched; `open` loads a test page in a fresh tab and fails the
 * test on any script error in the page.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { launchChromium, type LaunchedBrowser } from "./browser";
import { bundleStandIn, DIST, SCREENSHOTS } from "./page";
import { serveFolder, type StaticServer } from "./server";

/** A running browser and server. */
export interface Harness {
  url: string;
  /** Opens a test page (path relative to `dist/`, with any query) at a width; waits for the pane when asked. */
  open(file: string, options?: { width?: number; waitForPane?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the browser and the server. */
export async function startHarness(): Promise<Harness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await bundleStandIn();
  const server: StaticServer = await serveFolder(DIST);
  const browser: LaunchedBrowser = await launchChromium();
  return {
    url: server.url,
    async open(file, options = {}) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: options.width ?? 360, height: 900 });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${server.url}${file}`);
      if (options.waitForPane ?? true) await page.waitForSelector("#app[data-ready=true]", { timeout: 30_000 });
      expect(errors).toEqual([]);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
