import { describe, expect, it } from "vitest";
import { distinctVmlBlocks } from "../../src/xlsx/schema-order";

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
