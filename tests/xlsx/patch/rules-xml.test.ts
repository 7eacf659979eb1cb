/**
 * Conditional formats in the user's sheet (src/xlsx/patch/rules-xml.ts through `splicedSheet`): an
 * earlier run's taken out of the cleared area only, the user's kept (a rule reaching beyond the
 * area, an Excel 2010 data bar of the user's), the run's data bar linked by id to its 2010
 * settings in the sheet's `x14:conditionalFormattings` extension (MS-XLSX §2.6.29: a 2007 rule's
 * `x14:id` names the 2010 `x14:cfRule` of that id), other extensions kept in their order, and
 * priorities unique on the sheet.
 */
import { describe, expect, it } from "vitest";
import type { SheetEdits } from "../../../src/xlsx/patch/edits";
import { splicedSheet } from "../../../src/xlsx/patch/sheet-splice";
import type { CellRange } from "../../../src/workbook/types";
import { childNames, editsOf, find, findAll, freshSink, MAIN, parsed, type Node } from "./xml";

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const FORMATS_URI = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
const VALIDATIONS_URI = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";
const SPARKLINES_URI = "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}";

/** The block the run writes: N3:R40 (0-based rows 2–39, columns 13–17). */
const BLOCK: CellRange = { top: 2, left: 13, bottom: 39, right: 17 };
const BAR_RANGE: CellRange = { top: 2, left: 14, bottom: 39, right: 14 };
const TEXT_RANGE: CellRange = { top: 2, left: 13, bottom: 39, right: 13 };

/** One run's edits: the block cleared, a value, an equals-text rule and a data bar. */
function run(): SheetEdits {
  return editsOf(
    { kind: "clearArea", range: BLOCK },
    { kind: "values", top: 2, left: 13, values: [["滞后", 0.5]] },
    { kind: "rule", rule: { type: "textEquals", range: TEXT_RANGE, text: "滞后", fill: "#FCE1CC", fontColor: "#8F3A00" } },
    { kind: "rule", rule: { type: "dataBar", range: BAR_RANGE, color: "#5B9BD5" } },
  );
}

/** A worksheet part from its children's text. */
function worksheet(children: string, prefix = ""): string {
  const declaration = prefix ? `xmlns:${prefix.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}worksheet ${declaration} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${children}</${prefix}worksheet>`;
}

const ROWS = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** A user's own data bar on A1:A10 with its 2010 settings under an id of the user's. */
const USER_BAR_ID = "{11111111-2222-3333-4444-555555555555}";
const USER_BAR_2007 = `<conditionalFormatting sqref="A1:A10"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF63BE7B"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${USER_BAR_ID}</x14:id></ext></extLst></cfRule></conditionalFormatting>`;
const USER_BAR_2010 = `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${USER_BAR_ID}"><x14:dataBar minLength="0" maxLength="100" border="1" negativeBarBorderColorSameAsPositive="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:borderColor rgb="FF63BE7B"/><x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>A1:A10</xm:sqref></x14:conditionalFormatting>`;
/** A user's rule on M1:N50, reaching beyond the block. */
const USER_WIDE = '<conditionalFormatting sqref="M1:N50"><cfRule type="cellIs" dxfId="0" priority="2" operator="equal"><formula>"滞后"</formula></cfRule></conditionalFormatting>';
const VALIDATIONS_EXT = `<ext uri="${VALIDATIONS_URI}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B1</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;
const SPARKLINES_EXT = `<ext uri="${SPARKLINES_URI}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>表2!B2:F2</xm:f><xm:sqref>G2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`;

/** A user's sheet: their bar, their wide rule, and an extLst with the bar's settings, a list validation and sparklines. */
const USER_SHEET = worksheet(`${ROWS}${USER_BAR_2007}${USER_WIDE}${MARGINS}<extLst><ext uri="${FORMATS_URI}" xmlns:x14="${X14}"><x14:conditionalFormattings>${USER_BAR_2010}</x14:conditionalFormattings></ext>${VALIDATIONS_EXT}${SPARKLINES_EXT}</extLst>`);

/** The sheet after two runs (the second over the first's output), with the same sink for both. */
function twice(xml: string): { first: string; second: string } {
  const first = splicedSheet(xml, run(), freshSink());
  return { first, second: splicedSheet(first, run(), freshSink()) };
}

/** Every priority of the sheet's rules, 2007 and 2010. */
function priorities(root: Node): string[] {
  return findAll(root, "cfRule").flatMap((rule) => (rule.attributes.priority === undefined ? [] : [rule.attributes.priority]));
}

/** The sqrefs of the sheet's 2007 conditional formats. */
function sqrefs(root: Node): string[] {
  return root.children.filter((child) => child.local === "conditionalFormatting").map((child) => child.attributes.sqref ?? "");
}

/** The 2010 rules' ids, in order. */
function x14Ids(root: Node): string[] {
  return findAll(root, "cfRule").filter((rule) => rule.uri === X14).map((rule) => rule.attributes.id ?? "");
}

describe("an earlier run's rules replaced, the user's kept", () => {
  it("keeps the user's data bar, its 2010 settings and the rule reaching beyond the block, and holds one copy of the run's rules after a re-run", () => {
    const { second } = twice(USER_SHEET);
    const root = parsed(second);
    expect(sqrefs(root)).toEqual(["A1:A10", "M1:N50", "N3:N40", "O3:O40"]);
    expect(second).toContain(USER_BAR_2007);
    expect(second).toContain(USER_BAR_2010);
    expect(second).toContain(USER_WIDE);
    expect(x14Ids(root)).toHaveLength(2);
    expect(x14Ids(root)[0]).toBe(USER_BAR_ID);
  });

  it("links the run's 2007 data bar to exactly one 2010 rule of that id", () => {
    const root = parsed(twice(USER_SHEET).second);
    const ours = root.children.find((child) => child.local === "conditionalFormatting" && child.attributes.sqref === "O3:O40") as Node;
    const id = find(ours, "id")?.text;
    expect(id).toBeDefined();
    expect(x14Ids(root).filter((found) => found === id)).toHaveLength(1);
    const rule = findAll(root, "cfRule").find((found) => found.uri === X14 && found.attributes.id === id) as Node;
    expect(find(rule, "dataBar")?.attributes.gradient).toBe("0");
  });

  it("adds the run's 2010 settings to the user's own conditional-formats extension and keeps the other extensions in their order", () => {
    const root = parsed(twice(USER_SHEET).second);
    const extLst = root.children.find((child) => child.local === "extLst") as Node;
    const uris = root.children.filter((child) => child.local === "extLst").flatMap((list) => list.children.map((ext) => ext.attributes.uri));
    expect(uris).toEqual([FORMATS_URI, VALIDATIONS_URI, SPARKLINES_URI]);
    expect(findAll(extLst, "conditionalFormattings")).toHaveLength(1);
    expect(findAll(extLst, "sparkline")).toHaveLength(1);
    expect(findAll(extLst, "dataValidation")).toHaveLength(1);
  });

  it("gives every rule on the sheet its own priority", () => {
    const root = parsed(twice(USER_SHEET).second);
    const found = priorities(root);
    expect(new Set(found).size).toBe(found.length);
  });

  it("keeps the schema's order: conditional formats before margins, extLst last", () => {
    const names = childNames(parsed(twice(USER_SHEET).second));
    // The sheet had no dimension, and gets none (see sheet-splice's test of an absent dimension).
    expect(names).toEqual(["sheetData", "conditionalFormatting", "conditionalFormatting", "conditionalFormatting", "conditionalFormatting", "pageMargins", "extLst"]);
  });

  it("removes the run's 2010 extension with its rules when a sheet had no extLst of its own, and writes one again", () => {
    const plain = worksheet(`${ROWS}${MARGINS}`);
    const { first, second } = twice(plain);
    expect(second).toBe(first);
  });

  it("leaves a user's 2010-only rule whose range lies in the block alone (only linked rules go)", () => {
    const own = `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="iconSet" priority="9" id="{AAAAAAAA-0000-0000-0000-000000000001}"><x14:iconSet iconSet="3Triangles"><x14:cfvo type="percent"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>33</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>67</xm:f></x14:cfvo></x14:iconSet></x14:cfRule><xm:sqref>P3:P40</xm:sqref></x14:conditionalFormatting>`;
    const xml = worksheet(`${ROWS}${MARGINS}<extLst><ext uri="${FORMATS_URI}" xmlns:x14="${X14}"><x14:conditionalFormattings>${own}</x14:conditionalFormattings></ext></extLst>`);
    expect(twice(xml).second).toContain(own);
  });
});

describe("a user's rule sharing the element of an earlier run's rule", () => {
  it("replaces the earlier data bar and keeps the user's rule when both sit in one conditionalFormatting of the same range", () => {
    // CT_ConditionalFormatting holds one or more cfRule (ECMA-376 Part 1 §18.3.1.18): a user's rule
    // added in Excel on the data bar's range may be saved beside it in the one element.
    const first = splicedSheet(worksheet(`${ROWS}${MARGINS}`), run(), freshSink());
    const userRule = '<cfRule type="cellIs" dxfId="5" priority="9" operator="greaterThan"><formula>1</formula></cfRule>';
    const shared = first.replace(/(<conditionalFormatting sqref="O3:O40">)/u, `$1${userRule}`);
    const root = parsed(splicedSheet(shared, run(), freshSink()));
    const rules = root.children.filter((child) => child.local === "conditionalFormatting").flatMap((format) => format.children.map((rule) => `${format.attributes.sqref} ${rule.attributes.type}`));
    expect(rules.sort()).toEqual(["N3:N40 cellIs", "O3:O40 cellIs", "O3:O40 dataBar"]);
    expect(x14Ids(root)).toHaveLength(1);
  });
});

describe("a prefixed sheet (x:worksheet)", () => {
  it("writes the run's rules and extension in SpreadsheetML's namespace, with a re-run holding one copy", () => {
    const xml = worksheet(`<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`, "x:");
    const root = parsed(twice(xml).second);
    const main = [root, ...root.children, ...findAll(root, "cfRule").filter((rule) => rule.uri !== X14), ...findAll(root, "formula"), ...findAll(root, "ext")];
    expect(main.filter((node) => node.uri !== MAIN).map((node) => node.local)).toEqual([]);
    expect(sqrefs(root)).toEqual(["N3:N40", "O3:O40"]);
    expect(x14Ids(root)).toHaveLength(1);
  });
});
