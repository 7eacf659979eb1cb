import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { beforeAll, describe, expect, it } from "vitest";
import { workbookText } from "../../src/i18n/workbook";
import type { ChartSpec } from "../../src/workbook/types";
import { addCharts } from "../../src/xlsx/chart";
import { monitoringWorkbook } from "../cli/sample";
import { indicatorSheetSeed } from "../excel/plans";
import { runCli } from "../helpers/cli";
import { workbookOf } from "./workbooks";

const words = workbookText().write;
const SUMMARY = words.sheets.summary;
const NS = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const XMLLINT = spawnSync("xmllint", ["--version"]).status === 0;

/** The parts of a saved package, as text. */
async function partsOf(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir && !path.endsWith(".png")) parts.set(path, await file.async("string"));
  return parts;
}

/** A part that must be there. */
function part(parts: Map<string, string>, path: string): string {
  const text = parts.get(path);
  if (text === undefined) throw new Error(`no part ${path}; parts: ${[...parts.keys()].join(", ")}`);
  return text;
}

/** The relationships of a part: id → [type, target]. */
function relationships(parts: Map<string, string>, path: string): Map<string, [string, string]> {
  const slash = path.lastIndexOf("/");
  const rels = part(parts, `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`);
  return new Map([...rels.matchAll(/<Relationship Id="([^"]+)" Type="([^"]+)" Target="([^"]+)"\/>/gu)].map((m) => [m[1] ?? "", [m[2] ?? "", m[3] ?? ""]]));
}

/** The worksheet part of a sheet, found through the workbook's relationships. */
function sheetPath(parts: Map<string, string>, sheet: string): string {
  const escaped = sheet.replace(/&/gu, "&amp;").replace(/'/gu, "&apos;");
  const tag = [...part(parts, "xl/workbook.xml").matchAll(/<sheet [^>]*\/>/gu)].find((m) => m[0].includes(`name="${escaped}"`))?.[0] ?? "";
  const id = /r:id="([^"]+)"/u.exec(tag)?.[1] ?? "";
  return `xl/${relationships(parts, "xl/workbook.xml").get(id)?.[1] ?? "?"}`;
}

/** Why a part is not well-formed XML (namespaces included), or an empty list. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => problems.push(error.message));
  parser.write(xml).close();
  if (XMLLINT) {
    const linted = spawnSync("xmllint", ["--noout", "-"], { input: xml, encoding: "utf8" });
    if (linted.status !== 0 || linted.stderr !== "") problems.push(`xmllint: ${linted.stderr}`);
  }
  return problems;
}

/** Runs the command line in this process with a fixed clock; fails the test on a non-zero exit. */
async function assess(input: string, out: string): Promise<Buffer> {
  const { code, stderr } = await runCli(["assess", input, "--out", out]);
  if (code !== 0) throw new Error(stderr);
  return readFileSync(out);
}

/** A workbook read by exceljs. */
async function loaded(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The chart's table on 评估汇总 as exceljs reads it: the header row and the rows under it. */
function chartTable(workbook: ExcelJS.Workbook): { header: number; rows: ExcelJS.CellValue[][]; byDomain: boolean } {
  const sheet = workbook.getWorksheet(SUMMARY);
  if (!sheet) throw new Error("no summary sheet");
  // By domain, or (a table without domains) each indicator's realisation.
  const sections: unknown[] = [words.summary.chartSection, words.summary.indicatorChartSection];
  let title = 1;
  while (!sections.includes(sheet.getCell(title, 1).value)) {
    title += 1;
    if (title > sheet.rowCount) throw new Error("no chart section on the summary sheet");
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = title + 2; sheet.getCell(row, 1).value !== null; row += 1) rows.push([1, 2, 3].map((column) => sheet.getCell(row, column).value));
  return { header: title + 1, rows, byDomain: sheet.getCell(title, 1).value === words.summary.chartSection };
}

/** The values of a cache (`c:strCache` / `c:numCache`) in a chart part, in point order. */
function cached(xml: string, formula: string): string[] {
  const at = xml.indexOf(`<c:f>${formula}</c:f>`);
  if (at < 0) throw new Error(`no series formula ${formula}`);
  const cache = xml.slice(at, xml.indexOf("Cache>", xml.indexOf("Cache>", at) + 1));
  return [...cache.matchAll(/<c:v>([^<]*)<\/c:v>/gu)].map((m) => m[1] ?? "");
}

/** A chart of the two-column table at A1 of a test sheet. */
function specAt(anchor: { row: number; column: number }, title = "分领域平均实现度与时序进度"): ChartSpec {
  return { title, data: { top: 0, left: 0, bottom: 3, right: 2 }, anchor, width: 6, height: 12 };
}

/** A sheet with a chart's table at A1 (a blank number in B3, a negative one in C4). */
function tableSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  [
    ["类别", "平均实现度", "时序进度"],
    ["经济发展", 0.62, 0.5],
    ["民生福祉", null, 0.5],
    ["绿色生态", 0.8, -0.25],
  ].forEach((row, i) => row.forEach((value, j) => (sheet.getCell(i + 1, j + 1).value = value)));
  return sheet;
}

describe("the command line's assessed workbook", () => {
  let folder = "";
  let demo: Buffer = Buffer.alloc(0);
  let rerun: Buffer = Buffer.alloc(0);
  let domains: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "plan-assess-chart-"));
    const input = join(folder, "monitoring.xlsx");
    await (await monitoringWorkbook()).xlsx.writeFile(input);
    demo = await assess(input, join(folder, "assessed.xlsx"));
    rerun = await assess(join(folder, "assessed.xlsx"), join(folder, "reassessed.xlsx"));
    const byDomain = join(folder, "domains.xlsx");
    await workbookOf([indicatorSheetSeed(40)]).xlsx.writeFile(byDomain);
    domains = await assess(byDomain, join(folder, "domains-assessed.xlsx"));
  });

  it("holds a chart part related from 评估汇总 through a drawing part, each with its content type", async () => {
    const parts = await partsOf(demo);
    const sheet = sheetPath(parts, SUMMARY);
    const drawingId = /<drawing [^>]*r:id="([^"]+)"\/>/u.exec(part(parts, sheet))?.[1] ?? "";
    expect(relationships(parts, sheet).get(drawingId)).toEqual([NS.drawing, "../drawings/drawing1.xml"]);
    const chartId = /<c:chart [^>]*r:id="([^"]+)"\/>/u.exec(part(parts, "xl/drawings/drawing1.xml"))?.[1] ?? "";
    expect(relationships(parts, "xl/drawings/drawing1.xml").get(chartId)).toEqual([NS.chart, "../charts/chart1.xml"]);
    const types = part(parts, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    for (const other of ["表2", "评估明细"]) expect(part(parts, sheetPath(parts, other))).not.toContain("<drawing");
  });

  it("draws clustered bars of the summary's own cells: series named by the header row, categories from the first column, caches equal to the cells", async () => {
    for (const bytes of [demo, domains]) {
      const chart = part(await partsOf(bytes), "xl/charts/chart1.xml");
      const { header, rows, byDomain } = chartTable(await loaded(bytes));
      const last = header + rows.length;
      expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
      expect(chart).toContain(`<a:t>${byDomain ? words.summary.chartTitle : words.summary.indicatorChartTitle}</a:t>`);
      expect(chart).toContain("<c:legend>");
      expect(chart).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
      expect(cached(chart, `'评估汇总'!$B$${header}`)).toEqual([byDomain ? words.summary.average : words.summary.realisation]);
      expect(cached(chart, `'评估汇总'!$C$${header}`)).toEqual([words.summary.timeProgress]);
      expect(cached(chart, `'评估汇总'!$A$${header + 1}${last > header + 1 ? `:$A$${last}` : ""}`)).toEqual(rows.map((row) => String(row[0])));
      for (const [column, index] of [["B", 1], ["C", 2]] as const) {
        const range = `'评估汇总'!$${column}$${header + 1}${last > header + 1 ? `:$${column}$${last}` : ""}`;
        expect(cached(chart, range).map(Number)).toEqual(rows.map((row) => row[index]));
      }
    }
    expect(chartTable(await loaded(domains)).rows.length).toBeGreaterThan(1);
  });

  it("places <drawing> after the page setup, as CT_Worksheet orders it, with no note left in the chart's place", async () => {
    const parts = await partsOf(demo);
    const sheet = part(parts, sheetPath(parts, SUMMARY));
    expect(sheet).toMatch(/<pageSetup [^>]*\/><drawing [^>]*\/><\/worksheet>$/u);
    const summary = (await loaded(demo)).getWorksheet(SUMMARY);
    const texts: string[] = [];
    summary?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.some((text) => text.includes("不含图表"))).toBe(false);
  });

  it("writes every part it adds or changes as well-formed XML", async () => {
    const parts = await partsOf(demo);
    const sheet = sheetPath(parts, SUMMARY);
    const changed = [sheet, sheet.replace("worksheets/", "worksheets/_rels/") + ".rels", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/charts/chart1.xml", "[Content_Types].xml"];
    for (const path of changed) expect(xmlProblems(part(parts, path)), path).toEqual([]);
  });

  it("is read by exceljs without error, which can save it again", async () => {
    const workbook = await loaded(demo);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain(SUMMARY);
    const again = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await loaded(again)).getWorksheet(SUMMARY)?.getCell(1, 1).value).toBe(workbook.getWorksheet(SUMMARY)?.getCell(1, 1).value);
  });

  it("replaces the chart on a re-run on its own output, never adding a second", async () => {
    const parts = await partsOf(rerun);
    const sheets = [...part(parts, "xl/workbook.xml").matchAll(/<sheet [^>]*\/>/gu)].map((m) => sheetPath(parts, /name="([^"]+)"/u.exec(m[0])?.[1] ?? ""));
    expect([...parts.keys()].filter((path) => /^xl\/(charts|drawings)\/[^/]+\.xml$/u.test(path)).sort()).toEqual(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]);
    expect(sheets.map((path) => (part(parts, path).match(/<drawing /gu) ?? []).length)).toEqual(sheets.map((path) => (path === sheetPath(parts, SUMMARY) ? 1 : 0)));
    expect(part(parts, "xl/drawings/drawing1.xml").match(/<xdr:twoCellAnchor/gu)).toHaveLength(1);
    expect(part(parts, "xl/charts/chart1.xml")).toBe(part(await partsOf(demo), "xl/charts/chart1.xml"));
  });
});

describe("addCharts", () => {
  it("adds the chart to the drawing exceljs wrote for the sheet's image, keeping the image", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = tableSheet(workbook, "汇总");
    sheet.addImage(workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "E1:F3");
    const parts = await partsOf(await addCharts(Buffer.from(await workbook.xlsx.writeBuffer()), [{ sheet: "汇总", spec: specAt({ row: 5, column: 4 }) }]));
    expect([...parts.keys()].filter((path) => /^xl\/drawings\/drawing\d+\.xml$/u.test(path))).toEqual(["xl/drawings/drawing1.xml"]);
    const drawing = part(parts, "xl/drawings/drawing1.xml");
    expect(drawing).toMatch(/<xdr:pic>[\s\S]*<xdr:graphicFrame/u);
    expect([...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/gu)].map((m) => m[1])).toEqual(["1", "2"]);
    expect([...relationships(parts, "xl/drawings/drawing1.xml").values()].map(([type]) => type.split("/").pop())).toEqual(["image", "chart"]);
    expect(part(parts, "xl/worksheets/sheet1.xml").match(/<drawing /gu)).toHaveLength(1);
    expect(xmlProblems(drawing)).toEqual([]);
    const reread = await loaded(Buffer.from(await addCharts(Buffer.from(await workbook.xlsx.writeBuffer()), [{ sheet: "汇总", spec: specAt({ row: 5, column: 4 }) }])));
    expect(reread.getWorksheet("汇总")?.getImages()).toHaveLength(1);
  });

  it("puts the charts of one sheet in one drawing, each chart its own part, anchored at its cells", async () => {
    const workbook = new ExcelJS.Workbook();
    tableSheet(workbook, "汇总");
    const parts = await partsOf(
      await addCharts(Buffer.from(await workbook.xlsx.writeBuffer()), [
        { sheet: "汇总", spec: specAt({ row: 0, column: 4 }, "甲") },
        { sheet: "汇总", spec: specAt({ row: 14, column: 4 }, "乙") },
      ]),
    );
    expect([...parts.keys()].filter((path) => /^xl\/(charts|drawings)\/[^/]+\.xml$/u.test(path)).sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing1.xml"]);
    const drawing = part(parts, "xl/drawings/drawing1.xml");
    const corners = [...drawing.matchAll(/<xdr:(from|to)><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/gu)].map((m) => `${m[1]} ${m[2]},${m[3]}`);
    expect(corners).toEqual(["from 4,0", "to 10,12", "from 4,14", "to 10,26"]);
    expect(part(parts, "xl/charts/chart2.xml")).toContain("<a:t>乙</a:t>");
  });

  it("puts <drawing> before the sheet's extension list and legacy drawing, never inside a rule's own extension list", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = tableSheet(workbook, "汇总");
    sheet.getCell("E2").note = "备注";
    sheet.addConditionalFormatting({ ref: "B2:B4", rules: [{ type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF5B9BD5" } } as ExcelJS.ConditionalFormattingRule] });
    const parts = await partsOf(await addCharts(Buffer.from(await workbook.xlsx.writeBuffer()), [{ sheet: "汇总", spec: specAt({ row: 5, column: 4 }) }]));
    const xml = part(parts, "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<\/cfRule><\/conditionalFormatting><pageMargins [^>]*\/><pageSetup [^>]*\/><drawing [^>]*\/><extLst>/u);
    expect(xmlProblems(xml)).toEqual([]);
    const kinds = [...relationships(parts, "xl/worksheets/sheet1.xml").values()].map(([type]) => type.split("/").pop());
    expect(kinds.sort()).toEqual(["comments", "drawing", "vmlDrawing"]);
  });

  describe("edge cases", () => {
    it("returns the bytes as they are when there is no chart", async () => {
      const bytes = Buffer.from(await workbookOf([indicatorSheetSeed(3)]).xlsx.writeBuffer());
      expect((await addCharts(bytes, [])).equals(bytes)).toBe(true);
    });

    it("quotes a sheet name with an apostrophe and an ampersand, doubling the apostrophe and escaping the ampersand in XML", async () => {
      const workbook = new ExcelJS.Workbook();
      tableSheet(workbook, "A'B & C");
      const parts = await partsOf(await addCharts(Buffer.from(await workbook.xlsx.writeBuffer()), [{ sheet: "A'B & C", spec: specAt({ row: 0, column: 4 }, "<甲&乙>") }]));
      const chart = part(parts, "xl/charts/chart1.xml");
      expect(chart).toContain("<c:f>'A''B &amp; C'!$B$2:$B$4</c:f>");
      expect(chart).toContain("<a:t>&lt;甲&amp;乙&gt;</a:t>");
      expect(xmlProblems(chart)).toEqual([]);
    });

    it("leaves a gap for a cell without a number and starts the value axis at the tenth below a negative value", async () => {
      const workbook = new ExcelJS.Workbook();
      tableSheet(workbook, "汇总");
      const chart = part(await partsOf(await addCharts(Buffer.from(await workbook.xlsx.writeBuffer()), [{ sheet: "汇总", spec: specAt({ row: 0, column: 4 }) }])), "xl/charts/chart1.xml");
      expect(chart).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>0.62</c:v></c:pt><c:pt idx="2"><c:v>0.8</c:v></c:pt></c:numCache>');
      expect(chart).toContain('<c:orientation val="minMax"/><c:min val="-0.3"/>');
      expect(cached(chart, "'汇总'!$A$2:$A$4")).toEqual(["经济发展", "民生福祉", "绿色生态"]);
    });

    it("refuses a sheet the workbook does not have", async () => {
      const bytes = Buffer.from(await workbookOf([indicatorSheetSeed(3)]).xlsx.writeBuffer());
      await expect(addCharts(bytes, [{ sheet: "评估汇总", spec: specAt({ row: 0, column: 4 }) }])).rejects.toThrow("No sheet named 评估汇总");
    });
  });
});
