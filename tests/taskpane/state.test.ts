import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/period";
import { defaultSettings } from "../../src/core/settings";
import type { IndicatorInput, Period } from "../../src/core/types";
import { defaultChoices } from "../../src/app/choices";
import { assignRole } from "../../src/taskpane/mapping-view";
import { settingsToForm } from "../../src/taskpane/settings-form";
import {
  initialState,
  planInForce,
  planProblem,
  progressShare,
  runBlocker,
  runChoices,
  savedChoices,
  typedPlanProblem,
  update,
  type PaneState,
} from "../../src/taskpane/state";
import type { Detection } from "../../src/app/workspace";
import { keqiaoColumns, mappingOf } from "./table";

const period = (label: string): Period => parsePeriod(label)!;
const mapping = mappingOf([...keqiaoColumns, ["observation", "2021年"], ["observation", "2022年上半年"], ["other", "备注"]]);

/** One indicator with values in 2021 and 2022H1 (illustrative figures). */
const inputs: IndicatorInput[] = [
  {
    row: 3,
    name: "地区生产总值（亿元）",
    base: { raw: 1516.7 },
    target: { raw: 2200 },
    observations: [
      { period: period("2021年"), cell: { raw: 1780.5, ref: "F3" } },
      { period: period("2022年上半年"), cell: { raw: 905.6, ref: "G3" } },
    ],
  },
];

const detection: Detection = {
  sheet: "主要指标",
  grid: { sheet: "主要指标", top: 0, left: 0, values: [], merges: [] },
  mapping,
  inputs,
  problems: [],
  generatedArea: null,
};

/** A pane that has found the table. */
function found(state: PaneState = initialState()): PaneState {
  return update(update(state, { type: "sheetChosen", sheet: "主要指标", area: undefined }), { type: "detected", detection });
}

describe("update", () => {
  it("leaves the state it was given as it was", () => {
    const before = found();
    const copy = structuredClone({ ...before, detection: null });
    update(before, { type: "planTyped", text: "2026–2030" });
    update(before, { type: "formReset" });
    expect({ ...before, detection: null }).toEqual(copy);
  });

  it("fills the form from the choices a workbook had saved", () => {
    const choices = { ...defaultChoices(), jumpThreshold: 0.3, sheet: "主要指标" };
    const state = update(initialState(), { type: "opened", sheets: ["说明", "主要指标"], choices });
    expect(state.sheets).toEqual(["说明", "主要指标"]);
    expect(state.form.jumpThreshold).toBe("30");
  });

  it("writes the plan the table names into 规划期, until the user types one", () => {
    expect(found().planText).toBe("2021–2025");
    const typed = update(found(), { type: "planTyped", text: "2026-2030" });
    expect(found(typed).planText).toBe("2026-2030");
    expect(planInForce(typed)).toEqual({ baseYear: 2025, targetYear: 2030 });
  });

  it("keeps a plan that does not read as typed, and the plan in force as it was", () => {
    const typed = update(found(), { type: "planTyped", text: "2025" });
    expect(typed.planText).toBe("2025");
    expect(planInForce(typed)).toEqual({ baseYear: 2020, targetYear: 2025 });
    expect(planProblem(typed)).toBe("planInvalid");
  });

  it("saves the latest period with data as “latest”, and another one as itself", () => {
    expect(update(found(), { type: "periodChosen", code: "2022H1" }).choices.period).toBeNull();
    expect(update(found(), { type: "periodChosen", code: "2021" }).choices.period).toBe("2021");
  });

  it("reads the indicators again after a role is changed, and keeps the correction by its header", () => {
    const change = assignRole(mapping, 6, "other");
    if (!change.ok) throw new Error("the role should be given");
    const state = update(found(), { type: "mappingEdited", column: 6, role: "other", mapping: change.value });
    expect(state.detection?.mapping.periods.map((p) => p.code)).toEqual(["2021"]);
    expect(state.choices.corrections).toEqual([{ column: 6, header: "2022年上半年", role: "other" }]);
  });

  it("takes settings from the form only when every field reads", () => {
    const form = { ...settingsToForm(defaultSettings, 0.5), tolerance: "2" };
    expect(update(found(), { type: "formEdited", form }).choices.settings.tolerance).toBe(0.02);
    const wrong = update(found(), { type: "formEdited", form: { ...form, tolerance: "两个点" } });
    expect(wrong.form.tolerance).toBe("两个点");
    expect(wrong.choices.settings.tolerance).toBe(defaultSettings.tolerance);
    expect(runBlocker(wrong, detection)).toBe("settings");
  });

  it("puts the defaults back on 恢复默认 and leaves 高级设置 open", () => {
    const edited = update(found(), { type: "formEdited", form: { ...settingsToForm(defaultSettings, 0.5), jumpThreshold: "30" } });
    const reset = update(edited, { type: "formReset" });
    expect(reset.choices.jumpThreshold).toBe(0.5);
    expect(reset.form.jumpThreshold).toBe("50");
    expect(reset.advancedOpen).toBe(true);
  });
});

describe("questions of the state", () => {
  it("gives the time progress of the period in force", () => {
    expect(progressShare(found())).toBeCloseTo(0.3);
    expect(progressShare(initialState())).toBeNull();
  });

  it("lets a run go on a table with a plan and a period", () => {
    expect(runBlocker(found(), detection)).toBeNull();
    expect(runBlocker(found(), { ...detection, mapping: { ...mapping, periods: [] } })).toBe("noPeriods");
    expect(runBlocker(initialState(), { ...detection, mapping: { ...mapping, plan: null } })).toBe("noPlan");
  });

  it("saves the sheet shown, and runs with the plan in force", () => {
    expect(savedChoices(found()).sheet).toBe("主要指标");
    expect(savedChoices(found()).plan).toBeNull();
    expect(runChoices(found(), "主要指标").plan).toEqual({ baseYear: 2020, targetYear: 2025 });
  });

  describe("edge cases", () => {
    it("says 规划期 is missing only once a table is found", () => {
      expect(planProblem(initialState())).toBeNull();
      expect(planProblem(update(initialState(), { type: "detected", detection: { ...detection, mapping: { ...mapping, plan: null } } }))).toBe(
        "planMissing",
      );
    });

    it("reads spaces typed in 规划期 as missing", () => {
      expect(typedPlanProblem("  ")).toBe("planMissing");
      expect(typedPlanProblem("２０２６–２０３０")).toBeNull();
    });

    it("ignores a role change while no table is shown", () => {
      const state = initialState();
      expect(update(state, { type: "mappingEdited", column: 0, role: "other", mapping })).toBe(state);
    });
  });
});

describe("加载项自检 in the state", () => {
  it("opens 高级设置 while it runs, keeps the last report until the new one, and shows it when done", () => {
    const started = update({ ...initialState(), selfTest: { running: false, report: "旧结果" } }, { type: "selfTestStarted" });
    expect(started.advancedOpen).toBe(true);
    expect(started.selfTest).toEqual({ running: true, report: "旧结果" });
    expect(update(started, { type: "selfTestFinished", report: "新结果" }).selfTest).toEqual({ running: false, report: "新结果" });
  });
});
