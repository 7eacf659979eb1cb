/**
 * The command line, `plan-assess assess <input.xlsx> [--out FILE] [--sheet NAME] [--period LABEL]
 * [--plan 2021-2025] [--json]`: reads the workbook with exceljs, runs the same assessment as the
 * add-in through the exceljs door, prints a Chinese summary (or, with `--json`, exactly one JSON
 * object) on stdout, with `--out` writes the assessed workbook to a new file and with `--report` the
 * report's indicator section as a Word document. Progress and
 * messages go to stderr. Exit codes: 0 assessed; 1 bad input (file missing or unreadable, no table,
 * no plan); 2 usage error.
 *
 * Choices: the input file is never written (an `--out` naming it is a usage error); the run's
 * settings are those saved in the workbook by an earlier run, else the defaults; the time stamp
 * is the local time with its UTC offset.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { localTimestamp } from "../app/timestamp";
import type { Result } from "../core/types";
import { inputErrors, progress, usage, usageErrors } from "../i18n/cli";
import { runAssessment } from "../workbook/run";
import type { TableMapping } from "../workbook/types";
import { addCharts } from "../xlsx/chart";
import { XlsxDoorError } from "../xlsx/errors";
import { XlsxHost } from "../xlsx/host";
import { parseArguments, type Command } from "./args";
import { mappingWithPlan } from "./locate";
import { jsonReport } from "./report";
import { summaryLines } from "./summary";
import { saveReport } from "./word-file";

/** Where the command line writes, and its clock (replaceable in tests). */
export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  now?: () => Date;
}

/** Exit codes. */
export const EXIT = { assessed: 0, badInput: 1, usage: 2 } as const;

/**
 * Runs the command line with its arguments (without `node` and the script) and returns the exit code.
 * @example await main(["assess", "samples/keqiao-14th-monitoring.xlsx", "--json"], streams) //=> 0
 */
export async function main(argv: readonly string[], streams: CliStreams = processStreams()): Promise<number> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    streams.stderr.write(`${parsed.problem}\n${usageErrors.hint}\n`);
    return EXIT.usage;
  }
  if (parsed.value.kind === "help") {
    streams.stdout.write(`${usage}\n`);
    return EXIT.assessed;
  }
  return assess(parsed.value, streams);
}

/** `assess`: read, run, write, print. */
async function assess(command: Extract<Command, { kind: "assess" }>, streams: CliStreams): Promise<number> {
  const input = resolve(command.input);
  if (command.out !== undefined && resolve(command.out) === input) {
    streams.stderr.write(`${usageErrors.sameOutput}\n${usageErrors.hint}\n`);
    return EXIT.usage;
  }
  if (command.report !== undefined && [input, command.out && resolve(command.out)].includes(resolve(command.report))) {
    streams.stderr.write(`${usageErrors.sameReport}\n${usageErrors.hint}\n`);
    return EXIT.usage;
  }
  streams.stderr.write(`${progress.reading(command.input)}\n`);
  const loaded = await loadWorkbook(input, command.input);
  if (!loaded.ok) return fail(streams, loaded.problem);

  const host = new XlsxHost(loaded.value);
  try {
    let mapping: TableMapping | undefined;
    if (command.plan) {
      const found: Result<TableMapping> = await mappingWithPlan(host, command.plan, command.sheet);
      if (!found.ok) return fail(streams, found.problem.message);
      mapping = found.value;
    }
    const run = await runAssessment(host, {
      generatedAt: localTimestamp((streams.now ?? (() => new Date()))()),
      apply: command.out !== undefined,
      ...(command.sheet !== undefined ? { sheet: command.sheet } : {}),
      ...(mapping ? { mapping } : {}),
      ...(command.period ? { period: command.period } : {}),
    });
    if (!run.ok) return fail(streams, run.problem.message);
    const outcome = run.value;
    streams.stderr.write(`${progress.assessed(outcome.mapping.sheet, outcome.assessment.judgements.length)}\n`);
    if (command.out !== undefined) {
      const saved = await saveWorkbook(host, resolve(command.out));
      if (saved !== null) return fail(streams, inputErrors.cannotWrite(command.out, saved));
      streams.stderr.write(`${progress.written(command.out)}\n`);
    }
    if (command.report !== undefined) {
      const saved = await saveReport(outcome.assessment, resolve(command.report));
      if (saved !== null) return fail(streams, inputErrors.cannotWrite(command.report, saved));
      streams.stderr.write(`${progress.reportWritten(command.report)}\n`);
    }
    streams.stdout.write(command.json ? `${JSON.stringify(jsonReport(outcome))}\n` : `${summaryLines(outcome).join("\n")}\n`);
    return EXIT.assessed;
  } catch (error) {
    if (error instanceof XlsxDoorError) return fail(streams, error.message);
    throw error;
  }
}

/** Prints an input error and returns its exit code. */
function fail(streams: CliStreams, message: string): number {
  streams.stderr.write(`${message}\n`);
  return EXIT.badInput;
}

/** The workbook in a file, or the Chinese message of why it cannot be read. */
async function loadWorkbook(path: string, shown: string): Promise<Result<ExcelJS.Workbook, string>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, problem: code === "ENOENT" ? inputErrors.missingFile(shown) : inputErrors.unreadable(shown) };
  }
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return { ok: true, value: workbook };
  } catch {
    return { ok: false, problem: inputErrors.unreadable(shown) };
  }
}

/** Zip compression of the written workbook: level 1 halves the time deflate takes on a large table. */
const ZIP_OPTIONS = { compression: "DEFLATE", compressionOptions: { level: 1 } } as const;

/**
 * Writes a host's workbook to a new file (through a temporary file beside it), with the charts its
 * plan asks for added to what exceljs writes; null, or why it failed.
 */
async function saveWorkbook(host: XlsxHost, path: string): Promise<string | null> {
  try {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    const written = Buffer.from(await host.workbook.xlsx.writeBuffer({ zip: ZIP_OPTIONS }));
    await writeFile(temporary, await addCharts(written, host.charts()));
    await rename(temporary, path);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The process's own streams. */
function processStreams(): CliStreams {
  return { stdout: process.stdout, stderr: process.stderr };
}

/**
 * Runs the command line in this process and sets its exit code; an unexpected failure (a bug) is
 * reported on stderr with exit code 1.
 * @example run(["--help"]) //=> prints the usage, exit code 0
 */
export function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${inputErrors.unexpected(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
      process.exitCode = EXIT.badInput;
    },
  );
}

// Run when this bundle is executed directly (`node dist/cli/plan-assess.cjs …`); `bin/plan-assess.cjs`
// requires it and calls `run` itself.
if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) void run();
