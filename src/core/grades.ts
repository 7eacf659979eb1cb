/**
 * 终期评估 counts: at the end of the plan every indicator is counted under one grade (完成 / 基本完成
 * / 未完成 / 数据暂缺), overall and by domain, and the 未完成 ones are listed.
 *
 * Choices where DOMAIN.md is silent:
 * - An indicator is counted under the grade the drafted narrative counts it under (`endOfPlanOf`):
 *   its own end-of-plan grade; for one judged on older data (no grade of its own), 完成 / 基本完成 /
 *   未完成 from its realisation; 数据暂缺 when it has no usable data. So the counts table and the
 *   narrative's counts always agree.
 * - The list of unfinished indicators holds the 未完成 ones only (基本完成 is not behind), widest gap
 *   to the target first; each is held to the whole target (time progress 100%, gap 100% −
 *   realisation), also one judged on older data.
 */
import { categoryOf } from "./counts";
import type { CategoryGrades, CategorySummary, EndOfPlanCode, GradeCode, GradeCounts, Judgement, Settings } from "./types";

/**
 * The end-of-plan label a judgement is counted under, or null for no data.
 * @example endOfPlanOf({ status: "on_track", endOfPlan: null, realisation: 0.96, … }, defaultSettings) //=> "basically_complete"
 */
export function endOfPlanOf(judgement: Judgement, settings: Settings): EndOfPlanCode | null {
  if (judgement.status === "no_data") return null;
  if (judgement.endOfPlan !== null) return judgement.endOfPlan;
  if (judgement.status === "ahead") return "complete";
  const r = judgement.realisation !== null && Number.isFinite(judgement.realisation) ? judgement.realisation : null;
  if (r === null) return judgement.status === "behind" ? "incomplete" : "complete";
  if (r >= 1) return "complete";
  return r >= settings.basicallyCompleteThreshold ? "basically_complete" : "incomplete";
}

/**
 * The grade a judgement is counted under at the end of the plan: its end-of-plan label, or 数据暂缺.
 * @example gradeOf({ status: "no_data", endOfPlan: null, … }, defaultSettings) //=> "no_data"
 */
export function gradeOf(judgement: Judgement, settings: Settings): GradeCode {
  return endOfPlanOf(judgement, settings) ?? "no_data";
}

/** Grade counts with nothing counted. */
function emptyGrades(): GradeCounts {
  return { complete: 0, basically_complete: 0, incomplete: 0, no_data: 0 };
}

/**
 * Counts by grade overall and per domain (in the order of the domains given).
 * @example countGrades([{ status: "ahead", endOfPlan: "complete", realisation: 1, category: "综合实力" }], [], defaultSettings).grades //=> { complete: 1, basically_complete: 0, incomplete: 0, no_data: 0 }
 */
export function countGrades(
  judgements: readonly Judgement[],
  categories: readonly CategorySummary[],
  settings: Settings,
): { grades: GradeCounts; gradesByCategory: CategoryGrades[] } {
  const grades = emptyGrades();
  const rows = new Map(categories.map((c): [string, CategoryGrades] => [c.category, { category: c.category, total: 0, counts: emptyGrades() }]));
  for (const judgement of judgements) {
    const grade = gradeOf(judgement, settings);
    grades[grade] += 1;
    const row = rows.get(categoryOf(judgement));
    if (row === undefined) continue;
    row.total += 1;
    row.counts[grade] += 1;
  }
  return { grades, gradesByCategory: [...rows.values()] };
}
