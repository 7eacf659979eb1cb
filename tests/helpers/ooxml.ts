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

/** The lines of one check's output that are complaints (schema errors, Excel's rules, reused VML). */
const COMPLAINTS = {
  schema: (line: string) => /ERROR|NOT WELL-FORMED/.test(line) || /^\s{6}line \d+:/.test(line),
  excel: (line: string) => line.trim() !== "" && !line.endsWith(": no problems"),
  vml: (line: string) => line.trim() !== "",
};

/**
 * Every complaint the checks make about one written .xlsx: schema errors part by part, Excel's
 * own rules, reused VML blocks; empty when the package is clean.
 */
export function packageProblems(file: string): string[] {
  return packageProblemsOfEach([file]).get(file) ?? [];
}

/**
 * {@link packageProblems} of many files at once, each check run once over all of them (the
 * schemas load once): file → its complaints.
 * @example packageProblemsOfEach(["甲.xlsx", "乙.xlsx"]).get("乙.xlsx") //=> []
 */
export function packageProblemsOfEach(files: readonly string[]): Map<string, string[]> {
  const found = new Map(files.map((file) => [file, [] as string[]]));
  const sort = (output: string, complaint: (line: string) => boolean, fileOf: (line: string) => string | undefined): void => {
    let current = files[0] ?? "";
    for (const line of output.split("\n")) {
      current = fileOf(line) ?? current;
      if (complaint(line)) found.get(current)?.push(line);
    }
  };
  // Each script names the file it speaks of: validate.py "== FILE", excelcheck.py "== FILE: …", vmlcheck.py "FILE …".
  sort(run("validate.py", files), COMPLAINTS.schema, (line) => files.find((file) => line === `== ${file}`));
  sort(run("excelcheck.py", files), COMPLAINTS.excel, (line) => files.find((file) => line.startsWith(`== ${file}: `)));
  sort(run("vmlcheck.py", files), COMPLAINTS.vml, (line) => files.find((file) => line.startsWith(`${file} `)));
  return found;
}

/** The defined names of `input` that `output` lost or changed, and broken names of `output`. */
export function namesLost(input: string, output: string): string[] {
  return run("names.py", [input, output]).split("\n").filter((line) => line.trim() !== "");
}
