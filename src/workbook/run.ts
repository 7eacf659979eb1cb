/**
 * One assessment run, the same for the command line, the task pane and the ribbon button:
 * list the sheets → read a grid → find the table (or take the user's corrected mapping) → read
 * the indicators → assess → build the write plan → apply it. Expected failures (no table, no plan,
 * no target column, settings that do not validate, content beside the table) come back as a
 * problem (a table without a target column is not one of them: its rows are listed as no data,
 * with the mapping's table-level problem); a door's own failure (Excel refusing a write) rejects as the door reports it.
 *
 * Choices:
 * - Without a named sheet, the active sheet is tried first, then the others in tab order, skipping
 *   the add-in's own sheets; the first sheet holding a table is assessed.
 * - Without settings in the options, the settings saved by the previous run are used (the ribbon
 *   button's one-click run); without those, the defaults.
 * - The previous run's block (where its defined name points now; from the run stamp only when the
 *   door brought no names) may be replaced, and only where it still holds what that run wrote
 *   (the stamp's fingerprint); nothing else is.
 * - A 评估期 after the plan's target year is refused: it is not part of the plan.
 * - The 评估记录 is read before it is replaced (brought with the grid by the doors, else read): this
 *   period's entries replace their earlier ones, every other period's are kept, and the run is
 *   compared with the latest earlier period (`history.ts`, `record.ts`). A record the user has
 *   changed since the last run stops the run, naming the cells.
 * - The run stamp and saved settings come with the grid when the door read them in the same round
 *   trip (the Office.js door does: a run is then the sheet list, the grid and the write, with or
 *   without settings given); otherwise they are asked for once each, after the grid.
 * - A caller that has just listed the sheets or read a grid (the pane's and the ribbon's detection)
 *   hands them over, and the run reads neither again: it assesses the grid as the caller read it.
 */
import { assess } from "../core/assess";
import { formatPeriod, isValidPlan } from "../core/period";
import { parseSettings, resolveSettings } from "../core/settings";
import type { Assessment, Period, Problem, Result, Settings } from "../core/types";
import type { Locale } from "../i18n/index";
import { workbookMessages, workbookText } from "../i18n/workbook";
import type { SheetList, WorkbookHost } from "./host";
import { PLAN_PROPERTIES, buildWritePlan, placementFor, readRunStamp } from "./plan";
import type { Placement } from "./plan";
import { readIndicators } from "./read";
import { earlierBlockOf, savedPropertyReader, type EarlierBlock, type SavedPropertyReader } from "./saved";
import { findTable } from "./table";
import { readHistory } from "./history";
import { compareWithRecord, mergeRecord } from "./record";
import type { Comparison } from "./record";
import { RECORD_SHEETS } from "../i18n/record";
import type { Grid, TableMapping, WritePlan } from "./types";

/** Options of {@link runAssessment}. */
export interface RunOptions {
  /** The run's time stamp, written into the summary as given (ISO text). */
  generatedAt: string;
  /** The sheet holding the table; default: the active sheet, then the others. */
  sheet?: string;
  /** A mapping the user corrected in the task pane; its sheet is read and it is used as is. */
  mapping?: TableMapping;
  /** Settings for this run; default: those saved by the previous run, else the defaults. */
  settings?: Partial<Settings>;
  /** 评估期; default: the latest period holding data. */
  period?: Period;
  /** Where the status block goes (default beside the table). */
  placement?: Placement;
  /** Language of evidence, headers and sheet names (zh-CN by default). */
  locale?: Locale;
  /** False to build the plan without writing it (a preview); default true. */
  apply?: boolean;
  /** The workbook's sheets as the caller just listed them; default: listed when needed. */
  sheets?: SheetList;
  /**
   * Grids the caller just read (with the saved properties their read brought): a sheet among them
   * is not read again. Default: every sheet the run looks at is read.
   */
  grids?: readonly Grid[];
}

/** What a run found, concluded and wrote. */
export interface RunOutcome {
  mapping: TableMapping;
  assessment: Assessment;
  /** Problems of finding and reading the table (each cell's own problems are in its judgement). */
  problems: Problem[];
  plan: WritePlan;
  /** This run against the latest earlier period of the 评估记录 (较上期). */
  comparison: Comparison;
}

/**
 * Runs an assessment on a workbook through its door.
 * @example await runAssessment(host, { generatedAt: "2024-07-15T09:00:00+08:00" })
 * //=> { ok: true, value: { mapping, assessment, problems: [], plan } }
 */
export async function runAssessment(host: WorkbookHost, options: RunOptions): Promise<Result<RunOutcome>> {
  const saved = savedPropertyReader(host);
  const sheets = sheetLister(host, options.sheets);
  const found = await locateTable(host, { ...options, sheets }, saved);
  if (!found.ok) return found;
  const { grid, mapping, earlier } = found.value;

  const plan = mapping.plan;
  if (!plan || !isValidPlan(plan)) return failure("run.no_plan", workbookMessages.noAssessablePlan);
  if (options.period && options.period.year > plan.targetYear) {
    return failure("run.period_after_target", workbookMessages.periodAfterTarget(formatPeriod(options.period), plan.targetYear));
  }
  if (options.period && options.period.year <= plan.baseYear) {
    return failure("run.period_before_plan", workbookMessages.periodBeforePlan(formatPeriod(options.period), plan.baseYear, plan.targetYear));
  }
  // A table without a target column (a published statement) is assessed all the same: every row
  // is 数据暂缺 with its reason, and the mapping's table-level problem says why.
  const settings = await settingsFor(options, () => saved(grid, PLAN_PROPERTIES.settings));
  if (!settings.ok) return settings;

  const read = readIndicators(grid, mapping);
  const assessment = assess({
    plan,
    indicators: read.indicators,
    settings: settings.value,
    ...(options.period ? { period: options.period } : {}),
  });
  // The table's latest data before the plan began: the plan is not the table's (a 14th plan's
  // table taken for the 15th), and every indicator would read 0% of no time.
  if (assessment.period && assessment.period.year <= plan.baseYear) {
    return failure("run.period_before_plan", workbookMessages.dataBeforePlan(formatPeriod(assessment.period), plan.baseYear, plan.targetYear));
  }
  const stamp = readRunStamp(await saved(grid, PLAN_PROPERTIES.run));
  const history = await readHistory(host, grid, {
    fingerprint: stamp?.record ?? null,
    labels: assessment.settings.labels,
    ...(options.locale ? { locale: options.locale } : {}),
    sheets,
  });
  if (!history.ok) return history;
  const comparison = compareWithRecord(history.value.record, assessment);
  const { placement, problem: placed } = placementFor(mapping, options.placement ?? "beside", options.locale);
  const problems = [...mapping.problems, ...read.problems, ...history.value.problems, ...(placed ? [placed] : [])];
  const written = buildWritePlan(grid, mapping, assessment, {
    record: mergeRecord(history.value.record, assessment),
    comparison,
    generatedAt: options.generatedAt,
    placement,
    problems,
    ...(earlier ? { previousBlock: earlier.area, fingerprint: earlier.fingerprint } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  if (!written.ok) return written;
  if (options.apply !== false) await host.applyPlan(written.value);
  return { ok: true, value: { mapping, assessment, problems, plan: written.value, comparison } };
}

/** The sheet list: the caller's, else listed once when first needed. */
function sheetLister(host: WorkbookHost, given: SheetList | undefined): () => Promise<SheetList> {
  let listed: Promise<SheetList> | null = given ? Promise.resolve(given) : null;
  return () => (listed ??= host.listSheets());
}

/** A sheet's grid: one the caller handed over, else read. */
function gridOf(host: WorkbookHost, options: Pick<RunOptions, "grids">, sheet: string): Promise<Grid> {
  const given = options.grids?.find((grid) => grid.sheet === sheet);
  return given ? Promise.resolve(given) : host.readGrid(sheet);
}

/** The grid, the mapping and the earlier block on that sheet, or why no table was found. */
async function locateTable(
  host: WorkbookHost,
  options: Omit<RunOptions, "sheets"> & { sheets: () => Promise<SheetList> },
  saved: SavedPropertyReader,
): Promise<Result<{ grid: Grid; mapping: TableMapping; earlier: EarlierBlock | null }>> {
  const stampOf = async (grid: Grid) => readRunStamp(await saved(grid, PLAN_PROPERTIES.run));
  const given = options.mapping;
  if (given) {
    const grid = await gridOf(host, options, given.sheet);
    return { ok: true, value: { grid, mapping: given, earlier: earlierBlockOf(await stampOf(grid), grid) } };
  }
  const sheets = await candidateSheets(options);
  let first: Problem | null = null;
  for (const sheet of sheets) {
    const grid = await gridOf(host, options, sheet);
    const earlier = earlierBlockOf(await stampOf(grid), grid);
    const found = findTable(grid, earlier ? { previousBlock: earlier.area } : {});
    if (found.ok) return { ok: true, value: { grid, mapping: found.value, earlier } };
    first ??= found.problem;
  }
  if (first && sheets.length === 1) return { ok: false, problem: first };
  return failure("run.no_table", workbookMessages.noTableInWorkbook);
}

/** The sheets to search: the one named, else the active one and then the rest, not the add-in's own. */
async function candidateSheets(options: { sheet?: string; sheets: () => Promise<SheetList> }): Promise<string[]> {
  if (options.sheet !== undefined) return [options.sheet];
  const list = await options.sheets();
  const ordered = [list.active, ...list.names.filter((name) => name !== list.active)];
  return ordered.filter((name) => list.names.includes(name) && !isAddInSheet(name));
}

/** The add-in's own sheets (评估汇总, 评估明细, 评估结果, 评估记录), in either language. */
const ADD_IN_SHEETS: ReadonlySet<string> = new Set([
  ...(["zh-CN", "en-US"] as const).flatMap((locale) => Object.values(workbookText(locale).write.sheets)),
  ...RECORD_SHEETS,
]);

/**
 * Whether a sheet is one the add-in writes whole (评估汇总, 评估明细, 评估结果, 评估记录, or their en-US names).
 * @example isAddInSheet("评估汇总") //=> true
 */
export function isAddInSheet(name: string): boolean {
  return ADD_IN_SHEETS.has(name);
}

/** The run's settings: given, else saved by the previous run, else the defaults; validated. */
async function settingsFor(options: RunOptions, savedSettings: () => Promise<string | null>): Promise<Result<Partial<Settings>>> {
  if (options.settings) {
    const resolved = resolveSettings(options.settings);
    return resolved.ok ? { ok: true, value: resolved.value } : resolved;
  }
  const saved = await savedSettings();
  if (saved === null) return { ok: true, value: {} };
  const parsed = parseSettings(saved);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: true, value: {} };
}

/** A failed run, as a problem value. */
function failure<T>(code: string, message: string): Result<T> {
  return { ok: false, problem: { code, message } };
}
