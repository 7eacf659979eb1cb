/**
 * 加载项自检: on a scratch sheet, each Excel API the add-in uses is exercised once, the sheet is
 * removed, and the outcome is reported with the Excel platform, version and the requirement sets
 * it supports — as text a user can paste into an email. The project has only met a stand-in of
 * Excel; what this reports from real hosts is its evidence.
 *
 * Each step is its own `Excel.run`, so one refusal does not hide the others; the scratch sheet is
 * deleted in the last step whatever happened before (the sheet in view is activated again first).
 * Platform and version come from `Office.context.diagnostics`
 * (https://learn.microsoft.com/en-us/javascript/api/office/office.contextinformation).
 */
import type { ExcelText } from "../i18n/excel";
import { describeExcelError } from "./errors";
import { queueOwnProperties } from "./properties";
import { FORMAT_LOAD, type LoadedFormat } from "./rules";

/** The scratch sheet's name. */
export const SELF_TEST_SHEET = "PlanAssess_SelfTest";
/** The steps, in order. */
export const SELF_TEST_STEPS = [
  "addSheet", "values", "usedRange", "merge", "format", "conditional", "validation", "chart",
  "freeze", "pageLayout", "names", "properties", "selection", "deleteSheet",
] as const;
export type SelfTestStep = (typeof SELF_TEST_STEPS)[number];

/** One step's outcome: passed, failed with Excel's code, or skipped (the API set is missing). */
export interface SelfTestCheck {
  step: SelfTestStep;
  outcome: "passed" | "failed" | "skipped";
  code?: string;
}

/** What the self-test found. */
export interface SelfTestReport {
  platform: string;
  version: string;
  /** The highest ExcelApi and DialogApi versions supported, e.g. ["ExcelApi 1.17", "DialogApi 1.2"]. */
  requirementSets: string[];
  checks: SelfTestCheck[];
}

/** The part of the `Office` global the self-test reads. */
export interface SelfTestOffice {
  context?: {
    diagnostics?: { platform?: string; version?: string };
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** What the self-test runs with. */
export interface SelfTestOptions {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  office: SelfTestOffice | undefined;
}

/**
 * A step's work: `sheet()` gives the scratch sheet (asked only by the steps after it exists, as
 * `getItem` of a missing sheet fails the batch); it throws when Excel refuses, and answers false
 * when what it read back is wrong.
 */
type StepWork = (context: Excel.RequestContext, sheet: () => Excel.Worksheet) => Promise<boolean | void>;

/** The ExcelApi version each step needs, when beyond the add-in's 1.9 minimum. */
const STEP_VERSION: Partial<Record<SelfTestStep, string>> = { merge: "1.13" };

/**
 * Runs the self-test; never rejects (a refusal is a failed step).
 * @example (await runSelfTest({ run: Excel.run, office: Office })).checks.every((check) => check.outcome === "passed") //=> true
 */
export async function runSelfTest(options: SelfTestOptions): Promise<SelfTestReport> {
  const requirements = options.office?.context?.requirements;
  const supports = (version: string) => requirements?.isSetSupported("ExcelApi", version) ?? false;
  let active = "";
  const checks: SelfTestCheck[] = [];
  const work = stepWork(() => active, (name) => (active = name));
  for (const step of SELF_TEST_STEPS) {
    const version = STEP_VERSION[step];
    if (version && !supports(version)) {
      checks.push({ step, outcome: "skipped" });
      continue;
    }
    checks.push(await runStep(options, step, work[step]));
  }
  return {
    platform: options.office?.context?.diagnostics?.platform ?? "",
    version: options.office?.context?.diagnostics?.version ?? "",
    requirementSets: highestSets(requirements),
    checks,
  };
}

/** One step in its own `Excel.run`. */
async function runStep(options: SelfTestOptions, step: SelfTestStep, work: StepWork): Promise<SelfTestCheck> {
  try {
    const passed = await options.run(async (context) => {
      const result = await work(context, () => context.workbook.worksheets.getItem(SELF_TEST_SHEET));
      await context.sync();
      return result !== false;
    });
    return passed ? { step, outcome: "passed" } : { step, outcome: "failed", code: "check" };
  } catch (error) {
    return { step, outcome: "failed", code: describeExcelError(error).code.replace(/^excel\./u, "") };
  }
}

/** The highest supported version of the sets the add-in relies on. */
function highestSets(requirements: { isSetSupported(name: string, minVersion?: string): boolean } | undefined): string[] {
  const highest = (name: string, last: number) => {
    for (let minor = last; minor >= 1; minor -= 1) {
      if (requirements?.isSetSupported(name, `1.${minor}`)) return `${name} 1.${minor}`;
    }
    return `${name} —`;
  };
  return [highest("ExcelApi", 20), highest("DialogApi", 2)];
}

/** What each step does. */
function stepWork(active: () => string, remember: (name: string) => void): Record<SelfTestStep, StepWork> {
  return { ...cellSteps(remember), ...workbookSteps(active) };
}

/** The steps on the scratch sheet's cells. */
function cellSteps(remember: (name: string) => void): Record<"addSheet" | "values" | "usedRange" | "merge" | "format" | "conditional" | "validation", StepWork> {
  return {
    addSheet: async (context) => {
      const view = context.workbook.worksheets.getActiveWorksheet().load("name");
      const old = context.workbook.worksheets.getItemOrNullObject(SELF_TEST_SHEET).load("visibility");
      await context.sync();
      remember(view.name);
      if (!old.isNullObject) old.delete();
      context.workbook.worksheets.add(SELF_TEST_SHEET);
    },
    values: async (context, sheet) => {
      const range = sheet().getRange("A1:C2");
      range.numberFormat = [["@", "@", "0.0%"], ["@", "@", "0.0%"]];
      range.values = [["=1+1", "1-6", 0.5], ["指标", "3.5%", 0.25]];
      range.load("values");
      await context.sync();
      return range.values[0]?.[0] === "=1+1" && range.values[1]?.[1] === "3.5%";
    },
    usedRange: async (context, sheet) => {
      const used = sheet().getUsedRangeOrNullObject(true).load("rowCount,columnCount");
      const head = sheet().getRangeByIndexes(0, 0, 100, 10).getUsedRangeOrNullObject(true).load("rowIndex,values,numberFormat");
      // The formula areas the grid read asks for: none here (the "=1+1" above is text).
      const formulas = sheet().getRange("A1:C2").getSpecialCellsOrNullObject("Formulas").load("address");
      await context.sync();
      return !used.isNullObject && used.rowCount === 2 && !head.isNullObject && head.values.length === 2 && formulas.isNullObject;
    },
    merge: async (context, sheet) => {
      sheet().getRange("E1:F2").merge(false);
      const areas = sheet().getRange("A1:H10").getMergedAreasOrNullObject().load("address");
      await context.sync();
      return !areas.isNullObject && /E1:F2/u.test(areas.address);
    },
    format: async (context, sheet) => {
      context.application.suspendScreenUpdatingUntilNextSync();
      const format = sheet().getRange("A1:C2").format;
      format.font.bold = true;
      format.font.color = "#000000";
      format.font.size = 11;
      format.fill.color = "#D9E1F2";
      format.wrapText = true;
      format.horizontalAlignment = "Center";
      format.verticalAlignment = "Center";
      format.borders.getItem("EdgeTop").style = "Continuous";
      format.columnWidth = 60;
      // How a cleared area loses its formats (the Normal cell style), leaving conditional formats.
      const cleared = sheet().getRange("G1:G2");
      cleared.format.fill.color = "#D9E1F2";
      cleared.style = "Normal";
    },
    conditional: async (context, sheet) => {
      const range = sheet().getRange("C1:C2");
      const cellValue = range.conditionalFormats.add("CellValue");
      cellValue.cellValue.format.fill.color = "#C6EFCE";
      cellValue.cellValue.rule = { formula1: "=0.3", operator: "GreaterThan" };
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=LEN($C$1)=0";
      custom.custom.format.fill.color = "#FFF2CC";
      range.conditionalFormats.add("DataBar").dataBar.positiveFormat.fillColor = "#5B9BD5";
      // How the add-in finds and deletes its own formats: loaded with their parts, deleted by id.
      const loaded = range.conditionalFormats.load(FORMAT_LOAD);
      await context.sync();
      const bar = (loaded.items as unknown as LoadedFormat[]).find((format) => format.type === "DataBar");
      if (!bar || bar.dataBarOrNullObject?.isNullObject !== false) return false;
      range.conditionalFormats.getItem(bar.id).delete();
      const left = range.conditionalFormats.load("items/type");
      await context.sync();
      return left.items.length === 2;
    },
    validation: async (_context, sheet) => {
      const range = sheet().getRange("D1:D2");
      range.dataValidation.rule = { decimal: { formula1: -1e9, formula2: 1e9, operator: "Between" } };
      range.dataValidation.errorAlert = { showAlert: true, style: "Warning", title: "PlanAssess", message: "PlanAssess" };
    },
  };
}

/** The steps on the sheet as a whole and on the workbook. */
function workbookSteps(active: () => string): Record<"chart" | "freeze" | "pageLayout" | "names" | "properties" | "selection" | "deleteSheet", StepWork> {
  return {
    chart: async (_context, sheet) => {
      const chart = sheet().charts.add("BarClustered", sheet().getRange("B1:C2"), "Columns");
      chart.title.text = "PlanAssess";
      chart.setPosition("H1", "L10");
    },
    freeze: async (_context, sheet) => sheet().freezePanes.freezeRows(1),
    pageLayout: async (_context, sheet) => {
      const layout = sheet().pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
    },
    names: async (context, sheet) => {
      const added = context.workbook.names.add("PlanAssess_SelfTest", sheet().getRange("A1:C2"));
      added.load("formula");
      await context.sync();
      const points = /A\$?1:\$?C\$?2/u.test(String(added.formula));
      context.workbook.names.getItem("PlanAssess_SelfTest").delete();
      return points;
    },
    properties: async (context) => {
      const value = "自检".repeat(60);
      context.workbook.properties.custom.add("PlanAssess.selftest", value);
      const read = queueOwnProperties(context, ["PlanAssess.selftest"]);
      await context.sync();
      const kept = read().values["PlanAssess.selftest"] === value;
      context.workbook.properties.custom.getItem("PlanAssess.selftest").delete();
      return kept;
    },
    selection: async (context, sheet) => {
      sheet().activate();
      sheet().getRange("A1:B2").select();
      const areas = context.workbook.getSelectedRanges().load("address");
      await context.sync();
      return /A1:B2/u.test(areas.address);
    },
    deleteSheet: async (context, sheet) => {
      if (active() !== "") context.workbook.worksheets.getItem(active()).activate();
      sheet().delete();
    },
  };
}

/**
 * The report as plain text for an email: a title, the host, the requirement sets, one line a step.
 * @example selfTestText(report, excelZhCN).split("\n")[0] //=> "规划指标评估加载项自检结果"
 */
export function selfTestText(report: SelfTestReport, text: ExcelText): string {
  const words = text.selfTest;
  const lines = [
    words.title,
    words.host(report.platform || "—", report.version || "—"),
    words.sets(report.requirementSets.join("，")),
    ...report.checks.map((check) => words.line(words.steps[check.step], check.outcome === "passed" ? words.passed : check.outcome === "skipped" ? words.skipped : words.failed(check.code ?? ""))),
    report.checks.every((check) => check.outcome !== "failed") ? words.allPassed : words.someFailed,
  ];
  return lines.join("\n");
}
