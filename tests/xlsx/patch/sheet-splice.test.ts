/**
 * The smallest edit of a user's worksheet (src/xlsx/patch/sheet-splice.ts): the `dimension`, the
 * column widths (a user's `<col>` split around the block's columns), merges, and elements the sheet
 * lacks inserted where CT_Worksheet's sequence puts them (ECMA-376 Part 1 §18.3.1.99).
 */
import { describe, expect, it } from "vitest";
import { splicedSheet } from "../../../src/xlsx/patch/sheet-splice";
import { WORKSHEET_ORDER } from "../../../src/xlsx/schema-order";
import { childNames, editsOf, find, findAll, freshSink, MAIN, parsed, type SheetStep } from "./xml";

/** A worksheet part from its children's text. */
function worksheet(children: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${children}</worksheet>`;
}

/** Whether the children's names follow CT_Worksheet's sequence. */
function inSchemaOrder(names: readonly string[]): boolean {
  const ranks = names.map((name) => WORKSHEET_ORDER.indexOf(name as (typeof WORKSHEET_ORDER)[number]));
  return ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= (ranks[i - 1] as number)));
}

/** The `<col>` entries of a parsed sheet, as their attributes. */
function colsOf(xml: string): Record<string, string>[] {
  return findAll(parsed(xml), "col").map((col) => col.attributes);
}

const width = (left: number, right: number, value: number): SheetStep => ({ kind: "columnWidth", range: { top: 0, left, bottom: 0, right }, width: value });
const USER_ROWS = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="60"><c r="Z60"><v>2</v></c></row></sheetData>';
const TAIL = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

describe("column widths", () => {
  it("splits a whole-sheet col (min=1 max=16384) around the block's columns, keeping its style and outline settings, and shows the block's columns", () => {
    // Hiding every unused column is a common way to tidy a table; the run's block lands there and
    // must be seen, so its columns lose `hidden` (and only they do).
    const xml = worksheet(`<cols><col min="1" max="16384" width="9" style="4" hidden="1" outlineLevel="1" customWidth="1"/></cols>${USER_ROWS}${TAIL}`);
    const cols = colsOf(splicedSheet(xml, editsOf(width(13, 13, 30), width(14, 15, 12)), freshSink()));
    expect(cols.map((col) => [col.min, col.max, col.width])).toEqual([["1", "13", "9"], ["14", "14", "30"], ["15", "15", "12"], ["16", "16", "12"], ["17", "16384", "9"]]);
    for (const col of cols) expect([col.style, col.outlineLevel]).toEqual(["4", "1"]);
    expect(cols.map((col) => col.hidden)).toEqual(["1", undefined, undefined, undefined, "1"]);
  });

  it("gives columns no entry covers an entry of their own, between the user's in column order, without merging the user's", () => {
    const xml = worksheet(`<cols><col min="1" max="2" width="8" customWidth="1"/><col min="3" max="3" width="8" customWidth="1"/><col min="20" max="20" width="5" style="2" customWidth="1"/></cols>${USER_ROWS}${TAIL}`);
    const out = splicedSheet(xml, editsOf(width(13, 13, 30)), freshSink());
    expect(colsOf(out).map((col) => [col.min, col.max, col.width, col.style])).toEqual([
      ["1", "2", "8", undefined],
      ["3", "3", "8", undefined],
      ["14", "14", "30", undefined],
      ["20", "20", "5", "2"],
    ]);
  });

  it("creates <cols> before sheetData when the sheet has none", () => {
    const root = parsed(splicedSheet(worksheet(`<dimension ref="A1:Z60"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${USER_ROWS}${TAIL}`), editsOf(width(13, 13, 30)), freshSink()));
    expect(childNames(root)).toEqual(["dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "pageMargins"]);
  });
});

describe("the dimension", () => {
  it("widens the sheet's dimension to the block and keeps the user's extent", () => {
    const xml = worksheet(`<dimension ref="A1:Z60"/>${USER_ROWS}${TAIL}`);
    const out = splicedSheet(xml, editsOf({ kind: "values", top: 69, left: 1, values: [["x"]] }), freshSink());
    expect(find(parsed(out), "dimension")?.attributes.ref).toBe("A1:Z70");
  });

  it("never writes a dimension smaller than the user's cells when the sheet had none (readers such as openpyxl's read-only mode trust it)", () => {
    // openpyxl's read-only mode "relies on applications … providing correct information about the
    // worksheets, … known as the dimensions" (https://openpyxl.readthedocs.io/en/stable/optimized.html#worksheet-dimensions).
    const xml = worksheet(`${USER_ROWS}${TAIL}`);
    const out = splicedSheet(xml, editsOf({ kind: "values", top: 2, left: 13, values: [["x"]] }), freshSink());
    const ref = find(parsed(out), "dimension")?.attributes.ref;
    // Either no dimension at all (it is optional) or one holding Z60 as well as N3.
    if (ref !== undefined) expect(ref).toBe("A1:Z60");
  });
});

describe("merges and schema order", () => {
  it("creates <mergeCells> after sheetData and before conditional formats, validations and margins when absent", () => {
    const xml = worksheet(`${USER_ROWS}<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>1</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="whole" sqref="A1"><formula1>1</formula1></dataValidation></dataValidations>${TAIL}`);
    const root = parsed(splicedSheet(xml, editsOf({ kind: "merge", range: { top: 2, left: 13, bottom: 2, right: 15 } }), freshSink()));
    expect(childNames(root)).toEqual(["sheetData", "mergeCells", "conditionalFormatting", "dataValidations", "pageMargins"]);
    expect(find(root, "mergeCells")?.attributes.count).toBe("1");
  });

  it("keeps the user's merges, drops the earlier run's in the cleared area, counts what remains", () => {
    const xml = worksheet(`${USER_ROWS}<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="N3:P3"/></mergeCells>${TAIL}`);
    const edits = editsOf({ kind: "clearArea", range: { top: 2, left: 13, bottom: 40, right: 17 } }, { kind: "merge", range: { top: 3, left: 13, bottom: 3, right: 14 } });
    const root = parsed(splicedSheet(xml, edits, freshSink()));
    expect(findAll(root, "mergeCell").map((merge) => merge.attributes.ref)).toEqual(["A1:B1", "N4:O4"]);
    expect(find(root, "mergeCells")?.attributes.count).toBe("2");
  });

  it("removes <mergeCells> when the only merges were the earlier run's (an empty one is invalid)", () => {
    const xml = worksheet(`${USER_ROWS}<mergeCells count="1"><mergeCell ref="N3:P3"/></mergeCells>${TAIL}`);
    const root = parsed(splicedSheet(xml, editsOf({ kind: "clearArea", range: { top: 2, left: 13, bottom: 40, right: 17 } }), freshSink()));
    expect(childNames(root)).toEqual(["sheetData", "pageMargins"]);
  });

  it("keeps every element of a full sheet in schema order with every addition at once", () => {
    const xml = worksheet(
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${USER_ROWS}` +
        `<sheetProtection sheet="1"/><autoFilter ref="A1:A2"/><dataValidations count="1"><dataValidation type="whole" sqref="A1"><formula1>1</formula1></dataValidation></dataValidations>` +
        `<hyperlinks><hyperlink ref="A1" location="'表2'!A2"/></hyperlinks>${TAIL}<pageSetup paperSize="9"/><legacyDrawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts>`,
    );
    const edits = editsOf(
      { kind: "values", top: 2, left: 13, values: [["x", 0.5]] },
      width(13, 14, 12),
      { kind: "merge", range: { top: 1, left: 13, bottom: 1, right: 14 } },
      { kind: "rule", rule: { type: "dataBar", range: { top: 2, left: 14, bottom: 40, right: 14 }, color: "#5B9BD5" } },
      { kind: "rule", rule: { type: "textEquals", range: { top: 2, left: 13, bottom: 40, right: 13 }, text: "滞后", fill: "#FCE1CC", fontColor: "#8F3A00" } },
    );
    const names = childNames(parsed(splicedSheet(xml, edits, freshSink())));
    expect(names).toContain("extLst");
    expect(inSchemaOrder(names), names.join(",")).toBe(true);
  });

  it("inserts before a top-level mc:AlternateContent that holds later elements (Excel writes controls and OLE objects so)", () => {
    const mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    const xml = worksheet(
      `${USER_ROWS}<drawing r:id="rId1"/><mc:AlternateContent xmlns:mc="${mc}"><mc:Choice Requires="x14"><controls><mc:AlternateContent><mc:Choice Requires="x14"><control shapeId="1025" r:id="rId3" name="Check Box 1"/></mc:Choice></mc:AlternateContent></controls></mc:Choice></mc:AlternateContent>`,
    );
    const root = parsed(splicedSheet(xml, editsOf({ kind: "merge", range: { top: 1, left: 13, bottom: 1, right: 14 } }), freshSink()));
    expect(childNames(root)).toEqual(["sheetData", "mergeCells", "drawing", "AlternateContent"]);
  });
});
