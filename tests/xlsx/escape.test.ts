import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeWorkbookText, escapeXlsxText } from "../../src/xlsx/escape";

/** Text written into a cell, escaped, through an .xlsx buffer, and read back. */
async function roundTripped(texts: readonly string[]): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("表");
  texts.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));
  sheet.getCell(texts.length + 1, 1).value = { richText: texts.map((text) => ({ text })) };
  escapeWorkbookText(workbook);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await workbook.xlsx.writeBuffer());
  const back = read.worksheets[0];
  return [...texts.map((_, i) => back?.getCell(i + 1, 1).value), back?.getCell(texts.length + 1, 1).text];
}

describe("text an .xlsx keeps as written", () => {
  it("escapes controls and literal escape sequences as Excel does", () => {
    expect(escapeXlsxText("A\u001bB")).toBe("A_x001B_B");
    expect(escapeXlsxText("_x0041_")).toBe("_x005F_x0041_");
    expect(escapeXlsxText("指标\t名称\n")).toBe("指标\t名称\n");
  });

  it("reads back the very text written, controls and _xHHHH_ included", async () => {
    const texts = ["一般公共预算收入\u001b[2J", "_x0041_ 照原样", "DEL\u007f", "普通文字"];
    expect(await roundTripped(texts)).toEqual([...texts, texts.join("")]);
  });

  it("reads back any text exceljs keeps (XML's characters)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "binary-ascii", minLength: 1 }), { minLength: 1, maxLength: 5 }), async (texts) => {
        const kept = texts.map((text) => text.replace(/\r/gu, "")).filter((text) => text.trim() !== "");
        fc.pre(kept.length > 0);
        expect(await roundTripped(kept)).toEqual([...kept, kept.join("")]);
      }),
      { numRuns: 30 },
    );
  });
});
