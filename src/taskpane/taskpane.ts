/**
 * The task pane's entry point: loads the stylesheet, waits for Office, picks the language from
 * Office's display language, checks the Excel version, and mounts the pane on the workbook through
 * the Office.js door.
 */
import { ExcelHost } from "../excel/host";
import { excelSupportProblem } from "../excel/requirements";
import { readSelection, selectCell } from "../excel/select";
import { runSelfTest, selfTestText, type SelfTestOffice } from "../excel/self-test";
import { excelEnUS, excelZhCN } from "../i18n/excel";
import { pickLocale, taskpaneText } from "../i18n/taskpane";
import { startPane } from "./controller";
import { copyText } from "./clipboard";
import { byId } from "./dom";
import { createSession } from "../app/session";

/** Adds the pane's stylesheet (emitted beside the bundle by the build). */
function loadStylesheet(): void {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL("./taskpane.css", import.meta.url).href;
  document.head.appendChild(link);
}

/** Starts the pane once Office is ready. */
async function start(): Promise<void> {
  await Office.onReady();
  const locale = pickLocale(Office.context?.displayLanguage);
  const text = taskpaneText(locale);
  document.documentElement.lang = locale;
  document.title = text.appTitle;
  const blocked = excelSupportProblem() === null ? null : text.errors.oldExcel;
  const host = new ExcelHost({ text: locale === "en-US" ? excelEnUS : excelZhCN });
  const workspace = createSession(host, { locale, text, select: selectCell, selection: readSelection });
  const excelWords = locale === "en-US" ? excelEnUS : excelZhCN;
  const selfTest = async () => selfTestText(await runSelfTest({ run: (batch) => Excel.run(batch), office: Office as unknown as SelfTestOffice }), excelWords);
  // https://learn.microsoft.com/en-us/javascript/api/office/office.contextinformation (platform)
  const platform: string | null = (Office.context?.diagnostics?.platform as unknown as string | undefined) ?? null;
  await startPane(byId("app"), { workspace, text, blocked, copy: copyText, selfTest, platform });
}

loadStylesheet();
void start();
