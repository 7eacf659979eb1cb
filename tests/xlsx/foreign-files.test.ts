/**
 * Valid workbooks saved by other programs than Excel, which exceljs alone refuses or writes back
 * broken: openpyxl's (built here by tests/corpus/openpyxl_corpus.py with Debian's python3-openpyxl)
 * and a package without a theme part, as LibreOffice saves them. Each is assessed by the command
 * line; the copy keeps the user's cells and notes and, where the package checks are beside the
 * project, passes them.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { loadedWorkbook, prefixedDrawing, relativeTarget, renamedParts, runsInNotes, unprefixedSpreadsheet } from "../../src/xlsx/readable";
import { monitoringWorkbook } from "../cli/sample";
import { runCli } from "../helpers/cli";
import { namesLost, ooxmlToolsMissing, packageProblems } from "../helpers/ooxml";

const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("../corpus/openpyxl_corpus.py", import.meta.url));
const openpyxlMissing = spawnSync(PYTHON, ["-c", "import openpyxl, PIL"]).status === 0 ? null : `${PYTHON} 没有 openpyxl 或 PIL（Debian 包 python3-openpyxl、python3-pil）`;
if (openpyxlMissing && process.env.CI) throw new Error(`CI 上缺少：${openpyxlMissing}`);
const toolsMissing = ooxmlToolsMissing();

let folder = "";

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "plan-assess-foreign-"));
  await (await monitoringWorkbook()).xlsx.writeFile(join(folder, "base.xlsx"));
});

/** Every cell value of every sheet of a workbook, by sheet and address. */
function valuesOf(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => row.eachCell((cell) => values.set(`${sheet.name}!${cell.address}`, JSON.stringify(cell.value))));
  }
  return values;
}

/** Assesses a file and checks the copy: exit 0, every input cell equal, the package clean. */
async function assessedCopy(input: string): Promise<ExcelJS.Workbook> {
  const output = input.replace(/\.xlsx$/u, "-评估.xlsx");
  const ran = await runCli(["assess", input, "--out", output]);
  expect(ran.code, ran.stderr).toBe(0);
  const before = valuesOf(await loadedWorkbook(readFileSync(input)));
  const copy = await loadedWorkbook(readFileSync(output));
  const after = valuesOf(copy);
  expect([...before].filter(([address, value]) => after.get(address) !== value)).toEqual([]);
  if (toolsMissing === null) expect(packageProblems(output)).toEqual([]);
  return copy;
}

describe.skipIf(openpyxlMissing !== null)(`files saved by openpyxl${openpyxlMissing ? `（跳过：${openpyxlMissing}）` : ""}`, () => {
  beforeAll(() => {
    execFileSync(PYTHON, [SCRIPT, join(folder, "base.xlsx"), folder]);
  });

  it.each(["plain", "chart", "table", "picture"])("%s: assessed, every cell kept, the copy clean", async (name) => {
    await assessedCopy(join(folder, `${name}.xlsx`));
  });

  it("notes on two sheets are read and kept with their text", async () => {
    const copy = await assessedCopy(join(folder, "two-notes.xlsx"));
    const text = (note: ExcelJS.Comment | string | undefined): string =>
      typeof note === "string" ? note : (note?.texts ?? []).map((run) => run.text).join("");
    expect(text(copy.getWorksheet("表2")?.getCell("A1").note)).toContain("数据来源：区统计局");
    expect(text(copy.getWorksheet("备注")?.getCell("B2").note)).toContain("第二张表的批注");
  });

  it("notes keep their authors, and constant and formula names survive (exceljs drops both)", async () => {
    const input = join(folder, "names.xlsx");
    const copy = await assessedCopy(input);
    const note = copy.getWorksheet("表2")?.getCell("A1").note;
    expect(typeof note === "string" ? note : note?.texts?.map((run) => run.text).join("")).toContain("数据来源：区统计局");
    const written = await JSZip.loadAsync(readFileSync(input.replace(/\.xlsx$/u, "-评估.xlsx")));
    // The copy keeps openpyxl's own part for the notes, byte for byte.
    const original = await JSZip.loadAsync(readFileSync(input));
    const part = Object.keys(original.files).find((path) => /comments?[^/]*\.xml$/u.test(path) && !path.includes("_rels")) ?? "";
    const comments = (await written.file(part)?.async("string")) ?? "";
    expect(comments).toBe(await original.file(part)?.async("string"));
    expect(comments).toMatch(/<comment ref="A1" authorId="(\d+)"/u);
    const authors = [...comments.matchAll(/<author>([^<]*)<\/author>/gu)].map((match) => match[1]);
    expect(authors[Number(/<comment ref="A1" authorId="(\d+)"/u.exec(comments)?.[1])]).toBe("张三");
    if (toolsMissing === null) expect(namesLost(input, input.replace(/\.xlsx$/u, "-评估.xlsx"))).toEqual([]);
  });

  it("the user's table survives with its name and range", async () => {
    const copy = await assessedCopy(join(folder, "table.xlsx"));
    const table = copy.getWorksheet("台账")?.getTable("台账表") as unknown as { table: { tableRef: string } } | undefined;
    expect(table?.table.tableRef).toBe("A1:B3");
  });
});

describe("a package without a theme part (as LibreOffice saves it)", () => {
  it("is assessed and its copy refers to no missing part", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(folder, "base.xlsx")));
    zip.remove("xl/theme/theme1.xml");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
    const types = await zip.file("[Content_Types].xml")?.async("string");
    zip.file("xl/_rels/workbook.xml.rels", (rels ?? "").replace(/<Relationship [^>]*theme1\.xml"\/>/u, ""));
    zip.file("[Content_Types].xml", (types ?? "").replace(/<Override PartName="\/xl\/theme\/theme1\.xml"[^>]*\/>/u, ""));
    const input = join(folder, "no-theme.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    await assessedCopy(input);
    const copy = await JSZip.loadAsync(readFileSync(input.replace(/\.xlsx$/u, "-评估.xlsx")));
    const copyRels = (await copy.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    for (const [, target] of copyRels.matchAll(/Target="([^"]+)"/gu)) expect(copy.file(`xl/${target ?? ""}`)).not.toBeNull();
  });
});

describe("a package written in the x: prefix (as the .NET Open XML SDK writes it)", () => {
  it("is read, assessed, and its copy keeps the user's parts as they were", async () => {
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const zip = await JSZip.loadAsync(readFileSync(join(folder, "base.xlsx")));
    const prefixed = new Map<string, string>();
    for (const path of Object.keys(zip.files).filter((name) => /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/u.test(name))) {
      const xml = (await zip.file(path)?.async("string")) ?? "";
      const text = xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)(?![\w.-]+:)(?=[a-zA-Z])/gu, "<$1x:");
      prefixed.set(path, text);
      zip.file(path, text);
    }
    const input = join(folder, "prefixed.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const copy = await assessedCopy(input);
    expect(copy.getWorksheet("评估汇总")).toBeDefined();
    const written = await JSZip.loadAsync(readFileSync(input.replace(/\.xlsx$/u, "-评估.xlsx")));
    // The shared strings are the user's, byte for byte; the sheet stays in the writer's prefix.
    expect(await written.file("xl/sharedStrings.xml")?.async("string")).toBe(prefixed.get("xl/sharedStrings.xml"));
    expect(await written.file("xl/worksheets/sheet1.xml")?.async("string")).toMatch(/^<\?xml[^>]*>\s*<x:worksheet\b/u);
  });

  it("puts a prefixed part in the default namespace for exceljs, and leaves other parts alone", () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    expect(unprefixedSpreadsheet(`<x:sst xmlns:x="${main}"><x:si><x:t>甲</x:t></x:si></x:sst>`)).toBe(`<sst xmlns="${main}"><si><t>甲</t></si></sst>`);
    const drawing = '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>';
    expect(unprefixedSpreadsheet(drawing)).toBe(drawing);
  });
});

describe("putting a package in the form exceljs reads", () => {
  it("writes an absolute target relative to the part that holds the relationship", () => {
    expect(relativeTarget("xl/worksheets/sheet1.xml", "/xl/comments/comment1.xml")).toBe("../comments/comment1.xml");
    expect(relativeTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe("worksheets/sheet1.xml");
    expect(relativeTarget("", "/xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(relativeTarget("xl/drawings/drawing1.xml", "/xl/media/image1.png")).toBe("../media/image1.png");
  });

  it("renames notes parts exceljs would not find to its names, the first free number each", () => {
    const links = [
      { kind: "comments", part: "xl/comments/comment1.xml" },
      { kind: "vmlDrawing", part: "xl/drawings/commentsDrawing1.vml" },
      { kind: "comments", part: "xl/comments/comment2.xml" },
      { kind: "table", part: "xl/tables/table1.xml" },
    ];
    const names = ["xl/comments1.xml", ...links.map((link) => link.part)];
    expect([...renamedParts(names, links)]).toEqual([
      ["xl/comments/comment1.xml", "xl/comments2.xml"],
      ["xl/drawings/commentsDrawing1.vml", "xl/drawings/vmlDrawing1.vml"],
      ["xl/comments/comment2.xml", "xl/comments3.xml"],
    ]);
  });

  it("gives a default-namespace drawing the xdr prefix, and leaves one with a second default namespace alone", () => {
    const ns = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    expect(prefixedDrawing(`<wsDr xmlns="${ns}"><oneCellAnchor><from><col>25</col></from><pic><a:blip r:embed="rId1"/></pic><clientData/></oneCellAnchor></wsDr>`)).toBe(
      `<xdr:wsDr xmlns:xdr="${ns}"><xdr:oneCellAnchor><xdr:from><xdr:col>25</xdr:col></xdr:from><xdr:pic><a:blip r:embed="rId1"/></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
    );
    const mixed = `<wsDr xmlns="${ns}"><graphicFrame><chart xmlns="other"/></graphicFrame></wsDr>`;
    expect(prefixedDrawing(mixed)).toBe(mixed);
  });

  it("wraps a note's plain text as one run and leaves runs as they are", () => {
    expect(runsInNotes('<comment ref="A1"><text><t xml:space="preserve">来源 </t></text></comment><comment ref="B1"><text><r><t>甲</t></r></text></comment>')).toBe(
      '<comment ref="A1"><text><r><t xml:space="preserve">来源 </t></r></text></comment><comment ref="B1"><text><r><t>甲</t></r></text></comment>',
    );
  });
});
