/**
 * The small dialog that reports what the ribbon's command did. The function file's own page
 * (`commands.html`) is the dialog: opened with the outcome in its query, it shows the message and
 * a close button. Excel has no notification area for add-ins other than Outlook, so a dialog it is.
 */
import type { RibbonText } from "../i18n/ribbon";
import { element } from "./dom";
import { outcomeQuery, type Outcome } from "./outcome";

/** How long the command waits for the user to close the dialog before completing anyway. */
const DIALOG_PATIENCE_MS = 4 * 60 * 1000;

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

/**
 * Opens the outcome dialog and resolves when it is closed (or could not open, or after four
 * minutes); never rejects.
 * @example await showOutcomeDialog({ kind: "success", message: "已评估…" }, "https://localhost:3000/commands.html", Office.context.ui)
 */
export function showOutcomeDialog(outcome: Outcome, pageUrl: string, ui: DialogUi | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!ui) {
      resolve();
      return;
    }
    const timer = setTimeout(resolve, DIALOG_PATIENCE_MS);
    const finish = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const url = `${pageUrl.split(/[?#]/u)[0] ?? pageUrl}${outcomeQuery(outcome)}`;
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
