import { describe, expect, it } from "vitest";
import { sheetMarker } from "../../src/workbook/write/markers";
import { XlsxDoorError } from "../../src/xlsx/errors";
import { gridFromWorksheet } from "../../src/xlsx/grid";
import { XlsxHost } from "../../src/xlsx/host";
import { PROPERTY_SHEET } from "../../src/xlsx/properties";
import { BESIDE_COLUMN, indicatorSheetSeed, syntheticPlan } from "../excel/plans";
import { cellsOf, describeWorkbook, roundTrip, workbookOf } from "./workbooks";
import { rejectionOf } from "../helpers/rejection";

/** The XlsxDoorError a promise rejects with. */
const doorError = (promise: Promise<unknown>): Promise<XlsxDoorError> => rejectionOf(promise, XlsxDoorError);

/** A generated table of `rows` indicators, saved and read back as a user's file would be. */
async function userFile(rows: number) {
  return roundTrip(workbookOf([indicatorSheetSeed(rows)]));
}

/** Applies a plan on a workbook and returns it as saved and read back. */
async function assessed(workbook: Awaited<ReturnType<typeof userFile>>, rows: number) {
  await new XlsxHost(workbook).applyPlan(syntheticPlan(rows));
  return roundTrip(workbook);
}

describe("XlsxHost", () => {
  it("reads a sheet through the exceljs grid reader and lists the visible sheets", async () => {
    const workbook = await userFile(10);
    const host = new XlsxHost(workbook);
    const sheet = workbook.getWorksheet("指标");
    if (!sheet) throw new Error("no sheet");
    // The grid as the reader cleans it, with the workbook's defined names and record sheets (none yet).
    expect(await host.readGrid("指标")).toEqual({ ...gridFromWorksheet(sheet), names: [], records: [] });
    await host.writeProperty("PlanAssess.runStamp", "2023H1");
    expect(await host.listSheets()).toEqual({ names: ["指标"], active: "指标" });
  });

  it("applies a plan: status block, generated sheets, rules, names, properties", async () => {
    const out = await assessed(await userFile(20), 20);
    expect(out.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["指标", "visible"],
      [PROPERTY_SHEET, "veryHidden"],
      ["评估汇总", "visible"],
      ["评估明细", "visible"],
    ]);
    const table = out.getWorksheet("指标");
    expect(table?.getCell(3, BESIDE_COLUMN + 3).value).toBe("▲ 提前实现目标");
    expect(table?.getCell(3, BESIDE_COLUMN + 3).numFmt).toBe("@");
    expect(table?.getCell(4, BESIDE_COLUMN + 1).numFmt).toBe("0.0%");
    const description = describeWorkbook(out);
    expect(description.sheets[0]?.rules.map((rule) => rule.ref)).toEqual(["N3:N22", "N3:N22", "N3:N22", "N3:N22", "L3:L22"]);
    expect(description.sheets[0]?.rules[0]?.rules[0]).toMatchObject({ type: "cellIs", operator: "equal", formulae: ['"▲ 提前实现目标"'] });
    expect(description.names.map((named) => named.name)).toEqual(
      ["PlanAssess_Area", "PlanAssess_Block", sheetMarker("评估汇总"), sheetMarker("评估明细")].sort((a, b) => a.localeCompare(b)),
    );
    expect(await new XlsxHost(out).readProperty("PlanAssess.settings")).toBe(syntheticPlan(20).properties["PlanAssess.settings"]);
    expect(out.getWorksheet("评估明细")?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(out.getWorksheet("评估汇总")?.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
  });

  it("writes text that looks like a formula as text", async () => {
    const out = await assessed(await userFile(5), 5);
    const paragraph = out.getWorksheet("评估汇总")?.getCell("A9").value;
    expect(typeof paragraph).toBe("string");
    expect(String(paragraph)).toContain("=SUM(A1)");
  });

  it("writes the chart's data and records the chart for the copy, leaving its place on the sheet empty", async () => {
    const workbook = await userFile(5);
    const host = new XlsxHost(workbook);
    await host.applyPlan(syntheticPlan(5));
    const [chart] = syntheticPlan(5).sheets.flatMap((sheet) => sheet.charts);
    expect(host.operations().filter((operation) => operation.kind === "chart")).toEqual([expect.objectContaining({ kind: "chart", chart })]);
    const summary = (await roundTrip(workbook)).getWorksheet("评估汇总");
    expect(summary?.getCell("A4").value).toBe("▲ 提前实现目标");
    expect(summary?.getCell("D3").value).toBeNull();
    expect(summary?.model.merges).not.toContain("D3:I5");
  });

  it("recording only, carries out nothing on the workbook and ends with the properties a carrying host saves", async () => {
    const carrying = new XlsxHost(await userFile(5));
    const recording = new XlsxHost(await userFile(5), undefined, { recordOnly: true });
    for (const host of [carrying, recording]) {
      await host.applyPlan(syntheticPlan(5));
      await host.writeProperty("PlanAssess.settings", "x".repeat(40_000));
      await host.writeProperty("PlanAssess.settings", "短");
    }
    expect(recording.operations()).toEqual(carrying.operations());
    expect(recording.propertiesToSave()).toEqual(carrying.propertiesToSave());
    expect(recording.propertiesToSave()?.some((saved) => saved.value === "短")).toBe(true);
    expect(recording.workbook.getWorksheet("评估汇总")).toBeUndefined();
    expect(carrying.workbook.getWorksheet("评估汇总")).toBeDefined();
  });

  it("leaves the workbook, after a second run on its own output, as after the first", async () => {
    const first = await assessed(await userFile(100), 100);
    // Described before it is saved again: exceljs adds style ids to the rules it saves.
    const afterFirst = describeWorkbook(first);
    const second = await assessed(await roundTrip(first), 100);
    expect(describeWorkbook(second)).toEqual(afterFirst);
  });

  it("leaves every cell of the user's table byte-for-byte unchanged, value and style", async () => {
    const input = await userFile(100);
    const before = cellsOf(input.getWorksheet("指标") ?? input.worksheets[0]!);
    const out = await assessed(input, 100);
    const after = cellsOf(out.getWorksheet("指标") ?? out.worksheets[0]!);
    for (const [address, cell] of Object.entries(before)) expect(after[address], address).toEqual(cell);
  });

  it("does not restyle the user's cells that share a style with cells it writes", async () => {
    const input = workbookOf([indicatorSheetSeed(5)]);
    const sheet = input.getWorksheet("指标");
    if (!sheet) throw new Error("no sheet");
    sheet.getCell("A3").style = { font: { bold: true } };
    sheet.getCell(`${String.fromCharCode(65 + BESIDE_COLUMN)}4`).style = { font: { bold: true } };
    const read = await roundTrip(input);
    const user = read.getWorksheet("指标")?.getCell("A3");
    const beside = read.getWorksheet("指标")?.getCell(4, BESIDE_COLUMN + 1);
    expect(user?.style).toBe(beside?.style);
    const before = JSON.parse(JSON.stringify(user?.style)) as unknown;
    await new XlsxHost(read).applyPlan(syntheticPlan(5));
    expect(user?.style).toEqual(before);
  });

  it("removes exactly what it generated, keeping the saved properties", async () => {
    const input = await userFile(30);
    const before = describeWorkbook(input);
    const out = await assessed(input, 30);
    const host = new XlsxHost(out);
    await host.clearGenerated();
    const cleared = describeWorkbook(await roundTrip(out));
    const withoutWidths = (sheets: typeof before.sheets) => sheets.map(({ widths: _widths, ...sheet }) => sheet);
    expect(withoutWidths(cleared.sheets.filter((sheet) => sheet.name !== PROPERTY_SHEET))).toEqual(withoutWidths(before.sheets));
    expect(cleared.names).toEqual([]);
    expect(await host.readProperty("PlanAssess.runStamp")).toBe("2023H1");
  });

  it("keeps a generated sheet the user has renamed", async () => {
    const out = await assessed(await userFile(10), 10);
    const summary = out.getWorksheet("评估汇总");
    if (!summary) throw new Error("no summary");
    summary.name = "上期评估";
    const again = await assessed(await roundTrip(out), 10);
    expect(again.worksheets.map((sheet) => sheet.name)).toEqual(["指标", PROPERTY_SHEET, "上期评估", "评估汇总", "评估明细"]);
  });

  it("refuses to overwrite a user's sheet with a generated sheet's name", async () => {
    const input = workbookOf([indicatorSheetSeed(5), { name: "评估汇总", values: [["我的汇总"]] }]);
    const error = await doorError(new XlsxHost(input).applyPlan(syntheticPlan(5)));
    expect(error.code).toBe("excel.sheet_taken");
    expect(input.getWorksheet("评估汇总")?.getCell("A1").value).toBe("我的汇总");
  });

  it("adds a new period column with a text header, a warning validation and an empty-cell highlight", async () => {
    const input = await userFile(10);
    const host = new XlsxHost(input);
    const plan = { sheet: "指标", headerRow: 1, column: BESIDE_COLUMN, header: "2023年", dataRows: { top: 2, left: BESIDE_COLUMN, bottom: 11, right: BESIDE_COLUMN } };
    await host.addPeriodColumn(plan);
    const out = await roundTrip(input);
    const sheet = out.getWorksheet("指标");
    expect(sheet?.getCell("L2").value).toBe("2023年");
    expect(sheet?.getCell("L5").dataValidation).toMatchObject({ type: "decimal", errorStyle: "warning" });
    expect(describeWorkbook(out).sheets[0]?.rules[0]).toMatchObject({ ref: "L3:L12", rules: [{ type: "expression", formulae: ["LEN(TRIM(L3))=0"] }] });
    const again = await doorError(new XlsxHost(out).addPeriodColumn(plan));
    expect(again.code).toBe("xlsx.period_column_taken");
  });

  describe("edge cases", () => {
    it("names the sheets there are when asked for one that is not", async () => {
      const error = await doorError(new XlsxHost(await userFile(3)).readGrid("表9"));
      expect(error.code).toBe("xlsx.sheet_missing");
      expect(error.message).toBe("未找到工作表「表9」。本工作簿的工作表有：「指标」。");
    });

    it("finds a sheet whatever the case of its name, as Excel does", async () => {
      const input = workbookOf([{ name: "Sheet1", values: [["序号"]] }]);
      expect((await new XlsxHost(input).readGrid("SHEET1")).values).toEqual([["序号"]]);
    });

    it("clears nothing in a workbook it never wrote", async () => {
      const input = await userFile(3);
      const before = describeWorkbook(input);
      await new XlsxHost(input).clearGenerated();
      expect(describeWorkbook(input)).toEqual(before);
    });
  });
});
