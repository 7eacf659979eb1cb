/**
 * What the browser test page loads instead of office.js: the in-memory Excel stand-in seeded with
 * the workbook in `window.__PLAN_ASSESS_SEED__`, installed as the `Excel`, `Office` and
 * `OfficeExtension` globals, and exposed as `window.__standIn` so the test can read what the pane
 * wrote. Around the stand-in's `Office`, the page adds what the pages use beyond Excel: the display
 * language, `Office.actions.associate` (recorded in `window.__actions`) and a dialog API that
 * records the dialog opened (`window.__dialog`), which the test closes as a user would.
 */
import { createExcelStandIn } from "../../excel/standin";
import type { PageSeed } from "../seed";
import { addSelection } from "./selection";
import { dialogOffice } from "../../excel/standin/dialog";

/** A dialog the page opened: its address, and closing it as the user's close button does. */
interface OpenedDialog {
  url: string;
  close(): void;
}

const scope = window as unknown as {
  __PLAN_ASSESS_SEED__: PageSeed;
  __standIn: unknown;
  __selection: unknown;
  __actions: Record<string, (event: unknown) => unknown>;
  __dialog: OpenedDialog | null;
  __parentMessages: string[];
  Office: Record<string, unknown> & { context: Record<string, unknown> };
};

const seed = scope.__PLAN_ASSESS_SEED__;
const standIn = createExcelStandIn(seed.sheets, seed.apiVersion ? { apiVersion: seed.apiVersion } : {});
standIn.setActive(seed.active);
addSelection(standIn, (selection) => {
  scope.__selection = selection;
});
standIn.install();
scope.__standIn = standIn;
scope.__actions = {};
scope.__dialog = null;
scope.__parentMessages = [];

scope.Office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
scope.Office.EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
scope.Office.actions = {
  associate(name: string, action: (event: unknown) => unknown) {
    scope.__actions[name] = action;
  },
};
scope.Office.context = {
  ...scope.Office.context,
  displayLanguage: seed.language,
  // The stand-in's own diagnostics (version, platform), the platform as the seed asks.
  diagnostics: { ...(scope.Office.context.diagnostics as object), ...(seed.platform ? { platform: seed.platform } : {}) },
  ui: {
    displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
      const handlers: Record<string, (arg: unknown) => void> = {};
      const dialog = {
        addEventHandler(type: string, handler: (arg: unknown) => void) {
          handlers[type] = handler;
        },
        close() {
          scope.__dialog = null;
        },
      };
      scope.__dialog = { url, close: () => handlers.dialogMessageReceived?.({ message: "close" }) };
      callback({ status: "succeeded", value: dialog });
    },
    messageParent(message: string) {
      scope.__parentMessages.push(message);
    },
  },
};

// The outcome dialog (the same page with an outcome in its query) gets only what a dialog has.
if (new URLSearchParams(window.location.search).has("outcome")) {
  const opener = scope.Office as unknown as { context: { requirements: { isSetSupported(name: string, version?: string): boolean } }; onReady(): Promise<unknown> };
  scope.Office = dialogOffice({
    isSetSupported: (name, version) => opener.context.requirements.isSetSupported(name, version),
    messageParent: (message) => void scope.__parentMessages.push(message),
    onReady: () => opener.onReady(),
  }) as typeof scope.Office;
}
