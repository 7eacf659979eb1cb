/**
 * The command line's file handling: what it reads and where it may write.
 *
 * - The input is read only when it is a regular file (a symlink to one is followed) of at most
 *   {@link INPUT_SIZE_LIMIT} bytes: a directory, a FIFO (which would hang), a device (`/dev/zero`
 *   would never end) or a socket is refused before any byte is read. It is opened without
 *   blocking and checked again on the open handle, so what is read is what was checked.
 * - The output is compared with the input by identity, not by its spelling: the device and inode of
 *   the file it names (symlinks followed, so a symlinked file or folder and a hard link are all
 *   the input), and, when it does not exist yet, the real path of its folder with its name. Only a
 *   regular file is replaced; a directory, a device (`/dev/full`), a FIFO is refused.
 * - The output is written to a temporary file in the target folder and renamed into place (a
 *   rename within one folder replaces the file whole or not at all); on any failure the
 *   temporary file is removed.
 *
 * Failures are values: a {@link Problem} with a stable code and a Chinese message (errno codes
 * in Chinese, never Node's English text).
 */
import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { mkdir, open, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Problem, Result } from "../core/types";
import { fileKinds, inputErrors, systemErrorText, usageErrors } from "../i18n/cli";

/**
 * The largest input read: 200 MB. A province's batch of monitoring tables is a few MB; a file
 * this size is the wrong file, and exceljs would need several GB of memory for it.
 */
export const INPUT_SIZE_LIMIT = 200 * 1024 * 1024;

/** A refusal or failure of the file handling; `usage` when the command line itself is at fault. */
export interface FileProblem extends Problem {
  usage?: boolean;
}

/** The identity of a file: its device and inode. */
interface Identity {
  dev: number;
  ino: number;
}

/** Where the output goes: the path as given and the real path that is replaced. */
export interface OutputTarget {
  shown: string;
  path: string;
}

/** The errno code of a failed system call. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** What kind of thing a non-regular file is, in Chinese. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return fileKinds.directory;
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return fileKinds.device;
  if (stats.isFIFO()) return fileKinds.fifo;
  if (stats.isSocket()) return fileKinds.socket;
  return fileKinds.other;
}

/** A size in MB, as the refusal shows it. */
function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file that was found cannot be read, or null when it can. */
function inputRefusal(stats: Stats, shown: string): FileProblem | null {
  if (!stats.isFile()) return { code: "input.not_regular", message: inputErrors.notRegular(shown, kindOf(stats)) };
  if (stats.size > INPUT_SIZE_LIMIT) {
    return { code: "input.too_large", message: inputErrors.tooLarge(shown, megabytes(stats.size), megabytes(INPUT_SIZE_LIMIT)) };
  }
  return null;
}

/** The problem of a system call on the input that failed. */
function inputFailure(error: unknown, shown: string): FileProblem {
  const code = errnoCode(error);
  if (code === "ENOENT" || code === "ENOTDIR") return { code: "input.missing", message: inputErrors.missingFile(shown) };
  return { code: "input.system", message: inputErrors.systemError(shown, systemErrorText(code)) };
}

/**
 * The bytes of the input file, or why they are not read.
 * @example await readInput("表.xlsx", "表.xlsx") //=> { ok: true, value: <Buffer 50 4b 03 04 …> }
 * @example await readInput("/dev/zero", "/dev/zero") //=> { ok: false, problem: { code: "input.not_regular", … } }
 */
export async function readInput(path: string, shown: string): Promise<Result<Buffer, FileProblem>> {
  let before: Stats;
  try {
    before = await stat(path);
  } catch (error) {
    return { ok: false, problem: inputFailure(error, shown) };
  }
  const refused = inputRefusal(before, shown);
  if (refused) return { ok: false, problem: refused };
  try {
    // O_NONBLOCK: should the path have been swapped for a FIFO since the check, opening it does
    // not wait for a writer; the check on the handle then refuses it.
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = await handle.stat();
      const refusedNow = inputRefusal(opened, shown);
      if (refusedNow) return { ok: false, problem: refusedNow };
      return { ok: true, value: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: inputFailure(error, shown) };
  }
}

/** The stats of a path, or null when nothing is there (a dangling symlink included). */
async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT") return null;
    throw error;
  }
}

/** The real path of the nearest existing folder of a path, with the rest of the path after it. */
async function realFolder(folder: string): Promise<string> {
  try {
    return await realpath(folder);
  } catch (error) {
    if (errnoCode(error) !== "ENOENT" || dirname(folder) === folder) throw error;
    return join(await realFolder(dirname(folder)), basename(folder));
  }
}

/** The problem of a system call on the output that failed. */
function outputFailure(error: unknown, shown: string): FileProblem {
  return { code: "output.system", message: inputErrors.cannotWrite(shown, systemErrorText(errnoCode(error))) };
}

/** Same device and inode. */
function sameFile(a: Identity, b: Identity): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Where `--out` writes, or why it may not: refused when it is the input (by identity) or is not a
 * regular file. Checked before the run and again just before the rename.
 * @example await outputTarget("out/评估.xlsx", "表.xlsx") //=> { ok: true, value: { shown: "out/评估.xlsx", path: "/…/out/评估.xlsx" } }
 */
export async function outputTarget(out: string, input: string, shown = out): Promise<Result<OutputTarget, FileProblem>> {
  if (resolve(out) === resolve(input)) return refuse("output.same_as_input", usageErrors.sameOutput);
  // An input that cannot be looked at is the reading's to report (in its own words); it is no
  // file the output could be.
  const inputStats = await stat(input).catch(() => null);
  const inputReal = await realpath(input).catch(() => null);
  try {
    const existing = await statOrNull(resolve(out));
    if (existing) {
      if (inputStats && sameFile(existing, inputStats)) return refuse("output.same_as_input", usageErrors.sameOutputLinked(shown));
      if (!existing.isFile()) return refuse("output.not_regular", usageErrors.outputNotFile(shown, kindOf(existing)));
      return { ok: true, value: { shown, path: await realpath(resolve(out)) } };
    }
    const path = join(await realFolder(dirname(resolve(out))), basename(out));
    if (path === inputReal) return refuse("output.same_as_input", usageErrors.sameOutputLinked(shown));
    return { ok: true, value: { shown, path } };
  } catch (error) {
    return { ok: false, problem: outputFailure(error, shown) };
  }
}

/** A refusal of the output named on the command line (a usage error). */
function refuse(code: string, message: string): Result<OutputTarget, FileProblem> {
  return { ok: false, problem: { code, message, usage: true } };
}

/**
 * Writes the output: a temporary file in the target folder, checked again, renamed into place;
 * the temporary file removed on any failure. Null when written, else the problem.
 * @example await writeOutput(target, "表.xlsx", bytes) //=> null
 */
export async function writeOutput(target: OutputTarget, input: string, bytes: Uint8Array): Promise<FileProblem | null> {
  const folder = dirname(target.path);
  const temporary = join(folder, `.${basename(target.path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    // "wx": never through a file already there (nor a symlink planted under the temporary name).
    await writeFile(temporary, bytes, { flag: "wx" });
    const again = await outputTarget(target.path, input, target.shown);
    if (!again.ok) {
      await removeQuietly(temporary);
      return again.problem;
    }
    await rename(temporary, target.path);
    return null;
  } catch (error) {
    // EEXIST comes only from the exclusive create: that file is not ours to remove.
    if (errnoCode(error) !== "EEXIST") await removeQuietly(temporary);
    return outputFailure(error, target.shown);
  }
}

/** Removes a file, ignoring that it is not there. */
async function removeQuietly(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch {
    // Not created, or already gone: nothing is left either way.
  }
}
