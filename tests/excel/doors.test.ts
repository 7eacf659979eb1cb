import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ExcelHost } from "../../src/excel";
import { rangeAddress } from "../../src/workbook/address";
import { PLAN_PROPERTIES } from "../../src/workbook/plan";
import { runAssessment, type RunOptions, type RunOutcome } from "../../src/workbook/run";
import type { CellRange } from "../../src/workbook/types";
import { XlsxHost } from "../../src/xlsx/host";
import { monitoringWorkbook } from "../cli/sample";
import { loadFixtureTable } from "../helpers/fixtures";
import { SEED_WORKBOOKS } from "../workbook/grids";
import { fixtureWorkbook, seedsOfWorkbook } from "./office-view";
import { indicatorSheetSeed } from "./plans";
import { createExcelStandIn, type ExcelStandIn } from "./standin";

const GENERATED_AT = "2023-08-01T10:00:00+08:00";

/** Both doors over the same workbook: exceljs holding it, and the Excel stand-in seeded from it. */
function bothDoors(workbook: ExcelJS.Workbook): { standIn: ExcelStandIn; excel: ExcelHost; xlsx: XlsxHost } {
  const standIn = createExcelStandIn(seedsOfWorkbook(workbook));
  return { standIn, excel: new ExcelHost({ run: standIn.run, office: standIn.office }), xlsx: new XlsxHost(workbook) };
}

/**
 * A rectangle's values as exceljs holds them, as Office shows them: empty cells and the covered
 * cells of merged areas as "" (exceljs answers a covered cell with its merge's value).
 */
function exceljsValues(sheet: ExcelJS.Worksheet | undefined, range: CellRange): unknown[][] {
  return Array.from({ length: range.bottom - range.top + 1 }, (_, i) =>
    Array.from({ length: range.right - range.left + 1 }, (_, j) => {
      const cell = sheet?.getCell(range.top + i + 1, range.left + j + 1);
      if (!cell || cell.master.address !== cell.address) return "";
      return cell.value ?? "";
    }),
  );
}

/** A rectangle's number formats as exceljs holds them ("General" when none). */
function exceljsFormats(sheet: ExcelJS.Worksheet | undefined, range: CellRange): string[][] {
  return Array.from({ length: range.bottom - range.top + 1 }, (_, i) =>
    Array.from({ length: range.right - range.left + 1 }, (_, j) => sheet?.getCell(range.top + i + 1, range.left + j + 1).numFmt ?? "General"),
  );
}

/** A rectangle's number formats in the stand-in. */
function standInFormats(standIn: ExcelStandIn, sheet: string, range: CellRange): string[][] {
  return Array.from({ length: range.bottom - range.top + 1 }, (_, i) =>
    Array.from({ length: range.right - range.left + 1 }, (_, j) => {
      const address = rangeAddress({ top: range.top + i, left: range.left + j, bottom: range.top + i, right: range.left + j });
      return standIn.cell(sheet, address)?.numberFormat ?? "General";
    }),
  );
}

describe("the two doors", () => {
  it.each(SEED_WORKBOOKS)("find the seed table %s whole, with the same mapping and every indicator", async (name) => {
    const { excel, xlsx } = bothDoors(await fixtureWorkbook(name));
    const throughExcel = await runAssessment(excel, { generatedAt: GENERATED_AT, apply: false });
    const throughXlsx = await runAssessment(xlsx, { generatedAt: GENERATED_AT, apply: false });
    if (!throughExcel.ok || !throughXlsx.ok) throw new Error("no table found");
    expect(throughExcel.value.mapping).toEqual(throughXlsx.value.mapping);
    expect(throughExcel.value.assessment.judgements.map((judgement) => judgement.name)).toHaveLength(loadFixtureTable(name).rows.length);
    expect(throughExcel.value.assessment).toEqual(throughXlsx.value.assessment);
  });

  it("write the same status block, summary and detail from the same table", async () => {
    const workbook = await monitoringWorkbook();
    const { standIn, excel, xlsx } = bothDoors(workbook);
    const throughExcel = await runAssessment(excel, { generatedAt: GENERATED_AT });
    const throughXlsx = await runAssessment(xlsx, { generatedAt: GENERATED_AT });
    if (!throughExcel.ok || !throughXlsx.ok) throw new Error("no table found");
    expect(throughExcel.value.plan).toEqual(throughXlsx.value.plan);

    const block = throughExcel.value.plan.block;
    const area = block.area;
    expect(standIn.values(block.sheet, rangeAddress(area))).toEqual(exceljsValues(workbook.getWorksheet(block.sheet), area));
    expect(standInFormats(standIn, block.sheet, area)).toEqual(exceljsFormats(workbook.getWorksheet(block.sheet), area));
    for (const sheet of throughExcel.value.plan.sheets) {
      const used = { top: 0, left: 0, bottom: 80, right: 12 };
      const expected = exceljsValues(workbook.getWorksheet(sheet.name), used);
      // Where Excel gets a chart, the exceljs door leaves a note: the one difference.
      for (const chart of sheet.charts) {
        const row = expected[chart.anchor.row];
        if (row) row[chart.anchor.column] = "";
      }
      expect(standIn.values(sheet.name, rangeAddress(used)), sheet.name).toEqual(expected);
    }
    expect(standIn.snapshot().sheets.flatMap((sheet) => sheet.charts)).toHaveLength(throughExcel.value.plan.sheets.flatMap((sheet) => sheet.charts).length);
  });

  describe("a whole assessment through the Office.js door", () => {
    /** Syncs of a run on a fresh `rows`-row table, with what each carried. */
    async function wholeRun(rows: number, options: Partial<RunOptions> = { settings: {} }, prepare?: (excel: ExcelHost) => Promise<unknown>) {
      const standIn = createExcelStandIn([indicatorSheetSeed(rows)]);
      const excel = new ExcelHost({ run: standIn.run, office: standIn.office });
      await prepare?.(excel);
      standIn.resetCounters();
      const run = await runAssessment(excel, { generatedAt: GENERATED_AT, ...options });
      if (!run.ok) throw new Error(run.problem.message);
      return { run: run.value, standIn };
    }

    it.each([40, 100])("of %i rows takes three syncs: the sheet list, the grid in one, and the write in one request", async (rows) => {
      const { standIn } = await wholeRun(rows);
      expect(standIn.syncCount).toBe(3);
      expect(standIn.syncs.map((sync) => sync.run)).toEqual([1, 2, 3]);
      expect(standIn.loopSyncs).toBe(0);
    });

    it("of 10,000 rows takes three syncs more, the rest of the grid in one band and the write cut in three requests as it outgrows 8 MB (评价表 and the record sheet hold every row too), each under 5 MB", async () => {
      const { standIn } = await wholeRun(10_000);
      expect(standIn.syncCount).toBe(6);
      expect(standIn.syncs.map((sync) => sync.run)).toEqual([1, 2, 2, 3, 3, 3]);
      expect(standIn.loopSyncs).toBe(0);
      expect(standIn.largestPayload).toBeLessThan(5_000_000);
    });

    it.each([
      [100, 3],
      [10_000, 6],
    ])("takes the same syncs on the ribbon's one-click path (no settings given) for %i rows, with the saved settings: %i", async (rows, syncs) => {
      const saved = JSON.stringify({ tolerance: 0.05 });
      const { run, standIn } = await wholeRun(rows, {}, (excel) => excel.writeProperty(PLAN_PROPERTIES.settings, saved));
      expect(run.assessment.settings.tolerance).toBe(0.05);
      expect(standIn.syncCount).toBe(syncs);
      expect(standIn.loopSyncs).toBe(0);
    });

    it("takes more syncs only beyond the supported size, each still under the payload budget", async () => {
      // With a 400 KB budget the head is 195 rows and a request 400 KB: a run on 100 rows reads the
      // grid in one sync and writes in one request; on 1,000 rows (some 650 KB of plan) the rest of
      // the grid takes bands of its own and the write two requests; the 4 MB default makes that 10,000.
      const syncsOf = async (rows: number) => {
        const standIn = createExcelStandIn([indicatorSheetSeed(rows)], { syncLoops: "count" });
        const excel = new ExcelHost({ run: standIn.run, office: standIn.office, payloadBudget: 400_000 });
        const run = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {} });
        expect(run.ok).toBe(true);
        expect(standIn.syncs.every((sync) => sync.requestBytes <= 420_000 && sync.responseBytes <= 420_000)).toBe(true);
        return standIn.syncCount;
      };
      expect(await syncsOf(100)).toBe(3);
      expect(await syncsOf(1_000)).toBeGreaterThan(4);
      expect(await syncsOf(2_000)).toBeGreaterThan(await syncsOf(1_000));
    });

    it("takes the same three syncs again on a second run, which finds the first run's block by its stamp and replaces it", async () => {
      const earlier: RunOutcome[] = [];
      const { run, standIn } = await wholeRun(100, { settings: {} }, async (excel) => {
        const first = await runAssessment(excel, { generatedAt: GENERATED_AT, settings: {} });
        if (first.ok) earlier.push(first.value);
      });
      expect(standIn.syncCount).toBe(3);
      expect(earlier).toHaveLength(1);
      expect(run.plan.block.area).toEqual(earlier[0]?.plan.block.area);
      expect(run.mapping.columns.filter((column) => column.role === "generated")).toHaveLength(6);
    });
  });

  describe("a second run", () => {
    /** The stand-in's snapshot without the saved properties, which record the run itself. */
    async function twice() {
      const { standIn, excel } = bothDoors(await monitoringWorkbook());
      await runAssessment(excel, { generatedAt: GENERATED_AT });
      const first = { ...standIn.snapshot(), properties: {} };
      await runAssessment(excel, { generatedAt: GENERATED_AT });
      return { first, second: { ...standIn.snapshot(), properties: {} } };
    }

    /** The address of the summary's 数据来源 value (the cell right of its label). */
    function sourceCell(snapshot: Awaited<ReturnType<typeof twice>>["first"]): string {
      const cells = snapshot.sheets.find((sheet) => sheet.name === "评估汇总")?.cells ?? {};
      const label = Object.entries(cells).find(([, cell]) => cell.value === "数据来源")?.[0] ?? "";
      return label.replace(/^A/u, "B");
    }

    it("leaves the workbook through the Office.js door as after the first, the summary's source line aside", async () => {
      const { first, second } = await twice();
      const address = sourceCell(first);
      const withoutSource = (snapshot: typeof first) => ({
        ...snapshot,
        sheets: snapshot.sheets.map((sheet) => ({ ...sheet, cells: Object.fromEntries(Object.entries(sheet.cells).filter(([cell]) => sheet.name !== "评估汇总" || cell !== address)) })),
      });
      expect(withoutSource(second)).toEqual(withoutSource(first));
    });

    it("names the user's table, not the earlier results beside it, as the summary's data source", async () => {
      const { first, second } = await twice();
      const address = sourceCell(first);
      const source = (snapshot: typeof first) => snapshot.sheets.find((sheet) => sheet.name === "评估汇总")?.cells[address]?.value;
      expect(source(first)).toBe("'表2'!A3:I39");
      expect(source(second)).toBe(source(first));
    });
  });
});
