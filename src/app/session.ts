/**
 * The pane's {@link Workspace} over a `WorkbookHost`: table detection with the user's saved
 * corrections, the assessment with the user's choices, the new period column and the clearing
 * through the door, and the pane's choices saved as workbook properties. The ribbon's one-click
 * command uses the same use-cases (`detect.ts`, `assess.ts`, `saved-state.ts`), so both give the
 * same assessment.
 *
 * A run reads the table once: the grid a detection read (with the saved properties the Office.js
 * door brings with it: choices, settings, run stamp) is the grid assessed, and the run's write also
 * saves the pane's choices. Through the Office.js door a pane run is the grid read and the write.
 */
import { serialiseSettings } from "../core/settings";
import type { Result } from "../core/types";
import type { Locale } from "../i18n/index";
import type { TaskpaneText } from "../i18n/taskpane";
import { workbookMessages } from "../i18n/workbook";
import { columnLetters, rangeAddress } from "../workbook/address";
import type { WorkbookHost } from "../workbook/host";
import { PLAN_PROPERTIES } from "../workbook/plan";
import { readIndicators } from "../workbook/read";
import type { CellRange } from "../workbook/types";
import { assessWithChoices } from "./assess";
import { clearResults } from "./clear";
import { PANE_PROPERTY, serialiseChoices, type PaneChoices } from "./choices";
import { detectTable } from "./detect";
import { columnOccupancy, planNewPeriod } from "./new-period";
import { readSavedState } from "./saved-state";
import { localTimestamp } from "./timestamp";
import type { AddedPeriod, AssessOutcome, Detection, Workspace } from "./workspace";

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
 * 新增填报期 on a detected table: the next period's column after the last one, refused when the
 * user's content stands there; the add-in's own results standing there are cleared first.
 * @example (await addPeriodColumn(host, detection, taskpaneZhCN)).value //=> { header: "2024年", column: 11, period, clearedFirst: false }
 */
export async function addPeriodColumn(host: WorkbookHost, detection: Detection, text: TaskpaneText): Promise<Result<AddedPeriod>> {
  const planned = planNewPeriod(detection.mapping);
  if (!planned.ok) return { ok: false, problem: { code: "pane.no_observation", message: text.newPeriod.noObservation } };
  const { column, period } = planned.value;
  const occupancy = columnOccupancy(detection.grid, column, detection.generatedArea);
  if (occupancy === "taken") {
    const header = String(detection.grid.values[column.headerRow - detection.grid.top]?.[column.column - detection.grid.left] ?? "");
    const message = text.newPeriod.taken(columnLetters(column.column), header);
    return { ok: false, problem: { code: "pane.period_column_taken", message } };
  }
  const clearedFirst = occupancy === "generated";
  const edited = detection.editedCells ?? [];
  if (clearedFirst && edited.length > 0 && detection.generatedArea) {
    const message = workbookMessages.editedBeforeClear(detection.sheet, rangeAddress(detection.generatedArea), edited.slice(0, 5).join("、"), edited.length);
    return { ok: false, problem: { code: "pane.block_edited", message } };
  }
  if (clearedFirst) await host.clearGenerated();
  await host.addPeriodColumn(column);
  return { ok: true, value: { header: column.header, column: column.column, period, clearedFirst } };
}

/**
 * The pane's workspace on a workbook host.
 * @example const workspace = createSession(new ExcelHost(), { locale: "zh-CN", text: taskpaneZhCN, select, selection })
 */
export function createSession(host: WorkbookHost, options: SessionOptions): Workspace {
  const now = options.now ?? (() => new Date());
  const { locale, text } = options;
  const save = async (choices: PaneChoices): Promise<void> => {
    await host.writeProperty(PLAN_PROPERTIES.settings, serialiseSettings(choices.settings));
    await host.writeProperty(PANE_PROPERTY, serialiseChoices(choices));
  };
  return {
    sheets: () => host.listSheets(),
    loadChoices: async () => (await readSavedState(host)).choices,
    saveChoices: save,
    detect: (sheet, corrections, area) =>
      detectTable(host, sheet, { corrections, ...(area ? { area } : {}) }),
    // The detection's grid is the one assessed: the pane reads the table again just before a run.
    async assess(detection, choices, onProgress): Promise<Result<AssessOutcome>> {
      const saved = { [PANE_PROPERTY]: serialiseChoices(choices) };
      const run = await assessWithChoices(host, { detection, choices, locale, onProgress, saved, generatedAt: localTimestamp(now()) });
      if (!run.ok) return run;
      onProgress({ step: "saving", share: 1 });
      const inputs = readIndicators(detection.grid, run.value.mapping).indicators;
      return { ok: true, value: { assessment: run.value.assessment, inputs, problems: run.value.problems, comparison: run.value.comparison } };
    },
    addPeriod: (detection) => addPeriodColumn(host, detection, text),
    clear: () => clearResults(host),
    select: (sheet, ref) => options.select(sheet, ref),
    selection: () => options.selection(),
  };
}
