/**
 * The user's `<sheetData>` with a run's cells put in (src/xlsx/patch/rows-splice.ts, through
 * `splicedSheet`), attacked with the forms real writers produce and the schema allows: a namespace
 * prefix (.NET OpenXML SDK writes `x:`), pretty-printed XML, self-closing `<sheetData/>` and rows,
 * rows and cells without `r` (CT_Row/CT_Cell make `r` optional, ECMA-376 Part 1 §18.3.1.73/§18.3.1.4),
 * `spans`, row attributes and shared formulas.
 */
import { describe, expect, it } from "vitest";
import { splicedSheet } from "../../../src/xlsx/patch/sheet-splice";
import { childNames, editsOf, find, findAll, freshSink, MAIN, parsed, type Node, type SheetStep } from "./xml";

/** A worksheet part around the given sheetData (default namespace, as Excel and openpyxl write). */
function worksheet(sheetData: string, before = "", after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${before}${sheetData}${after}</worksheet>`;
}

/** The cells of a parsed sheet as [reference, value text] pairs, in document order. */
function cellsOf(root: Node): [string, string][] {
  return findAll(root, "c").map((cell) => [cell.attributes.r ?? "?", find(cell, "v")?.text ?? find(cell, "t")?.text ?? ""]);
}

/** The row numbers of a parsed sheet in document order. */
function rowsOf(root: Node): string[] {
  return findAll(root, "row").map((row) => row.attributes.r ?? "?");
}

const WRITE_B2: SheetStep = { kind: "values", top: 1, left: 1, values: [["新"]] };

describe("cells put into the user's rows", () => {
  it("writes into a row that has user cells left and right of the block, keeping column order", () => {
    const xml = worksheet('<sheetData><row r="2" spans="1:3"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row></sheetData>');
    const root = parsed(splicedSheet(xml, editsOf(WRITE_B2), freshSink()));
    expect(cellsOf(root)).toEqual([["A2", "1"], ["B2", "新"], ["C2", "3"]]);
  });

  it("keeps the row's own attributes (ht, customHeight, hidden, s, customFormat) and drops only spans", () => {
    const xml = worksheet('<sheetData><row r="2" spans="1:3" ht="30" customHeight="1" hidden="1" s="3" customFormat="1"><c r="A2"><v>1</v></c></row></sheetData>');
    const row = find(parsed(splicedSheet(xml, editsOf(WRITE_B2), freshSink())), "row");
    expect(row?.attributes).toEqual({ r: "2", ht: "30", customHeight: "1", hidden: "1", s: "3", customFormat: "1" });
  });

  it("opens a self-closing row the run writes into, with its attributes", () => {
    const xml = worksheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" ht="5" customHeight="1"/><row r="3"><c r="A3"><v>3</v></c></row></sheetData>');
    const root = parsed(splicedSheet(xml, editsOf(WRITE_B2), freshSink()));
    expect(rowsOf(root)).toEqual(["1", "2", "3"]);
    expect(findAll(root, "row")[1]?.attributes).toEqual({ r: "2", ht: "5", customHeight: "1" });
    expect(cellsOf(root)).toEqual([["A1", "1"], ["B2", "新"], ["A3", "3"]]);
  });

  it("fills a self-closing <sheetData/>", () => {
    const root = parsed(splicedSheet(worksheet("<sheetData/>"), editsOf(WRITE_B2), freshSink()));
    expect(rowsOf(root)).toEqual(["2"]);
    expect(cellsOf(root)).toEqual([["B2", "新"]]);
  });

  it("puts new rows between the user's rows in row order", () => {
    const xml = worksheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="A5"><v>5</v></c></row></sheetData>');
    const edits = editsOf({ kind: "values", top: 2, left: 1, values: [["x"], ["y"]] }, { kind: "values", top: 6, left: 0, values: [["z"]] });
    expect(rowsOf(parsed(splicedSheet(xml, edits, freshSink())))).toEqual(["1", "3", "4", "5", "7"]);
  });

  it("numbers rows and cells without r by their place, so an inserted cell does not shift them", () => {
    // Row 1 has r, the next two do not (rows 2 and 3); in row 2 the cells without r are A2 and B2's neighbour C2.
    const xml = worksheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row><c><v>21</v></c><c r="C2"><v>23</v></c><c><v>24</v></c></row><row><c><v>31</v></c></row></sheetData>');
    const root = parsed(splicedSheet(xml, editsOf(WRITE_B2), freshSink()));
    const rows = findAll(root, "row");
    // Row 3 keeps its place whether or not it gets an explicit r.
    expect(rows.map((row, i) => row.attributes.r ?? String(i + 1))).toEqual(["1", "2", "3"]);
    const second = rows[1] as Node;
    let column = 0;
    const places = second.children.map((cell) => {
      const r = cell.attributes.r;
      column = r ? (r.charCodeAt(0) - 64) : column + 1;
      return `${String.fromCharCode(64 + column)}=${find(cell, "v")?.text ?? find(cell, "t")?.text}`;
    });
    expect(places).toEqual(["A=21", "B=新", "C=23", "D=24"]);
  });

  it("keeps a user's shared formula cells byte for byte outside the block, in a touched row too", () => {
    const master = '<c r="A2"><f t="shared" ref="A2:A4" si="0">C2*2</f><v>6</v></c>';
    const child = '<c r="A3"><f t="shared" si="0"/><v>8</v></c>';
    const untouched = '<row r="4"><c r="A4"><f t="shared" si="0"/><v>10</v></c></row>';
    const xml = worksheet(`<sheetData><row r="2">${master}</row><row r="3">${child}</row>${untouched}</sheetData>`);
    const out = splicedSheet(xml, editsOf({ kind: "values", top: 1, left: 1, values: [["x"], ["y"]] }), freshSink());
    expect(out).toContain(master);
    expect(out).toContain(child);
    expect(out).toContain(untouched);
  });

  it("keeps a touched row's own extLst after its cells (CT_Row: c*, then extLst)", () => {
    const ext = '<extLst><ext uri="{00000000-0000-0000-0000-000000000001}"><x:kept xmlns:x="urn:example"/></ext></extLst>';
    const xml = worksheet(`<sheetData><row r="2"><c r="A2"><v>1</v></c>${ext}</row></sheetData>`);
    const root = parsed(splicedSheet(xml, editsOf(WRITE_B2), freshSink()));
    expect(findAll(root, "row")[0]?.children.map((child) => child.local)).toEqual(["c", "c", "extLst"]);
  });

  it("clears an earlier run's cells in the cleared area only", () => {
    const xml = worksheet('<sheetData><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>old</v></c><c r="C2"><v>3</v></c></row><row r="3"><c r="B3"><v>old</v></c></row></sheetData>');
    const edits = editsOf({ kind: "clearArea", range: { top: 1, left: 1, bottom: 2, right: 1 } });
    expect(cellsOf(parsed(splicedSheet(xml, edits, freshSink())))).toEqual([["A2", "1"], ["C2", "3"]]);
  });

  it("leaves every untouched row's text as it was, pretty-printed whitespace included", () => {
    const rows = '\n    <row r="1" spans="1:2">\n      <c r="A1">\n        <v>1</v>\n      </c>\n    </row>\n    <row r="9" spans="1:2">\n      <c r="A9"><v>9</v></c>\n    </row>\n  ';
    const xml = worksheet(`\n  <sheetData>${rows}</sheetData>\n`);
    const out = splicedSheet(xml, editsOf(WRITE_B2), freshSink());
    expect(out).toContain('<row r="1" spans="1:2">\n      <c r="A1">\n        <v>1</v>\n      </c>\n    </row>');
    expect(out).toContain('<row r="9" spans="1:2">\n      <c r="A9"><v>9</v></c>\n    </row>');
    expect(rowsOf(parsed(out))).toEqual(["1", "2", "9"]);
  });
});

describe("attributes in single quotes (XML 1.0 §3.1 allows either quote)", () => {
  it("reads r='…' as the row's and cell's place and stays well-formed (no second r attribute)", () => {
    const xml = worksheet("<sheetData><row r='2'><c r='A2'><v>1</v></c><c r='C2'><v>3</v></c></row><row r='4'><c r='A4'><v>4</v></c></row></sheetData>");
    const root = parsed(splicedSheet(xml, editsOf(WRITE_B2), freshSink()));
    expect(rowsOf(root)).toEqual(["2", "4"]);
    expect(cellsOf(root)).toEqual([["A2", "1"], ["B2", "新"], ["C2", "3"], ["A4", "4"]]);
  });
});

describe("a worksheet in a namespace prefix (.NET OpenXML SDK)", () => {
  const X = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2" spans="1:3"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="C2" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;

  it("writes the run's cells in the part's prefix, so every element stays in SpreadsheetML's namespace", () => {
    const root = parsed(splicedSheet(X, editsOf(WRITE_B2, { kind: "values", top: 4, left: 1, values: [[0.5]] }), freshSink()));
    const elements = [root, ...findAll(root, "row"), ...findAll(root, "c"), ...findAll(root, "v"), ...findAll(root, "is"), ...findAll(root, "t")];
    expect(elements.filter((node) => node.uri !== MAIN).map((node) => node.local)).toEqual([]);
    expect(cellsOf(root)).toEqual([["A2", "1"], ["B2", "新"], ["C2", "0"], ["B5", "0.5"]]);
  });

  it("widens a prefixed dimension and writes widths and merges in the prefix", () => {
    const xml = X.replace("<x:sheetData>", '<x:dimension ref="A2:C2"/><x:sheetData>');
    const edits = editsOf(WRITE_B2, { kind: "columnWidth", range: { top: 0, left: 4, bottom: 0, right: 4 }, width: 20 }, { kind: "merge", range: { top: 5, left: 0, bottom: 5, right: 3 } });
    const root = parsed(splicedSheet(xml, edits, freshSink()));
    expect(childNames(root)).toEqual(["dimension", "cols", "sheetData", "mergeCells"]);
    expect(root.children.every((child) => child.uri === MAIN)).toBe(true);
    expect(find(root, "dimension")?.attributes.ref).toBe("A2:C2");
  });
});
