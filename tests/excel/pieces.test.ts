import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAreasAddress, parseNameFormula, parseSheetReference, splitReferences } from "../../src/excel/areas";
import { jsonBytes, operationBytes, packOperations, requestBytes, scheduleRequests, splitRows } from "../../src/excel/budget";
import { cellValueFromOffice, gridFromOffice, isDateFormat, isPercentFormat } from "../../src/excel/clean";
import { describeExcelError } from "../../src/excel/errors";
import { generatedArtefacts, isGeneratedName, runMarkers, sheetMarker, sheetOfMarker } from "../../src/excel/markers";
import { blockOperations, clearOperations, planOperations, writtenValue, type WriteOperation } from "../../src/excel/operations";
import { joinPropertyParts, propertyParts, savedProperties, staleParts } from "../../src/excel/properties";
import { pointsOfCharacters, textEqualsFormula } from "../../src/excel/queue";
import { rowBands } from "../../src/excel/read";
import { excelSupportProblem } from "../../src/excel/requirements";
import { syntheticPlan } from "./plans";

describe("cleaning Office values", () => {
  it.each([
    [0.035, "0.0%", "3.5%"],
    [0.054, "0.0%;[Red]-0.0%", "5.4%"],
    [45107, "yyyy/m/d", "2023-06-30"],
    [45107.5, "yyyy/m/d h:mm", "2023-06-30T12:00:00.000Z"],
    [1516.7, "General", 1516.7],
    [1516.7, '0.0"亿元"', 1516.7],
    ["#N/A", "General", "#N/A"],
    ["  ", "General", null],
    ["", "General", null],
    [true, "General", true],
  ])("reads %j under %j as %j", (value, format, expected) => {
    expect(cellValueFromOffice(value, format)).toEqual(expected);
  });

  it("tells percent and date formats by what lies outside quotes and brackets", () => {
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('[$-804]0.00"万元"')).toBe(false);
    expect(isDateFormat("General")).toBe(false);
  });

  it("trims a read rectangle to the cells holding something", () => {
    const grid = gridFromOffice("表2", { top: 2, left: 0, values: [["序号", ""], [1, 0.5]], numberFormat: [["General", "General"], ["General", "0%"]] }, []);
    expect(grid).toEqual({ sheet: "表2", top: 2, left: 0, values: [["序号", null], [1, "50%"]], merges: [] });
  });

  describe("edge cases", () => {
    it("never throws and never yields NaN, whatever Office returns", () => {
      fc.assert(
        fc.property(fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null)), fc.string(), (value, format) => {
          const cleaned = cellValueFromOffice(value, format);
          expect(typeof cleaned === "number" && Number.isNaN(cleaned)).toBe(false);
        }),
      );
    });

    it("writes −0 percent as 0%", () => {
      expect(cellValueFromOffice(-0, "0%")).toBe("0%");
    });
  });
});

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
    const result = planOperations(syntheticPlan(3), { sheets: ["指标", "评估汇总"], names: [], propertyKeys: [] });
    expect(result.ok).toBe(false);
  });

  it("deletes earlier names before adding them again, and stale property parts", () => {
    const plan = syntheticPlan(3);
    const result = planOperations(plan, {
      sheets: ["指标"],
      names: [{ name: "PlanAssess_Block", target: null }],
      propertyKeys: ["PlanAssess.runStamp", "PlanAssess.runStamp~2"],
    });
    if (!result.ok) throw new Error(result.problem.message);
    const kinds = result.value.map((op) => op.kind);
    expect(kinds.indexOf("deleteName")).toBeLessThan(kinds.indexOf("addName"));
    expect(result.value).toContainEqual({ kind: "deleteProperty", key: "PlanAssess.runStamp~2" });
  });

  it("marks the sheets it creates and the block's area, and saves the run stamp, before writing any cell", () => {
    const result = planOperations(syntheticPlan(3), { sheets: ["指标"], names: [], propertyKeys: [] });
    if (!result.ok) throw new Error(result.problem.message);
    const kinds = result.value.map((op) => op.kind);
    const firstCell = Math.min(kinds.indexOf("format"), kinds.indexOf("values"));
    expect(kinds.lastIndexOf("addSheet")).toBeLessThan(kinds.indexOf("addName"));
    expect(kinds.lastIndexOf("addName")).toBeLessThan(firstCell);
    expect(kinds.lastIndexOf("setProperty")).toBeLessThan(firstCell);
  });
});

describe("payload budget", () => {
  const cells = (rows: number): WriteOperation => ({
    kind: "values",
    sheet: "s",
    top: 0,
    left: 0,
    values: Array.from({ length: rows }, (_, i) => [`第${i}行`]),
  });

  /** A write shaped like a plan's: a name deleted, a long block of cells, a frozen row. */
  const operationsOf = (rows: number): WriteOperation[] => [{ kind: "deleteName", name: "PlanAssess_Area" }, cells(rows), { kind: "freeze", sheet: "s", rows: 1 }];

  it("measures JSON in UTF-8 bytes", () => {
    expect(jsonBytes({ values: [["地区生产总值", 1516.7]] })).toBe(42);
    expect(operationBytes({ kind: "deleteName", name: "PlanAssess_Area" })).toBe(110);
  });

  it("cuts a cell block into row chunks that keep every row, in order", () => {
    const chunks = splitRows(cells(1_000), 2_000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((chunk) => operationBytes(chunk) <= 2_000)).toBe(true);
    const whole = cells(1_000);
    expect(chunks.flatMap((chunk) => (chunk.kind === "values" ? chunk.values : []))).toEqual(whole.kind === "values" ? whole.values : []);
    expect(chunks.map((chunk) => (chunk.kind === "values" ? chunk.top : -1))[1]).toBeGreaterThan(0);
  });

  it("packs operations in order into syncs under the budget, one sync when they fit", () => {
    expect(packOperations([cells(10)], 4_000_000)).toHaveLength(1);
    const packs = packOperations([{ kind: "deleteName", name: "PlanAssess_Area" }, cells(5_000)], 20_000);
    expect(packs.length).toBeGreaterThan(3);
    expect(packs.every((pack) => pack.reduce((sum, op) => sum + operationBytes(op), 0) <= 20_000)).toBe(true);
    expect(packs[0]?.[0]).toEqual({ kind: "deleteName", name: "PlanAssess_Area" });
  });

  it("cuts a write into the same number of requests of about equal size, whatever its size, while it fits", () => {
    for (const rows of [10, 1_000, 10_000, 100_000]) {
      expect(scheduleRequests(operationsOf(rows), 2, 4_000_000)).toHaveLength(2);
    }
    for (const rows of [1_000, 100_000]) {
      const [first = [], second = []] = scheduleRequests(operationsOf(rows), 2, 4_000_000);
      const total = requestBytes(operationsOf(rows));
      expect(Math.abs(requestBytes(first) - requestBytes(second))).toBeLessThan(total * 0.02);
    }
  });

  it("keeps every operation and every row once, in order, across the requests", () => {
    const whole = operationsOf(5_000);
    const requests = scheduleRequests(whole, 2, 100_000);
    expect(requests).toHaveLength(2);
    expect(requests.every((request) => requestBytes(request) <= 100_000)).toBe(true);
    const rows = requests.flat().flatMap((op) => (op.kind === "values" ? op.values : []));
    expect(rows).toEqual(whole.flatMap((op) => (op.kind === "values" ? op.values : [])));
    const tops = requests.flat().flatMap((op) => (op.kind === "values" ? [op.top] : []));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(requests.flat().map((op) => op.kind).filter((kind) => kind !== "values")).toEqual(["deleteName", "freeze"]);
  });

  it("takes more requests, each under the budget, once a write outgrows that many budgets", () => {
    const requests = scheduleRequests(operationsOf(5_000), 2, 20_000);
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.every((request) => requestBytes(request) <= 20_000)).toBe(true);
  });

  it("reads a large area in row bands", () => {
    expect(rowBands({ top: 0, left: 0, bottom: 9, right: 0 }, 4)).toEqual([[0, 3], [4, 7], [8, 9]]);
  });

  describe("edge cases", () => {
    it("never cuts a single row, however small the budget", () => {
      expect(splitRows(cells(3), 1)).toHaveLength(3);
      expect(packOperations([], 100)).toEqual([[]]);
    });

    it("sends nothing for no operations, and one operation whole in one request", () => {
      expect(scheduleRequests([], 2)).toEqual([]);
      expect(scheduleRequests([{ kind: "deleteName", name: "PlanAssess_Area" }], 2)).toEqual([[{ kind: "deleteName", name: "PlanAssess_Area" }]]);
    });
  });
});

describe("small Office helpers", () => {
  it("converts column widths and quotes rule text", () => {
    expect(pointsOfCharacters(10)).toBe(56.25);
    expect(textEqualsFormula('达到"进度"')).toBe('="达到""进度"""');
  });

  it("maps Office error codes to Chinese messages and keeps unknown codes visible", () => {
    expect(describeExcelError({ code: "InvalidOperationInCellEditMode", message: "" }).message).toBe(
      "请先退出单元格编辑状态（按 Enter 或 Esc 键），再重新操作。",
    );
    expect(describeExcelError({ code: "Whatever", message: "boom" })).toEqual({ code: "excel.Whatever", message: "Excel 操作未完成（错误代码 Whatever）：boom" });
    expect(describeExcelError(new Error("oops")).code).toBe("excel.unexpected");
  });

  it("names an Excel that is too old", () => {
    const old = { context: { requirements: { isSetSupported: () => false } } };
    expect(excelSupportProblem(old)?.code).toBe("excel.too_old");
    expect(excelSupportProblem(undefined)?.code).toBe("excel.not_in_excel");
  });
});
