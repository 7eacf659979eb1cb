/**
 * The hostile-input suite of issue 10: every input `build.ts` makes, given to the command line as
 * a hostile user would. Each case asserts the exit code, a Chinese message saying what happened,
 * the input's bytes unchanged (sha256), no temporary file left beside the output, and, when a copy
 * is written, every user cell of the input equal in it (value and style). What the case is about
 * (the problem naming the cell, the option named, the refusal) is asserted beside.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRangeAddress } from "../../src/workbook/address";
import { workbookText } from "../../src/i18n/workbook";
import { cellsOf, type CellData } from "../xlsx/workbooks";
import { runCli, type Ran } from "../helpers/cli";
import { buildFileCase, buildLargeTable, buildRerunCase, buildWorkbookCase, CONTROL_TEXT, FILE_CASE_NAMES, WORKBOOK_CASE_NAMES, type BuiltCase, type FileCaseName } from "./build";

/** Runs the command line in this process with captured streams and a fixed clock. */
function cli(argv: string[]): Promise<Ran> {
  return runCli(argv);
}

/** The SHA-256 of a regular file, or null for what is not one (a device is never read). */
function digest(path: string): string | null {
  return statSync(path).isFile() ? createHash("sha256").update(readFileSync(path)).digest("hex") : null;
}

/** Temporary files the command line might have left in a folder. */
function leftovers(folder: string): string[] {
  return existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder).filter((name) => name.endsWith(".tmp")) : [];
}

/** The add-in's own sheets, which are not the user's. */
const OWN_SHEETS = new Set((["zh-CN", "en-US"] as const).flatMap((locale) => Object.values(workbookText(locale).write.sheets)));

/** The area the add-in's block held in a workbook, by its defined name (null when none). */
function ownArea(workbook: ExcelJS.Workbook, sheet: string): { top: number; left: number; bottom: number; right: number } | null {
  const named = workbook.definedNames.model.find((name) => name.name === "PlanAssess_Area");
  const range = named?.ranges.find((text) => text.startsWith(`'${sheet}'!`) || text.startsWith(`${sheet}!`));
  return range ? parseRangeAddress(range.slice(range.indexOf("!") + 1)) : null;
}

/** Every user cell of a workbook: its own sheets' cells outside the add-in's earlier block. */
async function userCells(path: string): Promise<Record<string, Record<string, CellData>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cells: Record<string, Record<string, CellData>> = {};
  for (const sheet of workbook.worksheets) {
    if (OWN_SHEETS.has(sheet.name) || sheet.state === "veryHidden") continue;
    const area = ownArea(workbook, sheet.name);
    const all = cellsOf(sheet);
    cells[sheet.name] = Object.fromEntries(
      Object.entries(all).filter(([address]) => {
        const cell = sheet.getCell(address);
        const [row, column] = [Number(cell.row) - 1, Number(cell.col) - 1];
        return !area || row < area.top || row > area.bottom || column < area.left || column > area.right;
      }),
    );
  }
  return cells;
}

/** Every user cell of the input equal in the copy. */
async function expectUserCellsKept(input: string, copy: string): Promise<void> {
  const before = await userCells(input);
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(copy);
  for (const [name, cells] of Object.entries(before)) {
    const sheet = after.getWorksheet(name);
    expect(sheet, name).toBeDefined();
    const kept = sheet ? cellsOf(sheet) : {};
    for (const [address, cell] of Object.entries(cells)) expect(kept[address], `${name}!${address}`).toEqual(cell);
  }
}

/** What one case must do. */
interface Expected {
  code: 0 | 1 | 2;
  /** Text the message (stderr) must hold. */
  says: string[];
  /** Text one of the run's problems (in the JSON) must hold, when the run assesses. */
  problem?: string[];
}

/**
 * Runs a built case and asserts what every case must: its exit code, a Chinese message, the input
 * unchanged, one JSON object matching the exit code, no leftovers, and the user's cells in a copy.
 */
async function runCase(built: BuiltCase, expected: Expected, more: string[] = []): Promise<Ran> {
  const before = digest(built.input);
  const argv = ["assess", built.input, ...built.options, ...more];
  const ran = await cli(argv);
  expect(ran.code, ran.stderr).toBe(expected.code);
  expect(ran.stderr).toMatch(/\p{Script=Han}/u);
  for (const text of expected.says) expect(ran.stderr).toContain(text);
  expect(ran.stderr).not.toMatch(/\b(?:ENOENT|EACCES|EISDIR|ENOSPC|EEXIST|ENOTDIR|ELOOP|errno)\b|no such file|permission denied/iu);
  expect(digest(built.input)).toBe(before);
  if (argv.includes("--json")) {
    expect(ran.stdout.trim().split("\n")).toHaveLength(1);
    const report = JSON.parse(ran.stdout) as { ok: boolean; problem?: { code: string; message: string }; problems?: { message: string }[]; indicators?: { problems: { message: string }[] }[] };
    expect(report.ok).toBe(expected.code === 0);
    if (!report.ok) expect(ran.stderr).toContain(report.problem?.message.split("\n")[0]);
    const problems = [...(report.problems ?? []), ...(report.indicators ?? []).flatMap((indicator) => indicator.problems)].map((problem) => problem.message);
    for (const text of expected.problem ?? []) expect(problems.some((message) => message.includes(text)), `${text} in ${problems.join(" | ")}`).toBe(true);
  }
  const out = built.out ?? outOf(argv);
  if (out !== undefined) expect(leftovers(dirname(out))).toEqual([]);
  if (expected.code === 0 && built.out !== undefined) await expectUserCellsKept(built.input, built.out);
  if (expected.code !== 0 && built.out !== undefined) expect(existsSync(built.out)).toBe(false);
  return ran;
}

/** The `--out` of a command line. */
function outOf(argv: string[]): string | undefined {
  const at = argv.indexOf("--out");
  return at >= 0 ? argv[at + 1] : undefined;
}

let folder = "";

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "plan-assess-hostile-"));
});

// The inputs include a 200 MB sparse file, FIFOs and links: none is left in the temporary folder.
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What each workbook case must do, by name (every case `build.ts` makes is listed). */
const WORKBOOK_EXPECTED: Record<string, Expected> = {
  emptyFormulaBeside: { code: 1, says: ["J10", "有公式", "--placement sheet"] },
  generatedWordInHeader: { code: 0, says: ["评估结果已写入"] },
  wholeColumnRules: { code: 0, says: ["评估结果已写入"] },
  isoDate: { code: 0, says: ["评估结果已写入"], problem: ["I6", "为日期（2023-06-30）"] },
  uncalculatedFormulas: { code: 0, says: ["评估结果已写入"], problem: ["I4", "请在 Excel 中重新计算后保存"] },
  blankRows: { code: 0, says: ["评估 36 项指标"] },
  duplicatePeriod: { code: 0, says: ["评估结果已写入"], problem: ["H列“2022年”与J列“2022年”是同一填报期"] },
  afterTargetYear: { code: 0, says: ["评估结果已写入"], problem: ["J列“2026年”晚于规划目标年2025年"] },
  secondTable: { code: 0, says: ["评估结果已写入"], problem: ["第45行起还有一张表"] },
  controlCharacters: { code: 0, says: ["评估结果已写入"] },
  notANumber: { code: 0, says: ["评估结果已写入"], problem: ["H7", "数值无效"] },
  rawEscape: { code: 1, says: ["工作簿内容有损坏", "技术信息："] },
  longSheetName: { code: 1, says: ["有 40 个字符，超过 Excel 规定的 31 个字符"] },
  damagedSheetXml: { code: 1, says: ["工作簿内容有损坏", "技术信息："] },
  truncatedZip: { code: 1, says: ["已损坏（压缩包不完整", "技术信息："] },
  zipNotWorkbook: { code: 1, says: ["是 zip 压缩包，但不是 .xlsx 工作簿"] },
  encrypted: { code: 1, says: ["设有打开密码（已加密）", "删除密码后另存"] },
  legacyXls: { code: 1, says: ["Excel 97-2003 格式（.xls）", "另存为“Excel 工作簿(*.xlsx)”"] },
  csvNamedXlsx: { code: 1, says: ["不是 .xlsx 工作簿", "可能是 .csv"] },
  emptyFile: { code: 1, says: ["是空文件（0 字节）"] },
};

/** What a terminal acts on: C0 controls but tab and line feed, DEL, C1 controls, bidi overrides. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this checks
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe("hostile workbooks", () => {
  it("has an expectation for every case the build script makes", () => {
    expect(Object.keys(WORKBOOK_EXPECTED).sort()).toEqual([...WORKBOOK_CASE_NAMES].sort());
  });

  it.each(WORKBOOK_CASE_NAMES)("%s: exit code, Chinese message, input unchanged, user cells kept", async (name) => {
    const expected = WORKBOOK_EXPECTED[name];
    if (!expected) throw new Error(`no expectation for ${name}`);
    await runCase(await buildWorkbookCase(folder, name), expected);
  });

  it("writes beside the table's formula cells once --placement sheet is chosen, leaving them as they were", async () => {
    const built = await buildWorkbookCase(folder, "emptyFormulaBeside");
    await runCase(built, { code: 0, says: ["评估结果已写入"] }, ["--placement", "sheet"]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(built.out ?? "");
    expect(copy.getWorksheet("评估结果")).toBeDefined();
    expect(copy.getWorksheet("表2")?.getCell("J10").formula).toBe('IF(G10>1000,"超","")');
  });

  it("keeps a user header holding 自动生成 and its column", async () => {
    const built = await buildWorkbookCase(folder, "generatedWordInHeader");
    await runCase(built, { code: 0, says: [] });
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(built.out ?? "");
    expect(copy.getWorksheet("表2")?.getCell("J3").value).toBe("填报时间（系统自动生成）");
  });

  it("keeps the user's whole-column and multi-area conditional formats", async () => {
    const built = await buildWorkbookCase(folder, "wholeColumnRules");
    await runCase(built, { code: 0, says: [] });
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(built.out ?? "");
    const refs = (copy.getWorksheet("表2") as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((format) => format.ref);
    expect(refs).toEqual(expect.arrayContaining(["E:E", "C4:C39 F:F"]));
  });

  it("assesses every indicator over four blank rows", async () => {
    const built = await buildWorkbookCase(folder, "blankRows");
    const report = JSON.parse((await runCase(built, { code: 0, says: [] })).stdout) as { indicators: unknown[] };
    expect(report.indicators).toHaveLength(36);
  });

  it("never calls a column after the target year 规划期末", async () => {
    const built = await buildWorkbookCase(folder, "afterTargetYear");
    const ran = await runCase(built, { code: 0, says: [] });
    const narrative = (JSON.parse(ran.stdout) as { summary: { narrative: string[] } }).summary.narrative.join("");
    expect(narrative).not.toContain("2026");
    const printed = await cli(["assess", built.input]);
    expect(printed.stdout).toContain("晚于规划目标年2025年");
    expect(printed.stdout).not.toMatch(/规划期末（2026年）|2026年末/u);
    const later = await cli(["assess", built.input, "--period", "2026", "--json"]);
    expect(later.code).toBe(1);
    expect(later.stderr).toContain("晚于规划目标年2025年");
  });

  it("prints no terminal control from cell text, and keeps the text whole in the JSON", async () => {
    const built = await buildWorkbookCase(folder, "controlCharacters");
    const printed = await cli(["assess", built.input]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("一般公共预算收入");
    expect(`${printed.stdout}${printed.stderr}`).not.toMatch(TERMINAL_CONTROLS);
    const json = await cli(["assess", built.input, "--json"]);
    expect(json.stdout).not.toMatch(TERMINAL_CONTROLS);
    const names = (JSON.parse(json.stdout) as { indicators: { name: string }[] }).indicators.map((indicator) => indicator.name);
    // Excel writes ESC in a cell as _x001B_; exceljs reads it back as the character.
    expect(names).toContain(CONTROL_TEXT.replace("_x001B_", "\u001b"));
  });
});

describe("hostile re-runs", () => {
  it("replaces the moved block and reads the column the user inserted beside the table", async () => {
    const built = await buildRerunCase(folder, "insertedColumn");
    const ran = await runCase(built, { code: 0, says: ["评估结果已写入"] });
    expect((JSON.parse(ran.stdout) as { period: string }).period).toBe("2023");
  });

  it("stops, naming the cells, when the user typed notes in the old block, and writes to the separate sheet when asked", async () => {
    const built = await buildRerunCase(folder, "notesInOldBlock");
    await runCase(built, { code: 1, says: ["J3", "J4", "J20", "--placement sheet"] });
    await runCase(built, { code: 0, says: ["评估结果已写入"] }, ["--placement", "sheet"]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(built.out ?? "");
    expect(copy.getWorksheet("表2")?.getCell("J20").value).toBe("统计局 7 月更正");
  });
});

/** What each file-system case must do. */
const FILE_EXPECTED: Record<FileCaseName, Expected> = {
  symlinkedInput: { code: 2, says: ["指向的就是输入文件"] },
  symlinkedFolder: { code: 2, says: ["指向的就是输入文件"] },
  hardLink: { code: 2, says: ["指向的就是输入文件"] },
  devFull: { code: 2, says: ["「/dev/full」是设备文件，不是普通文件"] },
  outputDirectory: { code: 2, says: ["是文件夹，不是普通文件"] },
  outputFifo: { code: 2, says: ["是命名管道（FIFO），不是普通文件"] },
  inputFifo: { code: 1, says: ["是命名管道（FIFO），不是普通文件，未读取"] },
  devZero: { code: 1, says: ["「/dev/zero」是设备文件"] },
  inputDirectory: { code: 1, says: ["是文件夹，不是普通文件，未读取"] },
  overSizeLimit: { code: 1, says: ["超过命令行可读取的上限 200.0 MB"] },
};

describe("hostile files and paths", () => {
  // Symlinks, FIFOs (mkfifo) and /dev/full, /dev/zero are POSIX's: on Windows these cases skip.
  const posix = process.platform !== "win32" && existsSync("/dev/full");

  it.skipIf(!posix).each(FILE_CASE_NAMES)("%s: refused with a Chinese message, nothing written", async (name) => {
    const built = await buildFileCase(folder, name);
    const target = outOf(built.options);
    const kind = target ? statSync(target) : null;
    await runCase(built, { ...FILE_EXPECTED[name] }, ["--json"]);
    if (target && kind) {
      const now = statSync(target);
      expect([now.ino, now.mode, now.isFile() ? now.size : 0]).toEqual([kind.ino, kind.mode, kind.isFile() ? kind.size : 0]);
    }
  });

  it("takes --out=FILE and --json=1 as --out FILE and --json", async () => {
    const built = await buildWorkbookCase(folder, "blankRows");
    const out = join(folder, "equals-form.xlsx");
    const ran = await cli(["assess", built.input, `--out=${out}`, "--json=1", "--placement=beside"]);
    expect(ran.code).toBe(0);
    expect((JSON.parse(ran.stdout) as { ok: boolean }).ok).toBe(true);
    expect(existsSync(out)).toBe(true);
    expect((await cli(["assess", built.input, "--json=0"])).stdout).toContain("规划指标评估结果");
  });

  it("prints one JSON object on a usage error too, with exit code 2", async () => {
    const ran = await cli(["assess", "a.xlsx", "--json", "--placement", "below"]);
    expect(ran.code).toBe(2);
    expect(JSON.parse(ran.stdout)).toEqual({ ok: false, problem: { code: "usage", message: expect.stringContaining("--placement") } });
  });
});

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("a reader that closes the pipe", () => {
  it("ends the output quietly, with the run's exit code", async () => {
    const input = await buildLargeTable(folder, 3000);
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "tests/hostile/run-cli.ts"), "assess", input, "--json"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    let first = "";
    child.stdout.once("data", (chunk: Buffer) => {
      first = chunk.toString("utf8", 0, 100);
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(first).toMatch(/^\{"ok":true/u);
    expect(stderr).not.toMatch(/EPIPE|Error|错误/u);
    expect(code).toBe(0);
  });
});
