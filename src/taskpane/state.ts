/**
 * The task pane's state and how events change it, with no DOM: the sheet, the table found on it,
 * the user's choices as they stand, the 高级设置 form as typed and what the user has already
 * confirmed. `update` is the only way the state changes; the questions the cards and the run ask
 * of it (the plan in force, the time progress, what stops a run) are plain functions beside it.
 */
import { isValidPlan, timeProgress } from "../core/period";
import { defaultSettings } from "../core/settings";
import type { Plan } from "../core/types";
import { readIndicators } from "../workbook/read";
import type { CellRange, ColumnRole, TableMapping } from "../workbook/types";
import { defaultChoices } from "../app/choices";
import { evaluationPeriod, latestWithData } from "./periods-view";
import { formatPlan, parsePlanText } from "./plan-text";
import { readSettingsForm, settingsToForm, type SettingsForm } from "./settings-form";
import type { Detection, PaneChoices } from "../app/workspace";

/** Everything the pane knows between two events. */
export interface PaneState {
  sheets: readonly string[];
  sheet: string;
  /** The range the table is looked for in (使用选中区域), or the whole sheet. */
  area: CellRange | undefined;
  detection: Detection | null;
  choices: PaneChoices;
  form: SettingsForm;
  /** 规划期 as shown in its field. */
  planText: string;
  /** Whether the user has typed in 规划期 (then a new detection leaves the text alone). */
  planEdited: boolean;
  /** The values to check the user has seen and chosen to go on with (their fingerprint). */
  acknowledged: string | null;
  advancedOpen: boolean;
  /** 加载项自检: whether it is running, and the last report as text. */
  selfTest: { running: boolean; report: string | null };
}

/** What can happen to the pane. */
export type PaneEvent =
  | { type: "opened"; sheets: readonly string[]; choices: PaneChoices }
  /** The sheet (and range) the table is looked for in; set back to the one before when a read fails. */
  | { type: "sheetChosen"; sheet: string; area: CellRange | undefined }
  | { type: "detected"; detection: Detection | null }
  | { type: "mappingEdited"; column: number; role: ColumnRole; mapping: TableMapping }
  | { type: "planTyped"; text: string }
  | { type: "periodChosen"; code: string }
  | { type: "formEdited"; form: SettingsForm }
  | { type: "formReset" }
  | { type: "advancedToggled"; open: boolean }
  | { type: "checksAcknowledged"; fingerprint: string }
  | { type: "selfTestStarted" }
  | { type: "selfTestFinished"; report: string };

/**
 * The state of a pane that has read nothing yet.
 * @example initialState().detection //=> null
 */
export function initialState(): PaneState {
  return {
    sheets: [],
    sheet: "",
    area: undefined,
    detection: null,
    choices: defaultChoices(),
    form: settingsToForm(defaultSettings, defaultChoices().jumpThreshold),
    planText: "",
    planEdited: false,
    acknowledged: null,
    advancedOpen: false,
    selfTest: { running: false, report: null },
  };
}

/**
 * The state after an event; the state given is left as it was.
 * @example update(initialState(), { type: "advancedToggled", open: true }).advancedOpen //=> true
 */
export function update(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "opened":
      return opened(state, event.sheets, event.choices);
    case "sheetChosen":
      return { ...state, sheet: event.sheet, area: event.area };
    case "detected":
      return detected(state, event.detection);
    case "mappingEdited":
      return mappingEdited(state, event);
    case "planTyped":
      return planTyped(state, event.text);
    case "periodChosen":
      return periodChosen(state, event.code);
    case "formEdited":
      return formEdited(state, event.form);
    case "formReset":
      return formReset(state);
    case "advancedToggled":
      return { ...state, advancedOpen: event.open };
    case "checksAcknowledged":
      return { ...state, acknowledged: event.fingerprint };
    case "selfTestStarted":
      return { ...state, advancedOpen: true, selfTest: { running: true, report: state.selfTest.report } };
    case "selfTestFinished":
      return { ...state, selfTest: { running: false, report: event.report } };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/** The saved choices loaded, the form filled from them, the sheet to detect on chosen. */
function opened(state: PaneState, sheets: readonly string[], choices: PaneChoices): PaneState {
  return { ...state, sheets, choices, form: settingsToForm(choices.settings, choices.jumpThreshold) };
}

/** A detection shown: the plan text follows the table unless the user typed one. */
function detected(state: PaneState, detection: Detection | null): PaneState {
  const next = { ...state, detection };
  if (state.planEdited) return next;
  const plan = planInForce(next);
  return { ...next, planText: plan ? formatPlan(plan) : "" };
}

/** A column given another role: the indicators read again, the correction kept by its header. */
function mappingEdited(state: PaneState, event: { column: number; role: ColumnRole; mapping: TableMapping }): PaneState {
  const detection = state.detection;
  if (!detection) return state;
  const { column, role, mapping } = event;
  const read = readIndicators(detection.grid, mapping);
  const header = mapping.columns.find((entry) => entry.column === column)?.header ?? "";
  const corrections = [...state.choices.corrections.filter((entry) => entry.column !== column), { column, header, role }];
  return {
    ...state,
    detection: { ...detection, mapping, inputs: read.indicators, problems: [...mapping.problems, ...read.problems] },
    choices: { ...state.choices, corrections },
  };
}

/** 规划期 typed: the text kept as typed, the plan taken when it reads. */
function planTyped(state: PaneState, text: string): PaneState {
  const typed = parsePlanText(text);
  const next = { ...state, planText: text, planEdited: true };
  return typed ? { ...next, choices: { ...state.choices, plan: typed } } : next;
}

/** 评估期 chosen: the latest period with data is saved as “latest”, so later runs follow new data. */
function periodChosen(state: PaneState, code: string): PaneState {
  const detection = state.detection;
  const latest = detection ? latestWithData(detection.mapping.periods, detection.inputs) : null;
  return { ...state, choices: { ...state.choices, period: code === latest?.code ? null : code } };
}

/** 高级设置 edited: the form kept as typed, the settings taken when every field reads. */
function formEdited(state: PaneState, form: SettingsForm): PaneState {
  const reading = readSettingsForm(form, state.choices.settings);
  if (!reading.ok) return { ...state, form };
  const { settings, jumpThreshold } = reading.value;
  return { ...state, form, choices: { ...state.choices, settings, jumpThreshold } };
}

/** 恢复默认: default settings and jump threshold, the section left open. */
function formReset(state: PaneState): PaneState {
  const { settings, jumpThreshold } = defaultChoices();
  const form = settingsToForm(settings, jumpThreshold);
  return { ...state, form, advancedOpen: true, choices: { ...state.choices, settings, jumpThreshold } };
}

/**
 * The plan in force: the one typed, else the one read from the headers.
 * @example planInForce({ ...initialState(), choices: { ...defaultChoices(), plan: { baseYear: 2020, targetYear: 2025 } } })
 * //=> { baseYear: 2020, targetYear: 2025 }
 */
export function planInForce(state: PaneState): Plan | null {
  return state.choices.plan ?? state.detection?.mapping.plan ?? null;
}

/** What is wrong with 规划期 as shown: nothing, empty, or not two years in order. */
export type PlanProblem = "planMissing" | "planInvalid";

/**
 * The problem of 规划期 as the card shows it after a detection: unreadable text, or no text for a
 * table found.
 * @example planProblem({ ...initialState(), planText: "2025" }) //=> "planInvalid"
 */
export function planProblem(state: PaneState): PlanProblem | null {
  if (state.planText !== "" && !parsePlanText(state.planText)) return "planInvalid";
  if (state.planText === "" && state.detection) return "planMissing";
  return null;
}

/**
 * The problem of 规划期 while it is typed: empty, or not two years in order.
 * @example typedPlanProblem(" ") //=> "planMissing"
 */
export function typedPlanProblem(text: string): PlanProblem | null {
  if (parsePlanText(text)) return null;
  return text.trim() === "" ? "planMissing" : "planInvalid";
}

/**
 * The time progress of the evaluation period in force, when a valid plan and a period are known.
 * @example progressShare(initialState()) //=> null
 */
export function progressShare(state: PaneState): number | null {
  const plan = planInForce(state);
  const detection = state.detection;
  if (!detection || !plan || !isValidPlan(plan)) return null;
  const period = evaluationPeriod(detection.mapping.periods, detection.inputs, state.choices.period);
  return period ? timeProgress(plan, period) : null;
}

/** Why a run cannot start: no valid plan, no period column, or 高级设置 to correct. */
export type RunBlocker = "noPlan" | "noPeriods" | "settings";

/**
 * What stops a run on a detection, or null when it may go.
 * @example runBlocker(initialState(), detection) //=> "noPlan"
 */
export function runBlocker(state: PaneState, detection: Detection): RunBlocker | null {
  const plan = planInForce(state);
  if (!plan || !isValidPlan(plan) || (state.planText !== "" && !parsePlanText(state.planText))) return "noPlan";
  if (detection.mapping.periods.length === 0) return "noPeriods";
  if (!readSettingsForm(state.form, state.choices.settings).ok) return "settings";
  return null;
}

/**
 * The choices saved in the workbook as the user leaves them: the state's, on the sheet shown.
 * @example savedChoices({ ...initialState(), sheet: "主要指标" }).sheet //=> "主要指标"
 */
export function savedChoices(state: PaneState): PaneChoices {
  return { ...state.choices, sheet: state.sheet };
}

/**
 * The choices a run uses: the state's, on the sheet shown, with the plan in force.
 * @example runChoices(initialState(), "主要指标").sheet //=> "主要指标"
 */
export function runChoices(state: PaneState, sheet: string): PaneChoices {
  return { ...state.choices, sheet, plan: planInForce(state) };
}
