/**
 * The copy end to end on small hand-made packages (src/xlsx/patch/copy.ts): parts the run need
 * not touch keep their uncompressed bytes; a part the run needs and the package lacks (shared
 * strings, styles) is created with its relationship and content type — and one the package has
 * under another name is used, not doubled (a part's name is whatever the workbook's relationship
 * says, ECMA-376 Part 1 §12.3.15, §12.3.20); an earlier run's sheet goes with the drawing and
 * chart only it used, their relationships and content types, while a picture another sheet shows stays.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { WriteOperation } from "../../../src/workbook/write/operations";
import { patchedCopy } from "../../../src/xlsx/patch/copy";
import { loadedWorkbook } from "../../../src/xlsx/readable";
import { MINIMAL_STYLES } from "../../../src/xlsx/patch/styles-part";
import { ooxmlToolsMissing, packageProblems } from "../../helpers/ooxml";
import { CT, MAIN, partText, PIXEL, REL, unzipped, workbookParts, zipped, type Parts } from "./packages";

const toolsMissing = ooxmlToolsMissing();
// CI installs the checks; there their absence is a failure, not a reason to skip.
if (toolsMissing && process.env.CI) throw new Error(`CI 上缺少 OOXML 校验：${toolsMissing}`);
const folder = mkdtempSync(join(tmpdir(), "patch-copy-"));

/** The package checks' complaints about a written copy ([] when the checks are absent here). */
function problems(bytes: Buffer, name: string): string[] {
  if (toolsMissing !== null) return [];
  const file = join(folder, `${name}.xlsx`);
  writeFileSync(file, bytes);
  return packageProblems(file);
}

const USER_ROWS = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c></row><row r="2"><c r="A2"><f>B1*2</f><v>25</v></c></row></sheetData>';
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const STRINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>指标名称</t></si></sst>`;
const ESCAPED = ["进度\u001b[2J", "_x0041_ 照原样", "普通"];
const WRITE_TEXT: WriteOperation[] = [
  { kind: "clearArea", sheet: "表2", range: { top: 2, left: 13, bottom: 4, right: 13 } },
  { kind: "values", sheet: "表2", top: 2, left: 13, values: ESCAPED.map((text) => [text]) },
  { kind: "style", sheet: "表2", range: { top: 2, left: 13, bottom: 2, right: 13 }, style: { bold: true, fill: "#DDEBF7" } },
];

/** The texts exceljs reads in N3:N5 of 表2. */
async function blockTexts(bytes: Buffer): Promise<unknown[]> {
  // Read as the command line reads (exceljs looks for xl/sharedStrings.xml and sheet parts by their
  // usual names only; the reader puts other names right in memory first).
  const workbook = await loadedWorkbook(bytes);
  const sheet = workbook.getWorksheet("表2");
  return [3, 4, 5].map((row) => sheet?.getCell(`N${row}`).value);
}

/** The workbook's relationships of one type, as targets. */
async function targetsOf(bytes: Buffer, type: string): Promise<string[]> {
  const rels = (await partText(bytes, "xl/_rels/workbook.xml.rels")) ?? "";
  return [...rels.matchAll(/<Relationship\b[^>]*>/gu)].filter((match) => match[0].includes(`Type="${REL}${type}"`)).map((match) => /Target="([^"]*)"/u.exec(match[0])?.[1] ?? "");
}

describe("parts the package lacks", () => {
  it("creates the shared strings, related and typed, for escaped text, which exceljs reads back as written", async () => {
    const input = await zipped(workbookParts({ sheets: [{ name: "表2", body: `${USER_ROWS.replace('t="s"><v>0</v>', "><v>1</v>")}${MARGINS}` }], styles: { path: "xl/styles.xml", xml: MINIMAL_STYLES } }));
    const copy = await patchedCopy(input, WRITE_TEXT, null);
    expect(await targetsOf(copy, "sharedStrings")).toEqual(["sharedStrings.xml"]);
    expect(await partText(copy, "[Content_Types].xml")).toContain(`PartName="/xl/sharedStrings.xml" ContentType="${CT}spreadsheetml.sharedStrings+xml"`);
    expect(await blockTexts(copy)).toEqual(ESCAPED);
    expect(problems(copy, "strings-created")).toEqual([]);
  });

  it("creates the styles part, related and typed, for a package without one", async () => {
    const input = await zipped(workbookParts({ sheets: [{ name: "表2", body: `${USER_ROWS}${MARGINS}` }], strings: { path: "xl/sharedStrings.xml", xml: STRINGS } }));
    const copy = await patchedCopy(input, WRITE_TEXT, null);
    expect(await targetsOf(copy, "styles")).toEqual(["styles.xml"]);
    expect(await partText(copy, "[Content_Types].xml")).toContain(`PartName="/xl/styles.xml" ContentType="${CT}spreadsheetml.styles+xml"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(copy as unknown as ArrayBuffer);
    const cell = workbook.getWorksheet("表2")?.getCell("N3");
    expect(cell?.font?.bold).toBe(true);
    expect(workbook.getWorksheet("表2")?.getCell("A1").value).toBe("指标名称");
    expect(problems(copy, "styles-created")).toEqual([]);
  });
});

describe("parts under names of their writer's choosing", () => {
  it("appends to shared strings the workbook keeps under another name, rather than adding a second table", async () => {
    const input = await zipped(workbookParts({ sheets: [{ name: "表2", body: `${USER_ROWS}${MARGINS}` }], styles: { path: "xl/styles.xml", xml: MINIMAL_STYLES }, strings: { path: "xl/strings.xml", xml: STRINGS } }));
    const copy = await patchedCopy(input, WRITE_TEXT, null);
    expect(await targetsOf(copy, "sharedStrings")).toEqual(["strings.xml"]);
    expect(await blockTexts(copy)).toEqual(ESCAPED);
    const workbook = await loadedWorkbook(copy);
    expect(workbook.getWorksheet("表2")?.getCell("A1").value).toBe("指标名称");
  });

  it("appends to a styles part the workbook keeps under another name, rather than adding a second stylesheet", async () => {
    const input = await zipped(workbookParts({ sheets: [{ name: "表2", body: `${USER_ROWS}${MARGINS}` }], styles: { path: "xl/theme-styles.xml", xml: MINIMAL_STYLES }, strings: { path: "xl/sharedStrings.xml", xml: STRINGS } }));
    const copy = await patchedCopy(input, WRITE_TEXT, null);
    expect(await targetsOf(copy, "styles")).toEqual(["theme-styles.xml"]);
  });
});

describe("part names compared as OPC compares them", () => {
  it("edits the sheet a relationship names in other letter case (part names are case-insensitive, ECMA-376 Part 2 §6.2.2.3)", async () => {
    const parts = workbookParts({ sheets: [{ name: "表2", body: `${USER_ROWS}${MARGINS}` }], styles: { path: "xl/styles.xml", xml: MINIMAL_STYLES }, strings: { path: "xl/sharedStrings.xml", xml: STRINGS } });
    parts["xl/_rels/workbook.xml.rels"] = (parts["xl/_rels/workbook.xml.rels"] as string).replace('Target="worksheets/sheet1.xml"', 'Target="worksheets/Sheet1.xml"');
    const copy = await patchedCopy(await zipped(parts), WRITE_TEXT, null);
    expect(await blockTexts(copy)).toEqual(ESCAPED);
    expect([...(await unzipped(copy)).keys()].filter((path) => path.toLowerCase() === "xl/worksheets/sheet1.xml")).toHaveLength(1);
  });
});

/** A workbook with the user's 表2 showing a picture, and an earlier run's 评估汇总 with a chart and the same picture. */
function earlierRunParts(): Parts {
  const drawingRels = (chart: boolean) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}image" Target="../media/image1.png"/>${chart ? `<Relationship Id="rId2" Type="${REL}chart" Target="../charts/chart1.xml"/>` : ""}</Relationships>`;
  const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`;
  const chart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`;
  const drawingType = `${CT}drawing+xml`;
  return workbookParts({
    sheets: [
      { name: "表2", body: `${USER_ROWS}${MARGINS}<drawing r:id="rId1"/>`, rels: `<Relationship Id="rId1" Type="${REL}drawing" Target="../drawings/drawing1.xml"/>` },
      { name: "评估汇总", body: `<sheetData/>${MARGINS}<drawing r:id="rId1"/>`, rels: `<Relationship Id="rId1" Type="${REL}drawing" Target="../drawings/drawing2.xml"/>` },
    ],
    styles: { path: "xl/styles.xml", xml: MINIMAL_STYLES },
    strings: { path: "xl/sharedStrings.xml", xml: STRINGS },
    extra: {
      "xl/drawings/drawing1.xml": drawing,
      "xl/drawings/_rels/drawing1.xml.rels": drawingRels(false),
      "xl/drawings/drawing2.xml": drawing,
      "xl/drawings/_rels/drawing2.xml.rels": drawingRels(true),
      "xl/charts/chart1.xml": chart,
      "xl/media/image1.png": PIXEL,
    },
    overrides:
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${drawingType}"/><Override PartName="/xl/drawings/drawing2.xml" ContentType="${drawingType}"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}drawingml.chart+xml"/>`,
  });
}

describe("an earlier run's sheet removed", () => {
  it("takes its drawing and chart, their relationships and content types, and keeps the picture 表2 still shows", async () => {
    const copy = await patchedCopy(await zipped(earlierRunParts()), [{ kind: "deleteSheet", sheet: "评估汇总" }], null);
    const parts = await unzipped(copy);
    for (const gone of ["xl/worksheets/sheet2.xml", "xl/worksheets/_rels/sheet2.xml.rels", "xl/drawings/drawing2.xml", "xl/drawings/_rels/drawing2.xml.rels", "xl/charts/chart1.xml"]) {
      expect(parts.has(gone), gone).toBe(false);
    }
    for (const kept of ["xl/media/image1.png", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/worksheets/sheet1.xml"]) expect(parts.has(kept), kept).toBe(true);
    const types = parts.get("[Content_Types].xml")?.toString("utf8") ?? "";
    expect(types).not.toMatch(/drawing2|chart1|sheet2/u);
    expect(types).toContain("/xl/drawings/drawing1.xml");
    expect(await targetsOf(copy, "worksheet")).toEqual(["worksheets/sheet1.xml"]);
    expect(problems(copy, "sheet-removed")).toEqual([]);
  });

  it("keeps every part the run need not touch byte for byte (uncompressed)", async () => {
    const parts = earlierRunParts();
    const copy = await patchedCopy(await zipped(parts), [{ kind: "deleteSheet", sheet: "评估汇总" }, ...WRITE_TEXT], null);
    const out = await unzipped(copy);
    const edited = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"]);
    const removed = new Set(["xl/worksheets/sheet2.xml", "xl/worksheets/_rels/sheet2.xml.rels", "xl/drawings/drawing2.xml", "xl/drawings/_rels/drawing2.xml.rels", "xl/charts/chart1.xml"]);
    for (const [path, content] of Object.entries(parts)) {
      if (edited.has(path) || removed.has(path)) continue;
      expect(out.get(path)?.equals(Buffer.from(content)), path).toBe(true);
    }
    // In the edited sheet, everything outside sheetData stays as it was.
    const sheet = out.get("xl/worksheets/sheet1.xml")?.toString("utf8") ?? "";
    expect(sheet).toContain(`</sheetData>${MARGINS}<drawing r:id="rId1"/></worksheet>`);
    expect(sheet).toContain('<row r="2"><c r="A2"><f>B1*2</f><v>25</v></c></row>');
  });

  it("writes the same package again when the copy is run over with the same operations (nothing grows)", async () => {
    const operations: WriteOperation[] = [{ kind: "addSheet", sheet: "评估汇总" }, { kind: "values", sheet: "评估汇总", top: 0, left: 0, values: [["类别", "个数"]] }, ...WRITE_TEXT];
    const first = await patchedCopy(await zipped(earlierRunParts()), [{ kind: "deleteSheet", sheet: "评估汇总" }, ...operations], null);
    const second = await patchedCopy(first, [{ kind: "deleteSheet", sheet: "评估汇总" }, ...operations], null);
    const [a, b] = [await unzipped(first), await unzipped(second)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    // The shared strings first: the escaped texts the first run added are there to be used again.
    expect(b.get("xl/sharedStrings.xml")?.toString("utf8")).toBe(a.get("xl/sharedStrings.xml")?.toString("utf8"));
    for (const [path, content] of a) expect(b.get(path)?.toString("utf8"), path).toBe(content.toString("utf8"));
  });
});
