/**
 * `npm run bench`: how fast, and how few round trips.
 * - Engine: `assess` on 100,000 generated indicator rows (rows per second). A floor, not a goal:
 *   real tables have 30–40 rows, and 10,000 rows must assess in well under a second.
 * - Office.js door: a whole run (`runAssessment`: sheet list, table read with the run stamp and
 *   saved settings, plan written) through the strict Excel stand-in, for 100 and 10,000 rows —
 *   syncs (goal: equal, ≤ 6; also on the ribbon's one-click path, with no settings given), the
 *   largest payload of any sync (≤ 5 MB), and what the write plan weighs per indicator row.
 * - Command line: `plan-assess assess --out` end to end on a 10,000-row workbook, beside exceljs
 *   merely reading and writing the same file (`floor.ts`): time and peak memory, and their ratios
 *   (goals ≤ 1.5× and ≤ 2×); and on a 100,000-row workbook (goal: it finishes). Also on a 30-row
 *   workbook with one stray cell at XFD1048576 (its cost is the cells, not the used range). With
 *   `BENCH_LARGE=1`, also on 150,000 rows, assessed without `--out` (minutes; the copy of such a
 *   table is exceljs's to write, and needs more memory than Node gives by default).
 * - Long text: an 11,000-row sheet with a column of 100-character Chinese notes read through the
 *   stand-in in its pessimistic payload mode (every non-ASCII character counted as `\uXXXX`):
 *   syncs and the largest response, which must stay under 5 MB.
 * Beside them, the same figures for a naive cell-by-cell Office.js add-in through the same
 * stand-in. The last line printed is one JSON object with the door's figures: `officeSyncs` are
 * the ribbon's one-click run on 40 and 10,000 rows (goals ≤ 3 and ≤ 6).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { buildCli } from "../scripts/build-cli";
import { assess } from "../src/core/assess";
import { ExcelHost } from "../src/excel";
import { requestBytes } from "../src/excel/budget";
import { planOperations } from "../src/workbook/write/operations";
import { excelZhCN } from "../src/i18n/excel";
import { PLAN_PROPERTIES } from "../src/workbook/plan";
import { runAssessment } from "../src/workbook/run";
import { indicatorSheetSeed } from "../tests/excel/plans";
import { createExcelStandIn } from "../tests/excel/standin";
import { strayCellBytes } from "../tests/xlsx/hostile-sheets";
import { workbookOf } from "../tests/xlsx/workbooks";
import { cliRun, floorRun, savedTable, type Measured } from "./floor";
import { naiveRead, naiveWrite } from "./naive";
import { engineInputs } from "./rows";

const ROOT = resolve(__dirname, "..");
const GENERATED_AT = "2023-08-01T10:00:00+08:00";
const ENGINE_ROWS = 100_000;
const SIZES = [40, 100, 10_000] as const;

/** Engine rows per second on `count` rows (after a warm-up of a fifth as many, so the JIT has settled). */
function engineRowsPerSecond(count: number): number {
  const plan = { baseYear: 2020, targetYear: 2025 };
  assess({ plan, indicators: engineInputs(Math.ceil(count / 5)) });
  const indicators = engineInputs(count);
  const start = performance.now();
  const result = assess({ plan, indicators });
  const seconds = (performance.now() - start) / 1000;
  if (result.judgements.length !== count) throw new Error("the engine lost rows");
  return Math.round(count / seconds);
}

/** One measured run through the stand-in. */
interface OfficeFigures {
  syncs: number;
  payloadBytesMax: number;
  seconds: number;
}

/** A door run's figures, with the write plan's estimated bytes per indicator row. */
interface DoorFigures extends OfficeFigures {
  planBytesPerRow: number;
}

/** A whole run through the Office.js door on a table of `rows` indicators, settings given. */
async function doorRun(rows: number): Promise<DoorFigures> {
  const standIn = createExcelStandIn([indicatorSheetSeed(rows)]);
  const host = new ExcelHost({ run: standIn.run, office: standIn.office });
  const start = performance.now();
  const run = await runAssessment(host, { generatedAt: GENERATED_AT, settings: {} });
  const seconds = (performance.now() - start) / 1000;
  if (!run.ok) throw new Error(run.problem.message);
  const operations = planOperations(run.value.plan, { sheets: ["指标"], names: [], propertyKeys: [] }, excelZhCN);
  if (!operations.ok) throw new Error(operations.problem.message);
  const planBytesPerRow = Math.round(requestBytes(operations.value) / rows);
  return { syncs: standIn.syncCount, payloadBytesMax: standIn.largestPayload, seconds, planBytesPerRow };
}

/** Syncs of the ribbon's one-click run (no settings given: the saved ones are used) on `rows` rows. */
async function oneClickSyncs(rows: number): Promise<number> {
  const standIn = createExcelStandIn([indicatorSheetSeed(rows)]);
  const host = new ExcelHost({ run: standIn.run, office: standIn.office });
  await host.writeProperty(PLAN_PROPERTIES.settings, JSON.stringify({ tolerance: 0.05 }));
  standIn.resetCounters();
  const run = await runAssessment(host, { generatedAt: GENERATED_AT });
  if (!run.ok) throw new Error(run.problem.message);
  return standIn.syncCount;
}

/** The long-text sheet: the indicator table with a column of 100-character notes. */
function longTextSeed(rows: number) {
  const seed = indicatorSheetSeed(rows);
  return { ...seed, values: (seed.values ?? []).map((line, i) => [...line, i < 2 ? (i === 1 ? "备注" : null) : "注".repeat(100)]) };
}

/** Syncs and the largest payload of reading the long-text sheet, pessimistically counted. */
async function longTextRead(rows: number): Promise<{ rows: number; syncs: number; payloadBytesMax: number }> {
  const standIn = createExcelStandIn([longTextSeed(rows)], { payloadMode: "pessimistic" });
  const host = new ExcelHost({ run: standIn.run, office: standIn.office });
  const grid = await host.readGrid("指标");
  if (grid.values.length !== rows + 2) throw new Error("the long-text read lost rows");
  return { rows, syncs: standIn.syncCount, payloadBytesMax: standIn.largestPayload };
}

/** The same run done cell by cell: the table read one cell per sync, the plan written likewise. */
async function naiveRun(rows: number): Promise<OfficeFigures> {
  const planned = await runAssessment(
    new ExcelHost((() => {
      const standIn = createExcelStandIn([indicatorSheetSeed(rows)]);
      return { run: standIn.run, office: standIn.office };
    })()),
    { generatedAt: GENERATED_AT, settings: {}, apply: false },
  );
  if (!planned.ok) throw new Error(planned.problem.message);
  const standIn = createExcelStandIn([indicatorSheetSeed(rows)], { syncLoops: "count" });
  const start = performance.now();
  await naiveRead(standIn, "指标");
  await naiveWrite(standIn, planned.value.plan);
  const seconds = (performance.now() - start) / 1000;
  return { syncs: standIn.syncCount, payloadBytesMax: standIn.largestPayload, seconds };
}

/** The command line and its exceljs floor on a `rows`-row workbook. */
async function cliAgainstFloor(rows: number, runs?: number): Promise<{ cli: Measured; floor: Measured }> {
  await buildCli();
  const input = await savedTable(rows);
  return { cli: cliRun(input, runs), floor: floorRun(input, runs) };
}

/** Two decimals, as a number. */
function fixed2(value: number): number {
  return Number(value.toFixed(2));
}

/** Seconds for `plan-assess assess` on a `rows`-row workbook (or given bytes), end to end in a child process. */
async function cliSeconds(rows: number, options: { bytes?: Buffer; out?: boolean } = {}): Promise<number> {
  await buildCli();
  const folder = mkdtempSync(join(tmpdir(), "plan-assess-bench-"));
  const input = join(folder, `table-${rows}.xlsx`);
  if (options.bytes) writeFileSync(input, options.bytes);
  else await workbookOf([indicatorSheetSeed(rows)]).xlsx.writeFile(input);
  const start = performance.now();
  const out = options.out === false ? ["--json"] : ["--out", join(folder, "out.xlsx")];
  const ran = spawnSync(process.execPath, [join(ROOT, "dist/cli/plan-assess.cjs"), "assess", input, ...out], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (ran.status !== 0) throw new Error(`plan-assess failed: ${ran.stderr}`);
  return seconds;
}

/** A number with thousands separators. */
function grouped(value: number): string {
  return value.toLocaleString("en-US");
}

async function main(): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`engine: assessing ${grouped(ENGINE_ROWS)} generated indicator rows …`);
  const engineRowsPerSec = engineRowsPerSecond(ENGINE_ROWS);
  const door: Record<string, DoorFigures> = {};
  const naive: Record<string, OfficeFigures> = {};
  const oneClick: Record<string, number> = {};
  for (const rows of SIZES) {
    log(`Office.js: a whole run on ${grouped(rows)} rows through the stand-in, batched and cell by cell …`);
    door[rows] = await doorRun(rows);
    oneClick[rows] = await oneClickSyncs(rows);
    naive[rows] = await naiveRun(rows);
  }
  log(`Office.js: reading an ${grouped(11_000)}-row sheet of 100-character notes, payloads counted pessimistically …`);
  const longText = await longTextRead(11_000);
  log(`command line: plan-assess assess --out on a ${grouped(10_000)}-row workbook, and exceljs reading and writing it (best of 3) …`);
  const tenThousand = await cliAgainstFloor(10_000);
  const cli10kSeconds = tenThousand.cli.seconds;
  log(`command line: the same on ${grouped(100_000)} rows (one run each) …`);
  const hundredThousand = await cliAgainstFloor(100_000, 1);
  log("command line: a 30-row workbook with one stray cell at XFD1048576 …");
  const cliStraySeconds = await cliSeconds(30, { bytes: await strayCellBytes(30, "XFD1048576") });
  const largeRun = process.env.BENCH_LARGE === "1";
  if (largeRun) log(`command line: ${grouped(150_000)} rows, assessed without --out …`);
  const cli150kSeconds = largeRun ? await cliSeconds(150_000, { out: false }) : null;

  const small = door[100]!;
  const large = door[10_000]!;
  const naiveSmall = naive[100]!;
  const naiveLarge = naive[10_000]!;
  const payloadBytesMax = Math.max(small.payloadBytesMax, large.payloadBytesMax);
  log("");
  log(`${"".padEnd(34)}${"plan-assess".padStart(14)}${"naive cell-by-cell".padStart(22)}${"ratio".padStart(10)}`);
  const row = (label: string, ours: number, theirs: number, unit = "") =>
    log(`${label.padEnd(34)}${(grouped(ours) + unit).padStart(14)}${(grouped(theirs) + unit).padStart(22)}${`×${grouped(Math.round(theirs / Math.max(ours, 1e-9)))}`.padStart(10)}`);
  log(`${"engine rows/s (100,000 rows)".padEnd(34)}${grouped(engineRowsPerSec).padStart(14)}`);
  row("Office.js syncs, 40 rows", door[40]!.syncs, naive[40]!.syncs);
  row("Office.js syncs, 100 rows", small.syncs, naiveSmall.syncs);
  row("Office.js syncs, 10,000 rows", large.syncs, naiveLarge.syncs);
  log(`${"one-click syncs, 40/100/10,000".padEnd(34)}${`${oneClick[40] ?? "?"} / ${oneClick[100] ?? "?"} / ${oneClick[10_000] ?? "?"}`.padStart(14)}`);
  log(`${"long text 11,000 rows: syncs".padEnd(34)}${grouped(longText.syncs).padStart(14)}`);
  log(`${"long text: largest response".padEnd(34)}${grouped(longText.payloadBytesMax).padStart(14)}`);
  log(`${"write plan bytes per row, 100/10k".padEnd(34)}${`${small.planBytesPerRow} / ${large.planBytesPerRow}`.padStart(14)}`);
  log(`${"largest payload of a sync (bytes)".padEnd(34)}${grouped(payloadBytesMax).padStart(14)}${grouped(Math.max(naiveSmall.payloadBytesMax, naiveLarge.payloadBytesMax)).padStart(22)}`);
  log(`${"stand-in seconds, 10,000 rows".padEnd(34)}${large.seconds.toFixed(2).padStart(14)}${naiveLarge.seconds.toFixed(2).padStart(22)}`);
  log(`${"command line, 10,000 rows (s)".padEnd(34)}${cli10kSeconds.toFixed(2).padStart(14)}`);
  log(`${"command line, XFD1048576 stray (s)".padEnd(34)}${cliStraySeconds.toFixed(2).padStart(14)}`);
  if (cli150kSeconds !== null) log(`${"command line, 150,000 rows (s)".padEnd(34)}${cli150kSeconds.toFixed(2).padStart(14)}`);
  log("");
  log(`${"".padEnd(34)}${"plan-assess".padStart(14)}${"exceljs read+write".padStart(22)}${"ratio".padStart(10)}`);
  const versus = (label: string, ours: number, floor: number, digits: number) =>
    log(`${label.padEnd(34)}${ours.toFixed(digits).padStart(14)}${floor.toFixed(digits).padStart(22)}${`×${(ours / floor).toFixed(2)}`.padStart(10)}`);
  versus("10,000 rows: seconds", tenThousand.cli.seconds, tenThousand.floor.seconds, 2);
  versus("10,000 rows: peak memory (MB)", tenThousand.cli.peakMB, tenThousand.floor.peakMB, 0);
  versus("100,000 rows: seconds", hundredThousand.cli.seconds, hundredThousand.floor.seconds, 2);
  versus("100,000 rows: peak memory (MB)", hundredThousand.cli.peakMB, hundredThousand.floor.peakMB, 0);
  log("");
  log(
    JSON.stringify({
      naive: {
        officeSyncs: { "100": naiveSmall.syncs, "10000": naiveLarge.syncs },
        payloadBytesMax: Math.max(naiveSmall.payloadBytesMax, naiveLarge.payloadBytesMax),
        standInSeconds10k: Number(naiveLarge.seconds.toFixed(2)),
      },
    }),
  );
  log(
    JSON.stringify({
      engineRowsPerSec,
      officeSyncs: { "40": oneClick[40], "10000": oneClick[10_000] },
      payloadBytesMax,
      longTextRead: longText,
      cli10kSeconds: fixed2(cli10kSeconds),
      cliVsExceljs: {
        rows: 10_000,
        timeRatio: fixed2(tenThousand.cli.seconds / tenThousand.floor.seconds),
        memoryRatio: fixed2(tenThousand.cli.peakMB / tenThousand.floor.peakMB),
        exceljsSeconds: fixed2(tenThousand.floor.seconds),
        exceljsPeakMB: Math.round(tenThousand.floor.peakMB),
        cliPeakMB: Math.round(tenThousand.cli.peakMB),
      },
      cli100k: { seconds: fixed2(hundredThousand.cli.seconds), peakMB: Math.round(hundredThousand.cli.peakMB) },
      cliStraySeconds: fixed2(cliStraySeconds),
      ...(cli150kSeconds !== null ? { cli150kSeconds: fixed2(cli150kSeconds) } : {}),
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
