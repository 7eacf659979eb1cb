/**
 * The WPS add-in's hidden page (`index.html` loads `main.js`): the ribbon's callbacks, which WPS
 * finds as global functions by the names `ribbon.xml` gives them (a bundle's functions are
 * module-scoped, so they are set on `window`). 一键生成评估表 runs the ribbon's one-click
 * assessment (`src/commands/assess-now.ts`, the same as Excel's) through the WPS door and says
 * what it did in a message box; 评估设置 shows or hides the task pane — the same pane as in Excel,
 * started over the WPS door (`pane.ts`).
 */
import "./polyfills";
import { assessNowWith } from "../commands/assess-now";
import { ribbonText } from "../i18n/ribbon";
import { wpsZhCN } from "../i18n/wps";
import { WpsHost } from "../wps/host";
import { portOf, wpsRoot, type WpsAddonRoot } from "./addon";
import { RIBBON_IDS } from "./ribbon-xml";

/** Where the pane's id is kept between presses (PluginStorage: shared by the add-in's pages). */
const PANE_KEY = "PlanAssess.paneId";

/** The add-in's folder: the pages and images sit beside this page. */
function addinUrl(file: string): string {
  return new URL(file, window.location.href).href;
}

/** Shows the pane (created on the first press) or hides it. */
function togglePane(root: WpsAddonRoot): void {
  const id = Number(root.PluginStorage.getItem(PANE_KEY));
  if (id > 0) {
    const pane = root.GetTaskPane(id);
    pane.Visible = !pane.Visible;
    return;
  }
  const pane = root.CreateTaskPane(addinUrl("pane.html"), wpsZhCN.ribbon.paneTitle);
  root.PluginStorage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

/** 一键生成评估表: the shared one-click run over the WPS door, its outcome in a message box. */
function assess(root: WpsAddonRoot): void {
  const run = assessNowWith(() => ({
    host: new WpsHost(portOf(root)),
    text: ribbonText("zh-CN"),
    locale: "zh-CN",
    blocked: root.ActiveWorkbook ? null : wpsZhCN.noWorkbook,
    show: async (outcome) => window.alert(outcome.message),
  }));
  void run({ completed: () => undefined });
}

/** The callbacks `ribbon.xml` names. */
const callbacks = {
  OnAddinLoad: (): boolean => true,
  OnAction: (control: { Id: string }): boolean => {
    const root = wpsRoot();
    if (!root) return true;
    if (control.Id === RIBBON_IDS.assess) assess(root);
    if (control.Id === RIBBON_IDS.settings) togglePane(root);
    return true;
  },
  GetImage: (control: { Id: string }): string => (control.Id === RIBBON_IDS.assess ? "images/assess.svg" : "images/settings.svg"),
};

Object.assign(window, callbacks);
