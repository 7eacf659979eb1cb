/**
 * The task pane's controller: holds the pane's state (the sheet, the table found, the user's
 * choices), renders the cards from it and runs the actions — 一键生成评估表, 新增填报期,
 * 清除评估结果 — through a {@link Workspace}. Every failure ends as a message in the user's
 * language; nothing thrown reaches the page.
 */
import { formatPeriod, isValidPlan, timeProgress } from "../core/period";
import { defaultSettings } from "../core/settings";
import type { TaskpaneText } from "../i18n/taskpane";
import { columnLetters } from "../workbook/address";
import { readIndicators } from "../workbook/read";
import type { ColumnRole } from "../workbook/types";
import { suspectValues } from "./checks";
import { button, messageBar, progress, type MessageKind } from "./controls";
import { h, replaceChildren } from "./dom";
import { explainError } from "./errors";
import { assignRole, mappingRows, periodsInTimeOrder } from "./mapping-view";
import { evaluationPeriod, latestWithData, periodChoices } from "./periods-view";
import { formatPlan, parsePlanText } from "./plan-text";
import { renderChecks, renderResult } from "./render-result";
import { renderPeriodCard, renderTableCard, type PeriodCard } from "./render-sections";
import { renderSettings } from "./render-settings";
import { resultCard } from "./result-view";
import { readSettingsForm, settingsToForm, type SettingsForm } from "./settings-form";
import type { Detection, PaneChoices, RunProgress, Workspace } from "./workspace";

/** What the pane needs from its page. */
export interface PaneOptions {
  workspace: Workspace;
  text: TaskpaneText;
  /** A message that stops the pane before it starts (Excel too old), or null. */
  blocked: string | null;
  /** Copies text to the clipboard; false when the clipboard is not available. */
  copy(text: string): Promise<boolean>;
  /** Delay before saving edited choices, so typing saves once. */
  saveDelay?: number;
}

/** How long the pane waits after the last edit before saving the choices. */
const SAVE_DELAY = 600;

/**
 * Builds the pane inside `root` and detects the table on the active sheet.
 * @example await mountPane(document.getElementById("app"), { workspace, text: taskpaneZhCN, blocked: null, copy })
 */
export async function mountPane(root: HTMLElement, options: PaneOptions): Promise<void> {
  const { workspace, text } = options;
  const messages = h("div", { class: "messages", "data-testid": "messages" });
  const tableSlot = h("div");
  const periodSlot = h("div");
  const checksSlot = h("div");
  const resultSlot = h("div");
  const bar = progress(text.progress.label);
  const actionButtons = [
    button({ label: text.actions.assess, look: "primary", large: true, id: "assess", onClick: () => void assess(false) }),
    button({ label: text.actions.addPeriod, id: "add-period", onClick: () => void addPeriod() }),
    button({ label: text.actions.clear, id: "clear", onClick: () => void clear() }),
  ];
  const [assessButton, ...secondary] = actionButtons;
  replaceChildren(root, [
    h("header", { class: "pane-header" }, h("h1", { class: "pane-title" }, text.appTitle), h("p", { class: "pane-subtitle" }, text.appSubtitle)),
    messages,
    tableSlot,
    periodSlot,
    h("section", { class: "card", "aria-label": text.actions.assess, "data-testid": "actions" }, assessButton ?? null, bar.element, h("div", { class: "button-row" }, ...secondary)),
    checksSlot,
    resultSlot,
  ]);

  let sheets: string[] = [];
  let sheet = "";
  let detection: Detection | null = null;
  let choices: PaneChoices = { sheet: null, plan: null, period: null, settings: { ...defaultSettings }, jumpThreshold: 0.5, corrections: [] };
  let form: SettingsForm = settingsToForm(choices.settings, choices.jumpThreshold);
  let planText = "";
  let acknowledged: string | null = null;
  let periodCard: PeriodCard | null = null;
  let advancedOpen = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const say = (kind: MessageKind, message: string): void => {
    replaceChildren(messages, [messageBar({ kind, text: message, dismissLabel: text.errors.dismiss, onDismiss: () => replaceChildren(messages, []) })]);
  };
  const setBusy = (busy: boolean): void => {
    root.setAttribute("aria-busy", String(busy));
    for (const control of actionButtons) control.disabled = busy;
  };
  /** Runs an action, turning anything thrown into a message in the user's language. */
  const guard = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      console.error(error);
      say("error", explainError(error, text));
    } finally {
      setBusy(false);
      bar.hide();
    }
  };

  const scheduleSave = (): void => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void flushSave(), options.saveDelay ?? SAVE_DELAY);
  };
  const flushSave = async (): Promise<void> => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    try {
      await workspace.saveChoices({ ...choices, sheet });
    } catch (error) {
      console.error(error);
      say("error", explainError(error, text));
    }
  };

  const currentPlan = () => choices.plan ?? detection?.mapping.plan ?? null;
  const progressHint = (): string | null => {
    const plan = currentPlan();
    if (!detection || !plan || !isValidPlan(plan)) return null;
    const period = evaluationPeriod(detection.mapping.periods, detection.inputs, choices.period);
    return period ? text.period.timeProgress(timeProgress(plan, period)) : null;
  };

  const renderTable = (status: string | null): void => {
    const rows = detection ? mappingRows(detection.mapping) : null;
    replaceChildren(tableSlot, [
      renderTableCard({ sheets, sheet, status, rows }, text, {
        chooseSheet: (name) => void guard(() => detect(name)),
        useSelection: () => void guard(useSelection),
        redetect: () => void guard(() => detect(sheet)),
        changeRole,
      }),
    ]);
  };
  const tableStatus = (): string | null =>
    detection ? text.table.found(detection.sheet, detection.mapping.firstRow + 1, detection.mapping.lastRow + 1, detection.inputs.length) : null;

  const renderPeriods = (): void => {
    const periods = detection ? periodsInTimeOrder(detection.mapping) : [];
    const inputs = detection?.inputs ?? [];
    const chosen = evaluationPeriod(periods, inputs, choices.period);
    const settings = renderSettings(form, text, changeForm, resetForm, advancedOpen);
    settings.element.addEventListener("toggle", () => {
      advancedOpen = settings.element.open;
    });
    const reading = readSettingsForm(form, choices.settings);
    settings.showErrors(reading.ok ? {} : reading.errors);
    periodCard = renderPeriodCard(
      { planText, periodChoices: periodChoices(periods, inputs, text), period: chosen?.code ?? null, progressHint: progressHint() },
      text,
      { changePlan, choosePeriod },
      settings.element,
    );
    if (planText !== "" && !parsePlanText(planText)) periodCard.plan.setError(text.period.planInvalid);
    else if (planText === "" && detection) periodCard.plan.setError(text.period.planMissing);
    replaceChildren(periodSlot, [periodCard.element]);
  };

  async function detect(name: string, area?: { top: number; left: number; bottom: number; right: number }): Promise<void> {
    sheet = name;
    detection = null;
    replaceChildren(checksSlot, []);
    renderTable(text.table.detecting);
    const found = await workspace.detect(name, choices.corrections, area);
    if (!found.ok) {
      renderTable(null);
      renderPeriods();
      say("warning", text.errors.noTable(name));
      return;
    }
    detection = found.value;
    const plan = currentPlan();
    planText = plan ? formatPlan(plan) : "";
    renderTable(tableStatus());
    renderPeriods();
    replaceChildren(messages, []);
  }

  async function useSelection(): Promise<void> {
    const selected = await workspace.selection();
    if (!selected) {
      say("warning", text.table.selectionHint);
      return;
    }
    await detect(selected.sheet, selected.range);
  }

  function changeRole(column: number, role: ColumnRole): void {
    if (!detection) return;
    const change = assignRole(detection.mapping, column, role, text.mapping.edited);
    if (!change.ok) {
      say("warning", text.mapping.periodUnreadable(change.header));
      renderTable(tableStatus());
      return;
    }
    const read = readIndicators(detection.grid, change.mapping);
    detection = { ...detection, mapping: change.mapping, inputs: read.indicators, problems: [...change.mapping.problems, ...read.problems] };
    const header = change.mapping.columns.find((entry) => entry.column === column)?.header ?? "";
    choices.corrections = [...choices.corrections.filter((entry) => entry.column !== column), { column, header, role }];
    renderTable(tableStatus());
    tableSlot.querySelector<HTMLSelectElement>(`[data-column="${columnLetters(column)}"] select`)?.focus();
    renderPeriods();
    scheduleSave();
  }

  function changePlan(value: string): void {
    planText = value;
    const plan = parsePlanText(value);
    periodCard?.plan.setError(plan ? null : value.trim() === "" ? text.period.planMissing : text.period.planInvalid);
    if (!plan) return;
    choices.plan = plan;
    periodCard?.setProgressHint(progressHint());
    scheduleSave();
  }

  function choosePeriod(code: string): void {
    const latest = detection ? latestWithData(detection.mapping.periods, detection.inputs) : null;
    choices.period = code === latest?.code ? null : code;
    periodCard?.setProgressHint(progressHint());
    scheduleSave();
  }

  function changeForm(next: SettingsForm): void {
    form = next;
    const reading = readSettingsForm(form, choices.settings);
    if (!reading.ok) return;
    choices.settings = reading.settings;
    choices.jumpThreshold = reading.jumpThreshold;
    scheduleSave();
  }

  function resetForm(): void {
    choices.settings = { ...defaultSettings, labels: { ...defaultSettings.labels } };
    choices.jumpThreshold = 0.5;
    form = settingsToForm(choices.settings, choices.jumpThreshold);
    advancedOpen = true;
    renderPeriods();
    scheduleSave();
  }

  /** Whether the pane's inputs allow a run; says what to correct when not. */
  const readyToRun = (): Detection | null => {
    if (!detection) {
      say("warning", text.errors.noTable(sheet));
      return null;
    }
    const plan = currentPlan();
    if (!plan || !isValidPlan(plan) || (planText !== "" && !parsePlanText(planText))) {
      say("warning", text.errors.noPlan);
      periodCard?.plan.input.focus();
      return null;
    }
    if (detection.mapping.periods.length === 0) {
      say("warning", text.errors.noPeriods);
      return null;
    }
    const reading = readSettingsForm(form, choices.settings);
    if (!reading.ok) {
      advancedOpen = true;
      renderPeriods();
      say("warning", text.advanced.notNumber);
      return null;
    }
    return detection;
  };

  async function assess(confirmed: boolean): Promise<void> {
    const ready = readyToRun();
    if (!ready) return;
    const suspects = suspectValues(ready.inputs, choices.jumpThreshold);
    const fingerprint = JSON.stringify(suspects);
    if (suspects.length > 0 && !confirmed && fingerprint !== acknowledged) {
      replaceChildren(resultSlot, []);
      const card = renderChecks(suspects, text, {
        locate: (ref) => void guard(() => workspace.select(ready.sheet, ref)),
        proceed: () => {
          acknowledged = fingerprint;
          replaceChildren(checksSlot, []);
          void assess(true);
        },
        back: () => replaceChildren(checksSlot, []),
      });
      replaceChildren(checksSlot, [card]);
      card.querySelector("h2")?.setAttribute("tabindex", "-1");
      card.querySelector<HTMLElement>("h2")?.focus();
      return;
    }
    await guard(async () => {
      replaceChildren(checksSlot, []);
      clearTimeout(saveTimer);
      const onProgress = (step: RunProgress): void => bar.set(step.share, progressText(step, text));
      bar.set(0, text.progress.reading);
      const outcome = await workspace.assess(ready, { ...choices, sheet: ready.sheet, plan: currentPlan() }, onProgress);
      if (!outcome.ok) {
        say("error", outcome.problem.message);
        return;
      }
      const { assessment, inputs, problems } = outcome.value;
      const card = resultCard(assessment, inputs, problems, text);
      const periodLabel = assessment.period ? formatPeriod(assessment.period) : text.result.noAverage;
      const element = renderResult(card, periodLabel, text, {
        locate: (ref) => void guard(() => workspace.select(ready.sheet, ref)),
        copy: (paragraph) => void copyParagraph(paragraph),
      });
      replaceChildren(resultSlot, [element]);
      say("success", text.result.written);
      const heading = element.querySelector<HTMLElement>("h2");
      heading?.setAttribute("tabindex", "-1");
      heading?.focus();
      element.scrollIntoView?.({ block: "start" });
    });
  }

  async function copyParagraph(paragraph: string): Promise<void> {
    if (await options.copy(paragraph)) say("success", text.result.copied);
    else say("warning", text.result.copyFailed);
  }

  async function addPeriod(): Promise<void> {
    const ready = detection;
    if (!ready) {
      say("warning", text.errors.noTable(sheet));
      return;
    }
    await guard(async () => {
      const added = await workspace.addPeriod(ready);
      if (!added.ok) {
        say("warning", added.problem.message);
        return;
      }
      await detect(ready.sheet);
      say("success", text.newPeriod.added(added.value.header, columnLetters(added.value.column)));
    });
  }

  async function clear(): Promise<void> {
    await guard(async () => {
      await workspace.clear();
      replaceChildren(resultSlot, []);
      replaceChildren(checksSlot, []);
      if (detection) await detect(detection.sheet);
      say("success", text.clear.done);
    });
  }

  if (options.blocked) {
    setBusy(true);
    say("error", options.blocked);
    root.setAttribute("aria-busy", "false");
    return;
  }
  await guard(async () => {
    const list = await workspace.sheets();
    choices = await workspace.loadChoices();
    form = settingsToForm(choices.settings, choices.jumpThreshold);
    sheets = list.names;
    const start = choices.sheet && list.names.includes(choices.sheet) ? choices.sheet : list.active;
    await detect(start);
  });
  root.dataset.ready = "true";
}

/**
 * The progress line of a run step.
 * @example progressText({ step: "writing", share: 0.6 }, taskpaneZhCN) //=> "正在写入评估结果…"
 */
export function progressText(progress: RunProgress, text: TaskpaneText): string {
  switch (progress.step) {
    case "reading":
      return text.progress.reading;
    case "assessing":
      return text.progress.assessing;
    case "writing":
      return text.progress.writing;
    case "saving":
      return text.progress.saving;
    default: {
      const unexpected: never = progress.step;
      return unexpected;
    }
  }
}
