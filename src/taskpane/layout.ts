/**
 * The pane's frame: the title, the message line, one slot per card in reading order and the
 * actions card (一键生成评估表 with its progress bar, 新增填报期, 清除评估结果). The cards are
 * rendered into their slots by the controller; the frame itself is built once.
 */
import type { TaskpaneText } from "../i18n/taskpane";
import { button, messageBar, progress, type MessageKind, type Progress } from "./controls";
import { h, replaceChildren } from "./dom";

/** The places the cards go, top to bottom. */
export interface PaneSlots {
  messages: HTMLElement;
  table: HTMLElement;
  period: HTMLElement;
  checks: HTMLElement;
  result: HTMLElement;
  mapping: HTMLElement;
}

/** What the three action buttons do. */
export interface ActionHandlers {
  assess(): void;
  addPeriod(): void;
  clear(): void;
}

/** The frame as built: its slots, its buttons and the run's progress bar. */
export interface PaneLayout {
  slots: PaneSlots;
  actions: HTMLButtonElement[];
  bar: Progress;
}

/**
 * Builds the frame inside `root`, replacing what it held.
 * @example renderLayout(h("main"), taskpaneZhCN, handlers).actions.length //=> 3
 */
export function renderLayout(root: HTMLElement, text: TaskpaneText, handlers: ActionHandlers): PaneLayout {
  const slots: PaneSlots = {
    messages: h("div", { "data-testid": "messages" }),
    table: h("div"),
    period: h("div"),
    checks: h("div"),
    result: h("div"),
    mapping: h("div"),
  };
  const bar = progress(text.progress.label);
  const assess = button({ label: text.actions.assess, look: "primary", large: true, id: "assess", onClick: handlers.assess });
  const addPeriod = button({ label: text.actions.addPeriod, id: "add-period", onClick: handlers.addPeriod });
  const clear = button({ label: text.actions.clear, id: "clear", onClick: handlers.clear });
  replaceChildren(root, [
    h("header", { class: "pane-header" }, h("h1", { class: "pane-title" }, text.appTitle), h("p", { class: "pane-subtitle" }, text.appSubtitle)),
    slots.messages,
    slots.table,
    slots.period,
    h(
      "section",
      { class: "card", "aria-label": text.actions.assess, "data-testid": "actions" },
      assess,
      bar.element,
      h("div", { class: "button-row" }, addPeriod, clear),
    ),
    slots.checks,
    slots.result,
    slots.mapping,
  ]);
  return { slots, actions: [assess, addPeriod, clear], bar };
}

/**
 * Shows one message in the message line (replacing the one before), dismissable.
 * @example renderMessage(slot, { kind: "success", message: "已清除" }, taskpaneZhCN)
 */
export function renderMessage(slot: HTMLElement, said: { kind: MessageKind; message: string }, text: TaskpaneText): void {
  const dismiss = (): void => void replaceChildren(slot, []);
  replaceChildren(slot, [messageBar({ kind: said.kind, text: said.message, dismissLabel: text.errors.dismiss, onDismiss: dismiss })]);
}

/**
 * Moves focus to a card's heading so keyboard and screen-reader users land on the news.
 * @example focusHeading(renderResult(…))
 */
export function focusHeading(card: HTMLElement): void {
  const heading = card.querySelector<HTMLElement>("h2");
  if (!heading) return;
  heading.setAttribute("tabindex", "-1");
  heading.focus();
  card.scrollIntoView?.({ block: "start" });
}
