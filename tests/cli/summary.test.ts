/**
 * The readable summary the command line prints without `--json` or `--out`: progress statuses
 * mid-term, end-of-plan grades (完成 / 基本完成 / 未完成 / 数据暂缺) at the end of the plan.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { StatusCounts } from "../../src/core/types";
import { fixturePath, loadFixtureTable } from "../helpers/fixtures";
import { runCli } from "../helpers/cli";
import { monitoringWorkbook } from "./sample";

/** What the command line printed on stdout, with its exit code. */
async function printed(...argv: string[]): Promise<{ code: number; lines: string[] }> {
  const { code, stdout } = await runCli(argv, new Date("2021-03-01T02:00:00Z"));
  return { code, lines: stdout.split("\n") };
}

/** The lines after a heading, up to the next blank line. */
function section(lines: readonly string[], heading: string): string[] {
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`No ${heading} in the summary`);
  const end = lines.indexOf("", start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe("the printed summary at the end of the plan (越城区“十三五”, 2016–2020)", async () => {
  const ran = await printed("assess", fixturePath("yuecheng-13th-final.xlsx"));

  it("exits 0 at time progress 100%", () => {
    expect(ran.code).toBe(0);
    expect(ran.lines).toContain("评估期：2020年，时序进度 100%");
  });

  it("counts 完成, 基本完成, 未完成 and 数据暂缺 from the end-of-plan grades", () => {
    // The bureau published 31 完成 and 1 不考核: 城镇常住居民人均可支配收入 (98.2% of its target)
    // is 基本完成 by the 95% rule, and the 不考核 indicator has no data to assess.
    expect(ran.lines).toContain("评价结果：完成 30 项，基本完成 1 项，未完成 0 项，数据暂缺 1 项");
    const published = loadFixtureTable("yuecheng-13th-final").rows.map((cells) => cells[cells.length - 1]);
    expect([published.filter((word) => word === "完成").length, published.filter((word) => word === "不考核").length]).toEqual([31, 1]);
  });

  it("lists the 未完成 indicators rather than those behind time progress: 基本完成 is not among them", () => {
    expect(ran.lines).not.toContain("未达到进度要求的指标：");
    expect(section(ran.lines, "未完成的指标：")).toEqual(["  无"]);
    expect(ran.lines.join("\n")).not.toContain("未达到进度要求");
  });
});

describe("the printed summary mid-term", () => {
  let sample = "";

  beforeAll(async () => {
    sample = join(mkdtempSync(join(tmpdir(), "plan-assess-summary-")), "monitoring.xlsx");
    await (await monitoringWorkbook()).xlsx.writeFile(sample);
  });

  it("counts the progress statuses as the JSON report does, and lists the indicators behind time progress", async () => {
    const json = await printed("assess", sample, "--json");
    const report = JSON.parse(json.lines.join("\n")) as { timeProgress: number; summary: { counts: StatusCounts } };
    expect(report.timeProgress).toBe(0.5);
    expect(report.summary.counts).toMatchObject({ ahead: 8, on_track: 20, behind: 7, no_data: 1 });
    const ran = await printed("assess", sample);
    expect(ran.lines).toContain("评估期：2023年上半年，时序进度 50%");
    expect(ran.lines).toContain("评价结果：提前实现目标 8 项，达到进度要求 20 项，未达到进度要求 7 项，数据暂缺 1 项");
    expect(section(ran.lines, "未达到进度要求的指标：")).toEqual([
      "  空气质量优良天数比例（约束性）：实现度 0%，时序进度 50%，差 50 个百分点",
      "  一般公共预算收入：实现度 18.2%，时序进度 40%，差 21.8 个百分点",
      "  文化产业增加值占GDP比重：实现度 22.2%，时序进度 40%，差 17.8 个百分点",
      "  常住人口城市化率：实现度 27.5%，时序进度 40%，差 12.5 个百分点",
      "  人均体育场地面积：实现度 34.5%，时序进度 40%，差 5.5 个百分点",
      "  全体居民人均可支配收入：实现度 38%，时序进度 40%，差 2 个百分点",
      "  实际利用外资：实现度 48%，时序进度 50%，差 2 个百分点",
    ]);
    expect(ran.lines).not.toContain("未完成的指标：");
  });

});

describe("edge cases", () => {
  it("lists an indicator below the 基本完成 threshold at the end of the plan with its gap to the target", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(fixturePath("yuecheng-13th-final.xlsx"));
    const sheet = workbook.worksheets[0];
    let row = 0;
    sheet?.eachRow((cells, number) => {
      if (cells.values.toString().includes("城镇常住居民人均可支配收入")) row = number;
    });
    const estimate = sheet?.getRow(row).getCell(5);
    if (!estimate || estimate.value !== 61860) throw new Error("the 2020 estimate of 城镇常住居民人均可支配收入 is not where expected");
    estimate.value = 50400; // 80% of the 63000 target
    const file = join(mkdtempSync(join(tmpdir(), "plan-assess-summary-")), "unfinished.xlsx");
    await workbook.xlsx.writeFile(file);
    const ran = await printed("assess", file);
    expect(ran.lines.find((line) => line.startsWith("评价结果："))).toMatch(/基本完成 0 项，未完成 1 项，/u);
    expect(section(ran.lines, "未完成的指标：")).toEqual(["  城镇常住居民人均可支配收入：实现度 80%，距目标差 20 个百分点"]);
  });
});
