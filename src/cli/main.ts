/**
 * The command line, `plan-assess assess <input.xlsx> [--out FILE] [--sheet NAME] [--period LABEL]
 * [--plan 2021-2025] [--placement beside|sheet] [--json]`: reads the workbook with exceljs, runs
 * the same assessment as the add-in through the .xlsx door, prints a Chinese summary (or, with
 * `--json`, exactly one JSON object, on failure too) on stdout, with `--out` writes the
 * assessed workbook to a new file (the input package plus the run's edit, `patch/copy.ts`) and with `--report` the report's indicator section as a Word
 * document. Progress and messages go to stderr. Exit codes: 0 assessed;
 * 1 bad input (file missing or unreadable, no table, no plan); 2 usage error.
 *
 * Choices: the input file is never written (see `files.ts` for what is read and where it may
 * write); the run's settings are those saved in the workbook by an earlier run, else the
 * defaults; the time stamp is the local time with its UTC offset. Everything printed is cleaned of
 * control characters (`printable.ts`); a reader that closes the pipe early ends the output
 * quietly.
 */
import { resolve } from "node:path";
import { getHeapStatistics } from "node:v8";
import { localTimestamp } from "../app/timestamp";
import type { Problem, Result } from "../core/types";
import { inputErrors, placementHint, progress, usage, usageErrors } from "../i18n/cli";
import { runAssessment } from "../workbook/run";
import type { TableMapping } from "../workbook/types";
import { XlsxDoorError } from "../xlsx/errors";
import { XlsxHost } from "../xlsx/host";
import { patchedCopy } from "../xlsx/patch/copy";
import { parseArguments, wantsJson, type Command } from "./args";
import { errnoCode, outputTarget, writeOutput, type FileProblem, type OutputTarget } from "./files";
import { loadWorkbook } from "./load";
import { mappingWithPlan } from "./locate";
import { printable, printableJson } from "./printable";
import { jsonReport } from "./report";
import { summaryLines } from "./summary";
import { reportBytes } from "./word-file";

/** Where the command line writes, and its clock (replaceable in tests). */
export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  now?: () => Date;
}

/** Exit codes. */
export const EXIT = { assessed: 0, badInput: 1, usage: 2 } as const;

/** Problems of a run whose message offers the separate sheet (the command line names its option). */
const OFFERS_SEPARATE_SHEET = new Set(["plan.collision", "plan.user_edits"]);

/** The streams, with everything written to them made printable. */
function printableStreams(streams: CliStreams): CliStreams {
  return {
    stdout: { write: (text: string) => streams.stdout.write(printable(text)) },
    stderr: { write: (text: string) => streams.stderr.write(printable(text)) },
    ...(streams.now ? { now: streams.now } : {}),
  };
}

/**
 * Runs the command line with its arguments (without `node` and the script) and returns the exit code.
 * @example await main(["assess", "samples/keqiao-14th-monitoring.xlsx", "--json"], streams) //=> 0
 */
export async function main(argv: readonly string[], given: CliStreams): Promise<number> {
  const streams = printableStreams(given);
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    streams.stderr.write(`${parsed.problem}\n${usageErrors.hint}\n`);
    if (wantsJson(argv)) streams.stdout.write(`${printableJson(failureReport({ code: "usage", message: parsed.problem }))}\n`);
    return EXIT.usage;
  }
  if (parsed.value.kind === "help") {
    streams.stdout.write(`${usage}\n`);
    return EXIT.assessed;
  }
  const command = parsed.value;
  const ran = await assess(command, streams);
  if (ran.ok) return EXIT.assessed;
  const problem = ran.problem;
  streams.stderr.write(problem.usage ? `${problem.message}\n${usageErrors.hint}\n` : `${problem.message}\n`);
  if (command.json) streams.stdout.write(`${printableJson(failureReport(problem))}\n`);
  return problem.usage ? EXIT.usage : EXIT.badInput;
}

/** The one JSON object printed on failure. */
function failureReport(problem: Problem): { ok: false; problem: { code: string; message: string } } {
  return { ok: false, problem: { code: problem.code, message: problem.message } };
}

/** A run's problem as the command line reports it: the option that chooses the separate sheet named. */
function runProblem(problem: Problem): FileProblem {
  const message = OFFERS_SEPARATE_SHEET.has(problem.code) ? `${problem.message}${placementHint}` : problem.message;
  return { code: problem.code, message };
}

/**
 * Memory a written copy takes per indicator row at its peak, with a margin: exceljs holds the
 * user's sheet as cell objects, the run its edits and the new parts' text, and the saved package
 * besides (measured: 10,000 rows peaked at 445 MB, 100,000 at 2.9 GB).
 */
const COPY_BYTES_PER_ROW = 40_000;

/**
 * The most indicator rows whose copy fits the heap this process may grow to (some 100,000 under
 * Node's default limit; more with `--max-old-space-size`): above it the copy is refused before it
 * is built, rather than the run dying of memory halfway.
 */
function rowsACopyCanHold(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / COPY_BYTES_PER_ROW);
}

/** Where `--out` and `--report` write, each checked against the input, and not the same file. */
async function outputsOf(
  command: Extract<Command, { kind: "assess" }>,
  input: string,
): Promise<Result<{ target?: OutputTarget; report?: OutputTarget }, FileProblem>> {
  const target = command.out === undefined ? undefined : await outputTarget(command.out, input);
  if (target && !target.ok) return target;
  const report = command.report === undefined ? undefined : await outputTarget(command.report, input);
  if (report && !report.ok) {
    // The refusal names --out; for the report, say it of the report.
    return report.problem.code === "output.same_as_input" ? { ok: false, problem: { ...report.problem, message: usageErrors.sameReport } } : report;
  }
  if (report && target && report.value.path === target.value.path) {
    return { ok: false, problem: { code: "report.same_as_output", message: usageErrors.sameReport, usage: true } };
  }
  // The name says what the file is: Excel refuses an .xlsx package under another extension.
  if (command.out !== undefined && !/\.xlsx$/iu.test(command.out)) return { ok: false, problem: { code: "output.extension", message: usageErrors.outExtension(command.out), usage: true } };
  if (command.report !== undefined && !/\.docx$/iu.test(command.report)) return { ok: false, problem: { code: "report.extension", message: usageErrors.reportExtension(command.report), usage: true } };
  return { ok: true, value: { ...(target ? { target: target.value } : {}), ...(report ? { report: report.value } : {}) } };
}

/** `assess`: read, run, write, print; or the problem that stopped it. */
async function assess(command: Extract<Command, { kind: "assess" }>, streams: CliStreams): Promise<Result<void, FileProblem>> {
  const input = resolve(command.input);
  const outputs = await outputsOf(command, input);
  if (!outputs.ok) return outputs;
  const { target, report } = outputs.value;
  streams.stderr.write(`${progress.reading(command.input)}\n`);
  const loaded = await loadWorkbook(input, command.input);
  if (!loaded.ok) return loaded;

  // The copy is made from the input's package; the workbook in memory is only read.
  const host = new XlsxHost(loaded.value.workbook, undefined, { recordOnly: true, ...(loaded.value.saved ? { saved: loaded.value.saved } : {}) });
  try {
    let mapping: TableMapping | undefined;
    if (command.plan) {
      const found = await mappingWithPlan(host, command.plan, command.sheet);
      if (!found.ok) return { ok: false, problem: runProblem(found.problem) };
      mapping = found.value;
    }
    const run = await runAssessment(host, {
      generatedAt: localTimestamp((streams.now ?? (() => new Date()))()),
      apply: false,
      ...(command.sheet !== undefined ? { sheet: command.sheet } : {}),
      ...(mapping ? { mapping } : {}),
      ...(command.period ? { period: command.period } : {}),
      ...(command.placement ? { placement: command.placement } : {}),
    });
    if (!run.ok) return { ok: false, problem: runProblem(run.problem) };
    const outcome = run.value;
    streams.stderr.write(`${progress.assessed(outcome.mapping.sheet, outcome.assessment.judgements.length)}\n`);
    if (target !== undefined) {
      const rows = outcome.assessment.judgements.length;
      const limit = rowsACopyCanHold();
      if (rows > limit) return { ok: false, problem: { code: "output.too_large", message: inputErrors.tooLargeForCopy(rows, limit) } };
      await host.applyPlan(outcome.plan);
      const saved = await saveWorkbook(host, loaded.value.bytes, target, input);
      if (saved !== null) return { ok: false, problem: saved };
      streams.stderr.write(`${progress.written(target.shown)}\n`);
    }
    if (report !== undefined) {
      const saved = await writeOutput(report, input, await reportBytes(outcome.assessment));
      if (saved !== null) return { ok: false, problem: saved };
      streams.stderr.write(`${progress.reportWritten(report.shown)}\n`);
    }
    streams.stdout.write(command.json ? `${printableJson({ ok: true, ...jsonReport(outcome) })}\n` : `${summaryLines(outcome).join("\n")}\n`);
    return { ok: true, value: undefined };
  } catch (error) {
    if (error instanceof XlsxDoorError) return { ok: false, problem: { code: error.code, message: error.message } };
    throw error;
  }
}

/**
 * Writes the copy to the output (see `writeOutput`): the input package with the run's operations
 * carried out in it (`patchedCopy`); null, or why it failed.
 */
async function saveWorkbook(host: XlsxHost, input: Buffer, target: OutputTarget, inputPath: string): Promise<FileProblem | null> {
  let bytes: Uint8Array;
  try {
    bytes = await patchedCopy(input, host.operations(), host.propertiesToSave());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { code: "output.serialise", message: inputErrors.cannotWrite(target.shown, detail) };
  }
  return writeOutput(target, inputPath, bytes);
}

/** A process stream that goes quiet once its reader is gone; how it failed, if it did. */
interface GuardedStream {
  stream: { write(text: string): unknown };
  failure(): string | undefined;
}

/**
 * A process stream whose write errors are caught: a reader that closed the pipe (EPIPE, as
 * `--json | head -c 100` does) ends the output quietly, any other error is kept for the exit code.
 * Node ignores SIGPIPE and reports the closed pipe as an `error` event on the stream
 * (https://nodejs.org/api/process.html#signal-events); unhandled, it would crash the process.
 */
function guarded(stream: NodeJS.WriteStream): GuardedStream {
  let closed = false;
  let failed: string | undefined;
  stream.on("error", (error: unknown) => {
    closed = true;
    const code = errnoCode(error);
    if (code !== "EPIPE") failed = code ?? "unknown";
  });
  return {
    stream: { write: (text: string) => (closed ? false : stream.write(text)) },
    failure: () => failed,
  };
}

/**
 * Runs the command line in this process and sets its exit code; an unexpected failure (a bug) is
 * reported on stderr (and as the JSON object with `--json`) with exit code 1.
 * @example run(["--help"]) //=> prints the usage, exit code 0
 */
export function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const stdout = guarded(process.stdout);
  const stderr = guarded(process.stderr);
  const streams = { stdout: stdout.stream, stderr: stderr.stream };
  return main(argv, streams).then(
    (code) => {
      process.exitCode = stdout.failure() === undefined ? code : EXIT.badInput;
    },
    (error: unknown) => {
      const message = inputErrors.unexpected(error instanceof Error ? (error.stack ?? error.message) : String(error));
      streams.stderr.write(`${printable(message)}\n`);
      if (wantsJson(argv)) streams.stdout.write(`${printableJson(failureReport({ code: "unexpected", message }))}\n`);
      process.exitCode = EXIT.badInput;
    },
  );
}

// Run when this bundle is executed directly (`node dist/cli/plan-assess.cjs …`); `bin/plan-assess.cjs`
// requires it and calls `run` itself.
if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) void run();
