/**
 * 一键生成评估表 from the ribbon: runs the assessment with the workbook's saved choices (the
 * pane's sheet, plan, period, settings and column corrections), or with the detected defaults when
 * nothing was saved, without opening the pane; reports the outcome; and always completes the
 * ribbon event, whatever happened.
 *
 * A run reads the sheet list once and each sheet's grid at most once; the saved choices, settings
 * and run stamp come with the first grid (the Office.js door brings them), and the write is one. The
 * first grid read is a guess from the sheet list — the sheet in view, or the first of the user's
 * sheets when the add-in's own is in view — since which sheet was saved is only known once a grid
 * brought the properties. When the guess is the sheet assessed (the usual case: the user presses the
 * button on the table, or on the add-in's summary beside it), a run through the Office.js door takes
 * three syncs on a real table (the sheet list, the grid, the write) and five on 10,000 rows; each
 * other sheet it must look at costs one grid read more (one sync for a table of real size).
 */
import { assessWithChoices } from "../app/assess";
import { detectInGrid } from "../app/detect";
import { explainError } from "../app/errors";
import { choicesFor, likelySheet, readSavedState, sheetsToTry } from "../app/saved-state";
import { localTimestamp } from "../app/timestamp";
import type { Result } from "../core/types";
import type { Locale } from "../i18n/index";
import type { RibbonText } from "../i18n/ribbon";
import type { WorkbookHost } from "../workbook/host";
import { runAssessment, type RunOutcome } from "../workbook/run";
import { savedPropertyReader } from "../workbook/saved";
import type { Grid } from "../workbook/types";
import { successOutcome, type Outcome } from "./outcome";

export { likelySheet } from "../app/saved-state";

/** What the command needs: the workbook, the language, and how to show the outcome. */
export interface RibbonContext {
  host: WorkbookHost;
  text: RibbonText;
  locale: Locale;
  /** A message that stops the command before it starts (Excel too old), or null. */
  blocked: string | null;
  /**
   * Shows the outcome (a small dialog); resolves when the user has seen it, or after `patienceMs`
   * at the latest.
   */
  show(outcome: Outcome, patienceMs: number): Promise<void>;
  now?: () => Date;
  /** Milliseconds since an epoch, for the 5-minute limit (default `Date.now`). */
  clock?: () => number;
}

/**
 * A function command must complete its event: `completed()` "Indicates that the add-in has
 * completed processing and will automatically be closed. This method must be called at the end of
 * a function which was invoked by … a function command button"
 * (https://learn.microsoft.com/javascript/api/office/office.addincommands.event). Office closes its
 * runtime when `completed` is called or five minutes after the press: "Once the user selects a
 * button that kicks off the ExecuteFunction action, the add-in times out after 5 minutes if it
 * hasn't completed by then" (https://learn.microsoft.com/en-us/javascript/api/manifest/action, as
 * quoted in office-js-docs-pr #4840), and the runtimes article lists "5 minutes has elapsed since
 * the triggering event" among the ends of a function command's runtime
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/runtimes; office-js-docs-pr #3586;
 * a dialog still open then is not closed with it: office-js #1452). The command completes the
 * event half a minute before that, whatever the run and the dialog take.
 */
export const COMMAND_DEADLINE_MS = 4.5 * 60 * 1000;

/** One press of the button: its language and its time stamp. */
export interface RibbonRun {
  locale: Locale;
  /** The run's time stamp (ISO text). */
  generatedAt: string;
}

/** The ribbon event: only its completion matters here. */
export interface RibbonEvent {
  completed(): void;
}

/**
 * Runs the assessment as the ribbon does, with the saved choices, on the first sheet holding a
 * table of: the sheet the pane saved, the sheet the previous run assessed, the active sheet;
 * failing those, the shared run's own search of the workbook.
 * @example await runFromRibbon(host, { locale: "zh-CN", generatedAt: "2024-07-15T09:00:00+08:00" }) //=> { ok: true, value: { … } }
 */
export async function runFromRibbon(host: WorkbookHost, options: RibbonRun): Promise<Result<RunOutcome>> {
  const { locale, generatedAt } = options;
  const sheets = await host.listSheets();
  const grids = new Map<string, Grid>();
  const gridOf = async (sheet: string): Promise<Grid> => {
    const grid = grids.get(sheet) ?? (await host.readGrid(sheet));
    grids.set(sheet, grid);
    return grid;
  };
  const guess = likelySheet(sheets);
  const saved = savedPropertyReader(host);
  const state = await readSavedState(host, guess === null ? undefined : await gridOf(guess), saved);
  for (const sheet of sheetsToTry(sheets, state)) {
    const choices = choicesFor(state.choices, sheet);
    const detection = await detectInGrid(host, await gridOf(sheet), { corrections: choices.corrections, saved });
    if (detection.ok) return assessWithChoices(host, { detection: detection.value, choices, locale, generatedAt });
  }
  return runAssessment(host, { generatedAt, settings: state.choices.settings, locale, sheets, grids: [...grids.values()] });
}

/**
 * The outcome of one press of the button: what was assessed, or what stopped it, in words.
 * @example (await ribbonOutcome(context)).kind //=> "success"
 */
export async function ribbonOutcome(context: RibbonContext): Promise<Outcome> {
  if (context.blocked) return { kind: "error", message: context.blocked };
  try {
    const now = context.now ?? (() => new Date());
    const run = await runFromRibbon(context.host, { locale: context.locale, generatedAt: localTimestamp(now()) });
    if (!run.ok) return { kind: "error", message: run.problem.message };
    return successOutcome(run.value.mapping.sheet, run.value.assessment, context.text);
  } catch (error) {
    console.error(error);
    return { kind: "error", message: explainError(error, context.text) };
  }
}

/**
 * The function the manifest's ExecuteFunction calls (`assessNow`): runs, shows the outcome, and
 * completes the event even when the run or the dialog fails.
 * @example await assessNowWith(() => context)(event) // event.completed() has been called
 */
export function assessNowWith(contextOf: () => RibbonContext): (event: RibbonEvent) => Promise<void> {
  return async (event) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const context = contextOf();
      const clock = context.clock ?? Date.now;
      const started = clock();
      const deadline = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), COMMAND_DEADLINE_MS);
      });
      // The run may outlast the deadline (a very large sheet): the event is completed all the same.
      const outcome = await Promise.race([ribbonOutcome(context), deadline]);
      const left = COMMAND_DEADLINE_MS - (clock() - started);
      if (outcome && left > 0) await Promise.race([context.show(outcome, left), deadline]);
    } catch (error) {
      console.error(error);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      event.completed();
    }
  };
}
