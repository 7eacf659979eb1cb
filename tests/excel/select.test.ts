import { afterEach, describe, expect, it } from "vitest";
import { readSelection, selectCell } from "../../src/excel/select";
import { createExcelStandIn, type ExcelStandIn } from "./standin";

let uninstall: (() => void) | null = null;

/** A stand-in installed as the global Excel, with two sheets. */
function installed(): ExcelStandIn {
  const standIn = createExcelStandIn([
    { name: "主要指标", values: [["序号", "指标"], [1, "地区生产总值"]] },
    { name: "说明", values: [["填报说明"]] },
  ]);
  uninstall = standIn.install();
  return standIn;
}

afterEach(() => {
  uninstall?.();
  uninstall = null;
});

describe("readSelection", () => {
  it("reads a single selected range", async () => {
    const standIn = installed();
    standIn.select({ sheet: "主要指标", addresses: ["A1:B2"] });
    expect(await readSelection()).toEqual({ sheet: "主要指标", range: { top: 0, left: 0, bottom: 1, right: 1 } });
  });

  it("takes the first area of a multi-area selection, where getSelectedRange would throw", async () => {
    const standIn = installed();
    standIn.select({ sheet: "主要指标", addresses: ["B2:C4", "E1"] });
    expect(await readSelection()).toEqual({ sheet: "主要指标", range: { top: 1, left: 1, bottom: 3, right: 2 } });
  });

  it("answers null when a chart is selected", async () => {
    const standIn = installed();
    standIn.select("chart");
    expect(await readSelection()).toBeNull();
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const standIn = installed();
    await selectCell("说明", "A1");
    standIn.resetCounters();
    expect(await readSelection()).toEqual({ sheet: "说明", range: { top: 0, left: 0, bottom: 0, right: 0 } });
  });
});
