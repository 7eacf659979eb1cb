/**
 * The function file: registers 一键生成评估表 as `assessNow` for the manifest's ExecuteFunction
 * button. Opened as the outcome dialog (an `outcome` in its query), the same page shows the message.
 */
import { ExcelHost } from "../excel/host";
import { excelSupportProblem } from "../excel/requirements";
import { excelEnUS, excelZhCN } from "../i18n/excel";
import { ribbonText } from "../i18n/ribbon";
import { pickLocale } from "../i18n/taskpane";
import { assessNowWith } from "./assess-now";
import { CLOSE_MESSAGE, renderOutcomePage, showOutcomeDialog } from "./dialog";
import { pageElement } from "./dom";
import { localeFromQuery, outcomeFromQuery } from "./outcome";

/** Adds the dialog's stylesheet (the pane's, emitted beside the bundle by the build). */
function loadStylesheet(): void {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL("../taskpane/taskpane.css", import.meta.url).href;
  document.head.appendChild(link);
}

/** The language and strings of the user's Office. */
function strings() {
  const locale = pickLocale(Office.context?.displayLanguage);
  return { locale, text: ribbonText(locale) };
}

const assessNow = assessNowWith(() => {
  const { locale, text } = strings();
  return {
    host: new ExcelHost({ text: locale === "en-US" ? excelEnUS : excelZhCN }),
    text,
    locale,
    blocked: excelSupportProblem() === null ? null : text.errors.oldExcel,
    show: (outcome, patienceMs) => showOutcomeDialog(outcome, window.location.href, Office.context?.ui, { locale, patienceMs }),
  };
});

/** Whether this page is the outcome dialog (its address carries an outcome). */
const inDialog = outcomeFromQuery(window.location.search) !== null;

void Office.onReady().then(() => {
  const outcome = outcomeFromQuery(window.location.search);
  if (!outcome) return;
  loadStylesheet();
  // In a dialog only messageParent and isSetSupported work: the language comes from the opener.
  const locale = localeFromQuery(window.location.search);
  const text = ribbonText(locale);
  document.documentElement.lang = locale;
  document.title = text.title;
  renderOutcomePage(pageElement("outcome"), { outcome, text, close: () => Office.context.ui.messageParent(CLOSE_MESSAGE) });
});

// Office.actions is absent in a dialog, where only messageParent and isSetSupported work
// (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/dialog-api-in-office-add-ins).
// That some hosts lack it outside a dialog too is not confirmed by any page found; the guard keeps
// the page from failing there, but such a host would then find no `assessNow` for the button.
if (!inDialog && Office.actions) Office.actions.associate("assessNow", assessNow);
