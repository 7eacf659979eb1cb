/**
 * The rows splice over any sheet data the schema allows (property test, fast-check): rows and cells
 * with or without `r`, self-closing rows, `spans`, whitespace between elements; a run that clears
 * an area and writes cells in and around it. Whatever the input, the part stays well-formed, every
 * user cell outside the run's cells and cleared area keeps its place and text, every run's cell is
 * there once, and rows and cells are in order (CT_SheetData, CT_Row: ECMA-376 Part 1 §18.3.1.80, §18.3.1.73).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellAddress, columnIndex, rangeContains } from "../../../src/workbook/address";
import { splicedSheet } from "../../../src/xlsx/patch/sheet-splice";
import type { CellRange } from "../../../src/workbook/types";
import { editsOf, findAll, freshSink, MAIN, parsed, type SheetStep } from "./xml";

/** One user cell: its column, whether it writes its r, its value. */
interface UserCell {
  column: number;
  explicit: boolean;
  value: number;
}

/** One user row: its row index, whether it writes its r, self-closing or not, spans, cells. */
interface UserRow {
  row: number;
  explicit: boolean;
  cells: UserCell[];
  spans: boolean;
}

/** Increasing distinct integers from small gaps. */
const increasing = (gaps: readonly number[]): number[] => gaps.reduce<number[]>((out, gap) => [...out, (out[out.length - 1] ?? -1) + 1 + gap], []);

const userRows = fc.array(fc.record({ gap: fc.nat(2), explicit: fc.boolean(), spans: fc.boolean(), cells: fc.array(fc.record({ gap: fc.nat(2), explicit: fc.boolean() }), { maxLength: 5 }) }), { maxLength: 8 }).map((rows) => {
  const places = increasing(rows.map((row) => row.gap));
  return rows.map((row, i): UserRow => {
    const columns = increasing(row.cells.map((cell) => cell.gap));
    // A row or cell may omit r only where it follows the one before it directly.
    return {
      row: places[i] as number,
      explicit: row.explicit || (places[i] as number) !== (i === 0 ? 0 : (places[i - 1] as number) + 1),
      spans: row.spans,
      cells: row.cells.map((cell, j) => ({ column: columns[j] as number, explicit: cell.explicit || (columns[j] as number) !== (j === 0 ? 0 : (columns[j - 1] as number) + 1), value: (places[i] as number) * 100 + (columns[j] as number) })),
    };
  });
});

const area = fc.record({ top: fc.nat(10), left: fc.nat(8), height: fc.nat(3), width: fc.nat(3) }).map((a): CellRange => ({ top: a.top, left: a.left, bottom: a.top + a.height, right: a.left + a.width }));

/** The sheet data's text, with the chosen whitespace between elements. */
function sheetXml(rows: readonly UserRow[], space: string): string {
  const data = rows
    .map((row) => {
      const r = row.explicit ? ` r="${row.row + 1}"` : "";
      const spans = row.spans ? ' spans="1:9"' : "";
      if (row.cells.length === 0) return `<row${r}${spans}/>`;
      const cells = row.cells.map((cell) => `<c${cell.explicit ? ` r="${cellAddress(row.row, cell.column)}"` : ""}><v>${cell.value}</v></c>`).join(space);
      return `<row${r}${spans}>${space}${cells}${space}</row>`;
    })
    .join(space);
  return `<worksheet xmlns="${MAIN}">${space}<sheetData>${space}${data}${space}</sheetData>${space}</worksheet>`;
}

/** The cells of the written part, each at its place (implicit places counted on), in document order. */
function placedCells(xml: string): { row: number; column: number; value: string }[] {
  const placed: { row: number; column: number; value: string }[] = [];
  let row = -1;
  for (const element of findAll(parsed(xml), "row")) {
    row = element.attributes.r === undefined ? row + 1 : Number(element.attributes.r) - 1;
    let column = -1;
    for (const cell of element.children.filter((child) => child.local === "c")) {
      const letters = /^[A-Z]+/u.exec(cell.attributes.r ?? "")?.[0];
      column = letters === undefined ? column + 1 : (columnIndex(letters) as number);
      placed.push({ row, column, value: cell.children.map((child) => child.text || child.children.map((t) => t.text).join("")).join("") });
    }
  }
  return placed;
}

describe("the rows splice over any sheet data", () => {
  it("keeps the user's cells outside the run's, writes the run's once, in order, well-formed", () => {
    fc.assert(
      fc.property(userRows, area, area, fc.constantFrom("", "\n  "), (rows, cleared, written, space) => {
        const values = Array.from({ length: written.bottom - written.top + 1 }, (_, i) => Array.from({ length: written.right - written.left + 1 }, (_, j) => `新${i}-${j}`));
        const steps: SheetStep[] = [{ kind: "clearArea", range: cleared }, { kind: "values", top: written.top, left: written.left, values }];
        const out = splicedSheet(sheetXml(rows, space), editsOf(...steps), freshSink());
        const placed = placedCells(out);
        const expected = [
          ...rows.flatMap((row) => row.cells.filter((cell) => !rangeContains(cleared, row.row, cell.column) && !rangeContains(written, row.row, cell.column)).map((cell) => ({ row: row.row, column: cell.column, value: String(cell.value) }))),
          ...values.flatMap((line, i) => line.map((value, j) => ({ row: written.top + i, column: written.left + j, value }))),
        ].sort((a, b) => a.row - b.row || a.column - b.column);
        expect(placed).toEqual(expected);
        const rowNumbers = findAll(parsed(out), "row").map((element) => element.attributes.r).filter((r) => r !== undefined).map(Number);
        expect(rowNumbers).toEqual([...rowNumbers].sort((a, b) => a - b));
        expect(new Set(rowNumbers).size).toBe(rowNumbers.length);
      }),
      { numRuns: 300 },
    );
  });
});
