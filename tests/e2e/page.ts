/**
 * The browser test page: the built task pane (`dist/taskpane.html`) with office.js replaced by the
 * in-memory Excel stand-in, bundled at test start with esbuild, and a seed script holding the
 * workbook. Written into `dist/` beside the pane, so the pane's own script and stylesheet load
 * exactly as built.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import type { PageSeed } from "./seed";

/** The project's build output. */
export const DIST = resolve(__dirname, "../../dist");

/** Where screenshots go (git-ignored). */
export const SCREENSHOTS = resolve(__dirname, "../../test-output/e2e");

const OFFICE_SCRIPT = '<script src="assets/office-js/office.js"></script>';

/** Bundles the stand-in for the page (once per test file). */
export async function bundleStandIn(): Promise<void> {
  await build({
    entryPoints: [join(__dirname, "page/office-standin.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    outfile: join(DIST, "e2e/office-standin.js"),
    logLevel: "warning",
  });
}

/**
 * Writes a test page named `name` that opens the built pane `page` (`taskpane.html` or
 * `commands.html`) on the seeded workbook; returns its path relative to `dist/`.
 */
export function writeTestPage(name: string, seed: PageSeed, page = "taskpane.html"): string {
  const built = readFileSync(join(DIST, page), "utf8");
  if (!built.includes(OFFICE_SCRIPT)) throw new Error(`${page} does not load ${OFFICE_SCRIPT}`);
  mkdirSync(join(DIST, "e2e"), { recursive: true });
  writeFileSync(join(DIST, `e2e/seed-${name}.js`), `window.__PLAN_ASSESS_SEED__ = ${JSON.stringify(seed)};\n`);
  const scripts = `<script src="e2e/seed-${name}.js"></script>\n    <script src="e2e/office-standin.js"></script>`;
  const file = `${page.replace(/\.html$/u, "")}-${name}.e2e.html`;
  writeFileSync(join(DIST, file), built.replace(OFFICE_SCRIPT, scripts));
  return file;
}
