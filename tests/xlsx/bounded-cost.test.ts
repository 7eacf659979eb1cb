/**
 * Cost bounded by the cells a file holds, not by its used range, through the command line: a stray
 * cell at XFD1048576, a merged area over a million rows (beside the table, and further right), a
 * table ending two columns short of XFD. Each run ends (a hang fails by the test's timeout, an
 * allocation over the used range by running out of memory), the input's bytes are unchanged and
 * every cell of the user's is in the copy as it was. No time is asserted: speed is `npm run bench`'s.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { indexGrid, presentIndices } from "../../src/workbook/lookup";
import { gridFromWorksheet } from "../../src/xlsx/grid";
import { largeMergesOf, readWorkbook } from "../../src/xlsx/large-merges";
import { TABLE_HEADER } from "../excel/plans";
import { edgeTableBytes, mergedAreaBytes, strayCellBytes } from "./hostile-sheets";
import { runCli, type Ran } from "../helpers/cli";
import { cellsOf } from "./workbooks";

/** Rows of the generated table in these workbooks. */
const ROWS = 30;

let folder = "";

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "plan-assess-bounded-"));
});

/** Runs the command line with captured streams and a fixed clock. */
function cli(...argv: string[]): Promise<Ran> {
  return runCli(argv);
}

/** Bytes saved as a file of the test folder. */
function saved(name: string, bytes: Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

function digest(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** Every stored cell of the table's sheet, read as the command line reads a file. */
async function tableCells(path: string): Promise<Record<string, unknown>> {
  const workbook = await readWorkbook(readFileSync(path));
  const sheet = workbook.getWorksheet("指标");
  if (!sheet) throw new Error(`${path} has no sheet 指标`);
  return Object.fromEntries(Object.entries(cellsOf(sheet)).map(([address, cell]) => [address, cell.value]));
}

/** Whether each of the input's cells is in the copy with the same value. */
async function expectUserCellsKept(input: string, copy: string): Promise<void> {
  const before = await tableCells(input);
  const after = await tableCells(copy);
  expect(Object.keys(before).length).toBeGreaterThan(ROWS * TABLE_HEADER.length);
  for (const [address, value] of Object.entries(before)) expect({ address, value: after[address] }).toEqual({ address, value });
}

describe("a stray cell at XFD1048576", () => {
  it("is read as one more cell: the grid holds the rows the file holds, not a million", async () => {
    const workbook = await readWorkbook(await strayCellBytes(ROWS, "XFD1048576"));
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const grid = gridFromWorksheet(sheet);
    const index = indexGrid(grid);
    expect([index.bottom, index.right]).toEqual([1_048_575, 16_383]);
    expect(presentIndices(grid.values)).toHaveLength(ROWS + 3);
    expect(index.rows.at(-1)).toBe(1_048_575);
    expect(index.cellsByRow.get(1_048_575)).toEqual([16_383]);
  });

  it("leaves the run as it is without it, the input unchanged and every cell kept in the copy", async () => {
    const input = saved("stray.xlsx", await strayCellBytes(ROWS, "XFD1048576"));
    const before = digest(input);
    const out = join(folder, "stray-out.xlsx");
    const ran = await cli("assess", input, "--out", out);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain(`评估 ${ROWS} 项指标`);
    expect(ran.stdout).toContain(`指标第 3–${ROWS + 2} 行`);
    expect(digest(input)).toBe(before);
    await expectUserCellsKept(input, out);
    expect((await tableCells(out)).XFD1048576).toBe("备注");
  });
});

describe("a merged area over a million rows", () => {
  it("is kept as one range, not a cell per covered cell, and named when it is where the block would go", async () => {
    const input = saved("merged-beside.xlsx", await mergedAreaBytes(ROWS, "P1:AZ1048576"));
    const before = digest(input);
    const out = join(folder, "merged-beside-out.xlsx");
    const ran = await cli("assess", input, "--out", out);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("合并单元格P1:AZ1048576");
    expect(ran.stderr).toContain("评估结果");
    expect(digest(input)).toBe(before);
    expect(existsSync(out)).toBe(false);
  });

  it("is read as a merge of the sheet, and written back into the copy when the block goes elsewhere", async () => {
    const bytes = await mergedAreaBytes(ROWS, "AA1:AZ1048576");
    expect(largeMergesOf(await readWorkbook(bytes)).get("指标")).toEqual([{ top: 0, left: 26, bottom: 1_048_575, right: 51 }]);
    const input = saved("merged-right.xlsx", bytes);
    const before = digest(input);
    const out = join(folder, "merged-right-out.xlsx");
    const ran = await cli("assess", input, "--out", out);
    expect(ran.code).toBe(0);
    expect(digest(input)).toBe(before);
    const sheetXml = (await (await JSZip.loadAsync(readFileSync(out))).file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    const merges = [...sheetXml.matchAll(/<mergeCell ref="([^"]+)"/gu)].map((match) => match[1]);
    expect(merges).toContain("AA1:AZ1048576");
    expect(merges).toContain("A1:K1");
    expect(sheetXml).toMatch(new RegExp(`<mergeCells count="${merges.length}">`, "u"));
    await expectUserCellsKept(input, out);
  });
});

describe("a table ending two columns short of XFD", () => {
  it("gets its block on the separate sheet, with a problem saying why, and nothing written past XFD", async () => {
    const input = saved("edge.xlsx", await edgeTableBytes(ROWS, 2));
    const before = digest(input);
    const out = join(folder, "edge-out.xlsx");
    const ran = await cli("assess", input, "--out", out);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("XFB列，右侧已不足 5 列");
    expect(digest(input)).toBe(before);
    await expectUserCellsKept(input, out);
    const copy = await readWorkbook(readFileSync(out));
    expect(copy.worksheets.map((sheet) => sheet.name)).toContain("评估结果");
    // The table's sheet holds the user's cells only: nothing of the block beside the table.
    expect(Object.keys(cellsOf(copy.getWorksheet("指标")!)).length).toBe(Object.keys(await tableCells(input)).length);
  });
});
