/**
 * The package checks that sit beside the project (`../shared/tools/ooxml`): the ECMA-376 schemas
 * (validate.py), the rules Excel enforces beyond them (excelcheck.py), unique VML blocks and shape
 * ids (vmlcheck.py) and defined names kept (names.py). They need Debian's python3 with lxml.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const TOOLS = fileURLToPath(new URL("../../../shared/tools/ooxml/", import.meta.url));
const PYTHON = "/usr/bin/python3";

/** Why the checks cannot run here, or null when they can. */
export function ooxmlToolsMissing(): string | null {
  if (!existsSync(`${TOOLS}validate.py`)) return "../shared/tools/ooxml 不在本项目旁边（仓库之外的校验工具）";
  const lxml = spawnSync(PYTHON, ["-c", "import lxml"], { encoding: "utf8" });
  if (lxml.status !== 0) return `${PYTHON} 没有 lxml（Debian 包 python3-lxml）`;
  return null;
}

/** Runs one check script on the given files and returns what it printed. */
function run(script: string, files: readonly string[]): string {
  return execFileSync(PYTHON, [`${TOOLS}${script}`, ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Every complaint the checks make about one written .xlsx: schema errors part by part, Excel's
 * own rules, reused VML blocks; empty when the package is clean.
 */
export function packageProblems(file: string): string[] {
  const schema = run("validate.py", [file])
    .split("\n")
    .filter((line) => /ERROR|NOT WELL-FORMED/.test(line) || /^\s{6}line \d+:/.test(line));
  const excel = run("excelcheck.py", [file])
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.endsWith(": no problems"));
  const vml = run("vmlcheck.py", [file]).split("\n").filter((line) => line.trim() !== "");
  return [...schema, ...excel, ...vml];
}

/** The defined names of `input` that `output` lost or changed, and broken names of `output`. */
export function namesLost(input: string, output: string): string[] {
  return run("names.py", [input, output]).split("\n").filter((line) => line.trim() !== "");
}
