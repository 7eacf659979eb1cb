/**
 * The task pane's controller: holds the pane's state (the sheet, the table found, the user's
 * choices), renders the cards from it and runs the actions — 一键生成评估表 (in `app-run.ts`),
 * 新增填报期, 清除评估结果 — through a {@link Workspace}. Edited choices are saved in the workbook
 * shortly after the last edit. Every failure ends as a message in the user's language; nothing
 * thrown reaches the page.
 */
import { isValidPlan, timeProgress } from "../core/period";
import { defaultSettings } from "../core/settings";
import type { Plan } from "../core/types";
import type { TaskpaneText } from "../i18n/taskpane";
import { columnLetters } from "../workbook/address";
import { readIndicators } from "../workbook/read";
import type { CellRange, ColumnRole } from "../workbook/types";
import { assessInPane } from "./app-run";
import { defaultChoices } from "../app/choices";
import { openingSheet } from "../app/saved-state";
import { button, messageBar, progress, type MessageKind } from "./controls";
import { h, replaceChildren } from "./dom";
import { explainError } from "../app/errors";
import { assignRole, mappingRows, periodsInTimeOrder } from "./mapping-view";
import { evaluationPeriod, latestWithData, periodChoices } from "./periods-view";
import { formatPlan, parsePlanText } from "./plan-text";
import { renderMappingCard, renderPeriodCard, renderTableCard, type PeriodCard } from "./render-sections";
import { renderSettings } from "./render-settings";
import { readSettingsForm, settingsToForm, type SettingsForm } from "./settings-form";
import type { Detection, Workspace } from "../app/workspace";

/** What the pane needs from its page. */
export interface PaneOptions {
  workspace: Workspace;
  text: TaskpaneText;
  /** A message that stops the pane before it starts (Excel too old), or null. */
  blocked: string | null;
  /** Copies text to the clipboard; false when the clipboard is not available. */
  copy(text: string): Promise<boolean>;
  /** Delay before saving edited choices, so typing saves once (default 600 ms). */
  saveDelay?: number;
}

/**
 * Builds the pane inside `root` and detects the table on the active sheet (or the saved one).
 * @example await mountPane(document.getElementById("app"), { workspace, text: taskpaneZhCN, blocked: null, copy })
 */
export async function mountPane(root: HTMLElement, options: PaneOptions): Promise<void> {
  const { workspace, text } = options;
  const [messages, tableSlot, periodSlot, checksSlot, resultSlot, mappingSlot] = [0, 1, 2, 3, 4, 5].map(() => h("div"));
  messages?.setAttribute("data-testid", "messages");
  const bar = progress(text.progress.label);
  const actions = [
    button({ label: text.actions.assess, look: "primary", large: true, id: "assess", onClick: () => void assessInPane(runContext, false) }),
    button({ label: text.actions.addPeriod, id: "add-period", onClick: () => void guard(addPeriod) }),
    button({ label: text.actions.clear, id: "clear", onClick: () => void guard(clear) }),
  ];
  const [assessButton, ...secondary] = actions;
  replaceChildren(root, [
    h("header", { class: "pane-header" }, h("h1", { class: "pane-title" }, text.appTitle), h("p", { class: "pane-subtitle" }, text.appSubtitle)),
    messages,
    tableSlot,
    periodSlot,
    h("section", { class: "card", "aria-label": text.actions.assess, "data-testid": "actions" }, assessButton, bar.element, h("div", { class: "button-row" }, ...secondary)),
    checksSlot,
    resultSlot,
    mappingSlot,
  ]);
  if (!messages || !tableSlot || !periodSlot || !checksSlot || !resultSlot || !mappingSlot) return;

  const state = {
    sheets: [] as string[],
    sheet: "",
    area: undefined as CellRange | undefined,
    detection: null as Detection | null,
    choices: defaultChoices(),
    form: settingsToForm(defaultSettings, 0.5) as SettingsForm,
    planText: "",
    /** Whether the user has typed in 规划期 (then a new detection leaves the text alone). */
    planEdited: false,
    acknowledged: null as string | null,
    advancedOpen: false,
  };
  let periodCard: PeriodCard | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  function say(kind: MessageKind, message: string): void {
    replaceChildren(messages!, [messageBar({ kind, text: message, dismissLabel: text.errors.dismiss, onDismiss: () => replaceChildren(messages!, []) })]);
  }
  async function guard(action: () => Promise<void>): Promise<void> {
    root.setAttribute("aria-busy", "true");
    for (const control of actions) control.disabled = true;
    try {
      await action();
    } catch (error) {
      console.error(error);
      say("error", explainError(error, text));
    } finally {
      root.setAttribute("aria-busy", "false");
      for (const control of actions) control.disabled = false;
      bar.hide();
    }
  }

  function scheduleSave(): void {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      void workspace.saveChoices({ ...state.choices, sheet: state.sheet }).catch((error: unknown) => {
        console.error(error);
        say("error", explainError(error, text));
      });
    }, options.saveDelay ?? 600);
  }

  const plan = (): Plan | null => state.choices.plan ?? state.detection?.mapping.plan ?? null;
  function progressHint(): string | null {
    const current = plan();
    const detection = state.detection;
    if (!detection || !current || !isValidPlan(current)) return null;
    const period = evaluationPeriod(detection.mapping.periods, detection.inputs, state.choices.period);
    return period ? text.period.timeProgress(timeProgress(current, period)) : null;
  }

  function renderTable(status: string | null): void {
    const handlers = {
      chooseSheet: (name: string) => void guard(async () => void (await detect(name))),
      useSelection: () => void guard(useSelection),
      redetect: () => void guard(async () => void (await detect(state.sheet, state.area))),
    };
    replaceChildren(tableSlot!, [renderTableCard({ sheets: state.sheets, sheet: state.sheet, status }, text, handlers)]);
    const detection = state.detection;
    replaceChildren(mappingSlot!, detection ? [renderMappingCard(mappingRows(detection.mapping), text, changeRole)] : []);
  }
  const tableStatus = (detection: Detection): string =>
    text.table.found(detection.sheet, detection.mapping.firstRow + 1, detection.mapping.lastRow + 1, detection.inputs.length);

  function renderPeriods(): void {
    const periods = state.detection ? periodsInTimeOrder(state.detection.mapping) : [];
    const inputs = state.detection?.inputs ?? [];
    const settings = renderSettings(state.form, text, changeForm, resetForm, state.advancedOpen);
    settings.element.addEventListener("toggle", () => {
      state.advancedOpen = settings.element.open;
    });
    const reading = readSettingsForm(state.form, state.choices.settings);
    settings.showErrors(reading.ok ? {} : reading.errors);
    const chosen = evaluationPeriod(periods, inputs, state.choices.period);
    const view = { planText: state.planText, periodChoices: periodChoices(periods, inputs, text), period: chosen?.code ?? null, progressHint: progressHint() };
    periodCard = renderPeriodCard(view, text, { changePlan, choosePeriod }, settings.element);
    if (state.planText !== "" && !parsePlanText(state.planText)) periodCard.plan.setError(text.period.planInvalid);
    else if (state.planText === "" && state.detection) periodCard.plan.setError(text.period.planMissing);
    replaceChildren(periodSlot!, [periodCard.element]);
  }

  /**
   * Finds the table on a sheet (inside `area` when given) and shows it; false when none is found.
   * When Excel refuses the read, the pane keeps showing what it showed before.
   */
  async function detect(sheet: string, area?: CellRange): Promise<boolean> {
    const before = { sheet: state.sheet, area: state.area };
    state.sheet = sheet;
    state.area = area;
    renderTable(text.table.detecting);
    let found;
    try {
      found = await workspace.detect(sheet, state.choices.corrections, area);
    } catch (error) {
      Object.assign(state, before);
      renderTable(state.detection ? tableStatus(state.detection) : null);
      throw error;
    }
    state.detection = found.ok ? found.value : null;
    const current = plan();
    if (!state.planEdited) state.planText = current ? formatPlan(current) : "";
    renderTable(state.detection ? tableStatus(state.detection) : null);
    renderPeriods();
    if (!found.ok) say("warning", text.errors.noTable(sheet));
    return found.ok;
  }

  async function useSelection(): Promise<void> {
    const selected = await workspace.selection();
    if (!selected) say("warning", text.table.selectionHint);
    else if (await detect(selected.sheet, selected.range)) replaceChildren(messages!, []);
  }

  function changeRole(column: number, role: ColumnRole): void {
    const detection = state.detection;
    if (!detection) return;
    const change = assignRole(detection.mapping, column, role, text.mapping.edited);
    if (!change.ok) {
      say("warning", text.mapping.periodUnreadable(change.header));
      renderTable(tableStatus(detection));
      return;
    }
    const read = readIndicators(detection.grid, change.mapping);
    state.detection = { ...detection, mapping: change.mapping, inputs: read.indicators, problems: [...change.mapping.problems, ...read.problems] };
    const header = change.mapping.columns.find((entry) => entry.column === column)?.header ?? "";
    state.choices.corrections = [...state.choices.corrections.filter((entry) => entry.column !== column), { column, header, role }];
    renderTable(tableStatus(state.detection));
    mappingSlot!.querySelector<HTMLSelectElement>(`[data-column="${columnLetters(column)}"] select`)?.focus();
    renderPeriods();
    scheduleSave();
  }

  function changePlan(value: string): void {
    state.planText = value;
    state.planEdited = true;
    const typed = parsePlanText(value);
    periodCard?.plan.setError(typed ? null : value.trim() === "" ? text.period.planMissing : text.period.planInvalid);
    if (!typed) return;
    state.choices.plan = typed;
    periodCard?.setProgressHint(progressHint());
    scheduleSave();
  }

  function choosePeriod(code: string): void {
    const detection = state.detection;
    const latest = detection ? latestWithData(detection.mapping.periods, detection.inputs) : null;
    state.choices.period = code === latest?.code ? null : code;
    periodCard?.setProgressHint(progressHint());
    scheduleSave();
  }

  function changeForm(next: SettingsForm): void {
    state.form = next;
    const reading = readSettingsForm(next, state.choices.settings);
    if (!reading.ok) return;
    state.choices.settings = reading.settings;
    state.choices.jumpThreshold = reading.jumpThreshold;
    scheduleSave();
  }

  function resetForm(): void {
    const defaults = defaultChoices();
    state.choices.settings = defaults.settings;
    state.choices.jumpThreshold = defaults.jumpThreshold;
    state.form = settingsToForm(defaults.settings, defaults.jumpThreshold);
    state.advancedOpen = true;
    renderPeriods();
    scheduleSave();
  }

  async function addPeriod(): Promise<void> {
    if (!(await detect(state.sheet, state.area)) || !state.detection) return;
    const added = await workspace.addPeriod(state.detection);
    if (!added.ok) {
      say("warning", added.problem.message);
      return;
    }
    replaceChildren(resultSlot!, []);
    await detect(state.sheet, state.area);
    const note = text.newPeriod.added(added.value.header, columnLetters(added.value.column));
    say("success", added.value.clearedFirst ? `${note}${text.newPeriod.clearedFirst}` : note);
  }

  async function clear(): Promise<void> {
    await workspace.clear();
    replaceChildren(resultSlot!, []);
    replaceChildren(checksSlot!, []);
    await detect(state.sheet, state.area);
    say("success", text.clear.done);
  }

  const runContext = {
    workspace,
    text,
    bar,
    checksSlot,
    resultSlot,
    say,
    guard,
    state,
    plan,
    copy: options.copy,
    async refresh() {
      clearTimeout(saveTimer);
      return (await detect(state.sheet, state.area)) ? state.detection : null;
    },
    showSettings() {
      state.advancedOpen = true;
      renderPeriods();
    },
  };

  if (options.blocked) {
    for (const control of actions) control.disabled = true;
    say("error", options.blocked);
    root.setAttribute("aria-busy", "false");
    root.dataset.ready = "true";
    return;
  }
  await guard(async () => {
    const list = await workspace.sheets();
    state.choices = await workspace.loadChoices();
    state.form = settingsToForm(state.choices.settings, state.choices.jumpThreshold);
    state.sheets = list.names;
    await detect(openingSheet(list, state.choices));
  });
  root.dataset.ready = "true";
}
