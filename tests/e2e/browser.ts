/**
 * Debian's Chromium, headless, driven by playwright-core: a fresh profile per launch (Playwright
 * passes it as `--user-data-dir`), no network services of its own.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Where Debian installs Chromium (`apt-get install chromium`). */
export const CHROMIUM = "/usr/bin/chromium";

/** A launched browser context and the clean-up of its profile. */
export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches headless Chromium with a throwaway profile and a task-pane-sized window. */
export async function launchChromium(width = 360, height = 900): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "plan-assess-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    locale: "zh-CN",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
