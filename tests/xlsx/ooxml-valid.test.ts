/**
 * The command line's copy checked as Excel would open it: every part against the ECMA-376 schemas,
 * Excel's rules beyond them, unique VML blocks, defined names kept (the package checks beside the
 * project, `../shared/tools/ooxml`). Built from the demo's workbook plus what users put in theirs.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { monitoringWorkbook } from "../cli/sample";
import { runCli } from "../helpers/cli";
import { namesLost, ooxmlToolsMissing, packageProblems } from "../helpers/ooxml";

const missing = ooxmlToolsMissing();
// CI has the checks beside the project; there their absence is a failure, not a reason to skip.
if (missing && process.env.CI) throw new Error(`CI 上缺少 OOXML 校验：${missing}`);

let folder = "";

/** What users put in their workbooks, each applied to the demo's monitoring workbook. */
const CASES: Record<string, (workbook: ExcelJS.Workbook) => void> = {
  "the demo workbook as it is": () => undefined,
  "a note on the assessed sheet (with the add-in's data bar)": (workbook) => {
    sheet(workbook).getCell("A1").note = "数据来源：区统计局";
  },
  "notes on two sheets": (workbook) => {
    sheet(workbook).getCell("A1").note = "甲";
    const other = workbook.addWorksheet("备注");
    other.getCell("B2").value = "说明";
    other.getCell("B2").note = "乙";
  },
  "a table, a defined name, a date, a formula, a link and a list validation": (workbook) => {
    const table = workbook.addWorksheet("台账");
    table.addTable({ name: "台账表", ref: "A1", columns: [{ name: "项目" }, { name: "金额" }], rows: [["甲", 1], ["乙", 2]] });
    const assessed = sheet(workbook);
    assessed.getCell("Z3").value = new Date(Date.UTC(2023, 5, 30));
    assessed.getCell("Z4").value = { formula: "1+1", result: 2 };
    assessed.getCell("Z5").value = { text: "规划纲要", hyperlink: "https://example.org/plan" };
    assessed.getCell("Z6").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
    workbook.definedNames.add("'表2'!$B$4:$B$10", "指标范围");
  },
  "a sheet printed one page wide with a tab colour": (workbook) => {
    const printed = workbook.addWorksheet("打印", { properties: { tabColor: { argb: "FFC00000" } }, pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    printed.getCell("A1").value = "打印页";
  },
};

/** The assessed sheet of the demo workbook. */
function sheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const found = workbook.getWorksheet("表2");
  if (!found) throw new Error("the demo workbook has no 表2");
  return found;
}

/** The case saved as an input, assessed by the command line; the input's and the copy's paths. */
async function assessed(name: string, edit: (workbook: ExcelJS.Workbook) => void, at = "2023H1"): Promise<{ input: string; output: string }> {
  const workbook = await monitoringWorkbook();
  edit(workbook);
  const input = join(folder, `${name}.xlsx`);
  const output = join(folder, `${name}-评估.xlsx`);
  await workbook.xlsx.writeFile(input);
  const { code, stderr } = await runCli(["assess", input, "--out", output, "--period", at]);
  expect(code, stderr).toBe(0);
  return { input, output };
}

describe.skipIf(missing !== null)(`the copy opens clean in Excel${missing ? `（跳过：${missing}）` : ""}`, () => {
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "plan-assess-ooxml-"));
  });

  it.each(Object.entries(CASES).map(([title, edit], index) => [title, index, edit] as const))("%s: valid, names kept", async (_title, index, edit) => {
    const { input, output } = await assessed(`case${index}`, edit);
    expect(packageProblems(output)).toEqual([]);
    expect(namesLost(input, output)).toEqual([]);
  });

  it("a re-run on the copy, at the next period, is valid too and keeps the user's notes", async () => {
    const first = await assessed("rerun", CASES["notes on two sheets"] ?? (() => undefined), "2022");
    const second = join(folder, "rerun-again.xlsx");
    expect((await runCli(["assess", first.output, "--out", second, "--period", "2023H1"])).code).toBe(0);
    expect(packageProblems(second)).toEqual([]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(second);
    expect(read.getWorksheet("表2")?.getCell("A1").note).toBe("甲");
    expect(read.getWorksheet("备注")?.getCell("B2").note).toBe("乙");
  });
});
