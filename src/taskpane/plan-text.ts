/**
 * 规划期 as the pane shows and edits it: `2021–2025` names the plan's first and last years, while
 * the engine's {@link Plan} holds the base year (the year before the plan) and the target year.
 */
import { foldWidth, removeSpaces } from "../core/cell/width";
import { isValidPlan } from "../core/period";
import type { Plan } from "../core/types";

/** `2021–2025`, `2021-2025`, `2021—2025`, `2021~2025`, `2021至2025`, `2021到2025年`. */
const PLAN_TEXT = /^((?:19|20|21)\d{2})年?[-—~至到]((?:19|20|21)\d{2})年?$/u;

/**
 * Writes a plan as its first and last years, with an en dash.
 * @example formatPlan({ baseYear: 2020, targetYear: 2025 }) //=> "2021–2025"
 */
export function formatPlan(plan: Plan): string {
  return `${plan.baseYear + 1}–${plan.targetYear}`;
}

/**
 * Reads a plan typed as first and last years (`2026–2030`, full-width digits allowed); null when
 * the text is not two years in order.
 * @example parsePlanText("２０２６-２０３０") //=> { baseYear: 2025, targetYear: 2030 }
 */
export function parsePlanText(text: string): Plan | null {
  const match = PLAN_TEXT.exec(removeSpaces(foldWidth(text)));
  if (!match) return null;
  const plan = { baseYear: Number(match[1]) - 1, targetYear: Number(match[2]) };
  return isValidPlan(plan) ? plan : null;
}
