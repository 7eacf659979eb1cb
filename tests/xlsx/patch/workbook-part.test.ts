/**
 * `xl/workbook.xml` as the copy edits it (src/xlsx/patch/workbook-part.ts): a sheet-local name's
 * `localSheetId` is the 0-based index of its sheet in `<sheets>` (ECMA-376 Part 1 §18.2.5), so it
 * follows its sheet when one before it goes; names local to a removed sheet go with it; `activeTab`
 * (§18.2.30, an index too) stays on the sheet the user had open; a `definedNames` the part lacks
 * goes where CT_Workbook's sequence puts it (§18.2.27: after sheets, before calcPr).
 */
import { describe, expect, it } from "vitest";
import { WorkbookPart } from "../../../src/xlsx/patch/workbook-part";
import { childNames, find, findAll, MAIN, parsed, type Node } from "./xml";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook part: sheets (name, rId), names and what follows, optionally in the x: prefix. */
function workbook(options: { sheets: string[]; names?: string; activeTab?: number; tail?: string; prefix?: string }): string {
  const prefix = options.prefix ?? "";
  const sheets = options.sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const view = `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"${options.activeTab === undefined ? "" : ` activeTab="${options.activeTab}"`}/></bookViews>`;
  const body = `<workbookPr/>${view}<sheets>${sheets}</sheets>${options.names ?? ""}${options.tail ?? '<calcPr calcId="191029"/>'}`;
  const prefixedBody = prefix ? body.replace(/<(\/?)(?=[a-zA-Z])/gu, `<$1${prefix}`).replace(/<x:(\/?)?r:/gu, "<$1r:") : body;
  const declaration = prefix ? `xmlns:${prefix.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}workbook ${declaration} xmlns:r="${R}">${body === prefixedBody ? body : prefixedBody}</${prefix}workbook>`;
}

/** The defined names as [name, localSheetId, text]. */
function namesOf(root: Node): [string, string | undefined, string][] {
  return findAll(root, "definedName").map((name) => [name.attributes.name ?? "", name.attributes.localSheetId, name.text]);
}

/** The sheet names in tab order. */
function sheetsOf(root: Node): string[] {
  return findAll(root, "sheet").map((sheet) => sheet.attributes.name ?? "");
}

const NAMES =
  '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">\'表2\'!$A$1:$F$40</definedName>' +
  '<definedName name="本表目标" localSheetId="2">数据!$B$2</definedName>' +
  '<definedName name="_xlnm.Print_Titles" localSheetId="0">评估汇总!$1:$2</definedName>' +
  '<definedName name="增长目标">0.07</definedName></definedNames>';

describe("sheets and sheet-local names", () => {
  it("renumbers localSheetId when a sheet before the name's sheet goes, and drops the names local to it", () => {
    const part = new WorkbookPart(workbook({ sheets: ["评估汇总", "表2", "数据"], names: NAMES, activeTab: 1 }));
    expect(part.removeSheet("评估汇总")).toBe("rId1");
    const root = parsed(part.render());
    expect(sheetsOf(root)).toEqual(["表2", "数据"]);
    expect(namesOf(root)).toEqual([
      ["_xlnm.Print_Area", "0", "'表2'!$A$1:$F$40"],
      ["本表目标", "1", "数据!$B$2"],
      ["增长目标", undefined, "0.07"],
    ]);
  });

  it("keeps the active tab on the sheet the user had open when sheets before it go and come", () => {
    const part = new WorkbookPart(workbook({ sheets: ["评估汇总", "评估明细", "表2"], names: NAMES, activeTab: 2 }));
    part.removeSheet("评估汇总");
    part.removeSheet("评估明细");
    part.addSheet("评估汇总", "rId9");
    part.addSheet("评估明细", "rId10");
    const root = parsed(part.render());
    expect(sheetsOf(root)).toEqual(["表2", "评估汇总", "评估明细"]);
    expect(find(root, "workbookView")?.attributes.activeTab).toBe("0");
  });

  it("never leaves activeTab past the last sheet when the sheet the user had open was the add-in's and goes", () => {
    // Excel complains when the active tab was the last sheet and it was removed without activeTab
    // following (openxlsx2, https://github.com/JanMarvin/openxlsx2/pull/793).
    const part = new WorkbookPart(workbook({ sheets: ["表2", "数据", "评估汇总"], activeTab: 2 }));
    part.removeSheet("评估汇总");
    const root = parsed(part.render());
    const tab = Number(find(root, "workbookView")?.attributes.activeTab ?? 0);
    expect(tab).toBeLessThan(sheetsOf(root).length);
  });

  it("gives a generated sheet's print titles the sheet's new index", () => {
    const part = new WorkbookPart(workbook({ sheets: ["表2"], activeTab: 0 }));
    part.addSheet("评估汇总", "rId5");
    part.addName("_xlnm.Print_Titles", "'评估汇总'!$1:$2", "评估汇总");
    expect(namesOf(parsed(part.render()))).toEqual([["_xlnm.Print_Titles", "1", "'评估汇总'!$1:$2"]]);
  });

  it("gives an added sheet a sheetId no other sheet has and the r:id it was given", () => {
    const part = new WorkbookPart(workbook({ sheets: ["表2", "数据"] }));
    part.addSheet("评估汇总", "rId7");
    const added = findAll(parsed(part.render()), "sheet")[2] as Node;
    expect(added.attributes.sheetId).toBe("3");
    expect(added.attributes["r:id"]).toBe("rId7");
  });

  it("renders the part's own text when nothing changed", () => {
    const xml = workbook({ sheets: ["表2", "数据"], names: NAMES, activeTab: 1 });
    expect(new WorkbookPart(xml).render()).toBe(xml);
  });
});

describe("the property sheet's state", () => {
  it("makes a sheet very hidden again (LibreOffice saves it only hidden), and leaves one that is as it was", () => {
    const xml = workbook({ sheets: ["表2", "PlanAssess_Properties"] }).replace('name="PlanAssess_Properties"', 'name="PlanAssess_Properties" state="hidden"');
    const part = new WorkbookPart(xml);
    part.veryHidden("PlanAssess_Properties");
    const rendered = part.render();
    expect(findAll(parsed(rendered), "sheet").map((sheet) => sheet.attributes.state)).toEqual([undefined, "veryHidden"]);
    const again = new WorkbookPart(rendered);
    again.veryHidden("PlanAssess_Properties");
    expect(again.render()).toBe(rendered);
  });
});

describe("defined names created where the schema puts them", () => {
  it("creates definedNames after sheets and before calcPr when the part has none", () => {
    const part = new WorkbookPart(workbook({ sheets: ["表2"] }));
    part.addName("PlanAssess_Block", "'表2'!$N$3:$R$40");
    expect(childNames(parsed(part.render()))).toEqual(["workbookPr", "bookViews", "sheets", "definedNames", "calcPr"]);
  });

  it("creates definedNames before pivotCaches and extLst when there is no calcPr", () => {
    const tail = `<pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>`;
    const part = new WorkbookPart(workbook({ sheets: ["表2"], tail }));
    part.addName("PlanAssess_Block", "'表2'!$N$3:$R$40");
    expect(childNames(parsed(part.render()))).toEqual(["workbookPr", "bookViews", "sheets", "definedNames", "pivotCaches", "extLst"]);
  });

  it("removes definedNames when its last name goes (no empty section left behind)", () => {
    const part = new WorkbookPart(workbook({ sheets: ["表2"], names: '<definedNames><definedName name="PlanAssess_Block">\'表2\'!$N$3:$R$40</definedName></definedNames>' }));
    part.removeName("PlanAssess_Block");
    expect(childNames(parsed(part.render()))).toEqual(["workbookPr", "bookViews", "sheets", "calcPr"]);
  });
});

describe("a workbook in the x: prefix (.NET OpenXML SDK)", () => {
  it("adds sheets and names in SpreadsheetML's namespace, renumbers and places them as in the default namespace", () => {
    const part = new WorkbookPart(workbook({ sheets: ["评估汇总", "表2", "数据"], names: NAMES, activeTab: 1, prefix: "x:" }));
    part.removeSheet("评估汇总");
    part.addSheet("评估汇总", "rId9");
    part.addName("PlanAssess_Block", "'表2'!$N$3:$R$40");
    const root = parsed(part.render());
    const strays = [root, ...root.children, ...findAll(root, "sheet"), ...findAll(root, "definedName")].filter((node) => node.uri !== MAIN);
    expect(strays.map((node) => node.local)).toEqual([]);
    expect(sheetsOf(root)).toEqual(["表2", "数据", "评估汇总"]);
    expect(namesOf(root).map(([name, local]) => [name, local])).toEqual([["_xlnm.Print_Area", "0"], ["本表目标", "1"], ["增长目标", undefined], ["PlanAssess_Block", undefined]]);
    expect(find(root, "workbookView")?.attributes.activeTab).toBe("0");
    expect(findAll(root, "sheet")[2]?.attributes["r:id"]).toBe("rId9");
  });
});
