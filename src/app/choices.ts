/**
 * The pane's choices as saved in the workbook, so the ribbon button and the next person opening
 * the file assess the same way: the rule settings under the key every run reads
 * (`PlanAssess.settings`), and the rest — the sheet, the plan period typed by the user, the chosen
 * evaluation period, the jump threshold and the user's column corrections — under `PlanAssess.pane`.
 *
 * Choices where the specification is silent:
 * - A correction is kept with its column's header text and applied again only while that column
 *   still has the same header, so a correction never lands on a different column after the table
 *   changed shape.
 * - An evaluation period left on its default is saved as “latest”, so the next run follows the
 *   newest data; a period the user picked is saved as that period.
 * - Saved text that does not read (hand-edited, another version) gives the defaults, never an error.
 */
import { removeSpaces } from "../core/cell/width";
import { isValidPlan } from "../core/period";
import { defaultSettings } from "../core/settings";
import type { Plan, Settings } from "../core/types";
import { assignRole, ROLE_CHOICES } from "../workbook/assign-role";
import type { ColumnRole, TableMapping } from "../workbook/types";

/** Default 数据跳变 threshold: a change of more than ±50% from the previous period is listed. */
export const DEFAULT_JUMP_THRESHOLD = 0.5;

/** The custom property holding the pane's own choices. */
export const PANE_PROPERTY = "PlanAssess.pane";

/** A column the user gave another role, recognised again by its header. */
export interface RoleCorrection {
  column: number;
  header: string;
  role: ColumnRole;
}

/** The pane's choices. */
export interface PaneChoices {
  sheet: string | null;
  plan: Plan | null;
  /** Period code; null follows the latest period with data. */
  period: string | null;
  settings: Settings;
  jumpThreshold: number;
  corrections: RoleCorrection[];
}

/**
 * The choices of a workbook that has none saved: defaults everywhere.
 * @example defaultChoices().jumpThreshold //=> 0.5
 */
export function defaultChoices(): PaneChoices {
  return {
    sheet: null,
    plan: null,
    period: null,
    settings: { ...defaultSettings, labels: { ...defaultSettings.labels } },
    jumpThreshold: DEFAULT_JUMP_THRESHOLD,
    corrections: [],
  };
}

/**
 * Writes the pane's own choices (all but the settings) as JSON with a fixed key order.
 * @example serialiseChoices(defaultChoices()) //=> '{"version":1,"sheet":null,"plan":null,"period":null,"jumpThreshold":0.5,"corrections":[]}'
 */
export function serialiseChoices(choices: PaneChoices): string {
  return JSON.stringify({
    version: 1,
    sheet: choices.sheet,
    plan: choices.plan ? { baseYear: choices.plan.baseYear, targetYear: choices.plan.targetYear } : null,
    period: choices.period,
    jumpThreshold: choices.jumpThreshold,
    corrections: choices.corrections.map(({ column, header, role }) => ({ column, header, role })),
  });
}

/** Whether a value is a plain object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A saved plan, when it is two whole years in order. */
function savedPlan(value: unknown): Plan | null {
  if (!isRecord(value)) return null;
  const plan = { baseYear: value.baseYear, targetYear: value.targetYear };
  return typeof plan.baseYear === "number" && typeof plan.targetYear === "number" && isValidPlan(plan as Plan) ? (plan as Plan) : null;
}

/** Saved corrections that name a column, a header and a known role. */
function savedCorrections(value: unknown): RoleCorrection[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): RoleCorrection[] => {
    if (!isRecord(entry)) return [];
    const { column, header, role } = entry;
    const known = typeof role === "string" && (ROLE_CHOICES as readonly string[]).includes(role);
    if (typeof column !== "number" || !Number.isInteger(column) || column < 0 || typeof header !== "string" || !known) return [];
    return [{ column, header, role: role as ColumnRole }];
  });
}

/**
 * Reads saved choices back, with `settings` (read separately) and defaults for whatever is
 * missing or does not read.
 * @example parseChoices('{"period":"2022","jumpThreshold":0.3}', defaultSettings).period //=> "2022"
 */
export function parseChoices(saved: string | null, settings: Settings): PaneChoices {
  const choices = { ...defaultChoices(), settings };
  if (saved === null) return choices;
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return choices;
  }
  if (!isRecord(value)) return choices;
  const threshold = value.jumpThreshold;
  return {
    ...choices,
    sheet: typeof value.sheet === "string" && value.sheet !== "" ? value.sheet : null,
    plan: savedPlan(value.plan),
    period: typeof value.period === "string" && value.period !== "" ? value.period : null,
    jumpThreshold: typeof threshold === "number" && Number.isFinite(threshold) && threshold > 0 ? threshold : DEFAULT_JUMP_THRESHOLD,
    corrections: savedCorrections(value.corrections),
  };
}

/**
 * Applies saved corrections to a freshly found mapping: each to its column while the header is
 * unchanged (spaces and line breaks aside); the others are dropped.
 * @example applyCorrections(mapping, [{ column: 3, header: "2025年", role: "target" }]).columns[3].role //=> "target"
 */
export function applyCorrections(mapping: TableMapping, corrections: readonly RoleCorrection[]): TableMapping {
  let corrected = mapping;
  for (const correction of corrections) {
    const column = corrected.columns.find((entry) => entry.column === correction.column);
    if (!column || removeSpaces(column.header) !== removeSpaces(correction.header) || column.role === correction.role) continue;
    const change = assignRole(corrected, correction.column, correction.role);
    if (change.ok) corrected = change.value;
  }
  return corrected;
}
