import { describe, expect, it } from "vitest";
import { PLAN_PROPERTIES } from "../../src/workbook/plan";
import { runAssessment } from "../../src/workbook/run";
import { WpsDoorError, WpsHost } from "../../src/wps";
import { indicatorSheetSeed, syntheticPlan } from "../excel/plans";
import { createWpsStandIn, WpsStandInError, type WpsStandIn } from "./standin";

const GENERATED_AT = "2023-08-01T10:00:00+08:00";

/** A stand-in over a table of `rows` indicators, and the door over it. */
function doorOver(rows: number, options: Parameters<typeof createWpsStandIn>[1] = {}): { standIn: WpsStandIn; host: WpsHost } {
  const standIn = createWpsStandIn([indicatorSheetSeed(rows)], options);
  return { standIn, host: new WpsHost(standIn.port) };
}

/** The failure a promise rejects with. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("the WPS door", () => {
  describe("host calls", () => {
    it("writes a plan in the same number of calls whatever its rows: each block of values is one Value2", async () => {
      const callsOf = async (rows: number) => {
        const { standIn, host } = doorOver(rows);
        await host.applyPlan(syntheticPlan(rows));
        return { calls: standIn.calls, blocks: standIn.counter.byMember.get("Range.Value2=") ?? 0 };
      };
      const small = await callsOf(40);
      const large = await callsOf(4_000);
      expect(large).toEqual(small);
      expect(small.calls).toBeLessThan(400);
    });

    it("reads a 40-row table with its merged title and category cells in under a hundred calls, not one a cell", async () => {
      const { standIn, host } = doorOver(40);
      const grid = await host.readGrid("指标");
      expect(grid.merges).toEqual(indicatorSheetSeed(40).merges);
      expect(standIn.counter.byMember.get("Range.Value2")).toBe(1);
      expect(standIn.calls).toBeLessThan(100);
    });

    it("reads 4,000 rows with 161 merged category cells in under a thousand calls", async () => {
      const { standIn, host } = doorOver(4_000);
      const grid = await host.readGrid("指标");
      expect(grid.merges).toEqual(indicatorSheetSeed(4_000).merges);
      expect(grid.merges).toHaveLength(161);
      expect(standIn.calls).toBeLessThan(1_000);
    });

    it("assesses a 40-row table end to end in under 2,000 calls", async () => {
      const { standIn, host } = doorOver(40);
      const run = await runAssessment(host, { generatedAt: GENERATED_AT, settings: {} });
      expect(run.ok).toBe(true);
      expect(standIn.calls).toBeLessThan(2_000);
    });
  });

  describe("around a write", () => {
    it("turns screen updating, events, recalculation and alerts off while writing and restores them", async () => {
      const { standIn, host } = doorOver(40);
      const seen: unknown[] = [];
      const original = standIn.book.sheets[0];
      await host.applyPlan(syntheticPlan(40));
      seen.push({ ...standIn.book.app });
      expect(seen).toEqual([{ ScreenUpdating: true, EnableEvents: true, Calculation: -4105, DisplayAlerts: true }]);
      expect(standIn.book.sheets[standIn.book.active]).toBe(original);
    });

    it("restores them after a write WPS refuses half-way, and says what WPS said", async () => {
      const { standIn, host } = doorOver(40);
      standIn.counter.refuse = "Range.Merge()";
      const error = await failureOf(host.applyPlan(syntheticPlan(40)));
      expect((error as WpsDoorError).problem).toEqual({ code: "wps.refused", message: expect.stringContaining("WPS refused Range.Merge()") });
      expect(standIn.book.app).toEqual({ ScreenUpdating: true, EnableEvents: true, Calculation: -4105, DisplayAlerts: true });
      expect(standIn.book.sheets[standIn.book.active]?.name).toBe("指标");
    });

    it("refuses to add or delete sheets in a workbook whose structure is protected, before writing anything", async () => {
      const { standIn, host } = doorOver(40);
      standIn.book.protectStructure = true;
      const error = await failureOf(host.applyPlan(syntheticPlan(40)));
      expect((error as WpsDoorError).code).toBe("wps.structure_protected");
      expect(standIn.book.sheets.map((sheet) => sheet.name)).toEqual(["指标"]);
      expect(standIn.book.names).toEqual([]);
    });

    it("answers in Chinese when no workbook is open", async () => {
      const { host } = doorOver(1, { noWorkbook: true });
      const error = await failureOf(host.listSheets());
      expect((error as WpsDoorError).problem).toEqual({ code: "wps.no_workbook", message: expect.stringContaining("没有打开的工作簿") });
    });
  });

  describe("saved properties", () => {
    it("saves the settings as custom document properties under the other doors' names, in 255-character parts", async () => {
      const { standIn, host } = doorOver(40);
      const value = JSON.stringify({ note: "说明".repeat(200) });
      await host.writeProperty(PLAN_PROPERTIES.settings, value);
      expect(standIn.book.properties.map((entry) => entry.name)).toEqual(["PlanAssess.settings", "PlanAssess.settings~2"]);
      expect(await host.readProperty(PLAN_PROPERTIES.settings)).toBe(value);
      await host.writeProperty(PLAN_PROPERTIES.settings, "{}");
      expect(standIn.book.properties).toEqual([{ name: "PlanAssess.settings", value: "{}" }]);
    });

    it("says so when WPS keeps fewer characters of a property than were written", async () => {
      const { host } = doorOver(40, { propertyLimit: 100 });
      const error = await failureOf(host.writeProperty(PLAN_PROPERTIES.settings, "x".repeat(200)));
      expect((error as WpsDoorError).code).toBe("wps.property_cut");
    });

    it("hands the saved properties over with the grid", async () => {
      const { host } = doorOver(40);
      await host.writeProperty(PLAN_PROPERTIES.settings, "{\"tolerance\":0.05}");
      expect((await host.readGrid("指标")).properties).toEqual({ "PlanAssess.settings": "{\"tolerance\":0.05}" });
    });
  });

  describe("what it writes", () => {
    it("gives colours to WPS as BGR integers, so a status fill shows as the plan names it", async () => {
      const { standIn, host } = doorOver(40);
      const plan = syntheticPlan(40);
      await host.applyPlan(plan);
      const styled = plan.block.styles.find((style) => style.style.fill);
      if (!styled?.style.fill) throw new Error("no fill in the plan");
      const { top, left } = styled.range;
      expect(standIn.fill(plan.block.sheet, `${String.fromCharCode(65 + left)}${top + 1}`)).toBe(styled.style.fill.toUpperCase());
      const rule = standIn.sheet(plan.block.sheet).rules.find((entry) => entry.type === 1);
      expect(rule?.formula1).toMatch(/^="[▲●▼○◆]/u);
    });

    it("replaces its own conditional formats on a second run and keeps the user's", async () => {
      const { standIn, host } = doorOver(40);
      const plan = syntheticPlan(40);
      await host.applyPlan(plan);
      const sheet = standIn.sheet(plan.block.sheet);
      const own = sheet.rules.length;
      const users = { type: 2, range: plan.block.area, operator: null, formula1: "=$A1>0", fill: 255, fontColor: null, barColor: null };
      sheet.rules.push(users);
      await host.applyPlan(plan);
      expect(sheet.rules).toHaveLength(own + 1);
      expect(sheet.rules).toContain(users);
    });

    it("clears what it generated and keeps the 评估记录", async () => {
      const { standIn, host } = doorOver(40);
      const run = await runAssessment(host, { generatedAt: GENERATED_AT, settings: {} });
      if (!run.ok) throw new Error(run.problem.message);
      await host.clearGenerated();
      const names = standIn.book.sheets.map((sheet) => sheet.name);
      expect(names).toContain("指标");
      expect(names.filter((name) => name !== "指标" && name !== "评估记录")).toEqual([]);
      const block = run.value.plan.block.area;
      expect(standIn.values("指标", `L${block.top + 1}:L${block.bottom + 1}`).flat().every((value) => value === "")).toBe(true);
    });

    it("writes a text that looks like a formula as text", async () => {
      const { standIn, host } = doorOver(2);
      const plan = syntheticPlan(2);
      plan.block.blocks[0]?.values[0]?.splice(0, 1, "=HYPERLINK(\"x\")");
      await host.applyPlan(plan);
      const block = plan.block.blocks[0];
      if (!block) throw new Error("no block");
      const cell = standIn.sheet(plan.block.sheet).cells.get(`${block.top},${block.left}`);
      expect(cell).toMatchObject({ value: "=HYPERLINK(\"x\")", numberFormat: "@" });
      expect(cell?.formula).toBeUndefined();
    });
  });

  describe("reading", () => {
    it("reads a number under a percent format as the user sees it, and marks a formula whose result is empty", async () => {
      const standIn = createWpsStandIn([{ name: "表", values: [["名称", "值", "公式"], ["增速", 0.035, null]], numberFormat: [[null, null, null], [null, "0.0%", null]] }]);
      const cell = standIn.sheet("表").cells;
      cell.set("1,2", { value: null, formula: "=IF(B2>1,1,\"\")", numberFormat: "General", style: {} });
      const grid = await new WpsHost(standIn.port).readGrid("表");
      expect(grid.values).toEqual([["名称", "值", "公式"], ["增速", "3.5%", null]]);
      expect(grid.marks).toEqual([{ row: 1, column: 2, kind: "formula" }]);
    });

    it("reads an error WPS hands over as its COM code as the error's text, as Office.js reads it", async () => {
      const standIn = createWpsStandIn([{ name: "表", values: [["名称", "2023年"], ["增速", null]] }]);
      standIn.sheet("表").cells.set("1,1", { value: -2146826246, formula: "=NA()", numberFormat: "General", style: {} });
      expect((await new WpsHost(standIn.port).readGrid("表")).values).toEqual([["名称", "2023年"], ["增速", "#N/A"]]);
    });

    it("refuses a sheet that is not there, in Chinese", async () => {
      const { host } = doorOver(2);
      const error = await failureOf(host.readGrid("表9"));
      expect((error as WpsDoorError).problem.message).toContain("未找到工作表「表9」");
    });
  });

  describe("新增填报期", () => {
    const plan = { sheet: "指标", headerRow: 1, column: 11, header: "2023年", dataRows: { top: 2, left: 11, bottom: 41, right: 11 } };

    it("writes the header as text, a decimal validation that warns and a highlight while empty", async () => {
      const { standIn, host } = doorOver(40);
      await host.addPeriodColumn(plan);
      const sheet = standIn.sheet("指标");
      expect(standIn.values("指标", "L2")).toEqual([["2023年"]]);
      expect(standIn.numberFormat("指标", "L2")).toBe("@");
      expect(sheet.validations).toEqual([expect.objectContaining({ type: 2, alertStyle: 2, range: plan.dataRows, title: "请填写数值" })]);
      // Relative to the active cell (A1), as WPS reads an expression rule's references.
      expect(sheet.rules).toEqual([expect.objectContaining({ type: 2, range: plan.dataRows, formula1: "=LEN(TRIM(A1))=0" })]);
    });

    it("refuses a column that holds something and leaves it as it was", async () => {
      const { standIn, host } = doorOver(40);
      const error = await failureOf(host.addPeriodColumn({ ...plan, column: 2 }));
      expect((error as WpsDoorError).code).toBe("wps.period_column_taken");
      expect(standIn.sheet("指标").validations).toEqual([]);
    });
  });
});

describe("the WPS stand-in", () => {
  it("fails on a member it does not implement, on a 0-based Item and on rows that do not fit the range", () => {
    const { standIn } = doorOver(2);
    const sheet = standIn.port.Application.ActiveWorkbook?.Worksheets.Item(1);
    if (!sheet) throw new Error("no sheet");
    expect(() => (sheet as unknown as { Cells2: unknown }).Cells2).toThrow(WpsStandInError);
    expect(() => sheet.Cells.Item(0, 1)).toThrow(/1-based/u);
    expect(() => {
      sheet.Range("A1:B2").Value2 = [[1, 2]];
    }).toThrow(/do not match/u);
    expect(() => sheet.Delete()).toThrow(/DisplayAlerts/u);
    expect(() => {
      sheet.Range("A1").Interior.Color = "#FF0000" as unknown as number;
    }).toThrow(/BGR/u);
  });
});
