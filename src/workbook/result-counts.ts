/**
 * 评价结果统计 as a summary counts it: mid-term by status (提前实现目标 / 达到进度要求 / 未达到进度要求
 * / 数据暂缺), at the end of the plan (终期评估: the evaluation period's time progress is 100%) by
 * end-of-plan grade (完成 / 基本完成 / 未完成 / 数据暂缺), overall and by domain, with the
 * indicators a summary lists as behind: lagging ones mid-term, unfinished ones at the end.
 *
 * Choices where DOMAIN.md is silent:
 * - At the end of the plan an indicator is counted under the grade the drafted narrative counts it
 *   under (`endOfPlanOf`): its own end-of-plan grade; for one judged on older data (no grade of its
 *   own), 完成 / 基本完成 / 未完成 from its realisation; 数据暂缺 when it has no usable data. So the
 *   counts table and the narrative's counts always agree.
 * - At the end of the plan the list of indicators behind holds the 未完成 ones only (基本完成 is
 *   not behind), widest gap to the target first; each is held to the whole target (time progress
 *   100%, gap 100% − realisation), also one judged on older data.
 */
import { categoryOf } from "../core/counts";
import { isEndOfPlan } from "../core/status";
import { endOfPlanOf, lagsOf } from "../core/summary";
import type { Assessment, Judgement, Lag, StatusCode } from "../core/types";
import { END_OF_PLAN_ORDER, STATUS_ORDER } from "./status-style";
import type { DisplayCode } from "./status-style";

/** Counts of one row of the table: per displayed result, and the total. */
export interface ResultRow {
  /** The domain as the summary names it; empty for indicators without one. */
  category: string;
  total: number;
  counts: Partial<Record<DisplayCode, number>>;
}

/** The counts a summary shows, in the mode the assessment calls for. */
export interface ResultCounts {
  /** True at the end of the plan: the counts are end-of-plan grades. */
  endOfPlan: boolean;
  /** The results counted, in the order their columns are listed. */
  codes: readonly DisplayCode[];
  overall: ResultRow;
  /** By domain, in the summary's order of domains. */
  byCategory: ResultRow[];
}

/** End-of-plan grades in the order they are listed, no data last. */
const END_OF_PLAN_COLUMNS: readonly DisplayCode[] = [...END_OF_PLAN_ORDER, "no_data"];

/**
 * Whether an assessment is an end-of-plan assessment (终期评估): it has an evaluation period and
 * that period's time progress is 100%.
 * @example isEndOfPlanAssessment({ period: period2020, timeProgress: 1 }) //=> true
 */
export function isEndOfPlanAssessment(assessment: Pick<Assessment, "period" | "timeProgress">): boolean {
  return assessment.period !== null && isEndOfPlan(assessment.timeProgress);
}

/**
 * The counts by result overall and by domain: the summary's own status counts mid-term, end-of-plan
 * grades counted from the judgements at the end of the plan.
 * @example resultCounts(yuecheng13thFinal).overall.counts //=> { complete: 30, basically_complete: 1, no_data: 1 }
 */
export function resultCounts(assessment: Assessment): ResultCounts {
  const { summary } = assessment;
  if (!isEndOfPlanAssessment(assessment)) {
    return {
      endOfPlan: false,
      codes: STATUS_ORDER,
      overall: { category: "", total: summary.total, counts: { ...summary.counts } },
      byCategory: summary.byCategory.map((category) => ({ category: category.category, total: category.total, counts: { ...category.counts } })),
    };
  }
  const overall = emptyRow("");
  const rows = new Map(summary.byCategory.map((category) => [category.category, emptyRow(category.category)]));
  for (const judgement of assessment.judgements) {
    const code = gradeOf(judgement, assessment);
    const category = categoryOf(judgement);
    const row = rows.get(category) ?? emptyRow(category);
    rows.set(category, row);
    for (const counted of [overall, row]) {
      counted.total += 1;
      counted.counts[code] = (counted.counts[code] ?? 0) + 1;
    }
  }
  return { endOfPlan: true, codes: END_OF_PLAN_COLUMNS, overall, byCategory: [...rows.values()] };
}

/**
 * The grade a judgement is counted under at the end of the plan: its end-of-plan grade (as the
 * narrative counts it), or 数据暂缺.
 * @example gradeOf({ status: "behind", endOfPlan: "basically_complete", … }, assessment) //=> "basically_complete"
 */
export function gradeOf(judgement: Judgement, assessment: Pick<Assessment, "settings">): DisplayCode {
  return endOfPlanOf(judgement, assessment.settings) ?? "no_data";
}

/**
 * The indicators a summary lists as behind, widest gap first: mid-term the summary's lagging
 * indicators (未达到进度要求); at the end of the plan those graded 未完成.
 * @example behindList(yuecheng13thFinal) //=> [] (城镇常住居民人均可支配收入 is 基本完成, not listed)
 */
export function behindList(assessment: Assessment): Lag[] {
  if (!isEndOfPlanAssessment(assessment)) return assessment.summary.lagging;
  const unfinished = assessment.judgements
    .filter((judgement) => gradeOf(judgement, assessment) === "incomplete")
    .map((judgement) => ({ ...judgement, status: "behind" as StatusCode, timeProgress: 1 }));
  return lagsOf(unfinished, assessment.timeProgress);
}

/** A row with nothing counted yet. */
function emptyRow(category: string): ResultRow {
  return { category, total: 0, counts: {} };
}
