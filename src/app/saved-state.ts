/**
 * The workbook's saved state as the use-cases read it, once per run: the pane's choices (with the
 * rule settings every run reads) and the previous run's stamp — from the grid when the door brought
 * the saved properties with it, else asked of the host. And, from that state, which sheet a
 * use-case opens or tries: the one rule the pane and the ribbon share.
 */
import { parseSettings } from "../core/settings";
import type { SheetList, WorkbookHost } from "../workbook/host";
import { PLAN_PROPERTIES, readRunStamp, type RunStamp } from "../workbook/plan";
import { isAddInSheet } from "../workbook/run";
import { savedPropertyReader, type SavedPropertyReader } from "../workbook/saved";
import type { Grid } from "../workbook/types";
import { defaultChoices, PANE_PROPERTY, parseChoices, type PaneChoices } from "./choices";

/** What the workbook remembers: the pane's choices (defaults for what is missing) and the last run's stamp. */
export interface SavedState {
  choices: PaneChoices;
  stamp: RunStamp | null;
}

/**
 * Reads the saved choices and run stamp, from `grid` when its read brought the saved properties.
 * @example (await readSavedState(host)).choices.period //=> null
 */
export async function readSavedState(
  host: Pick<WorkbookHost, "readProperty">,
  grid?: Grid,
  saved: SavedPropertyReader = savedPropertyReader(host),
): Promise<SavedState> {
  const savedSettings = await saved(grid, PLAN_PROPERTIES.settings);
  const parsed = savedSettings === null ? null : parseSettings(savedSettings);
  const settings = parsed?.ok ? parsed.value : defaultChoices().settings;
  const choices = parseChoices(await saved(grid, PANE_PROPERTY), settings);
  return { choices, stamp: readRunStamp(await saved(grid, PLAN_PROPERTIES.run)) };
}

/**
 * The sheet the pane opens on: the one its choices saved while it still exists, else the one in view.
 * @example openingSheet({ names: ["表2", "评估汇总"], active: "评估汇总" }, { ...defaultChoices(), sheet: "表2" }) //=> "表2"
 */
export function openingSheet(sheets: SheetList, choices: Pick<PaneChoices, "sheet">): string {
  return choices.sheet !== null && sheets.names.includes(choices.sheet) ? choices.sheet : sheets.active;
}

/**
 * The sheets a one-click run tries, in order, each once: the one the pane saved, the one the
 * previous run assessed, the one in view (each while it exists).
 * @example sheetsToTry({ names: ["表1", "表2"], active: "表1" }, { choices: { ...defaultChoices(), sheet: "表2" }, stamp: null }) //=> ["表2", "表1"]
 */
export function sheetsToTry(sheets: SheetList, state: SavedState): string[] {
  const wanted = [state.choices.sheet, state.stamp?.tableSheet ?? null, sheets.active];
  return wanted.filter(
    (sheet, index, all): sheet is string => sheet !== null && sheets.names.includes(sheet) && all.indexOf(sheet) === index,
  );
}

/**
 * The choices that apply to a sheet: all of them on the sheet they were saved for; on another
 * sheet the settings only (its plan and period are that sheet's), and corrections only on the sheet
 * they were made on.
 * @example choicesFor({ ...defaultChoices(), sheet: "表2", period: "2023" }, "表1").period //=> null
 */
export function choicesFor(choices: PaneChoices, sheet: string): PaneChoices {
  if (choices.sheet === sheet) return choices;
  const other = { ...choices, corrections: [] };
  return choices.sheet === null ? other : { ...other, plan: null, period: null };
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
