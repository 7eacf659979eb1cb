/**
 * 评价结果 as written into the workbook: a symbol before each label so that status never rests on
 * colour alone (▲ ahead, ● on track, ▼ behind, ○ no data; ● ◐ ▼ at the end of the plan), and one
 * light fill with a dark text colour per status, from the Okabe–Ito colour-blind-safe hues (blue,
 * bluish green, vermillion, yellow, grey) with a contrast ratio of at least 4.5:1 (WCAG AA).
 */
import type { EndOfPlanCode, Judgement, StatusCode, StatusLabels } from "../core/types";
import type { CellRange, ConditionalRule } from "./types";

/** A status as displayed: its code (status or end-of-plan) and the style of its cells. */
export type DisplayCode = StatusCode | EndOfPlanCode;

/** Fill and text colour of a displayed status. */
export interface StatusColours {
  fill: string;
  fontColor: string;
}

/** The symbol before each displayed status's label. */
export const STATUS_SYMBOLS: Readonly<Record<DisplayCode, string>> = {
  ahead: "▲",
  on_track: "●",
  behind: "▼",
  no_data: "○",
  complete: "●",
  basically_complete: "◐",
  incomplete: "▼",
};

/** Light fills with dark text, per displayed status (hues of the Okabe–Ito palette). */
export const STATUS_COLOURS: Readonly<Record<DisplayCode, StatusColours>> = {
  ahead: { fill: "#D6E9F8", fontColor: "#084C8D" },
  on_track: { fill: "#D4EFE4", fontColor: "#00563A" },
  behind: { fill: "#FCE1CC", fontColor: "#8F3A00" },
  no_data: { fill: "#EDEDED", fontColor: "#3F3F3F" },
  complete: { fill: "#D4EFE4", fontColor: "#00563A" },
  basically_complete: { fill: "#FFF2C2", fontColor: "#6B5200" },
  incomplete: { fill: "#FCE1CC", fontColor: "#8F3A00" },
};

/** The data bar's colour on 实现度 (Okabe–Ito blue). */
export const DATA_BAR_COLOUR = "#0072B2";

/** Header band of everything the add-in writes: a pale blue-grey that says "generated". */
export const GENERATED_HEADER = { fill: "#DCE3EC", fontColor: "#1B2A3A" } as const;

/** Statuses in the order they are listed and given rules. */
export const STATUS_ORDER: readonly StatusCode[] = ["ahead", "on_track", "behind", "no_data"];
/** End-of-plan codes in the order they are listed and given rules. */
export const END_OF_PLAN_ORDER: readonly EndOfPlanCode[] = ["complete", "basically_complete", "incomplete"];

/**
 * The code a judgement is displayed under: its end-of-plan code at 100% time progress, else its status.
 * @example displayCode({ status: "on_track", endOfPlan: "complete" }) //=> "complete"
 */
export function displayCode(judgement: Pick<Judgement, "status" | "endOfPlan">): DisplayCode {
  return judgement.endOfPlan ?? judgement.status;
}

/**
 * A displayed status's text: its symbol, a space, its (possibly renamed) label.
 * @example statusText("behind", defaultLabels) //=> "▼ 未达到进度要求"
 */
export function statusText(code: DisplayCode, labels: StatusLabels): string {
  return `${STATUS_SYMBOLS[code]} ${labels[code]}`;
}

/**
 * The displayed codes a run can show: the four statuses, and the end-of-plan codes when any
 * judgement carries one. Each gets one conditional rule.
 * @example displayCodes([{ status: "on_track", endOfPlan: null }]) //=> ["ahead", "on_track", "behind", "no_data"]
 */
export function displayCodes(judgements: readonly Pick<Judgement, "status" | "endOfPlan">[]): DisplayCode[] {
  const endOfPlan = judgements.some((judgement) => judgement.endOfPlan !== null);
  return endOfPlan ? [...STATUS_ORDER, ...END_OF_PLAN_ORDER] : [...STATUS_ORDER];
}

/**
 * One text rule per displayed status over a bounded range: the cell's whole text (symbol and
 * label) selects the status's fill and text colour.
 * @example statusRules(range, judgements, defaultLabels)[0] //=> { type: "textEquals", range, text: "▲ 提前实现目标", fill: "#D6E9F8", fontColor: "#084C8D" }
 */
export function statusRules(
  range: CellRange,
  judgements: readonly Pick<Judgement, "status" | "endOfPlan">[],
  labels: StatusLabels,
): ConditionalRule[] {
  return displayCodes(judgements).map((code) => ({
    type: "textEquals",
    range,
    text: statusText(code, labels),
    fill: STATUS_COLOURS[code].fill,
    fontColor: STATUS_COLOURS[code].fontColor,
  }));
}
