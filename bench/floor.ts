/**
 * The command line against its floor: `plan-assess assess --out` and exceljs reading and writing
 * the same workbook (`exceljs-floor.mjs`), each in its own child process, timed end to end with its
 * peak memory (`peak-memory.mjs`). Each is run `RUNS` times and the fastest run is kept, so a busy
 * machine skews the ratio less.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { indicatorSheetSeed } from "../tests/excel/plans";
import { workbookOf } from "../tests/xlsx/workbooks";

const ROOT = resolve(__dirname, "..");
const RUNS = 3;

/** One measured run: seconds and peak resident memory in megabytes. */
export interface Measured {
  seconds: number;
  peakMB: number;
}

/** A `rows`-row indicator workbook saved in a fresh folder; its path. */
export async function savedTable(rows: number): Promise<string> {
  const input = join(mkdtempSync(join(tmpdir(), "plan-assess-bench-")), `table-${rows}.xlsx`);
  await workbookOf([indicatorSheetSeed(rows)]).xlsx.writeFile(input);
  return input;
}

/** Runs a Node script in a child process and measures it; a failed run is an error. */
function measured(script: string, args: readonly string[]): Measured {
  const peakFile = join(mkdtempSync(join(tmpdir(), "plan-assess-peak-")), "peak");
  const start = performance.now();
  const ran = spawnSync(process.execPath, ["--import", pathToFileURL(join(ROOT, "bench/peak-memory.mjs")).href, script, ...args], {
    encoding: "utf8",
    env: { ...process.env, PLAN_ASSESS_PEAK_FILE: peakFile },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (ran.status !== 0) throw new Error(`${script} failed (${ran.status ?? ran.signal}): ${ran.stderr}`);
  return { seconds, peakMB: Number(readFileSync(peakFile, "utf8")) / 1024 };
}

/** The fastest of `RUNS` runs (its peak memory with it). */
function best(script: string, args: readonly string[], runs = RUNS): Measured {
  let fastest: Measured | null = null;
  for (let run = 0; run < runs; run += 1) {
    const now = measured(script, args);
    if (!fastest || now.seconds < fastest.seconds) fastest = now;
  }
  if (!fastest) throw new Error("no run");
  return fastest;
}

/** The command line (built in dist/cli) assessing a workbook into a copy. */
export function cliRun(input: string, runs = RUNS): Measured {
  return best(join(ROOT, "dist/cli/plan-assess.cjs"), ["assess", input, "--out", input.replace(/\.xlsx$/u, "-assessed.xlsx")], runs);
}

/** exceljs reading the workbook and writing it again. */
export function floorRun(input: string, runs = RUNS): Measured {
  return best(join(ROOT, "bench/exceljs-floor.mjs"), [input, input.replace(/\.xlsx$/u, "-floor.xlsx")], runs);
}
