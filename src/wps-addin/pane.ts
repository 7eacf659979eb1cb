/**
 * The WPS add-in's task pane (`pane.html` loads `pane.js`): the same pane as in Excel
 * (`src/taskpane/controller.ts`), started with the WPS door instead of the Office.js one — the pane
 * reaches the workbook only through the `Workspace` it is handed, so it never imports a door. The
 * 加载项自检 card runs WPS's self-test.
 */
import "./polyfills";
import { createSession } from "../app/session";
import { taskpaneText } from "../i18n/taskpane";
import { wpsPaneText, wpsZhCN } from "../i18n/wps";
import { copyText } from "../taskpane/clipboard";
import { startPane } from "../taskpane/controller";
import { byId } from "../taskpane/dom";
import { WpsHost } from "../wps/host";
import { selectIn, selectionIn } from "../wps/select";
import { runWpsSelfTest, wpsSelfTestText } from "../wps/self-test";
import { portOf, wpsRoot } from "./addon";

/** Starts the pane over the workbook open in WPS, or shows why it cannot. */
async function start(): Promise<void> {
  const text = wpsPaneText(taskpaneText("zh-CN"));
  document.documentElement.lang = "zh-CN";
  document.title = text.appTitle;
  const root = wpsRoot();
  // Outside WPS the pane stops at once with the message below, before the door is ever asked.
  const port = portOf(root ?? ({} as never));
  const blocked = !root ? wpsZhCN.notInWps : root.ActiveWorkbook ? null : wpsZhCN.noWorkbook;
  const workspace = createSession(new WpsHost(port), { locale: "zh-CN", text, select: selectIn(port, wpsZhCN), selection: selectionIn(port) });
  const selfTest = async () => wpsSelfTestText(runWpsSelfTest(port), wpsZhCN);
  // WPS's pane is a Chromium page: whether it saves a download is not known, so 导出报告 is tried.
  await startPane(byId("app"), { workspace, text, blocked, copy: copyText, selfTest, platform: null });
}

void start();
