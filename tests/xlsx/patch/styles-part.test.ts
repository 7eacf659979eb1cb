/**
 * The run's styles appended to the user's `xl/styles.xml` (src/xlsx/patch/styles-part.ts): the
 * user's entries keep their indexes, sections the file lacks are created in CT_Stylesheet's order
 * (ECMA-376 Part 1 §18.8.39), custom number-format ids start above the file's own (ids from 164
 * are the workbook's, §18.8.30), a re-run over the copy reuses what the first run added, and a new
 * font starts from font 0 (the workbook's default: name, charset, scheme).
 */
import { describe, expect, it } from "vitest";
import { MINIMAL_STYLES, StylesPart } from "../../../src/xlsx/patch/styles-part";
import { childNames, find, findAll, MAIN, parsed, type Node } from "./xml";

/** A stylesheet from its sections' text, in a prefix or the default namespace, optionally pretty-printed. */
function stylesheet(sections: readonly string[], prefix = "", separator = ""): string {
  const declaration = prefix ? `xmlns:${prefix.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const body = sections.map((section) => (prefix ? section.replace(/<(\/?)(?=[a-zA-Z])/gu, `<$1${prefix}`) : section)).join(separator);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}styleSheet ${declaration}>${separator}${body}${separator}</${prefix}styleSheet>`;
}

const NUM_FMTS = '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>';
const FONTS_SONGTI = '<fonts count="2"><font><sz val="12"/><color theme="1"/><name val="宋体"/><family val="3"/><charset val="134"/><scheme val="minor"/></font><font><b/><sz val="12"/><name val="宋体"/><charset val="134"/></font></fonts>';
const FILLS = '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>';
const BORDERS = '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>';
const STYLE_XFS = '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>';
const CELL_XFS = '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>';
const CELL_STYLES = '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>';
const TABLE_STYLES = '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>';
/** A stylesheet as Excel saves a Chinese workbook, without dxfs. */
const SECTIONS = [NUM_FMTS, FONTS_SONGTI, FILLS, BORDERS, STYLE_XFS, CELL_XFS, CELL_STYLES, TABLE_STYLES];

const HEADER = { bold: true, fill: "#DDEBF7", border: true, horizontal: "center", wrap: true } as const;

/** The children of a section, by local name. */
function section(root: Node, name: string): Node[] {
  return root.children.find((child) => child.local === name)?.children ?? [];
}

/** What the run asks of the styles: a header style, a percentage, a custom format, a rule's colours. */
function use(styles: StylesPart): number[] {
  return [styles.cellFormat("@", HEADER), styles.cellFormat("0.0%", {}), styles.cellFormat("0.00\"个百分点\"", { fontColor: "#C00000", fontSize: 10 }), styles.differential("#FCE1CC", "#8F3A00")];
}

describe("the user's styles kept, the run's appended", () => {
  it("appends after the user's entries, keeps their text, and sets each section's count", () => {
    const xml = stylesheet(SECTIONS);
    const styles = new StylesPart(xml);
    const [header] = use(styles);
    const out = styles.render();
    const root = parsed(out);
    expect(header).toBe(3);
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      const found = root.children.find((child) => child.local === name) as Node;
      expect(found.attributes.count, name).toBe(String(found.children.length));
    }
    expect(out).toContain(CELL_XFS.replace('<cellXfs count="3">', "").replace("</cellXfs>", ""));
  });

  it("creates dxfs in its place (after cellStyles, before tableStyles) when the file has none", () => {
    const styles = new StylesPart(stylesheet(SECTIONS));
    expect(styles.differential("#FCE1CC", "#8F3A00")).toBe(0);
    expect(childNames(parsed(styles.render()))).toEqual(["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles"]);
  });

  it("creates numFmts first when the file has none, with ids from 164", () => {
    const styles = new StylesPart(stylesheet(SECTIONS.slice(1)));
    const index = styles.cellFormat("0.0%", {});
    const root = parsed(styles.render());
    expect(childNames(root)[0]).toBe("numFmts");
    const xf = section(root, "cellXfs")[index] as Node;
    expect(xf.attributes.numFmtId).toBe("164");
    expect(section(root, "numFmts").map((format) => [format.attributes.numFmtId, format.attributes.formatCode])).toEqual([["164", "0.0%"]]);
  });

  it("reuses the file's own custom format of the same code and numbers new ones above the highest id", () => {
    const styles = new StylesPart(stylesheet(SECTIONS));
    const percent = styles.cellFormat("0.0%", {});
    const points = styles.cellFormat('0.00"个百分点"', {});
    const root = parsed(styles.render());
    expect(section(root, "cellXfs")[percent]?.attributes.numFmtId).toBe("164");
    expect(section(root, "cellXfs")[points]?.attributes.numFmtId).toBe("171");
    const ids = section(root, "numFmts").map((format) => format.attributes.numFmtId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("starts a new font from font 0: 宋体 with its charset, family and scheme, the style's weight and colour laid over", () => {
    const styles = new StylesPart(stylesheet(SECTIONS));
    const index = styles.cellFormat("General", { bold: true, fontColor: "#C00000" });
    const root = parsed(styles.render());
    const font = section(root, "fonts")[Number(section(root, "cellXfs")[index]?.attributes.fontId)] as Node;
    const value = (name: string) => find(font, name)?.attributes.val;
    expect([value("name"), value("charset"), value("family"), value("scheme"), value("sz")]).toEqual(["宋体", "134", "3", "minor", "12"]);
    expect(find(font, "b")).toBeDefined();
    expect(findAll(font, "color").map((color) => color.attributes.rgb)).toEqual(["FFC00000"]);
  });

  it("fills a self-closing <dxfs count=\"0\"/> and counts it", () => {
    const styles = new StylesPart(stylesheet([...SECTIONS.slice(0, 7), '<dxfs count="0"/>', TABLE_STYLES]));
    expect(styles.differential("#FCE1CC", "#8F3A00")).toBe(0);
    const root = parsed(styles.render());
    expect(childNames(root).filter((name) => name === "dxfs")).toHaveLength(1);
    expect(root.children.find((child) => child.local === "dxfs")?.attributes.count).toBe("1");
  });

  it("never makes the run's font, fill or border the workbook's default (index 0) when the file lacks those sections", () => {
    // fonts, fills and borders are optional in CT_Stylesheet; index 0 of each is what every cell
    // without a style of its own shows, and "Excel will always interpret fills at index 0 and 1 as
    // None and Gray125, regardless of what is actually written" (ClosedXML, https://github.com/ClosedXML/ClosedXML/pull/2769).
    const styles = new StylesPart(stylesheet([STYLE_XFS, '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>', CELL_STYLES]));
    const index = styles.cellFormat("@", HEADER);
    const xf = section(parsed(styles.render()), "cellXfs")[index] as Node;
    expect(Number(xf.attributes.fontId)).toBeGreaterThan(0);
    expect(Number(xf.attributes.fillId)).toBeGreaterThan(1);
    expect(Number(xf.attributes.borderId)).toBeGreaterThan(0);
  });

  it("never makes the run's cell format xf 0 (every cell without s) when the file lacks cellXfs", () => {
    const styles = new StylesPart(stylesheet([FONTS_SONGTI, FILLS, BORDERS, STYLE_XFS, CELL_STYLES]));
    expect(styles.cellFormat("@", HEADER)).toBeGreaterThan(0);
  });

  it("puts the run's solid fill at index 2 or later when the file holds a single fill (Excel reads index 1 as gray125)", () => {
    const oneFill = '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>';
    const styles = new StylesPart(stylesheet([NUM_FMTS, FONTS_SONGTI, oneFill, BORDERS, STYLE_XFS, CELL_XFS, CELL_STYLES]));
    const index = styles.cellFormat("General", { fill: "#DDEBF7" });
    const xf = section(parsed(styles.render()), "cellXfs")[index] as Node;
    expect(Number(xf.attributes.fillId)).toBeGreaterThan(1);
  });

  it("renders the file's own text when the run adds nothing", () => {
    const xml = stylesheet(SECTIONS, "", "\n  ");
    const styles = new StylesPart(xml);
    expect(styles.changed).toBe(false);
    expect(styles.render()).toBe(xml);
  });
});

describe("a re-run over the copy", () => {
  for (const [label, prefix, separator] of [["default namespace (openpyxl)", "", ""], ["pretty-printed", "", "\n  "], ["x: prefix (.NET OpenXML SDK)", "x:", ""]] as const) {
    it(`returns the same indexes and adds nothing: ${label}`, () => {
      const first = new StylesPart(stylesheet(SECTIONS, prefix, separator));
      const indexes = use(first);
      const again = new StylesPart(first.render());
      expect(use(again)).toEqual(indexes);
      expect(again.changed).toBe(false);
    });
  }

  it("reuses the minimal stylesheet's entries for a package that had none", () => {
    const first = new StylesPart(MINIMAL_STYLES);
    const indexes = use(first);
    const again = new StylesPart(first.render());
    expect(use(again)).toEqual(indexes);
    expect(again.changed).toBe(false);
  });
});

describe("a stylesheet in the x: prefix", () => {
  it("writes every added entry in SpreadsheetML's namespace and its font from the prefixed font 0", () => {
    const styles = new StylesPart(stylesheet(SECTIONS, "x:"));
    const [header, , custom] = use(styles);
    const root = parsed(styles.render());
    const strays = [root, ...root.children, ...root.children.flatMap((child) => findAll(child, "xf")), ...findAll(root, "font"), ...findAll(root, "dxf")].filter((node) => node.uri !== MAIN);
    expect(strays.map((node) => node.local)).toEqual([]);
    const font = section(root, "fonts")[Number(section(root, "cellXfs")[header as number]?.attributes.fontId)] as Node;
    expect(find(font, "name")?.attributes.val).toBe("宋体");
    expect(section(root, "cellXfs")[custom as number]?.attributes.numFmtId).toBe("171");
  });
});
