import { describe, expect, it } from "vitest";
import { excelZhCN } from "../../src/i18n/excel";
import { generatedArtefacts, isGeneratedName, runMarkers, sheetMarker, sheetOfMarker } from "../../src/workbook/write/markers";
import { blockOperations, clearOperations, planOperations, writtenValue } from "../../src/workbook/write/operations";
import { joinPropertyParts, propertyParts, savedProperties, staleParts } from "../../src/workbook/write/properties";
import { parseAreasAddress, parseNameFormula, parseSheetReference, splitReferences } from "../../src/workbook/write/references";
import { syntheticPlan } from "../excel/plans";

describe("reading Office addresses", () => {
  it("reads quoted sheet names with commas and doubled quotes", () => {
    expect(parseSheetReference("'评估汇总'!$A$1:$H$10")).toEqual({ sheet: "评估汇总", range: { top: 0, left: 0, bottom: 9, right: 7 } });
    expect(parseSheetReference("'it''s, ok'!B2")?.sheet).toBe("it's, ok");
    expect(splitReferences("'a,b'!A1,Sheet1!B2:C3")).toEqual(["'a,b'!A1", "Sheet1!B2:C3"]);
  });

  it("reads merged areas and name formulas, and a broken name as null", () => {
    expect(parseAreasAddress("表2!A1:E1, 表2!A3:A8")).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }, { top: 2, left: 0, bottom: 7, right: 0 }]);
    expect(parseNameFormula("='评估汇总'!$A$1")).toEqual({ sheet: "评估汇总", range: { top: 0, left: 0, bottom: 0, right: 0 } });
    expect(parseNameFormula("=#REF!")).toBeNull();
    expect(parseNameFormula("=#REF!$A$1")).toBeNull();
    expect(parseNameFormula('="文字"')).toBeNull();
  });
});

describe("generated-artefact markers", () => {
  it("spells a sheet's name in its marker and reads it back", () => {
    expect(sheetMarker("评估汇总")).toBe("PlanAssess_Sheet_8BC44F306C47603B");
    expect(sheetOfMarker(sheetMarker("评估 汇总's"))).toBe("评估 汇总's");
    expect(sheetOfMarker("PlanAssess_Block")).toBeNull();
    expect(isGeneratedName("planassess_Block")).toBe(true);
  });

  it("deletes a marked sheet only while it keeps the name it was created with", () => {
    const range = { top: 0, left: 0, bottom: 0, right: 0 };
    const found = generatedArtefacts([
      { name: sheetMarker("评估汇总"), target: { sheet: "评估汇总", range } },
      { name: sheetMarker("评估明细"), target: { sheet: "我的明细", range } },
      { name: "PlanAssess_Area", target: { sheet: "表2", range: { top: 2, left: 5, bottom: 38, right: 9 } } },
      { name: "PlanAssess_Block", target: null },
      { name: "我的名称", target: { sheet: "表2", range } },
    ]);
    expect(found).toEqual({
      names: [sheetMarker("评估汇总"), sheetMarker("评估明细"), "PlanAssess_Area", "PlanAssess_Block"],
      sheets: ["评估汇总"],
      areas: [{ sheet: "表2", range: { top: 2, left: 5, bottom: 38, right: 9 } }],
    });
  });

  it("marks the block's area only when it sits on a sheet the run did not create", () => {
    const area = { sheet: "评估结果", range: { top: 0, left: 0, bottom: 9, right: 4 } };
    expect(runMarkers(["评估结果"], area).map((marker) => marker.name)).toEqual([sheetMarker("评估结果")]);
  });
});

describe("custom properties in parts", () => {
  it("cuts a value into 255-character parts and joins them back", () => {
    const value = "设".repeat(600);
    const parts = propertyParts("PlanAssess.settings", value);
    expect(parts.map((part) => [part.key, part.value.length])).toEqual([
      ["PlanAssess.settings", 255],
      ["PlanAssess.settings~2", 255],
      ["PlanAssess.settings~3", 90],
    ]);
    expect(joinPropertyParts(parts, "planassess.SETTINGS")).toBe(value);
    expect(staleParts(["k", "k~2", "k~3", "other"], "k", 1)).toEqual(["k~2", "k~3"]);
  });

  it("lists every saved value whole, its parts joined, by its key as saved", () => {
    const saved = [...propertyParts("PlanAssess.settings", "设".repeat(600)), { key: "PlanAssess.run", value: "{}" }, { key: "作者单位", value: "统计局" }];
    expect(savedProperties(saved)).toEqual({ "PlanAssess.settings": "设".repeat(600), "PlanAssess.run": "{}", 作者单位: "统计局" });
  });

  describe("edge cases", () => {
    it("keeps an empty value as one empty part", () => {
      expect(propertyParts("k", "")).toEqual([{ key: "k", value: "" }]);
      expect(joinPropertyParts([{ key: "k", value: "" }], "k")).toBe("");
      expect(joinPropertyParts([], "k")).toBeNull();
    });

    it("lists a key that only looks like a part, with no whole value before it, as it is", () => {
      expect(savedProperties([{ key: "版本~2", value: "第二版" }, { key: "k~x", value: 1 }])).toEqual({ "版本~2": "第二版", "k~x": "1" });
      expect(savedProperties([])).toEqual({});
    });
  });
});

describe("write operations", () => {
  it("writes nulls as empty text and gives every string the text format, before the values", () => {
    expect(blockOperations("表2", { top: 2, left: 5, values: [["=1+1", null, 0.5]], numberFormat: "0.0%" })).toEqual([
      { kind: "format", sheet: "表2", range: { top: 2, left: 5, bottom: 2, right: 5 }, format: "@" },
      { kind: "format", sheet: "表2", range: { top: 2, left: 6, bottom: 2, right: 7 }, format: "0.0%" },
      { kind: "values", sheet: "表2", top: 2, left: 5, values: [["=1+1", "", 0.5]] },
    ]);
  });

  it("sends one format per rectangle down long runs, and cell by cell where formats keep changing", () => {
    const rows = Array.from({ length: 40 }, (_, i) => [i, i % 2 === 0 ? "—" : 0.5, "说明"]);
    const operations = blockOperations("表", { top: 0, left: 0, values: rows, numberFormat: "0.0%" });
    expect(operations.filter((op) => op.kind === "format")).toEqual([
      { kind: "format", sheet: "表", range: { top: 0, left: 0, bottom: 39, right: 0 }, format: "0.0%" },
      { kind: "format", sheet: "表", range: { top: 0, left: 2, bottom: 39, right: 2 }, format: "@" },
    ]);
    expect(operations.filter((op) => op.kind === "formats")).toEqual([
      { kind: "formats", sheet: "表", top: 0, left: 1, numberFormat: rows.map((row) => [typeof row[1] === "string" ? "@" : "0.0%"]) },
    ]);
  });

  it("keeps the 15 significant digits Excel keeps", () => {
    expect(writtenValue(0.33999999999999975)).toBe(0.34);
    expect(writtenValue(-0)).toBe(0);
    expect(writtenValue(Number.NaN)).toBe("");
    expect(writtenValue(1516.7)).toBe(1516.7);
  });

  it("removes nothing from a workbook the add-in never touched", () => {
    expect(clearOperations({ sheets: ["表2"], names: [{ name: "用户名称", target: null }], propertyKeys: [] })).toEqual([]);
  });

  it("refuses a plan whose sheet is already the user's", () => {
    const result = planOperations(syntheticPlan(3), { sheets: ["指标", "评估汇总"], names: [], propertyKeys: [] }, excelZhCN);
    expect(result.ok).toBe(false);
  });

  it("deletes earlier names before adding them again, and stale property parts", () => {
    const plan = syntheticPlan(3);
    const result = planOperations(plan, {
      sheets: ["指标"],
      names: [{ name: "PlanAssess_Block", target: null }],
      propertyKeys: ["PlanAssess.runStamp", "PlanAssess.runStamp~2"],
    }, excelZhCN);
    if (!result.ok) throw new Error(result.problem.message);
    const kinds = result.value.map((op) => op.kind);
    expect(kinds.indexOf("deleteName")).toBeLessThan(kinds.indexOf("addName"));
    expect(result.value).toContainEqual({ kind: "deleteProperty", key: "PlanAssess.runStamp~2" });
  });

  it("marks the sheets it creates and the block's area, and saves the run stamp, before writing any cell", () => {
    const result = planOperations(syntheticPlan(3), { sheets: ["指标"], names: [], propertyKeys: [] }, excelZhCN);
    if (!result.ok) throw new Error(result.problem.message);
    const kinds = result.value.map((op) => op.kind);
    const firstCell = Math.min(kinds.indexOf("format"), kinds.indexOf("values"));
    expect(kinds.lastIndexOf("addSheet")).toBeLessThan(kinds.indexOf("addName"));
    expect(kinds.lastIndexOf("addName")).toBeLessThan(firstCell);
    expect(kinds.lastIndexOf("setProperty")).toBeLessThan(firstCell);
  });
});
