import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellAddress, rangeAddress } from "../../src/workbook/address";
import { runAssessment } from "../../src/workbook/run";
import type { CellRange } from "../../src/workbook/types";
import { ExcelHost } from "../../src/excel";
import { WpsHost } from "../../src/wps";
import { XlsxHost } from "../../src/xlsx/host";
import { monitoringWorkbook } from "../cli/sample";
import { loadFixtureTable } from "../helpers/fixtures";
import { fixtureWorkbook, seedsOfWorkbook } from "../excel/office-view";
import { SEED_WORKBOOKS } from "../workbook/grids";
import { createExcelStandIn } from "../excel/standin";
import { createWpsStandIn, type WpsStandIn } from "./standin";

const GENERATED_AT = "2023-08-01T10:00:00+08:00";

/** The WPS door over the stand-in seeded from a workbook, and the exceljs door over the workbook. */
function bothDoors(workbook: ExcelJS.Workbook): { standIn: WpsStandIn; wps: WpsHost; xlsx: XlsxHost } {
  const standIn = createWpsStandIn(seedsOfWorkbook(workbook));
  return { standIn, wps: new WpsHost(standIn.port), xlsx: new XlsxHost(workbook) };
}

/** A rectangle's values as exceljs holds them, "" for empty and covered cells. */
function exceljsValues(sheet: ExcelJS.Worksheet | undefined, range: CellRange): unknown[][] {
  return Array.from({ length: range.bottom - range.top + 1 }, (_, i) =>
    Array.from({ length: range.right - range.left + 1 }, (_, j) => {
      const cell = sheet?.getCell(range.top + i + 1, range.left + j + 1);
      if (!cell || cell.master.address !== cell.address) return "";
      return cell.value ?? "";
    }),
  );
}

describe("the WPS door and the exceljs door", () => {
  it.each(SEED_WORKBOOKS)("find the seed table %s whole, with the same mapping and assessment", async (name) => {
    const { wps, xlsx } = bothDoors(await fixtureWorkbook(name));
    const throughWps = await runAssessment(wps, { generatedAt: GENERATED_AT, apply: false });
    const throughXlsx = await runAssessment(xlsx, { generatedAt: GENERATED_AT, apply: false });
    if (!throughWps.ok || !throughXlsx.ok) throw new Error("no table found");
    expect(throughWps.value.mapping).toEqual(throughXlsx.value.mapping);
    expect(throughWps.value.assessment.judgements).toHaveLength(loadFixtureTable(name).rows.length);
    expect(throughWps.value.assessment).toEqual(throughXlsx.value.assessment);
  });

  it("write the same status block, summary and detail sheets from the same table", async () => {
    const workbook = await monitoringWorkbook();
    const { standIn, wps, xlsx } = bothDoors(workbook);
    const throughWps = await runAssessment(wps, { generatedAt: GENERATED_AT });
    const throughXlsx = await runAssessment(xlsx, { generatedAt: GENERATED_AT });
    if (!throughWps.ok || !throughXlsx.ok) throw new Error("no table found");
    expect(throughWps.value.plan).toEqual(throughXlsx.value.plan);

    const block = throughWps.value.plan.block;
    expect(standIn.values(block.sheet, rangeAddress(block.area))).toEqual(exceljsValues(workbook.getWorksheet(block.sheet), block.area));
    const formats = (read: (address: string) => string) =>
      Array.from({ length: block.area.bottom - block.area.top + 1 }, (_, i) =>
        Array.from({ length: block.area.right - block.area.left + 1 }, (_, j) => read(cellAddress(block.area.top + i, block.area.left + j))),
      );
    const exceljsSheet = workbook.getWorksheet(block.sheet);
    expect(formats((address) => standIn.numberFormat(block.sheet, address))).toEqual(formats((address) => exceljsSheet?.getCell(address).numFmt ?? "General"));
    for (const sheet of throughWps.value.plan.sheets) {
      const used = { top: 0, left: 0, bottom: 80, right: 12 };
      const expected = exceljsValues(workbook.getWorksheet(sheet.name), used);
      // Where WPS gets a chart, the exceljs door leaves a note: the one difference.
      for (const chart of sheet.charts) {
        const row = expected[chart.anchor.row];
        if (row) row[chart.anchor.column] = "";
      }
      expect(standIn.values(sheet.name, rangeAddress(used)), sheet.name).toEqual(expected);
    }
    const charts = throughWps.value.plan.sheets.flatMap((sheet) => sheet.charts);
    expect(standIn.book.sheets.flatMap((sheet) => sheet.charts)).toHaveLength(charts.length);
  });

  it("write the same status block as the Office.js door from the same table", async () => {
    const workbook = await monitoringWorkbook();
    const { standIn, wps } = bothDoors(workbook);
    const excelStandIn = createExcelStandIn(seedsOfWorkbook(workbook));
    const excel = new ExcelHost({ run: excelStandIn.run, office: excelStandIn.office });
    const throughWps = await runAssessment(wps, { generatedAt: GENERATED_AT });
    const throughExcel = await runAssessment(excel, { generatedAt: GENERATED_AT });
    if (!throughWps.ok || !throughExcel.ok) throw new Error("no table found");
    expect(throughWps.value.plan).toEqual(throughExcel.value.plan);
    const { sheet, area } = throughWps.value.plan.block;
    expect(standIn.values(sheet, rangeAddress(area))).toEqual(excelStandIn.values(sheet, rangeAddress(area)));
  });
});
