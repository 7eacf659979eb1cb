import { resolve } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root });

/** The layering errors ESLint reports for one import written in a file of a folder of src/. */
async function layeringErrors(folder: string, specifier: string): Promise<string[]> {
  const filePath = resolve(root, `src/${folder}/layering-probe.ts`);
  const code = `import { probe } from "${specifier}";\n\nexport const used = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports" && message.severity === 2)
    .map((message) => message.message);
}

/** Imports that point up or sideways: each is a lint error. */
const FORBIDDEN: readonly [folder: string, specifier: string][] = [
  // a door importing another door
  ["xlsx", "../excel/host"],
  ["excel", "../xlsx/host"],
  ["wps", "../excel/host"],
  ["excel", "../wps/host"],
  // the ribbon importing the pane
  ["commands", "../taskpane/app"],
  // the engine or the workbook logic importing a door or anything above them
  ["core", "../excel/host"],
  ["core", "../xlsx/host"],
  ["workbook", "../excel/host"],
  ["workbook", "../xlsx/host"],
  ["workbook/write", "../../excel/queue"],
  ["core/judge", "../../app/session"],
  ["core", "../cli/main"],
  ["core", "../commands/assess-now"],
  ["core", "../taskpane/app"],
  ["workbook", "../app/session"],
  ["workbook", "../cli/main"],
  ["workbook", "../commands/assess-now"],
  ["workbook", "../taskpane/app"],
  // the shared use-cases importing a door, or what stands above them
  ["app", "../excel/host"],
  ["app", "../xlsx/host"],
  ["app", "../taskpane/app"],
  // the engine importing the workbook logic
  ["core", "../workbook/types"],
  ["core/cell", "../../workbook/table"],
  // a door importing what stands above it; an entry point importing another's door
  ["excel", "../app/session"],
  ["xlsx", "../cli/main"],
  ["cli", "../excel/host"],
  ["taskpane", "../xlsx/host"],
  ["commands", "../xlsx/host"],
];

/** Imports that point down: none is a layering error. */
const ALLOWED: readonly [folder: string, specifier: string][] = [
  ["core", "./period"],
  ["core/judge", "../types"],
  ["core", "../i18n/judge"],
  ["workbook", "../core/assess"],
  ["workbook/write", "../types"],
  ["workbook/write", "../../core/types"],
  ["app", "../workbook/run"],
  ["app", "../core/settings"],
  ["excel", "../workbook/write/operations"],
  ["xlsx", "../workbook/write/operations"],
  ["xlsx", "../core/types"],
  ["cli", "../xlsx/host"],
  ["cli", "../app/timestamp"],
  ["commands", "../app/detect"],
  ["commands", "../excel/host"],
  ["taskpane", "../app/session"],
  ["taskpane", "../excel/host"],
];

describe("the layering lint rule (npm run lint)", () => {
  it.each(FORBIDDEN)("rejects src/%s importing %s", async (folder, specifier) => {
    const errors = await layeringErrors(folder, specifier);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/imports between the folders of src\/ only point down/u);
  });

  it.each(ALLOWED)("accepts src/%s importing %s", async (folder, specifier) => {
    expect(await layeringErrors(folder, specifier)).toEqual([]);
  });

  it("keeps host modules out of the engine, as before", async () => {
    const [result] = await eslint.lintText(`import ExcelJS from "exceljs";\n\nexport const used = ExcelJS;\n`, {
      filePath: resolve(root, "src/core/layering-probe.ts"),
    });
    const messages = (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports");
    expect(messages.map((message) => message.message)).toEqual(["'exceljs' import is restricted from being used by a pattern. src/core is the pure engine: no host, I/O or DOM modules."]);
  });
});
