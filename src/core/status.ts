/**
 * 评价结果 and 终期评估: the status codes from a realisation and a time progress, and the
 * end-of-plan grade when the judgement's time progress is 100%.
 *
 * - `ahead` when the target is already satisfied (never for maintain, rate, qualitative and
 *   relative targets, which are met or not at every point in time: met is `on_track`);
 * - `on_track` when r ≥ t − tolerance (compared with a margin of 1e-9 for floating-point dust);
 * - `behind` otherwise.
 * - At t = 1: 完成 when the target is satisfied, 基本完成 when r ≥ the threshold (default 95%),
 *   else 未完成; nothing for no data.
 */
import { EPSILON } from "./realisation";
import type { EndOfPlanCode, StatusCode } from "./types";

/**
 * Whether realisation keeps pace with time: on track when r ≥ t − tolerance.
 * @example progressStatus(0.488, 0.4, 0) //=> "on_track"
 * @example progressStatus(0.3, 0.5, 0.1) //=> "behind"
 */
export function progressStatus(realisation: number, timeProgress: number, tolerance: number): "on_track" | "behind" {
  return realisation >= timeProgress - tolerance - EPSILON ? "on_track" : "behind";
}

/**
 * Whether a time progress is the end of the plan (100%).
 * @example isEndOfPlan(1) //=> true
 */
export function isEndOfPlan(timeProgress: number | null): boolean {
  return timeProgress !== null && timeProgress >= 1 - EPSILON;
}

/** What the end-of-plan grade is decided from. */
export interface EndOfPlanFacts {
  status: StatusCode;
  /** The target is satisfied (met, held, reached). */
  satisfied: boolean;
  realisation: number | null;
  timeProgress: number | null;
  /** 基本完成 threshold (settings). */
  threshold: number;
}

/**
 * 终期评估: 完成 / 基本完成 / 未完成 when the judgement's time progress is 100%, else null.
 * @example endOfPlanGrade({ status: "behind", satisfied: false, realisation: 0.982, timeProgress: 1, threshold: 0.95 }) //=> "basically_complete"
 */
export function endOfPlanGrade(facts: EndOfPlanFacts): EndOfPlanCode | null {
  if (!isEndOfPlan(facts.timeProgress) || facts.status === "no_data") return null;
  if (facts.satisfied) return "complete";
  if (facts.realisation !== null && facts.realisation >= facts.threshold - EPSILON) return "basically_complete";
  return "incomplete";
}
