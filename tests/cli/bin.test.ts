import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "../../scripts/build-cli";
import { beforeAll, describe, expect, it } from "vitest";
import { indicatorSheetSeed } from "../excel/plans";
import { workbookOf } from "../xlsx/workbooks";
import { monitoringWorkbook } from "./sample";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let sample = "";

/** Runs the installed command (`bin/plan-assess.cjs`) in a child process, with Node's options first. */
function planAssessWith(nodeOptions: readonly string[], ...argv: string[]) {
  const ran = spawnSync(process.execPath, [...nodeOptions, join(ROOT, "bin/plan-assess.cjs"), ...argv], { encoding: "utf8", cwd: ROOT });
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

/** Runs the installed command (`bin/plan-assess.cjs`) in a child process. */
function planAssess(...argv: string[]) {
  const ran = spawnSync(process.execPath, [join(ROOT, "bin/plan-assess.cjs"), ...argv], { encoding: "utf8", cwd: ROOT });
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

beforeAll(async () => {
  await buildCli();
  sample = join(mkdtempSync(join(tmpdir(), "plan-assess-bin-")), "monitoring.xlsx");
  await (await monitoringWorkbook()).xlsx.writeFile(sample);
});

describe("the plan-assess command", () => {
  it("prints one JSON object on stdout and its progress on stderr", () => {
    const ran = planAssess("assess", sample, "--json");
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ sheet: "表2", period: "2023H1" });
    expect(ran.stderr).toContain("正在读取");
  });

  it("exits 2 on a usage error and 1 on a missing file, in Chinese", () => {
    expect(planAssess().code).toBe(2);
    const missing = planAssess("assess", join(tmpdir(), "不存在的文件.xlsx"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("找不到文件");
    expect(missing.stdout).toBe("");
  });

  it("refuses a copy larger than the memory it may use before building it, and writes it when given the memory", async () => {
    const folder = mkdtempSync(join(tmpdir(), "plan-assess-bin-large-"));
    const input = join(folder, "6000.xlsx");
    await workbookOf([indicatorSheetSeed(6_000)]).xlsx.writeFile(input);
    const before = readFileSync(input);
    // A 160 MB heap holds the copy of some 5,400 rows (40 KB a row): 6,000 are refused, in Chinese,
    // with the way out, and no file is written.
    const small = planAssessWith(["--max-old-space-size=160"], "assess", input, "--out", join(folder, "small.xlsx"));
    expect(small.code).toBe(1);
    expect(small.stderr).toContain("指标表有 6,000 行");
    expect(small.stderr).toContain("--max-old-space-size");
    expect(existsSync(join(folder, "small.xlsx"))).toBe(false);
    expect(readFileSync(input).equals(before)).toBe(true);
    // The table was assessed; only the copy was not built.
    expect(small.stderr).toContain("识别并评估 6000 项指标");
    // With the default heap the copy is written.
    expect(planAssess("assess", input, "--out", join(folder, "default.xlsx")).code).toBe(0);
    expect(existsSync(join(folder, "default.xlsx"))).toBe(true);
  }, 120_000);
});
