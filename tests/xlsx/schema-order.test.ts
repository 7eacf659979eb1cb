import { describe, expect, it } from "vitest";
import { distinctVmlBlocks, worksheetInOrder } from "../../src/xlsx/schema-order";

describe("worksheet children in the schema's order", () => {
  it("moves a note's legacyDrawing before extLst and keeps the rest where it was", () => {
    const xml = '<?xml version="1.0"?>\n<worksheet xmlns="m"><sheetData><row r="1"/></sheetData><conditionalFormatting sqref="A1"><cfRule/></conditionalFormatting><pageMargins left="0.7"/><extLst><ext uri="x"/></extLst><legacyDrawing r:id="rId2"/></worksheet>';
    expect(worksheetInOrder(xml)).toBe(
      '<?xml version="1.0"?>\n<worksheet xmlns="m"><sheetData><row r="1"/></sheetData><conditionalFormatting sqref="A1"><cfRule/></conditionalFormatting><pageMargins left="0.7"/><legacyDrawing r:id="rId2"/><extLst><ext uri="x"/></extLst></worksheet>',
    );
  });

  it("keeps several conditionalFormatting elements in their order", () => {
    const xml = '<worksheet><sheetData/><conditionalFormatting sqref="B1"/><conditionalFormatting sqref="A1"/><mergeCells count="1"/></worksheet>';
    expect(worksheetInOrder(xml)).toBe('<worksheet><sheetData/><mergeCells count="1"/><conditionalFormatting sqref="B1"/><conditionalFormatting sqref="A1"/></worksheet>');
  });

  it("puts pageSetUpPr after outlinePr and tabColor inside sheetPr", () => {
    const xml = '<worksheet><sheetPr><pageSetUpPr fitToPage="1"/><tabColor rgb="FFC00000"/><outlinePr summaryBelow="0"/></sheetPr><sheetData/></worksheet>';
    expect(worksheetInOrder(xml)).toBe('<worksheet><sheetPr><tabColor rgb="FFC00000"/><outlinePr summaryBelow="0"/><pageSetUpPr fitToPage="1"/></sheetPr><sheetData/></worksheet>');
  });

  it("returns a part already in order as the very same text", () => {
    const xml = '<worksheet>\n  <sheetPr filterMode="false"/>\n  <sheetData/>\n  <legacyDrawing r:id="rId1"/>\n</worksheet>';
    expect(worksheetInOrder(xml)).toBe(xml);
  });

  it("leaves an element the schema does not list after the one before it", () => {
    const xml = "<worksheet><extLst/><x:unknown/><sheetData/></worksheet>";
    expect(worksheetInOrder(xml)).toBe("<worksheet><sheetData/><extLst/><x:unknown/></worksheet>");
  });
});

describe("one VML block per drawing", () => {
  const drawing = (block: string, ...ids: string[]): string =>
    `<xml><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout><v:shapetype id="_x0000_t202"/>${ids.map((id) => `<v:shape id="${id}" type="#_x0000_t202"/>`).join("")}</xml>`;

  it("gives the second drawing that reuses block 1 the next free block and renumbers its shapes", () => {
    const changed = distinctVmlBlocks(
      new Map([
        ["xl/drawings/vmlDrawing1.vml", drawing("1", "_x0000_s1025", "_x0000_s1026")],
        ["xl/drawings/vmlDrawing2.vml", drawing("1", "_x0000_s1025", "_x0000_s1026")],
        ["xl/drawings/vmlDrawing3.vml", drawing("2", "_x0000_s2049")],
        ["xl/drawings/vmlDrawing4.vml", drawing("1", "_x0000_s1025")],
      ]),
    );
    expect([...changed.keys()]).toEqual(["xl/drawings/vmlDrawing2.vml", "xl/drawings/vmlDrawing4.vml"]);
    expect(changed.get("xl/drawings/vmlDrawing2.vml")).toBe(drawing("3", "_x0000_s3073", "_x0000_s3074"));
    expect(changed.get("xl/drawings/vmlDrawing4.vml")).toBe(drawing("4", "_x0000_s4097"));
  });

  it("changes nothing when the blocks are distinct", () => {
    expect(distinctVmlBlocks(new Map([["a.vml", drawing("1", "_x0000_s1025")], ["b.vml", drawing("2", "_x0000_s2049")]])).size).toBe(0);
  });
});
