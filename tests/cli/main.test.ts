import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArguments, parsePlanOption } from "../../src/cli/args";
import { fixturePath } from "../helpers/fixtures";
import { cellsOf, describeWorkbook } from "../xlsx/workbooks";
import { runCli, type Ran } from "../helpers/cli";
import { monitoringWorkbook } from "./sample";

/** Runs the command line in this process with captured streams and a fixed clock. */
function cli(...argv: string[]): Promise<Ran> {
  return runCli(argv);
}

let folder = "";
let sample = "";

/** A workbook saved into the test folder. */
async function saved(name: string, workbook: ExcelJS.Workbook): Promise<string> {
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The SHA-256 of a file. */
function digest(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "plan-assess-cli-"));
  sample = await saved("monitoring.xlsx", await monitoringWorkbook());
});

describe("plan-assess usage", () => {
  it.each([
    [[], "缺少命令"],
    [["evaluate", "a.xlsx"], "未知的命令「evaluate」"],
    [["assess"], "缺少输入文件"],
    [["assess", "a.xlsx", "b.xlsx"], "多余的参数"],
    [["assess", "a.xlsx", "--colour"], "不支持的选项「--colour」"],
    [["assess", "a.xlsx", "--out"], "选项「--out」需要一个值"],
    [["assess", "a.xlsx", "--plan", "十四五"], "规划期「十四五」无法识别"],
    [["assess", "a.xlsx", "--plan", "2025-2021"], "规划期「2025-2021」无法识别"],
    [["assess", "a.xlsx", "--period", "下半年"], "评估期「下半年」无法识别"],
  ])("exits 2 with a Chinese message on %j", async (argv, message) => {
    const ran = await cli(...argv);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(message);
    expect(ran.stderr).toContain("plan-assess --help");
    expect(ran.stdout).toBe("");
  });

  it("refuses to write its output over the input", async () => {
    const ran = await cli("assess", sample, "--out", sample);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("输出文件不能与输入文件相同");
  });

  it.each([
    ["--out", "结果.xls", "文件名应以 .xlsx 结尾（现为「结果.xls」）"],
    ["--out", "结果.docx", "文件名应以 .xlsx 结尾"],
    ["--report", "报告.xlsx", "文件名应以 .docx 结尾（现为「报告.xlsx」）"],
  ])("refuses %s %s, a name that says another kind of file, before assessing (exit 2)", async (option, name, message) => {
    const folder = mkdtempSync(join(tmpdir(), "plan-assess-extension-"));
    const ran = await cli("assess", sample, option, join(folder, name));
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(message.replace(/（现为「[^」]*」）/u, ""));
    expect(ran.stderr).not.toContain("识别并评估");
    expect(readdirSync(folder)).toEqual([]);
  });

  it("refuses a plan the table's data comes before (a 14th plan's table given --plan 2026-2030), saying what to check", async () => {
    const ran = await cli("assess", sample, "--plan", "2026-2030");
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("表中最近的填报期2023年上半年在规划期（2026—2030年）开始之前");
    expect(ran.stdout).toBe("");
  });

  it("takes the extensions in any letter case", async () => {
    const folder = mkdtempSync(join(tmpdir(), "plan-assess-extension-"));
    const ran = await cli("assess", sample, "--out", join(folder, "结果.XLSX"), "--report", join(folder, "报告.Docx"));
    expect(ran.code, ran.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["报告.Docx", "结果.XLSX"]);
  });

  it("prints its usage with --help and exits 0", async () => {
    const ran = await cli("--help");
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("用法：plan-assess assess <输入.xlsx>");
  });

  it("reads plan periods and evaluation periods as a bureau writes them", () => {
    expect(parsePlanOption("2026–2030")).toEqual({ baseYear: 2025, targetYear: 2030 });
    expect(parseArguments(["assess", "a.xlsx", "--period", "2023年上半年"])).toMatchObject({ ok: true, value: { period: { code: "2023H1" } } });
  });
});

describe("plan-assess input errors", () => {
  it("exits 1 naming a missing file", async () => {
    const ran = await cli("assess", join(folder, "没有这个文件.xlsx"));
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("找不到文件");
  });

  it("exits 1 on a file that is not an .xlsx workbook", async () => {
    const path = join(folder, "not-a-workbook.xlsx");
    writeFileSync(path, "序号,指标名称\n1,地区生产总值\n");
    const ran = await cli("assess", path);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("不是 .xlsx 工作簿");
  });

  it("exits 1 when no indicator table is found", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("备忘").getCell("A1").value = "本表仅作记录";
    const ran = await cli("assess", await saved("no-table.xlsx", workbook));
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/未找到指标表|为空|没有可评估/u);
  });

  it("exits 1 naming the sheets there are when --sheet names none of them", async () => {
    const ran = await cli("assess", sample, "--sheet", "表9");
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("未找到工作表「表9」");
  });
});

describe("plan-assess assess", () => {
  it("prints a readable Chinese summary and the drafted paragraph without --out", async () => {
    const before = digest(sample);
    const ran = await cli("assess", sample);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("评估期：2023年上半年，时序进度 50%");
    expect(ran.stdout).toContain("报告段落（草稿）：");
    expect(ran.stdout).toContain("按照“时间与进度基本一致”原则");
    expect(ran.stderr).toContain("正在读取");
    expect(digest(sample)).toBe(before);
  });

  it("prints exactly one JSON object with --json, with every promised field", async () => {
    const ran = await cli("assess", sample, "--json");
    expect(ran.code).toBe(0);
    const report = JSON.parse(ran.stdout) as Record<string, unknown>;
    expect(ran.stdout.trim().split("\n")).toHaveLength(1);
    expect(report).toMatchObject({ sheet: "表2", headerRow: 3, plan: { baseYear: 2020, targetYear: 2025 }, period: "2023H1", timeProgress: 0.5 });
    const indicators = report.indicators as Record<string, unknown>[];
    expect(indicators).toHaveLength(36);
    const fields = ["row", "category", "name", "unit", "attribute", "direction", "kind", "base", "target", "value", "valuePeriod", "realisation", "timeProgress", "status", "flags", "projection", "note", "problems"];
    for (const indicator of indicators) {
      expect(Object.keys(indicator)).toEqual(expect.arrayContaining(fields));
      expect(["ahead", "on_track", "behind", "no_data"]).toContain(indicator.status);
    }
    expect(indicators[0]).toMatchObject({ row: 4, name: "地区生产总值（GDP）（亿元）", target: "2200★", valuePeriod: "2022" });
    expect(indicators.find((indicator) => indicator.name === "空气质量优良天数比例（%）")).toMatchObject({ status: "behind", flags: expect.arrayContaining(["regressing"]) });
    expect(indicators.find((indicator) => indicator.name === "外贸出口额（亿元）")?.status).toBe("no_data");
    expect(Object.keys(report.summary as object)).toEqual(expect.arrayContaining(["counts", "byCategory", "averageRealisation", "narrative"]));
  });

  it("reports every cell it could not read as a parse problem", async () => {
    const workbook = await monitoringWorkbook();
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    sheet.getCell("D7").value = "20O";
    sheet.getCell("C8").value = "12..3";
    const ran = await cli("assess", await saved("typos.xlsx", workbook), "--json");
    const indicators = (JSON.parse(ran.stdout) as { indicators: { row: number; problems: { code: string; message: string }[] }[] }).indicators;
    expect(indicators.find((indicator) => indicator.row === 7)?.problems).toContainEqual(expect.objectContaining({ code: expect.stringMatching(/^parse\./u), message: expect.stringContaining("D7") }));
    expect(indicators.find((indicator) => indicator.row === 8)?.problems).toContainEqual(expect.objectContaining({ code: expect.stringMatching(/^parse\./u), message: expect.stringContaining("C8") }));
  });

  it("takes the evaluation period from --period", async () => {
    const report = JSON.parse((await cli("assess", sample, "--json", "--period", "2022")).stdout) as { period: string; timeProgress: number };
    expect(report.period).toBe("2022");
    expect(report.timeProgress).toBeCloseTo(0.4, 10);
  });

  it("takes the plan from --plan when the headers do not say it", async () => {
    const workbook = await monitoringWorkbook();
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    sheet.getCell("A1").value = "主要指标监测表（示例数据）";
    sheet.getCell("C3").value = "基期值";
    sheet.getCell("D3").value = "目标值";
    const path = await saved("no-years.xlsx", workbook);
    const without = await cli("assess", path, "--json");
    expect(without.code).toBe(1);
    expect(without.stderr).toContain("规划期");
    const withPlan = await cli("assess", path, "--json", "--plan", "2021-2025");
    expect(withPlan.code).toBe(0);
    expect(JSON.parse(withPlan.stdout)).toMatchObject({ plan: { baseYear: 2020, targetYear: 2025 }, period: "2023H1" });
  });

  it("overrides the plan read from the headers with --plan", async () => {
    const report = JSON.parse((await cli("assess", sample, "--json", "--plan", "2021-2030")).stdout) as { plan: object; timeProgress: number };
    expect(report.plan).toEqual({ baseYear: 2020, targetYear: 2030 });
    expect(report.timeProgress).toBeCloseTo(0.25, 10);
  });

  it("writes the assessed workbook with --out and leaves the input untouched", async () => {
    const before = digest(sample);
    const out = join(folder, "out", "assessed.xlsx");
    const ran = await cli("assess", sample, "--out", out);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain("评估结果已写入");
    expect(digest(sample)).toBe(before);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.worksheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name)).toEqual(["表2", "评估汇总", "评价表", "评估明细", "评估记录"]);
  });

  it("leaves the user's cells byte-for-byte unchanged in the workbook it writes", async () => {
    const out = join(folder, "cells.xlsx");
    await cli("assess", sample, "--out", out);
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(sample);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const before = cellsOf(input.worksheets[0] ?? new ExcelJS.Workbook().addWorksheet("x"));
    const after = cellsOf(written.getWorksheet("表2") ?? new ExcelJS.Workbook().addWorksheet("x"));
    for (const [address, cell] of Object.entries(before)) expect(after[address], address).toEqual(cell);
  });

  it("leaves a workbook assessed twice as it was after the first time, the summary's source line aside", async () => {
    const first = join(folder, "first.xlsx");
    const second = join(folder, "second.xlsx");
    await cli("assess", sample, "--out", first);
    expect((await cli("assess", first, "--out", second)).code).toBe(0);
    const one = new ExcelJS.Workbook();
    await one.xlsx.readFile(first);
    const two = new ExcelJS.Workbook();
    await two.xlsx.readFile(second);
    // The very hidden property sheet records the run itself (its column mapping and time stamp);
    // the summary's 数据来源 line is checked on its own (tests/excel/doors.test.ts).
    const shown = (workbook: ExcelJS.Workbook) => {
      const described = describeWorkbook(workbook);
      const summary = workbook.getWorksheet("评估汇总");
      let source = "";
      summary?.eachRow((row) => {
        if (row.getCell(1).value === "数据来源") source = row.getCell(2).address;
      });
      return {
        ...described,
        sheets: described.sheets
          .filter((sheet) => sheet.state === "visible")
          .map((sheet) => (sheet.name === "评估汇总" ? { ...sheet, cells: Object.fromEntries(Object.entries(sheet.cells).filter(([address]) => address !== source)) } : sheet)),
      };
    };
    expect(shown(two)).toEqual(shown(one));
  });

  describe("edge cases", () => {
    it("assesses an end-of-plan table (a seed 13th-plan workbook)", async () => {
      const ran = await cli("assess", fixturePath("keqiao-13th-final.xlsx"), "--json");
      expect(ran.code).toBe(0);
      expect(JSON.parse(ran.stdout)).toMatchObject({ plan: { baseYear: 2015, targetYear: 2020 }, timeProgress: 1 });
    });
  });
});
