/**
 * The task pane's controller: wires the cards' DOM events to the state module (`state.ts`) and to
 * the {@link Workspace}, and renders the cards whose state changed. The state changes only through
 * `update`; the cards are rendered by one function each (`render-*.ts`); the run itself
 * (一键生成评估表) is in `assess-action.ts`. Edited choices are saved in the workbook shortly after
 * the last edit. Every failure ends as a message in the user's language; nothing thrown reaches
 * the page.
 */
import { explainError } from "../app/errors";
import { openingSheet } from "../app/saved-state";
import type { Detection, Workspace } from "../app/workspace";
import type { TaskpaneText } from "../i18n/taskpane";
import { columnLetters } from "../workbook/address";
import type { CellRange, ColumnRole } from "../workbook/types";
import { assessInPane } from "./assess-action";
import type { MessageKind } from "./controls";
import { replaceChildren } from "./dom";
import { renderLayout, renderMessage, type PaneLayout } from "./layout";
import { assignRole, mappingRows } from "./mapping-view";
import { periodCardView, renderMappingCard, renderPeriodCard, renderTableCard, type PeriodCard } from "./render-sections";
import { renderSettings } from "./render-settings";
import { renderSelfTestCard } from "./render-selftest";
import { readSettingsForm, type SettingsForm } from "./settings-form";
import { initialState, planProblem, progressShare, savedChoices, typedPlanProblem, update, type PaneEvent, type PaneState } from "./state";

/** What the pane needs from its page. */
export interface PaneOptions {
  workspace: Workspace;
  text: TaskpaneText;
  /** A message that stops the pane before it starts (Excel too old), or null. */
  blocked: string | null;
  /** Copies text to the clipboard; false when the clipboard is not available. */
  copy(text: string): Promise<boolean>;
  /** Office's platform (`PC`, `OfficeOnline`, `Mac`, `iOS`): whether 导出报告 can save a file. */
  platform?: string | null;
  /** Delay before saving edited choices, so typing saves once (default 600 ms). */
  saveDelay?: number;
  /** 加载项自检: runs it and answers its report as text; without it the card is not shown. */
  selfTest?: () => Promise<string>;
}

/**
 * Builds the pane inside `root` and detects the table on the active sheet (or the saved one).
 * @example await startPane(document.getElementById("app"), { workspace, text: taskpaneZhCN, blocked: null, copy })
 */
export async function startPane(root: HTMLElement, options: PaneOptions): Promise<void> {
  await new PaneController(root, options).start();
}

/** The controller of one pane: its state, its frame, and the handlers of its cards. */
export class PaneController {
  state: PaneState = initialState();
  readonly layout: PaneLayout;
  readonly text: TaskpaneText;
  readonly workspace: Workspace;
  private periodCard: PeriodCard | null = null;
  private selfTestSlot: Element | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: HTMLElement,
    readonly options: PaneOptions,
  ) {
    this.text = options.text;
    this.workspace = options.workspace;
    this.layout = renderLayout(root, options.text, {
      assess: () => void assessInPane(this, false),
      addPeriod: () => void this.guard(() => this.addPeriod()),
      clear: () => void this.guard(() => this.clear()),
    });
  }

  /** Loads the saved choices and detects the table, or shows why the pane cannot start. */
  async start(): Promise<void> {
    if (this.options.blocked) {
      for (const control of this.layout.actions) control.disabled = true;
      this.say("error", this.options.blocked);
      this.root.setAttribute("aria-busy", "false");
      this.root.dataset.ready = "true";
      return;
    }
    await this.guard(async () => {
      const list = await this.workspace.sheets();
      this.dispatch({ type: "opened", sheets: list.names, choices: await this.workspace.loadChoices() });
      await this.detect(openingSheet(list, this.state.choices));
    });
    this.root.dataset.ready = "true";
  }

  /** Changes the state through `update`. */
  dispatch(event: PaneEvent): void {
    this.state = update(this.state, event);
  }

  /** Shows a message in the message line. */
  say(kind: MessageKind, message: string): void {
    renderMessage(this.layout.slots.messages, { kind, message }, this.text);
  }

  /** Runs an action with the buttons disabled, turning failures into messages. */
  async guard(action: () => Promise<void>): Promise<void> {
    this.root.setAttribute("aria-busy", "true");
    for (const control of this.layout.actions) control.disabled = true;
    try {
      await action();
    } catch (error) {
      console.error(error);
      this.say("error", explainError(error, this.text));
    } finally {
      this.root.setAttribute("aria-busy", "false");
      for (const control of this.layout.actions) control.disabled = false;
      this.layout.bar.hide();
    }
  }

  /** Saves the choices shortly after the last edit. */
  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      void this.workspace.saveChoices(savedChoices(this.state)).catch((error: unknown) => {
        console.error(error);
        this.say("error", explainError(error, this.text));
      });
    }, this.options.saveDelay ?? 600);
  }

  /** Reads the table again before a run (a pending save is left to the run's write). */
  async refresh(): Promise<Detection | null> {
    clearTimeout(this.saveTimer);
    return (await this.detect(this.state.sheet, this.state.area)) ? this.state.detection : null;
  }

  /** `已在工作表「…」第 3–38 行识别出 36 项指标。`, or null while nothing is found. */
  private tableStatus(): string | null {
    const detection = this.state.detection;
    if (!detection) return null;
    const { mapping, inputs } = detection;
    return this.text.table.found(detection.sheet, mapping.firstRow + 1, mapping.lastRow + 1, inputs.length);
  }

  /** Renders 指标表 with a status line, and 列识别结果 from the detection. */
  private renderTable(status: string | null): void {
    const handlers = {
      chooseSheet: (name: string) => void this.guard(async () => void (await this.detect(name))),
      useSelection: () => void this.guard(() => this.useSelection()),
      redetect: () => void this.guard(async () => void (await this.detect(this.state.sheet, this.state.area))),
    };
    const { sheets, sheet, detection } = this.state;
    replaceChildren(this.layout.slots.table, [renderTableCard({ sheets, sheet, status }, this.text, handlers)]);
    const changeRole = (column: number, role: ColumnRole): void => this.changeRole(column, role);
    const mapping = detection ? [renderMappingCard(mappingRows(detection.mapping, this.text), this.text, changeRole)] : [];
    replaceChildren(this.layout.slots.mapping, mapping);
  }

  /** Renders 规划期与评估期 with 高级设置 inside it. */
  renderPeriods(): void {
    const settings = renderSettings({
      form: this.state.form,
      text: this.text,
      open: this.state.advancedOpen,
      onChange: (form) => this.changeForm(form),
      onReset: () => this.resetForm(),
    });
    settings.element.addEventListener("toggle", () => this.dispatch({ type: "advancedToggled", open: settings.element.open }));
    this.selfTestSlot = settings.element.querySelector(".details-body");
    this.renderSelfTest();
    const reading = readSettingsForm(this.state.form, this.state.choices.settings);
    settings.showErrors(reading.ok ? {} : reading.problem);
    const handlers = { changePlan: (value: string) => this.changePlan(value), choosePeriod: (code: string) => this.choosePeriod(code) };
    const view = periodCardView(this.state, this.text);
    this.periodCard = renderPeriodCard({ view, text: this.text, handlers, advanced: settings.element });
    const problem = planProblem(this.state);
    if (problem) this.periodCard.plan.setError(this.text.period[problem]);
    replaceChildren(this.layout.slots.period, [this.periodCard.element]);
  }

  /** Renders 加载项自检 at the end of 高级设置, when the page can run it. */
  private renderSelfTest(): void {
    const run = this.options.selfTest;
    if (!run || !this.selfTestSlot) return;
    this.selfTestSlot.querySelector("[data-testid=self-test]")?.remove();
    const { running, report } = this.state.selfTest;
    const copy = (text: string) =>
      void this.options.copy(text).then((copied) => this.say(copied ? "success" : "warning", copied ? this.text.selfTest.copied : this.text.selfTest.copyFailed));
    const start = () => void this.runSelfTest(run);
    this.selfTestSlot.append(renderSelfTestCard({ text: this.text, running, report, onRun: start, onCopy: copy }));
  }

  /** Runs 加载项自检 and shows its report. */
  private async runSelfTest(run: () => Promise<string>): Promise<void> {
    this.dispatch({ type: "selfTestStarted" });
    this.renderSelfTest();
    const report = await run();
    this.dispatch({ type: "selfTestFinished", report });
    this.renderSelfTest();
  }

  /** `该期时序进度 50.0%` under the period drop-down, when a plan and period are known. */
  private showProgressHint(): void {
    const share = progressShare(this.state);
    this.periodCard?.setProgressHint(share === null ? null : this.text.period.timeProgress(share));
  }

  /**
   * Finds the table on a sheet (inside `area` when given) and shows it; false when none is found.
   * When Excel refuses the read, the pane keeps showing what it showed before.
   */
  async detect(sheet: string, area?: CellRange): Promise<boolean> {
    const before = { sheet: this.state.sheet, area: this.state.area };
    this.dispatch({ type: "sheetChosen", sheet, area });
    this.renderTable(this.text.table.detecting);
    let found;
    try {
      found = await this.workspace.detect(sheet, this.state.choices.corrections, area);
    } catch (error) {
      this.dispatch({ type: "sheetChosen", ...before });
      this.renderTable(this.tableStatus());
      throw error;
    }
    this.dispatch({ type: "detected", detection: found.ok ? found.value : null });
    this.renderTable(this.tableStatus());
    this.renderPeriods();
    if (!found.ok) this.say("warning", this.text.errors.noTable(sheet));
    return found.ok;
  }

  /** 使用选中区域: detects the table inside the user's selection. */
  private async useSelection(): Promise<void> {
    const selected = await this.workspace.selection();
    if (!selected) this.say("warning", this.text.table.selectionHint);
    else if (await this.detect(selected.sheet, selected.range)) replaceChildren(this.layout.slots.messages, []);
  }

  /** A role picked in 列识别结果: applied and saved, or refused with a message. */
  private changeRole(column: number, role: ColumnRole): void {
    const detection = this.state.detection;
    if (!detection) return;
    const change = assignRole(detection.mapping, column, role);
    if (!change.ok) {
      this.say("warning", this.text.mapping.periodUnreadable(change.problem.header));
      this.renderTable(this.tableStatus());
      return;
    }
    this.dispatch({ type: "mappingEdited", column, role, mapping: change.value });
    this.renderTable(this.tableStatus());
    this.layout.slots.mapping.querySelector<HTMLSelectElement>(`[data-column="${columnLetters(column)}"] select`)?.focus();
    this.renderPeriods();
    this.scheduleSave();
  }

  /** 规划期 typed: its error shown at once, the plan saved when it reads. */
  private changePlan(value: string): void {
    this.dispatch({ type: "planTyped", text: value });
    const problem = typedPlanProblem(value);
    this.periodCard?.plan.setError(problem ? this.text.period[problem] : null);
    if (problem) return;
    this.showProgressHint();
    this.scheduleSave();
  }

  /** 评估期 chosen. */
  private choosePeriod(code: string): void {
    this.dispatch({ type: "periodChosen", code });
    this.showProgressHint();
    this.scheduleSave();
  }

  /** 高级设置 edited: saved when every field reads. */
  private changeForm(form: SettingsForm): void {
    this.dispatch({ type: "formEdited", form });
    if (readSettingsForm(form, this.state.choices.settings).ok) this.scheduleSave();
  }

  /** 恢复默认. */
  private resetForm(): void {
    this.dispatch({ type: "formReset" });
    this.renderPeriods();
    this.scheduleSave();
  }

  /** 新增填报期: adds the next period column, then reads the table again. */
  private async addPeriod(): Promise<void> {
    if (!(await this.detect(this.state.sheet, this.state.area)) || !this.state.detection) return;
    const added = await this.workspace.addPeriod(this.state.detection);
    if (!added.ok) {
      this.say("warning", added.problem.message);
      return;
    }
    replaceChildren(this.layout.slots.result, []);
    await this.detect(this.state.sheet, this.state.area);
    const note = this.text.newPeriod.added(added.value.header, columnLetters(added.value.column));
    this.say("success", added.value.clearedFirst ? `${note}${this.text.newPeriod.clearedFirst}` : note);
  }

  /** 清除评估结果; stopped, naming the cells, when the user changed cells of the add-in's block. */
  private async clear(): Promise<void> {
    const cleared = await this.workspace.clear();
    if (!cleared.ok) {
      this.say("warning", cleared.problem.message);
      return;
    }
    replaceChildren(this.layout.slots.result, []);
    replaceChildren(this.layout.slots.checks, []);
    await this.detect(this.state.sheet, this.state.area);
    this.say("success", this.text.clear.done);
  }
}
