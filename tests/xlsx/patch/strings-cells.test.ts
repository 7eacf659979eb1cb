/**
 * The cells' XML and the shared strings a run appends (src/xlsx/patch/cell-xml.ts, strings-part.ts):
 * text inline with markup and carriage returns as references; text that needs `_xHHHH_` escapes
 * (ST_Xstring, ECMA-376 Part 1 §22.9.2.19) in the shared strings, after the user's items, in the
 * part's prefix, with counts that hold every item.
 */
import { describe, expect, it } from "vitest";
import { cellXml, sharedItem, xmlText } from "../../../src/xlsx/patch/cell-xml";
import { StringsPart } from "../../../src/xlsx/patch/strings-part";
import { findAll, MAIN, parsed, type Node } from "./xml";

/** A string table that records what it was asked. */
function recorder(): { index: (text: string) => number; asked: string[] } {
  const asked: string[] = [];
  return { asked, index: (text) => asked.push(text) - 1 };
}

describe("a written cell", () => {
  it("writes text inline, markup escaped, CR as a reference, spaces kept", () => {
    const xml = cellXml(2, 13, " a<b & c>\r\n ", 3, recorder());
    const cell = parsed(`<x xmlns="${MAIN}">${xml}</x>`).children[0];
    expect(cell?.attributes).toEqual({ r: "N3", s: "3", t: "inlineStr" });
    expect(findAll(cell as Node, "t")[0]?.text).toBe(" a<b & c>\r\n ");
  });

  it("writes numbers and booleans as values, -0 as 0, style 0 without s", () => {
    expect(cellXml(0, 0, -0, 0, recorder())).toBe('<c r="A1"><v>0</v></c>');
    expect(cellXml(0, 1, true, 0, recorder())).toBe('<c r="B1" t="b"><v>1</v></c>');
    expect(cellXml(0, 2, 1e-7, 5, recorder())).toBe('<c r="C1" s="5"><v>1e-7</v></c>');
  });

  it("sends text with controls or a literal escape to the shared strings", () => {
    const strings = recorder();
    expect(cellXml(0, 0, "A\u001bB", 0, strings)).toBe('<c r="A1" t="s"><v>0</v></c>');
    expect(cellXml(0, 1, "_x0041_", 0, strings)).toBe('<c r="B1" t="s"><v>1</v></c>');
    expect(cellXml(0, 2, "DEL\u007f", 0, strings)).toBe('<c r="C1" t="s"><v>2</v></c>');
    expect(strings.asked).toEqual(["A\u001bB", "_x0041_", "DEL\u007f"]);
  });

  it("drops what no XML document may hold (U+FFFE, U+FFFF, unpaired surrogates) and keeps pairs", () => {
    expect(xmlText("a\ufffeb\uffffc\ud800d\udc00e😀")).toBe("abcde😀");
  });

  it("writes a shared item with its escapes", () => {
    expect(sharedItem("A\u001bB_x0041_")).toBe('<si><t xml:space="preserve">A_x001B_B_x005F_x0041_</t></si>');
  });
});

describe("the shared strings a run appends", () => {
  const USER = `<sst xmlns="${MAIN}" count="5" uniqueCount="2"><si><t>指标</t></si><si><r><t>目</t></r><r><t>标</t></r></si></sst>`;

  it("appends after the user's items, reuses a text asked twice, and sets both counts", () => {
    const part = new StringsPart(USER);
    expect([part.index("A\u001bB"), part.index("_x0041_"), part.index("A\u001bB")]).toEqual([2, 3, 2]);
    const root = parsed(part.render());
    expect(findAll(root, "si")).toHaveLength(4);
    expect([root.attributes.uniqueCount, root.attributes.count]).toEqual(["4", "8"]);
  });

  it("fills a self-closing table and one written in the x: prefix", () => {
    const empty = new StringsPart(`<sst xmlns="${MAIN}" count="0" uniqueCount="0"/>`);
    empty.index("A\u001bB");
    expect(findAll(parsed(empty.render()), "si")).toHaveLength(1);
    const prefixed = new StringsPart(`<x:sst xmlns:x="${MAIN}" uniqueCount="1" count="1"><x:si><x:t>指标</x:t></x:si></x:sst>`);
    expect(prefixed.index("A\u001bB")).toBe(1);
    const root = parsed(prefixed.render());
    expect(findAll(root, "si").map((item) => item.uri)).toEqual([MAIN, MAIN]);
    expect([root.attributes.uniqueCount, root.attributes.count]).toEqual(["2", "2"]);
  });

  it("renders the user's text unchanged when the run adds nothing", () => {
    const part = new StringsPart(USER);
    expect(part.changed).toBe(false);
    expect(part.render()).toBe(USER);
  });
});
