import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeXlsxText } from "../../src/xlsx/escape";
import { patchedCopy } from "../../src/xlsx/patch/copy";

/** Text written into cells by the command line's writer (the copy of a one-sheet workbook), and read back by exceljs. */
async function roundTripped(texts: readonly string[]): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("表").getCell("C1").value = "用户的单元格";
  const input = Buffer.from(await workbook.xlsx.writeBuffer());
  const copy = await patchedCopy(input, [{ kind: "values", sheet: "表", top: 0, left: 0, values: texts.map((text) => [text]) }], null);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(copy as unknown as ArrayBuffer);
  const back = read.worksheets[0];
  return [...texts.map((_, i) => back?.getCell(i + 1, 1).value), back?.getCell("C1").value];
}

describe("text an .xlsx keeps as written", () => {
  it("escapes controls and literal escape sequences as Excel does", () => {
    expect(escapeXlsxText("A\u001bB")).toBe("A_x001B_B");
    expect(escapeXlsxText("_x0041_")).toBe("_x005F_x0041_");
    expect(escapeXlsxText("指标\t名称\n")).toBe("指标\t名称\n");
  });

  it("reads back the very text written, controls, carriage returns and _xHHHH_ included", async () => {
    const texts = ["一般公共预算收入\u001b[2J", "_x0041_ 照原样", "DEL\u007f", "行一\r\n行二", "普通文字 <&>", "\u0000$&$1 替换符"];
    expect(await roundTripped(texts)).toEqual([...texts, "用户的单元格"]);
  });

  it("reads back any text (XML's characters, controls, carriage returns)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "binary-ascii", minLength: 1 }), { minLength: 1, maxLength: 5 }), async (texts) => {
        expect(await roundTripped(texts)).toEqual([...texts, "用户的单元格"]);
      }),
      { numRuns: 30 },
    );
  });
});
