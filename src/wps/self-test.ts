/**
 * 加载项自检 for WPS: on a scratch sheet, each call the WPS door relies on is exercised once and
 * its answer checked (`self-test-steps.ts`), the scratch sheet is removed, and the outcome is
 * reported with WPS's version, build and operating system — as text a user can paste into an
 * email. The project has only met a stand-in of WPS (`tests/wps/standin`); what this reports from
 * real WPS builds is its evidence for what the typings and the documentation leave open: the shape
 * of `Value2`, BGR colours, the conditional formats and the data bar, `undefined` for skipped
 * arguments, the 255-character custom properties (whether they survive saving to .xlsx is asked
 * of the user: save, reopen, run again).
 *
 * Each step runs on its own, so one refusal does not hide the others; the scratch sheet is
 * deleted at the end whatever happened, and the user's sheet activated again.
 */
import type { WpsText } from "../i18n/wps";
import { applyOperation, wpsWrite } from "./apply";
import type { EtPort, EtWorksheet } from "./port";
import { quietly } from "./quiet";
import { SELF_TEST_SHEET, STEP_WORK, WPS_SELF_TEST_STEPS, type WpsSelfTestStep } from "./self-test-steps";
import { propertyItems, sheetNamed } from "./state";

export { SELF_TEST_SHEET, WPS_SELF_TEST_STEPS } from "./self-test-steps";

/** One step's outcome: passed, or failed with what WPS said or answered. */
export interface WpsSelfTestCheck {
  step: WpsSelfTestStep;
  outcome: "passed" | "failed";
  detail?: string;
}

/** What the self-test found. */
export interface WpsSelfTestReport {
  version: string;
  build: string;
  platform: string;
  /** The add-in's properties already saved in this workbook (a saved and reopened .xlsx keeps them). */
  savedProperties: number;
  checks: WpsSelfTestCheck[];
}

/** A member read that never throws. */
function safely(read: () => unknown): string {
  try {
    return String(read() ?? "");
  } catch {
    return "";
  }
}

/**
 * Runs the self-test; never rejects (a refusal is a failed step).
 * @example runWpsSelfTest(port).checks.every((check) => check.outcome === "passed") //=> true
 */
export function runWpsSelfTest(port: EtPort): WpsSelfTestReport {
  const application = port.Application;
  const header = { version: safely(() => application.Version), build: safely(() => application.Build), platform: safely(() => application.OperatingSystem) };
  const workbook = application.ActiveWorkbook;
  if (!workbook) return { ...header, savedProperties: 0, checks: WPS_SELF_TEST_STEPS.map((step) => ({ step, outcome: "failed", detail: "no workbook" })) };
  const keys = (() => {
    try {
      return propertyItems(workbook).map((item) => item.key);
    } catch {
      return [];
    }
  })();
  const saved = keys.filter((key) => key.startsWith("PlanAssess.")).length;
  const active = safely(() => workbook.ActiveSheet.Name);
  const write = wpsWrite(application, workbook, keys);
  const scratch = (): EtWorksheet => {
    const sheet = sheetNamed(workbook, SELF_TEST_SHEET);
    if (!sheet) throw new Error("scratch sheet missing");
    return sheet;
  };
  const checks: WpsSelfTestCheck[] = [];
  for (const step of WPS_SELF_TEST_STEPS) {
    try {
      const detail = STEP_WORK[step](write, scratch);
      checks.push(detail === null ? { step, outcome: "passed" } : { step, outcome: "failed", detail });
    } catch (error) {
      checks.push({ step, outcome: "failed", detail: error instanceof Error ? error.message : String(error) });
    }
  }
  cleanUp(port, active);
  return { ...header, savedProperties: saved, checks };
}

/** Removes the scratch sheet should a step have left it, and activates the user's sheet. */
function cleanUp(port: EtPort, active: string): void {
  try {
    const workbook = port.Application.ActiveWorkbook;
    if (!workbook) return;
    if (sheetNamed(workbook, SELF_TEST_SHEET)) quietly(port.Application, () => applyOperation(wpsWrite(port.Application, workbook), { kind: "deleteSheet", sheet: SELF_TEST_SHEET }));
    sheetNamed(workbook, active)?.Activate();
  } catch (error) {
    console.error(error);
  }
}

/**
 * The report as text to copy.
 * @example wpsSelfTestText(report, wpsZhCN).split("\n")[0] //=> "规划指标评估加载项自检结果（WPS 表格）"
 */
export function wpsSelfTestText(report: WpsSelfTestReport, text: WpsText): string {
  const words = text.selfTest;
  return [
    words.title,
    words.host(report.build || "—", report.version || "—", report.platform || "—"),
    ...report.checks.map((check) => words.line(words.steps[check.step] ?? check.step, check.outcome === "passed" ? words.passed : words.failed(check.detail ?? ""))),
    report.checks.every((check) => check.outcome === "passed") ? words.allPassed : words.someFailed,
    `${words.byHand}${report.savedProperties > 0 ? words.savedFound(report.savedProperties) : ""}`,
  ].join("\n");
}
