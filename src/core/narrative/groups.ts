/**
 * What the report paragraphs are drafted from: one entry per indicator, and the indicators grouped
 * by the result the overview counts (status mid-term, end-of-plan label at the end).
 */
import { formatPercent } from "../format";
import type { EndOfPlanCode, Period, Plan, ProjectionCode, Settings, StatusCode, SummaryFacts } from "../types";

/** One indicator as the narrative sees it: what a sentence may say of it, already derived. */
export interface NarrativeEntry {
  /** The indicator's sheet row. */
  row: number;
  /** The name a report uses (cleaned, footnote digits and units removed). */
  name: string;
  status: StatusCode;
  /** The end-of-plan label it is counted under at 100% time progress; null for no data. */
  endOfPlan: EndOfPlanCode | null;
  /** A finite realisation, or null. */
  realisation: number | null;
  /** The time progress its status was held to (its own period's). */
  timeProgress: number;
  /** Whether its status compares the realisation with time progress (else with the target). */
  heldToTimeProgress: boolean;
  /** A growth-rate target: its realisation (achieved ÷ target rate) is never compared with time progress. */
  growthRate?: true;
  regressing: boolean;
  binding: boolean;
  projection: ProjectionCode;
  /** Its domain (类别), when the table has one. */
  category?: string;
}

/** What the narrative is drafted from. */
export interface NarrativeInput {
  summary: SummaryFacts;
  /** The indicators in table order. */
  entries: readonly NarrativeEntry[];
  plan: Plan;
  period: Period | null;
  settings: Settings;
}

/** The results the overview counts, in report order: mid-term, and at the end of the plan. */
const STATUS_ORDER: readonly StatusCode[] = ["ahead", "on_track", "behind"];
const END_ORDER: readonly EndOfPlanCode[] = ["complete", "basically_complete", "incomplete"];

/** Indicators under one result the overview counts, with the result's label. */
export interface Group {
  code: StatusCode | EndOfPlanCode;
  label: string;
  members: NarrativeEntry[];
}

/** The results in report order, and the indicators without usable data. */
export interface Groups {
  results: Group[];
  noData: Group;
}

/**
 * The indicators grouped by result in report order, and those without usable data.
 * @example
 * const entry = (row, name, status, realisation) => ({ row, name, status, endOfPlan: null, realisation, timeProgress: 0.5, heldToTimeProgress: true, regressing: false, binding: false, projection: "on_course" });
 * const input = { summary: { mode: "midTerm", lagging: [] }, entries: [entry(3, "甲", "behind", 0.3), entry(4, "乙", "on_track", 0.6)], plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2023, 0.5), settings: defaultSettings };
 * groupsOf(input, false).results.map((group) => group.members.length) //=> [0, 1, 1]
 */
export function groupsOf({ entries, settings }: NarrativeInput, end: boolean): Groups {
  const codes: readonly (StatusCode | EndOfPlanCode)[] = end ? END_ORDER : STATUS_ORDER;
  const results: Group[] = codes.map((code) => ({ code, label: settings.labels[code], members: [] }));
  const noData: Group = { code: "no_data", label: settings.labels.no_data, members: [] };
  for (const entry of entries) {
    const code = end ? entry.endOfPlan : entry.status;
    if (code !== null) results[codes.indexOf(code)]?.members.push(entry);
    if (entry.status === "no_data") noData.members.push(entry);
  }
  return { results, noData };
}

/**
 * The one result every indicator shares, if they all share one.
 * @example
 * const entry = (row, name, status, realisation) => ({ row, name, status, endOfPlan: null, realisation, timeProgress: 0.5, heldToTimeProgress: true, regressing: false, binding: false, projection: "on_course" });
 * const input = { entries: [entry(3, "甲", "on_track", 0.6), entry(4, "乙", "on_track", 0.7)], settings: defaultSettings };
 * sharedResult(groupsOf(input, false), 2)?.code //=> "on_track"
 */
export function sharedResult(groups: Groups, total: number): Group | null {
  if (groups.noData.members.length > 0) return null;
  return groups.results.find((group) => group.members.length === total) ?? null;
}

/**
 * A share rounded to the tenth of a percent the text shows, as an integer.
 * @example tenths(0.48817) //=> 488
 */
export function tenths(share: number): number {
  return Math.round(share * 1000) || 0;
}

/**
 * A share as the text shows it, rounded to the tenth of a percent.
 * @example percent(0.48817) //=> "48.8%"
 */
export function percent(share: number): string {
  return formatPercent(tenths(share) / 1000);
}
