/**
 * The pane's {@link Workspace} over a `WorkbookHost`: table detection with the user's saved
 * corrections, the assessment through the shared `runAssessment`, the new period column and the
 * clearing through the door, and the pane's choices saved as workbook properties. The ribbon's
 * one-click command uses the same {@link detectInGrid} and {@link assessWithChoices}, so both give
 * the same assessment.
 *
 * A run reads the table once: the grid a detection read (with the saved properties the Office.js
 * door brings with it: choices, settings, run stamp) is the grid assessed, and the run's write also
 * saves the pane's choices. Through the Office.js door a pane run is the grid read and the write.
 */
import { parseSettings, serialiseSettings } from "../core/settings";
import type { Result } from "../core/types";
import type { Locale } from "../i18n/index";
import type { TaskpaneText } from "../i18n/taskpane";
import { columnLetters, parseRangeAddress } from "../workbook/address";
import type { WorkbookHost } from "../workbook/host";
import { PLAN_PROPERTIES, readRunStamp } from "../workbook/plan";
import { readIndicators } from "../workbook/read";
import { propertyFromGrid, runAssessment, type RunOutcome } from "../workbook/run";
import { findTable } from "../workbook/table";
import type { CellRange, Grid } from "../workbook/types";
import { applyCorrections, defaultChoices, PANE_PROPERTY, parseChoices, serialiseChoices, type PaneChoices, type RoleCorrection } from "./choices";
import { cropGrid, withoutArea } from "./crop";
import { columnOccupancy, planNewPeriod } from "./new-period";
import type { AddedPeriod, AssessOutcome, Detection, RunProgress, Workspace } from "./workspace";

/** What a session needs besides the host. */
export interface SessionOptions {
  locale: Locale;
  text: TaskpaneText;
  /** Selects a cell on a sheet (Excel: activates the sheet, selects the cell). */
  select(sheet: string, ref: string): Promise<void>;
  /** The user's selected range, or null. */
  selection(): Promise<{ sheet: string; range: CellRange } | null>;
  /** The run's time stamp; default: now, in local time with its offset. */
  now?: () => Date;
}

/**
 * A time stamp in local time with its UTC offset, as a bureau reads it: `2024-07-15T09:00:00+08:00`.
 * @example localTimestamp(new Date("2024-07-15T01:00:00Z")) //=> "2024-07-15T09:00:00+08:00" (in China)
 */
export function localTimestamp(date: Date): string {
  const pad = (value: number) => String(Math.abs(value)).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/**
 * A saved workbook property: taken from the grid when the door brought the saved properties with
 * it (no round trip of its own), else asked of the host.
 * @example await savedProperty(host, grid, "PlanAssess.run") //=> "{\"sheet\":\"主要指标\",…}"
 */
export async function savedProperty(host: WorkbookHost, grid: Grid | undefined, name: string): Promise<string | null> {
  const brought = grid ? propertyFromGrid(grid, name) : undefined;
  return brought === undefined ? host.readProperty(name) : brought;
}

/**
 * Reads the pane's choices saved in a workbook (defaults for what is missing); from `grid` when its
 * read brought the saved properties.
 * @example (await loadChoices(host)).period //=> null
 */
export async function loadChoices(host: WorkbookHost, grid?: Grid): Promise<PaneChoices> {
  const savedSettings = await savedProperty(host, grid, PLAN_PROPERTIES.settings);
  const parsed = savedSettings === null ? null : parseSettings(savedSettings);
  const settings = parsed?.ok ? parsed.value : defaultChoices().settings;
  return parseChoices(await savedProperty(host, grid, PANE_PROPERTY), settings);
}

/**
 * Reads a sheet and finds the table on it (inside `area` when given), as {@link detectInGrid}.
 * @example (await detectTable(host, "主要指标", [])).ok //=> true
 */
export async function detectTable(
  host: WorkbookHost,
  sheet: string,
  corrections: readonly RoleCorrection[],
  area?: CellRange,
): Promise<Result<Detection>> {
  return detectInGrid(host, await host.readGrid(sheet), corrections, area);
}

/**
 * Finds the table in a sheet's grid (inside `area` when given), applies the saved corrections and
 * reads the indicators. The add-in's own status block beside the table (where the run stamp says it
 * is: from the grid's saved properties, else asked of the host) is left out of the search, so the
 * table reads the same before and after an assessment (its header band would otherwise reach up
 * into the title row, where the block's group heading sits).
 * @example (await detectInGrid(host, await host.readGrid("主要指标"), [])).ok //=> true
 */
export async function detectInGrid(
  host: WorkbookHost,
  grid: Grid,
  corrections: readonly RoleCorrection[],
  area?: CellRange,
): Promise<Result<Detection>> {
  const sheet = grid.sheet;
  const stamp = readRunStamp(await savedProperty(host, grid, PLAN_PROPERTIES.run));
  const generatedArea = stamp && stamp.placement === "beside" && stamp.sheet === sheet ? parseRangeAddress(stamp.area) : null;
  const own = generatedArea ? withoutArea(grid, generatedArea) : grid;
  const found = findTable(area ? cropGrid(own, area) : own);
  if (!found.ok) return found;
  const mapping = applyCorrections(found.value, corrections);
  const read = readIndicators(grid, mapping);
  return {
    ok: true,
    value: { sheet, grid, mapping, inputs: read.indicators, problems: [...mapping.problems, ...read.problems], generatedArea },
  };
}

/**
 * Runs the shared assessment with the pane's choices on a detected table, as its grid was read:
 * the plan and period the user chose, their settings; `saved` are further workbook properties the
 * run's write saves with it (the pane's own choices). `onProgress` hears each step.
 * @example (await assessWithChoices(host, detection, choices, "zh-CN", () => {}, "2024-07-15T09:00:00+08:00")).ok //=> true
 */
export async function assessWithChoices(
  host: WorkbookHost,
  detection: Detection,
  choices: PaneChoices,
  locale: Locale,
  onProgress: (progress: RunProgress) => void,
  generatedAt: string,
  saved: Readonly<Record<string, string>> = {},
): Promise<Result<RunOutcome>> {
  const mapping = { ...detection.mapping, plan: choices.plan ?? detection.mapping.plan };
  const period = choices.period === null ? undefined : mapping.periods.find((entry) => entry.code === choices.period);
  onProgress({ step: "assessing", share: 0.4 });
  const run = await runAssessment(host, {
    generatedAt,
    mapping,
    grids: [detection.grid],
    settings: choices.settings,
    locale,
    apply: false,
    ...(period ? { period } : {}),
  });
  if (!run.ok) return run;
  const plan = { ...run.value.plan, properties: { ...run.value.plan.properties, ...saved } };
  onProgress({ step: "writing", share: 0.6 });
  await host.applyPlan(plan);
  onProgress({ step: "saving", share: 0.9 });
  return { ok: true, value: { ...run.value, plan } };
}

/**
 * The pane's workspace on a workbook host.
 * @example const workspace = createSession(new ExcelHost(), { locale: "zh-CN", text: taskpaneZhCN, select, selection })
 */
export function createSession(host: WorkbookHost, options: SessionOptions): Workspace {
  const now = options.now ?? (() => new Date());
  const save = async (choices: PaneChoices): Promise<void> => {
    await host.writeProperty(PLAN_PROPERTIES.settings, serialiseSettings(choices.settings));
    await host.writeProperty(PANE_PROPERTY, serialiseChoices(choices));
  };
  return {
    sheets: () => host.listSheets(),
    loadChoices: () => loadChoices(host),
    saveChoices: save,
    detect: (sheet, corrections, area) => detectTable(host, sheet, corrections, area),
    // The detection's grid is the one assessed: the pane reads the table again just before a run.
    async assess(detection, choices, onProgress): Promise<Result<AssessOutcome>> {
      const saved = { [PANE_PROPERTY]: serialiseChoices(choices) };
      const run = await assessWithChoices(host, detection, choices, options.locale, onProgress, localTimestamp(now()), saved);
      if (!run.ok) return run;
      onProgress({ step: "saving", share: 1 });
      const inputs = readIndicators(detection.grid, run.value.mapping).indicators;
      return { ok: true, value: { assessment: run.value.assessment, inputs, problems: run.value.problems } };
    },
    async addPeriod(detection): Promise<Result<AddedPeriod>> {
      const planned = planNewPeriod(detection.mapping);
      if (!planned.ok) return { ok: false, problem: { code: "pane.no_observation", message: options.text.newPeriod.noObservation } };
      const { column, period } = planned.value;
      const occupancy = columnOccupancy(detection.grid, column, detection.generatedArea);
      if (occupancy === "taken") {
        const header = String(detection.grid.values[column.headerRow - detection.grid.top]?.[column.column - detection.grid.left] ?? "");
        const message = options.text.newPeriod.taken(columnLetters(column.column), header);
        return { ok: false, problem: { code: "pane.period_column_taken", message } };
      }
      const clearedFirst = occupancy === "generated";
      if (clearedFirst) await host.clearGenerated();
      await host.addPeriodColumn(column);
      return { ok: true, value: { header: column.header, column: column.column, period, clearedFirst } };
    },
    clear: () => host.clearGenerated(),
    select: (sheet, ref) => options.select(sheet, ref),
    selection: () => options.selection(),
  };
}
