/**
 * The record of assessments through the command line, as a bureau uses it: an assessment at 2021
 * written with --out, then that output assessed at 2022, then 2022 again. The table is built by the
 * door tests' generator: 40 indicators in two domains (类别, merged), data for 2021 to 2023H1.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { JsonReport } from "../../src/cli/report";
import { indicatorSheetSeed } from "../excel/plans";
import { runCli, type Ran } from "../helpers/cli";
import { workbookOf } from "../xlsx/workbooks";

/** Runs the command line in this process; returns the exit code, what it printed and the JSON when asked. */
function cli(...argv: string[]): Promise<Ran> {
  return runCli(argv);
}

/** A run with --json and --out; its report. */
async function assessed(input: string, period: string, out: string): Promise<JsonReport> {
  const ran = await cli("assess", input, "--period", period, "--out", out, "--json");
  if (ran.code !== 0) throw new Error(ran.stderr);
  return JSON.parse(ran.stdout) as JsonReport;
}

/** The 评估记录 sheet of a written file, as rows of cell values (A1 first). */
async function recordRows(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet("评估记录");
  if (!sheet) throw new Error("no 评估记录 sheet");
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: unknown[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(row.getCell(column).value ?? null);
    rows[number - 1] = cells;
  });
  return rows;
}

/** Which indicators an earlier report assessed, by category and name. */
function byKey(report: JsonReport): Map<string, JsonReport["indicators"][number]> {
  return new Map(report.indicators.map((indicator) => [`${indicator.category ?? ""}|${indicator.name}`, indicator]));
}

const RANK = { behind: 0, on_track: 1, ahead: 2 } as const;

let folder = "";
let input = "";
let at2021: JsonReport;
let at2022: JsonReport;
let again2022: JsonReport;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "plan-assess-history-"));
  input = join(folder, "monitoring.xlsx");
  await workbookOf([indicatorSheetSeed(40)]).xlsx.writeFile(input);
  at2021 = await assessed(input, "2021", join(folder, "2021.xlsx"));
  at2022 = await assessed(join(folder, "2021.xlsx"), "2022", join(folder, "2022.xlsx"));
  again2022 = await assessed(join(folder, "2022.xlsx"), "2022", join(folder, "2022-again.xlsx"));
});

describe("the record of assessments through the command line", () => {
  it("compares nothing on the first run: no previous entry and no counts", () => {
    expect(at2021.period).toBe("2021");
    expect(new Set(at2021.indicators.map((indicator) => indicator.category))).toEqual(new Set(["综合实力", "科技创新"]));
    expect(at2021.summary.changes).toBeNull();
    expect(at2021.indicators.every((indicator) => indicator.previous === null && indicator.change === null)).toBe(true);
  });

  it("writes one row per indicator and the 2021 pair of columns on the first run", async () => {
    const rows = await recordRows(join(folder, "2021.xlsx"));
    expect(rows[0]?.slice(0, 3)).toEqual(["类别", "指标名称", "2021年"]);
    expect(rows[1]?.slice(2, 4)).toEqual(["评价结果", "实现度"]);
    expect(rows.slice(2).map((row) => [row[0], row[1]])).toEqual(at2021.indicators.map((indicator) => [indicator.category, indicator.name]));
  });

  it("shows at 2022 the 2021 entry of every indicator assessed in 2021, as that run judged it", () => {
    const earlier = byKey(at2021);
    let compared = 0;
    for (const indicator of at2022.indicators) {
      const then = earlier.get(`${indicator.category ?? ""}|${indicator.name}`);
      expect(then, indicator.name).toBeDefined();
      if (!then) continue;
      expect(indicator.previous?.period).toBe("2021");
      expect(indicator.previous?.status).toBe(then.status);
      if (then.realisation === null) expect(indicator.previous?.realisation ?? null).toBeNull();
      else expect(indicator.previous?.realisation).toBeCloseTo(then.realisation, 9);
      if (then.status !== "no_data") compared += 1;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("counts the changes of the indicators and names the period compared with", () => {
    expect(at2022.summary.comparedWith).toBe("2021");
    const counts = { better: 0, same: 0, worse: 0, new: 0 };
    for (const indicator of at2022.indicators) if (indicator.change) counts[indicator.change] += 1;
    expect(at2022.summary.changes).toEqual(counts);
    const assessed = at2022.indicators.filter((indicator) => indicator.status !== "no_data").length;
    expect(counts.better + counts.same + counts.worse + counts.new).toBe(assessed);
  });

  it("calls a change better or worse along behind < on track < ahead, and new only where 2021 had no assessment", () => {
    for (const indicator of at2022.indicators) {
      const previous = indicator.previous;
      if (indicator.status === "no_data") expect(indicator.change).toBeNull();
      else if (!previous || previous.status === "no_data") expect(indicator.change).toBe("new");
      else if (indicator.status !== previous.status) {
        expect(indicator.change).toBe(RANK[indicator.status] > RANK[previous.status] ? "better" : "worse");
      }
    }
    expect(at2022.indicators.some((indicator) => indicator.change === "better" || indicator.change === "worse")).toBe(true);
  });

  it("keeps the 2021 entries and adds the 2022 pair after them", async () => {
    const first = await recordRows(join(folder, "2021.xlsx"));
    const second = await recordRows(join(folder, "2022.xlsx"));
    // Each period heads its merged pair of columns (exceljs shows a merged cell's value in each of its cells).
    expect(second[0]).toEqual(["类别", "指标名称", "2021年", "2021年", "2022年", "2022年"]);
    // Realisations are read back as the percent a cell shows, to 12 significant digits.
    const shown = (rows: unknown[][]) => rows.slice(2).map((row) => row.slice(0, 4).map((cell) => (typeof cell === "number" ? cell.toFixed(9) : cell)));
    expect(shown(second)).toEqual(shown(first));
  });

  it("keeps one 2022 entry when 2022 is assessed again, the 2021 entry surviving, and compares with 2021 still", async () => {
    const second = await recordRows(join(folder, "2022.xlsx"));
    const third = await recordRows(join(folder, "2022-again.xlsx"));
    expect(third[0]).toEqual(["类别", "指标名称", "2021年", "2021年", "2022年", "2022年"]);
    expect(third).toEqual(second);
    expect(again2022.summary.changes).toEqual(at2022.summary.changes);
    expect(again2022.indicators.map((indicator) => indicator.previous)).toEqual(at2022.indicators.map((indicator) => indicator.previous));
  });

  it("puts the change beside each indicator's status in the written sheet, with its symbol and word", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, "2022.xlsx"));
    const sheet = workbook.getWorksheet("指标");
    const texts: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("较上期");
    expect(texts.filter((text) => /^[↑→↓]\p{Script=Han}{2}$|^新增$/u.test(text)).length).toBe(
      Object.values(at2022.summary.changes ?? {}).reduce((sum, count) => sum + count, 0),
    );
  });

  it("prints the counts in the readable summary", async () => {
    const ran = await cli("assess", join(folder, "2022.xlsx"), "--period", "2022");
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/较上期（与2021年相比）：↑好转 \d+ 项，→持平 \d+ 项，↓退步 \d+ 项，新增 \d+ 项/u);
  });

  it("stops, naming the cell, when the record was changed by hand, and leaves the file as it was", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, "2022.xlsx"));
    const sheet = workbook.getWorksheet("评估记录");
    if (!sheet) throw new Error("no 评估记录 sheet");
    sheet.getCell("D4").value = 0.99;
    const edited = join(folder, "edited.xlsx");
    await workbook.xlsx.writeFile(edited);
    const ran = await cli("assess", edited, "--period", "2022", "--out", join(folder, "edited-out.xlsx"));
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("评估记录");
    expect(ran.stderr).toContain("D4");
  });
});
