import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { INPUT_SIZE_LIMIT, outputTarget, readInput, writeOutput } from "../../src/cli/files";
import { systemErrors, systemErrorText } from "../../src/i18n/cli";

let folder = "";
let input = "";

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "plan-assess-files-"));
  input = join(folder, "in.xlsx");
  writeFileSync(input, "PK\u0003\u0004 stand-in bytes");
});

describe("where the output goes", () => {
  it("writes a new file in a folder made for it, through a temporary file that is gone after", async () => {
    const target = await outputTarget(join(folder, "new", "deeper", "out.xlsx"), input);
    if (!target.ok) throw new Error(target.problem.message);
    expect(await writeOutput(target.value, input, Buffer.from("written"))).toBeNull();
    expect(readFileSync(join(folder, "new", "deeper", "out.xlsx"), "utf8")).toBe("written");
    expect(readdirSync(join(folder, "new", "deeper"))).toEqual(["out.xlsx"]);
  });

  it("replaces the file a symlinked output points to, not the link", async () => {
    writeFileSync(join(folder, "target.xlsx"), "old");
    symlinkSync("target.xlsx", join(folder, "link.xlsx"));
    const target = await outputTarget(join(folder, "link.xlsx"), input);
    if (!target.ok) throw new Error(target.problem.message);
    expect(await writeOutput(target.value, input, Buffer.from("new"))).toBeNull();
    expect(readFileSync(join(folder, "target.xlsx"), "utf8")).toBe("new");
  });

  it("checks again before the rename: a folder put in the output's place is refused, the temporary file removed", async () => {
    const own = join(folder, "race");
    mkdirSync(own);
    const target = await outputTarget(join(own, "out.xlsx"), input);
    if (!target.ok) throw new Error(target.problem.message);
    mkdirSync(join(own, "out.xlsx"));
    const problem = await writeOutput(target.value, input, Buffer.from("x"));
    expect(problem).toMatchObject({ code: "output.not_regular", message: expect.stringContaining("是文件夹") });
    expect(readdirSync(own)).toEqual(["out.xlsx"]);
  });

  it("checks again before the rename: the input linked in the output's place is refused", async () => {
    const own = join(folder, "race-link");
    mkdirSync(own);
    const target = await outputTarget(join(own, "out.xlsx"), input);
    if (!target.ok) throw new Error(target.problem.message);
    symlinkSync(input, join(own, "out.xlsx"));
    expect(await writeOutput(target.value, input, Buffer.from("x"))).toMatchObject({ code: "output.same_as_input" });
    expect(readFileSync(input, "utf8")).toBe("PK\u0003\u0004 stand-in bytes");
    expect(readdirSync(own)).toEqual(["out.xlsx"]);
  });

  it("says in Chinese why a write failed, and leaves nothing behind", async () => {
    const own = join(folder, "gone");
    mkdirSync(own);
    const target = await outputTarget(join(own, "out.xlsx"), input);
    if (!target.ok) throw new Error(target.problem.message);
    rmSync(own, { recursive: true });
    writeFileSync(own, "a file where the folder was");
    const problem = await writeOutput(target.value, input, Buffer.from("x"));
    expect(problem?.code).toBe("output.system");
    expect(problem?.message).toMatch(/^无法写入文件「.*out\.xlsx」：路径中有一级不是文件夹|^无法写入文件「.*」：文件已存在/u);
  });
});

describe("what is read", () => {
  it("leaves a missing input to the reading to report, whatever --out says", async () => {
    const target = await outputTarget(join(folder, "out-of-nothing.xlsx"), join(folder, "nothing.xlsx"));
    expect(target.ok).toBe(true);
  });

  it("reads a regular file through a symlink", async () => {
    symlinkSync(input, join(folder, "alias.xlsx"));
    const read = await readInput(join(folder, "alias.xlsx"), "alias.xlsx");
    expect(read.ok && read.value.toString("utf8")).toBe("PK\u0003\u0004 stand-in bytes");
  });

  it("refuses a file over the limit before reading it", async () => {
    expect(INPUT_SIZE_LIMIT).toBe(200 * 1024 * 1024);
    const missing = await readInput(join(folder, "nothing.xlsx"), "nothing.xlsx");
    expect(missing).toEqual({ ok: false, problem: { code: "input.missing", message: "找不到文件「nothing.xlsx」，请检查路径。" } });
  });
});

describe("system errors in Chinese", () => {
  it.each(["ENOENT", "EACCES", "EISDIR", "ENOSPC", "EROFS", "EEXIST", "ENOTDIR", "ELOOP", "EPERM", "EBUSY"])("says %s in Chinese, with no English", (code) => {
    expect(systemErrorText(code)).toMatch(/^[\p{Script=Han}（），、]+$/u);
    expect(systemErrors[code]).toBe(systemErrorText(code));
  });

  it("keeps the code of one it does not know, so that it can be looked up", () => {
    expect(systemErrorText("EWHATEVER")).toBe("系统错误（错误代码 EWHATEVER）");
  });
});
