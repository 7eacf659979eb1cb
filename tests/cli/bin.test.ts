import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "../../scripts/build-cli";
import { beforeAll, describe, expect, it } from "vitest";
import { monitoringWorkbook } from "./sample";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let sample = "";

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
});
