/**
 * The pane's two upper cards: 指标表 (which sheet, the table found, the columns as read) and
 * 规划期与评估期 (the plan period typed as years, the evaluation period chosen from the table's
 * periods). Each is rendered from plain data with callbacks; the controller owns the state.
 */
import type { TaskpaneText } from "../i18n/taskpane";
import type { ColumnRole } from "../workbook/types";
import { button, selectField, textField, type Choice, type TextField } from "./controls";
import { h } from "./dom";
import { periodsInTimeOrder, type MappingRow } from "./mapping-view";
import { evaluationPeriod, periodChoices } from "./periods-view";
import { renderMapping } from "./render-mapping";
import { progressShare, type PaneState } from "./state";

/** What the 指标表 card shows. */
export interface TableCardView {
  sheets: readonly string[];
  sheet: string;
  /** `已在工作表「…」第 3–38 行识别出 36 项指标。`, or null while nothing is found. */
  status: string | null;
}

/** What the 指标表 card's controls do. */
export interface TableCardHandlers {
  chooseSheet(sheet: string): void;
  useSelection(): void;
  redetect(): void;
}

/**
 * Renders the 指标表 card: which sheet, the two ways to find the table again, what was found.
 * @example renderTableCard(view, taskpaneZhCN, handlers).querySelector("h2")?.textContent //=> "指标表"
 */
export function renderTableCard(view: TableCardView, text: TaskpaneText, handlers: TableCardHandlers): HTMLElement {
  const headingId = "table-heading";
  const sheet = selectField({
    label: text.table.sheet,
    name: "sheet",
    choices: view.sheets.map((name) => ({ value: name, label: name })),
    value: view.sheet,
    onChange: handlers.chooseSheet,
  });
  return h(
    "section",
    { class: "card", "aria-labelledby": headingId, "data-testid": "table-card" },
    h("h2", { class: "card-title", id: headingId }, text.table.heading),
    sheet.element,
    view.status ? h("p", { class: "text", "data-testid": "table-status" }, view.status) : h("p", { class: "hint" }, text.table.selectionHint),
    h(
      "div",
      { class: "button-row" },
      button({ label: text.table.useSelection, onClick: handlers.useSelection }),
      button({ label: text.table.redetect, onClick: handlers.redetect }),
    ),
  );
}

/**
 * Renders the 列识别结果 card: each column's role, header and evidence, the role editable.
 * @example renderMappingCard(rows, taskpaneZhCN, changeRole).querySelectorAll("select").length //=> rows.length
 */
export function renderMappingCard(
  rows: readonly MappingRow[],
  text: TaskpaneText,
  changeRole: (column: number, role: ColumnRole) => void,
): HTMLElement {
  const headingId = "mapping-heading";
  return h(
    "section",
    { class: "card", "aria-labelledby": headingId, "data-testid": "mapping-card" },
    h("h2", { class: "card-title", id: headingId }, text.mapping.heading),
    h("p", { class: "hint" }, text.mapping.hint),
    renderMapping(rows, text, changeRole),
  );
}

/** What the 规划期与评估期 card shows. */
export interface PeriodCardView {
  planText: string;
  periodChoices: readonly Choice[];
  period: string | null;
  /** `该期时序进度 50.0%`, when a plan and period are known. */
  progressHint: string | null;
}

/** The card and its plan field (the controller shows the field's error). */
export interface PeriodCard {
  element: HTMLElement;
  plan: TextField;
  /** Replaces the line under the period drop-down. */
  setProgressHint(hint: string | null): void;
}

/**
 * What the 规划期与评估期 card shows in a state: the plan as typed, the table's periods newest
 * first, the period in force and its time progress.
 * @example periodCardView(initialState(), taskpaneZhCN) //=> { planText: "", periodChoices: [], period: null, progressHint: null }
 */
export function periodCardView(state: PaneState, text: TaskpaneText): PeriodCardView {
  const periods = state.detection ? periodsInTimeOrder(state.detection.mapping) : [];
  const inputs = state.detection?.inputs ?? [];
  const chosen = evaluationPeriod(periods, inputs, state.choices.period);
  const share = progressShare(state);
  return {
    planText: state.planText,
    periodChoices: periodChoices(periods, inputs, text),
    period: chosen?.code ?? null,
    progressHint: share === null ? null : text.period.timeProgress(share),
  };
}

/** What the 规划期与评估期 card is rendered from. */
export interface PeriodCardOptions {
  view: PeriodCardView;
  text: TaskpaneText;
  handlers: { changePlan(value: string): void; choosePeriod(code: string): void };
  /** The 高级设置 section, shown at the card's end. */
  advanced: HTMLElement;
}

/**
 * Renders the 规划期与评估期 card, with the 高级设置 section given appended.
 * @example renderPeriodCard({ view, text: taskpaneZhCN, handlers, advanced }).plan.input.value //=> "2021–2025"
 */
export function renderPeriodCard(options: PeriodCardOptions): PeriodCard {
  const { view, text, handlers, advanced } = options;
  const headingId = "period-heading";
  const plan = textField({
    label: text.period.plan,
    name: "plan",
    value: view.planText,
    placeholder: text.period.planPlaceholder,
    hint: text.period.planHint,
    onChange: handlers.changePlan,
  });
  const hint = h("p", { class: "hint", "data-testid": "progress-hint" }, view.progressHint ?? "");
  const periodField =
    view.periodChoices.length > 0
      ? selectField({
          label: text.period.evaluation,
          name: "period",
          choices: view.periodChoices,
          value: view.period ?? view.periodChoices[0]?.value ?? "",
          onChange: handlers.choosePeriod,
        }).element
      : h("div", { class: "field" }, h("span", { class: "field-label" }, text.period.evaluation), h("p", { class: "hint" }, text.period.none));
  const element = h(
    "section",
    { class: "card", "aria-labelledby": headingId, "data-testid": "period-card" },
    h("h2", { class: "card-title", id: headingId }, text.period.heading),
    plan.element,
    periodField,
    hint,
    advanced,
  );
  return {
    element,
    plan,
    setProgressHint(value) {
      hint.textContent = value ?? "";
    },
  };
}
