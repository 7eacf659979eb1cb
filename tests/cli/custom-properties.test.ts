/**
 * The saved properties in the file's custom properties, where the add-in in Excel and WPS keeps
 * them: a workbook whose properties are only there (assessed in Excel, then on the command line)
 * keeps its block's fingerprint, so a cell the user typed into the block stops the re-run rather
 * than being overwritten; and the command line writes them there too, the user's own custom
 * properties kept.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { addinProperties, withAddinProperties } from "../../src/xlsx/custom-properties";
import { patchedCopy } from "../../src/xlsx/patch/copy";
import { PROPERTY_SHEET } from "../../src/xlsx/properties";
import { runCli } from "../helpers/cli";
import { monitoringWorkbook } from "./sample";

const folder = mkdtempSync(join(tmpdir(), "plan-assess-custom-"));
const sha = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");
let assessed = "";

beforeAll(async () => {
  const table = join(folder, "monitoring.xlsx");
  await (await monitoringWorkbook()).xlsx.writeFile(table);
  assessed = join(folder, "assessed.xlsx");
  const ran = await runCli(["assess", table, "--out", assessed]);
  expect(ran.code, ran.stderr).toBe(0);
});

/** The assessed copy as Excel would hand it back: its properties in the custom properties only, and `edits` made on 表2. */
async function asExcelSaved(name: string, values: { top: number; left: number; values: string[][] }[]): Promise<string> {
  const operations = [{ kind: "deleteSheet" as const, sheet: PROPERTY_SHEET }, ...values.map((block) => ({ kind: "values" as const, sheet: "表2", ...block }))];
  const path = join(folder, name);
  writeFileSync(path, await patchedCopy(readFileSync(assessed), operations, null));
  return path;
}

describe("properties in the custom properties", () => {
  it("are written by the command line beside its property sheet, in 255-character parts as Excel keeps them", async () => {
    const zip = await JSZip.loadAsync(readFileSync(assessed));
    const saved = addinProperties((await zip.file("docProps/custom.xml")?.async("string")) ?? "");
    expect(saved.map((property) => property.key)).toContain("PlanAssess.settings");
    expect(saved.every((property) => property.value.length <= 255)).toBe(true);
    expect(await zip.file("_rels/.rels")?.async("string")).toContain("custom-properties");
  });

  it("are read when the property sheet is gone: a re-run over an untouched block writes the copy", async () => {
    const input = await asExcelSaved("excel-untouched.xlsx", []);
    const ran = await runCli(["assess", input, "--out", join(folder, "excel-untouched-out.xlsx")]);
    expect(ran.code, ran.stderr).toBe(0);
  });

  it("keep the block's fingerprint: a cell typed into the block stops the re-run, names the cell and writes nothing", async () => {
    // L5 is a status cell of the block beside the table (columns J–O, rows from 4).
    const input = await asExcelSaved("excel-typed.xlsx", [{ top: 4, left: 11, values: [["已核实，按年报数据"]] }]);
    const before = sha(input);
    const out = join(folder, "excel-typed-out.xlsx");
    const ran = await runCli(["assess", input, "--out", out, "--json"]);
    expect(ran.code).toBe(1);
    const report = JSON.parse(ran.stdout) as { ok: boolean; problem: { code: string; message: string } };
    expect(report.problem.code).toBe("plan.user_edits");
    expect(report.problem.message).toContain("L5");
    expect(sha(input)).toBe(before);
  });
});

describe("the custom properties part", () => {
  const user = '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报单位"><vt:lpwstr>区统计局</vt:lpwstr></property>';
  const part = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${user}<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="PlanAssess.run"><vt:lpwstr>旧</vt:lpwstr></property></Properties>`;

  it("keeps the user's properties as written, replaces the add-in's, and numbers the new ones after the user's", () => {
    const written = withAddinProperties(part, [{ key: "PlanAssess.run", value: "新 <&>" }, { key: "PlanAssess.settings", value: "{}" }]);
    expect(written).toContain(user);
    expect(addinProperties(written)).toEqual([{ key: "PlanAssess.run", value: "新 <&>" }, { key: "PlanAssess.settings", value: "{}" }]);
    const pids = [...written.matchAll(/pid="(\d+)"/gu)].map((match) => match[1]);
    expect(pids).toEqual(["2", "3", "4"]);
  });

  it("reads only the add-in's properties, whatever the case of their names", () => {
    expect(addinProperties(part.replace("PlanAssess.run", "planassess.RUN"))).toEqual([{ key: "planassess.RUN", value: "旧" }]);
  });
});
