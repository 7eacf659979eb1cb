/**
 * The small dialog that reports what the ribbon's command did. The function file's own page
 * (`commands.html`) is the dialog: opened with the outcome in its query, it shows the message and
 * a close button. Excel has no notification area for add-ins other than Outlook, so a dialog it is.
 */
import type { Locale } from "../i18n/index";
import type { RibbonText } from "../i18n/ribbon";
import { element } from "./dom";
import { outcomeQuery, type Outcome } from "./outcome";

/** The message the dialog page sends when the user closes it. */
export const CLOSE_MESSAGE = "close";

/** The part of `Office.context.ui` the dialog uses. */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void,
  ): void;
}

/** How the dialog is opened: in which language, and how long the command may wait for it. */
export interface DialogOptions {
  /** The opener's language, handed to the dialog in its address: a dialog page cannot ask Office. */
  locale: Locale;
  /** How long to wait for the user to close it before resolving anyway. */
  patienceMs: number;
}

/**
 * Opens the outcome dialog and resolves when it is closed (or could not open, or when its patience
 * ran out); never rejects.
 * @example await showOutcomeDialog({ kind: "success", message: "已评估…" }, "https://localhost:3000/commands.html", Office.context.ui, { locale: "zh-CN", patienceMs: 60_000 })
 */
export function showOutcomeDialog(outcome: Outcome, pageUrl: string, ui: DialogUi | undefined, options: DialogOptions): Promise<void> {
  return new Promise((resolve) => {
    if (!ui) {
      resolve();
      return;
    }
    const timer = setTimeout(resolve, Math.max(0, options.patienceMs));
    const finish = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const url = `${pageUrl.split(/[?#]/u)[0] ?? pageUrl}${outcomeQuery(outcome, options.locale)}`;
    try {
      ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          finish();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          try {
            dialog.close();
          } finally {
            finish();
          }
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
      });
    } catch (error) {
      console.error(error);
      finish();
    }
  });
}

/** What the dialog page shows, and what its close button does. */
export interface OutcomePage {
  outcome: Outcome;
  text: RibbonText;
  close: () => void;
}

/**
 * Fills the dialog page with an outcome: a title, the message (as text) and a close button.
 * @example renderOutcomePage(main, { outcome: { kind: "error", message: "工作表受保护…" }, text: ribbonZhCN, close })
 */
export function renderOutcomePage(root: HTMLElement, { outcome, text, close }: OutcomePage): void {
  const closeButton = element("button", { type: "button", class: "button button-primary", id: "close" }, text.close);
  closeButton.addEventListener("click", close);
  root.replaceChildren(
    element("h1", { class: "outcome-title" }, text.title),
    element(
      "div",
      { class: `message message-${outcome.kind}`, role: outcome.kind === "error" ? "alert" : "status" },
      element("span", { class: "message-icon", "aria-hidden": "true" }, outcome.kind === "error" ? "×" : "✓"),
      element("p", { class: "message-text", "data-testid": "outcome" }, outcome.message),
    ),
    element("div", { class: "button-row" }, closeButton),
  );
  root.hidden = false;
  closeButton.focus();
}
