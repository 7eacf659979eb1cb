/**
 * 评估报告段落: drafts the Chinese paragraphs of an assessment report from a summary and the
 * indicators' results. Every figure and name comes from the results; the clauses a result does not need
 * (a status nobody has, a list that is empty) are left out rather than written with a zero.
 *
 * Mid-term (时序进度 below 100%): an overview (counts by status and the average realisation
 * against time progress, indicators judged on older data), the lagging indicators with binding
 * ones called out, and the projection to the end year. End of plan (100%): counts of 完成 /
 * 基本完成 / 未完成 instead of progress language, the unfinished indicators, no projection.
 * The entries and their grouping by result are in `groups.ts`, the paragraph on the indicators
 * that need attention in `concern.ts`.
 *
 * Choices where DOMAIN.md is silent:
 * - At the end of the plan an indicator judged on older data has no end-of-plan label of its own;
 *   it is counted by its realisation against the whole target: reached (or ahead) → 完成,
 *   at least the 基本完成 threshold → 基本完成, else 未完成 (met/not met when it has none).
 * - Lists name up to five indicators, then say 等N项; a single indicator is named, not counted.
 * - Percentages are written as everywhere else in the engine (`48.8%`, `50%`); the comparison
 *   with time progress is made on the rounded figures, so the text never contradicts itself.
 */
import { LONG_LIST_LIMIT, nameList, narrativeText as text, planTitle, punctuation, sentence } from "../../i18n/summary";
import { formatPoints } from "../format";
import { formatPeriod } from "../period";
import type { Period, ProjectionCode } from "../types";
import { concernParagraph } from "./concern";
import { domainParagraphs } from "./domains";
import { groupsOf, percent, sharedResult, tenths, type Groups, type NarrativeEntry, type NarrativeInput } from "./groups";

export type { NarrativeEntry, NarrativeInput } from "./groups";

const PROJECTION_ORDER: readonly ProjectionCode[] = [
  "reached",
  "on_course",
  "with_effort",
  "difficult",
  "unknown",
];

/**
 * Drafts the report paragraphs: overview, one paragraph per domain (when the table has domains),
 * lagging indicators, the outlook naming the indicators of each projection class (mid-term only).
 *
 * @example
 * const plan = { baseYear: 2020, targetYear: 2025 };
 * const behind = { row: 3, name: "甲", label: { raw: "甲", name: "甲", qualifiers: [] }, status: "behind", kind: "level", realisation: 0.3, timeProgress: 0.5, flags: [], projection: "difficult", endOfPlan: null };
 * const { narrative, ...summary } = summarise([behind], { plan, period: periodOf(2023, 0.5), settings: defaultSettings });
 * draftNarrative({ summary, entries: [narrativeEntry(behind, 0.5, defaultSettings)], plan, period: periodOf(2023, 0.5), settings: defaultSettings })
 * //=> ["截至2023年上半年，“十四五”规划实施时序进度为50%。按照“时间与进度基本一致”原则，甲实现度为30%，慢于时序进度20个百分点，未达到进度要求。", "按目前进度预计，甲完成难度较大。完成难度较大的指标需加大推进力度。"]
 */
export function draftNarrative(input: NarrativeInput): string[] {
  const sections = narrativeSections(input);
  const paragraphs = [sections.overview, ...sections.domains.map((domain) => domain.paragraph), sections.concern, sections.outlook];
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/** The report's paragraphs by section, as the Word report heads them; an empty text is a section with nothing to say. */
export interface NarrativeSections {
  overview: string;
  domains: { domain: string; paragraph: string }[];
  /** The binding indicators behind and the lagging list (unfinished ones at the end of the plan). */
  concern: string;
  /** The outlook by projection class; empty at the end of the plan. */
  outlook: string;
}

/**
 * The report's paragraphs by section (what `draftNarrative` lists in order).
 * @example
 * const plan = { baseYear: 2020, targetYear: 2025 };
 * const { narrative, ...summary } = summarise([], { plan, period: null, settings: defaultSettings });
 * narrativeSections({ summary, entries: [], plan, period: null, settings: defaultSettings }).overview //=> "本次评估未识别到规划指标。"
 */
export function narrativeSections(input: NarrativeInput): NarrativeSections {
  const end = input.summary.mode === "endOfPlan";
  const groups = groupsOf(input, end);
  const domains = domainParagraphs(input, end, (share) => comparison(input, share, end));
  const names = [...new Set(input.entries.flatMap((entry) => (entry.category?.trim() ? [entry.category.trim()] : [])))];
  return {
    overview: overview(input, groups, end) + olderDataSentence(input),
    domains: domains.map((paragraph, i) => ({ domain: names[i] ?? "", paragraph })),
    concern: concernParagraph(input, groups, end),
    outlook: end ? "" : projectionParagraph(input, groups),
  };
}

// ---------------------------------------------------------------------------------------------
// 总体情况

function overview(input: NarrativeInput, groups: Groups, end: boolean): string {
  const { summary, entries, period, plan } = input;
  const title = planTitle(plan.baseYear, plan.targetYear);
  let opening = "";
  if (period !== null) {
    opening = end
      ? text.asOfEnd(title, formatPeriod(period))
      : text.asOf(formatPeriod(period), title, percent(summary.timeProgress));
  }
  const first = entries[0];
  if (first === undefined) return opening + text.noIndicators;
  const noData = groups.noData;
  if (noData.members.length === entries.length) {
    return entries.length === 1
      ? opening + text.oneWithoutData(first.name, noData.label)
      : opening + text.allWithoutData(entries.length, noData.label);
  }
  return opening + (end ? "" : text.principle) + assessedOverview(input, groups, end);
}

function assessedOverview(input: NarrativeInput, groups: Groups, end: boolean): string {
  const { entries, summary } = input;
  const measured = measuredOf(entries);
  const total = entries.length;
  const shared = sharedResult(groups, total);
  const only = entries[0];
  if (total === 1 && only !== undefined) {
    const result = shared?.label ?? "";
    if (only.realisation === null) return only.name + result + punctuation.stop;
    if (only.growthRate) return sentence(text.single(only.name, percent(only.realisation)), "", result);
    const r = clipped(only.realisation, input.settings.capAverage);
    return sentence(text.single(only.name, percent(r)), comparison(input, r, end), result);
  }
  const breakdown = shared ? text.allAlike(shared.label) : breakdownClauses(groups);
  const average = summary.averageRealisation ?? 0;
  if (measured.count === total) {
    const averaged = text.average(total, percent(average));
    if (shared) return sentence(averaged, comparison(input, average, end), breakdown);
    return sentence(averaged, comparison(input, average, end)) + text.among + breakdown + punctuation.stop;
  }
  const counted =
    (shared ? text.totalAlike(total, breakdown) : text.amongTotal(total) + breakdown) + punctuation.stop;
  const onlyMeasured = measured.first;
  if (onlyMeasured === undefined) return counted;
  if (measured.count === 1) {
    const r = clipped(onlyMeasured.realisation ?? 0, input.settings.capAverage);
    return counted + sentence(text.singleMeasured(onlyMeasured.name, percent(r)), comparison(input, r, end));
  }
  const assessed = total - groups.noData.members.length;
  const averaged =
    measured.count === assessed
      ? text.averageOfAssessed(measured.count, percent(average))
      : text.averageOfMeasured(measured.count, percent(average));
  return counted + sentence(averaged, comparison(input, average, end));
}

/** A realisation as averages count it: clipped to [0, 1] (unless the settings say not to cap). */
function clipped(share: number, cap: boolean): number {
  return cap ? Math.min(1, Math.max(0, share)) : share;
}

/** How many indicators have a realisation compared with time progress (assessed, not growth rates), and the first of them. */
function measuredOf(entries: readonly NarrativeEntry[]): { count: number; first?: NarrativeEntry } {
  let count = 0;
  let first: NarrativeEntry | undefined;
  for (const entry of entries) {
    if (entry.status === "no_data" || entry.realisation === null || entry.growthRate) continue;
    count += 1;
    first ??= entry;
  }
  return first === undefined ? { count } : { count, first };
}

/** `快于时序进度12.3个百分点`, on the rounded figures; nothing at the end or without a period. */
function comparison({ summary, period }: NarrativeInput, share: number, end: boolean): string {
  if (end || period === null) return "";
  const difference = tenths(share) - tenths(summary.timeProgress);
  const points = formatPoints(difference / 1000);
  if (difference > 0) return text.faster(points);
  return difference < 0 ? text.slower(points) : text.level;
}

function breakdownClauses(groups: Groups): string {
  const clauses = groups.results
    .filter((group) => group.members.length > 0)
    .map((group) => text.count(group.members.length, group.label));
  const noData = groups.noData;
  if (noData.members.length > 0) {
    const names = nameList(noData.members.map((entry) => entry.name));
    clauses.push(text.countWithoutData(noData.members.length, noData.label, names));
  }
  return clauses.join(punctuation.comma);
}

function olderDataSentence({ summary, period }: NarrativeInput): string {
  if (period === null || summary.olderData.length === 0) return "";
  const byPeriod = new Map<string, { period: Period; names: string[] }>();
  for (const older of summary.olderData) {
    const group = byPeriod.get(older.period.code);
    if (group) group.names.push(older.name);
    else byPeriod.set(older.period.code, { period: older.period, names: [older.name] });
  }
  const groups = [...byPeriod.values()]
    .sort((a, b) => b.period.year - a.period.year || b.period.fraction - a.period.fraction)
    .map((group) => text.olderGroup(nameList(group.names), formatPeriod(group.period)));
  return text.olderData(formatPeriod(period), groups.join(punctuation.comma));
}

// ---------------------------------------------------------------------------------------------
// 预计完成情况

function projectionParagraph({ summary, entries, settings }: NarrativeInput, groups: Groups): string {
  const only = entries[0];
  if (only === undefined || groups.noData.members.length === entries.length) return "";
  const counted = PROJECTION_ORDER.filter((code) => summary.projections[code] > 0);
  if (counted.every((code) => code === "unknown")) return text.projectionNone;
  if (entries.length === 1) {
    const urge = only.projection === "difficult" ? text.projectionUrge(settings.labels.difficult) : "";
    return text.projection(text.oneProjected(only.name, settings.labels[only.projection])) + urge;
  }
  const clauses = counted.map((code, i) => {
    const names = entries.filter((entry) => entry.projection === code).map((entry) => entry.name);
    return text.outlookClass(i + 1, settings.labels[code], summary.projections[code], nameList(names, LONG_LIST_LIMIT));
  });
  const urge = counted.includes("difficult") ? text.projectionUrge(settings.labels.difficult) : "";
  return text.projection(clauses.join(text.outlookSeparator)) + urge;
}
