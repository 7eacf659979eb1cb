import { resolve } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root });

/** The messages of the WPS door's own lint rules for code written in a file of src/wps. */
async function wpsRuleErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, "src/wps/enum-probe.ts") });
  return (result?.messages ?? [])
    .filter((message) => (message.ruleId === "no-restricted-syntax" || message.ruleId === "no-restricted-globals") && message.severity === 2)
    .map((message) => message.message);
}

describe("the lint rule on the WPS typings' ambient enums", () => {
  it.each([
    ["an enum member", "export const type = Et.XlFormatConditionType.xlCellValue;\n"],
    ["an enum of the Office part", "export const kind = Kso.MsoDocProperties.msoPropertyTypeString;\n"],
    ["WPS's global application", "export const sheet = Application.ActiveSheet;\n"],
  ])("stops %s at run time in src/wps", async (_, code) => {
    expect((await wpsRuleErrors(code)).length).toBeGreaterThan(0);
  });

  it("lets the typings name types", async () => {
    expect(await wpsRuleErrors("export type Fill = Et.Interior;\nexport const fill: Fill | null = null;\n")).toEqual([]);
  });

  it("finds no such reference in the door as it is", async () => {
    const results = await eslint.lintFiles(["src/wps/**/*.ts"]);
    expect(results.flatMap((result) => result.messages.filter((message) => message.severity === 2).map((message) => `${result.filePath}: ${message.message}`))).toEqual([]);
  });
});
