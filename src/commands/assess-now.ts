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
 * five syncs whatever the table's size; each other sheet it must look at costs one grid read more.
 */
import type { Locale } from "../i18n/index";
import type { TaskpaneText } from "../i18n/taskpane";
import { explainError } from "../taskpane/errors";
import { assessWithChoices, detectInGrid, loadChoices, localTimestamp, savedProperty } from "../taskpane/session";
import type { SheetList, WorkbookHost } from "../workbook/host";
import { PLAN_PROPERTIES, readRunStamp } from "../workbook/plan";
import { isAddInSheet, runAssessment, type RunOutcome } from "../workbook/run";
import type { Grid } from "../workbook/types";
import type { Result } from "../core/types";
import { successOutcome, type Outcome } from "./outcome";

/** What the command needs: the workbook, the language, and how to show the outcome. */
export interface RibbonContext {
  host: WorkbookHost;
  text: TaskpaneText;
  locale: Locale;
  /** A message that stops the command before it starts (Excel too old), or null. */
  blocked: string | null;
  /** Shows the outcome (a small dialog); resolves when the user has seen it. */
  show(outcome: Outcome): Promise<void>;
  now?: () => Date;
}

/** The ribbon event: only its completion matters here. */
export interface RibbonEvent {
  completed(): void;
}

/**
 * Runs the assessment as the ribbon does, with the saved choices, on the first sheet holding a
 * table of: the sheet the pane saved, the sheet the previous run assessed, the active sheet;
 * failing those, the shared run's own search of the workbook.
 * @example await runFromRibbon(host, "zh-CN", taskpaneZhCN, "2024-07-15T09:00:00+08:00") //=> { ok: true, value: { … } }
 */
export async function runFromRibbon(host: WorkbookHost, locale: Locale, text: TaskpaneText, generatedAt: string): Promise<Result<RunOutcome>> {
  const sheets = await host.listSheets();
  const grids = new Map<string, Grid>();
  const gridOf = async (sheet: string): Promise<Grid> => {
    const grid = grids.get(sheet) ?? (await host.readGrid(sheet));
    grids.set(sheet, grid);
    return grid;
  };
  const guess = likelySheet(sheets);
  const opening = guess === null ? undefined : await gridOf(guess);
  const choices = await loadChoices(host, opening);
  const previous = readRunStamp(await savedProperty(host, opening, PLAN_PROPERTIES.run))?.tableSheet ?? null;
  const tried = [choices.sheet, previous, sheets.active].filter(
    (sheet, index, all): sheet is string => sheet !== null && sheets.names.includes(sheet) && all.indexOf(sheet) === index,
  );
  for (const sheet of tried) {
    const corrections = sheet === choices.sheet ? choices.corrections : [];
    const detection = await detectInGrid(host, await gridOf(sheet), corrections);
    if (!detection.ok) continue;
    const sameSheet = sheet === choices.sheet || choices.sheet === null;
    const used = sameSheet ? choices : { ...choices, plan: null, period: null };
    return assessWithChoices(host, detection.value, used, locale, () => undefined, generatedAt);
  }
  return runAssessment(host, { generatedAt, settings: choices.settings, locale, sheets, grids: [...grids.values()] });
}

/**
 * The sheet to read first, before the saved choices are known: the one in view, unless it is one
 * of the add-in's own sheets, then the first of the user's sheets; null when the list has none.
 * @example likelySheet({ names: ["主要指标", "评估汇总"], active: "评估汇总" }) //=> "主要指标"
 */
export function likelySheet(sheets: SheetList): string | null {
  const visible = (name: string) => sheets.names.includes(name);
  if (visible(sheets.active) && !isAddInSheet(sheets.active)) return sheets.active;
  return sheets.names.find((name) => !isAddInSheet(name)) ?? (visible(sheets.active) ? sheets.active : null);
}

/**
 * The outcome of one press of the button: what was assessed, or what stopped it, in words.
 * @example (await ribbonOutcome(context)).kind //=> "success"
 */
export async function ribbonOutcome(context: RibbonContext): Promise<Outcome> {
  if (context.blocked) return { kind: "error", message: context.blocked };
  try {
    const now = context.now ?? (() => new Date());
    const run = await runFromRibbon(context.host, context.locale, context.text, localTimestamp(now()));
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
    try {
      const context = contextOf();
      const outcome = await ribbonOutcome(context);
      await context.show(outcome);
    } catch (error) {
      console.error(error);
    } finally {
      event.completed();
    }
  };
}
