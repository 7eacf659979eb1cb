/**
 * 评估汇总: the summary's types — counts, lagging indicators, and the summary itself, mid-term or
 * at the end of the plan. Re-exported by `types.ts`.
 */
import type { EndOfPlanCode, Period, ProjectionCode, StatusCode } from "./types";

export type StatusCounts = Record<StatusCode, number>;
export type ProjectionCounts = Record<ProjectionCode, number>;

export interface CategorySummary {
  category: string;
  counts: StatusCounts;
  total: number;
  /** Mean of clipped realisation over the category's assessed indicators; null if none. */
  averageRealisation: number | null;
}

/** An indicator that lags, and by how much (time progress minus realisation, both shares). */
export interface Lag {
  row: number;
  name: string;
  category?: string;
  realisation: number;
  timeProgress: number;
  gap: number;
  binding: boolean;
}

/** 终期评估 grades as a summary counts them: 完成 / 基本完成 / 未完成, and 数据暂缺. */
export type GradeCode = EndOfPlanCode | "no_data";
export type GradeCounts = Record<GradeCode, number>;

/** One domain's end-of-plan grade counts. */
export interface CategoryGrades {
  category: string;
  total: number;
  counts: GradeCounts;
}

/** What a summary holds in either mode. */
interface SummaryCommon {
  total: number;
  /** Counts by status (in either mode: the JSON report keeps them). */
  counts: StatusCounts;
  byCategory: CategorySummary[];
  /** Over assessed indicators (status ≠ no_data with a realisation), clipped per settings. */
  averageRealisation: number | null;
  /** The evaluation period's time progress, for comparison with the average. */
  timeProgress: number;
  projections: ProjectionCounts;
  /** Indicators judged on a period before the evaluation period. */
  olderData: { row: number; name: string; period: Period }[];
  /** Drafted paragraphs in a bureau report's register, filled from the results. */
  narrative: string[];
}

/** 中期评估: time progress below 100% (or no evaluation period). */
export interface MidTermSummary extends SummaryCommon {
  mode: "midTerm";
  /** Binding indicators among `lagging`. */
  bindingBehind: Lag[];
  /** Indicators behind schedule, widest gap first. */
  lagging: Lag[];
}

/** 终期评估: the evaluation period's time progress is 100%. */
export interface EndOfPlanSummary extends SummaryCommon {
  mode: "endOfPlan";
  /** Counts by grade, overall. */
  grades: GradeCounts;
  /** Counts by grade per domain, in the order of `byCategory`. */
  gradesByCategory: CategoryGrades[];
  /** The indicators graded 未完成, each held to the whole target, widest gap first. */
  unfinished: Lag[];
}

/** 评估汇总: mid-term or end of plan (`mode`), never both. */
export type Summary = MidTermSummary | EndOfPlanSummary;

/** A summary without its paragraphs: what the narrative is drafted from. */
export type SummaryFacts = Omit<MidTermSummary, "narrative"> | Omit<EndOfPlanSummary, "narrative">;

