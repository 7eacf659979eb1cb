/**
 * The add-in's own sheets as the copy writes them (src/xlsx/patch/sheet-xml.ts through `patchedCopy`):
 * a sheet with every setting a run gives one (frozen header, widths, merges, rules, A4 page setup
 * with print titles and a footer holding `&` codes), the saved properties on their very hidden
 * sheet; assessed again, the sheets replaced with their print-titles names and nothing doubled.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { WriteOperation } from "../../../src/workbook/write/operations";
import { patchedCopy } from "../../../src/xlsx/patch/copy";
import { MINIMAL_STYLES } from "../../../src/xlsx/patch/styles-part";
import { ooxmlToolsMissing, packageProblems } from "../../helpers/ooxml";
import { partText, workbookParts, zipped } from "./packages";
import { findAll, parsed } from "./xml";

const toolsMissing = ooxmlToolsMissing();
// CI installs the checks; there their absence is a failure, not a reason to skip.
if (toolsMissing && process.env.CI) throw new Error(`CI 上缺少 OOXML 校验：${toolsMissing}`);
const folder = mkdtempSync(join(tmpdir(), "patch-generated-"));

const SHEET = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const DETAIL = "评估明细";
const rows = (count: number) => Array.from({ length: count }, (_, i) => [`指标${i + 1} <含&符号>`, i % 2 === 0, (i + 1) / 7, i % 3 === 0 ? "滞后" : "正常"]);

const OPERATIONS: WriteOperation[] = [
  { kind: "addSheet", sheet: DETAIL },
  { kind: "values", sheet: DETAIL, top: 0, left: 0, values: [["2023年上半年 评估明细", "", "", ""], ["指标", "达标", "实现度", "状态"], ...rows(6)] },
  { kind: "merge", sheet: DETAIL, range: { top: 0, left: 0, bottom: 0, right: 3 } },
  { kind: "style", sheet: DETAIL, range: { top: 1, left: 0, bottom: 1, right: 3 }, style: { bold: true, fill: "#DDEBF7", border: true, horizontal: "center", vertical: "middle", wrap: true } },
  { kind: "formats", sheet: DETAIL, top: 2, left: 2, numberFormat: Array.from({ length: 6 }, () => ["0.0%"]) },
  { kind: "columnWidth", sheet: DETAIL, range: { top: 0, left: 0, bottom: 0, right: 0 }, width: 36 },
  { kind: "columnWidth", sheet: DETAIL, range: { top: 0, left: 1, bottom: 0, right: 3 }, width: 12 },
  { kind: "rule", sheet: DETAIL, rule: { type: "textEquals", range: { top: 2, left: 3, bottom: 7, right: 3 }, text: "滞后", fill: "#FCE1CC", fontColor: "#8F3A00" } },
  { kind: "rule", sheet: DETAIL, rule: { type: "dataBar", range: { top: 2, left: 2, bottom: 7, right: 2 }, color: "#5B9BD5" } },
  { kind: "freeze", sheet: DETAIL, rows: 2 },
  { kind: "pageSetup", sheet: DETAIL, print: { orientation: "portrait", titleRows: { top: 0, bottom: 1 }, footer: "第&P页，共&N页" } },
];
const PROPERTIES = [{ key: "PlanAssess.runStamp", value: "2023H1" }, { key: "PlanAssess.settings", value: '{"期末":false,"说明":"<&>"}' }];

const SUMMARY = "评估汇总";
const CHARTED: WriteOperation[] = [
  { kind: "addSheet", sheet: SUMMARY },
  { kind: "values", sheet: SUMMARY, top: 0, left: 0, values: [["类别", "平均实现度", "时序进度"], ["经济发展", 0.62, 0.5], ["民生福祉", 0.4, 0.5]] },
  { kind: "chart", sheet: SUMMARY, chart: { title: "各类别实现度", data: { top: 0, left: 0, bottom: 2, right: 2 }, anchor: { row: 4, column: 0 }, width: 6, height: 12 } },
  { kind: "pageSetup", sheet: SUMMARY },
];

describe("the add-in's sheets", () => {
  it("assessed again with a chart, holds the same parts: the earlier chart and drawing replaced, not added", async () => {
    const input = await zipped(workbookParts({ sheets: [{ name: "表2", body: SHEET }], styles: { path: "xl/styles.xml", xml: MINIMAL_STYLES } }));
    const first = await patchedCopy(input, CHARTED, null);
    const again = await patchedCopy(first, [{ kind: "deleteSheet", sheet: SUMMARY }, ...CHARTED], null);
    const names = async (bytes: Buffer) => Object.keys((await JSZip.loadAsync(bytes)).files).sort();
    expect(await names(again)).toEqual(await names(first));
    expect((await names(first)).filter((name) => /^xl\/charts\/chart\d+\.xml$/u.test(name))).toHaveLength(1);
    if (toolsMissing === null) {
      const file = join(folder, "charted-again.xlsx");
      writeFileSync(file, again);
      expect(packageProblems(file)).toEqual([]);
    }
  });

  it("writes a clean sheet with every setting and the properties sheet, which exceljs reads", async () => {
    const input = await zipped(workbookParts({ sheets: [{ name: "表2", body: SHEET }], styles: { path: "xl/styles.xml", xml: MINIMAL_STYLES } }));
    const copy = await patchedCopy(input, OPERATIONS, PROPERTIES);
    if (toolsMissing === null) {
      const file = join(folder, "generated.xlsx");
      writeFileSync(file, copy);
      expect(packageProblems(file)).toEqual([]);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(copy as unknown as ArrayBuffer);
    const detail = workbook.getWorksheet(DETAIL);
    expect(detail?.getCell("A3").value).toBe("指标1 <含&符号>");
    expect(detail?.getCell("B3").value).toBe(true);
    expect(detail?.getCell("C3").numFmt).toBe("0.0%");
    expect(detail?.headerFooter.oddFooter).toBe("&C第&P页，共&N页");
    const properties = workbook.getWorksheet("PlanAssess_Properties");
    expect(properties?.state).toBe("veryHidden");
    expect(properties?.getCell("B2").value).toBe(PROPERTIES[1]?.value);
  });

  it("assessed again, replaces the sheets, keeps one print-titles name on the right sheet and the user's sheet active", async () => {
    const input = await zipped(workbookParts({ sheets: [{ name: "表2", body: SHEET }], styles: { path: "xl/styles.xml", xml: MINIMAL_STYLES } }));
    const first = await patchedCopy(input, OPERATIONS, PROPERTIES);
    const again = await patchedCopy(first, [{ kind: "deleteSheet", sheet: DETAIL }, ...OPERATIONS], PROPERTIES);
    const workbook = parsed((await partText(again, "xl/workbook.xml")) as string);
    const sheets = findAll(workbook, "sheet").map((sheet) => sheet.attributes.name);
    expect(sheets).toEqual(["表2", "PlanAssess_Properties", DETAIL]);
    const names = findAll(workbook, "definedName").map((name) => [name.attributes.name, name.attributes.localSheetId, name.text]);
    expect(names).toEqual([["_xlnm.Print_Titles", "2", `'${DETAIL}'!$1:$2`]]);
    expect(findAll(workbook, "workbookView")[0]?.attributes.activeTab ?? "0").toBe("0");
    if (toolsMissing === null) {
      const file = join(folder, "generated-again.xlsx");
      writeFileSync(file, again);
      expect(packageProblems(file)).toEqual([]);
    }
  });
});
