/**
 * 评估报告段落: drafts the Chinese paragraphs of an assessment report from a summary and the
 * indicators' results. Every figure and name comes from the results; the clauses a result does not need
 * (a status nobody has, a list that is empty) are left out rather than written with a zero.
 *
 * Mid-term (时序进度 below 100%): an overview (counts by status and the average realisation
 * against time progress, indicators judged on older data), the lagging indicators with binding
 * ones called out, and the projection to the end year. End of plan (100%): counts of 完成 /
 * 基本完成 / 未完成 instead of progress language, the unfinished indicators, no projection.
 *
 * Choices where DOMAIN.md is silent:
 * - At the end of the plan an indicator judged on older data has no end-of-plan label of its own;
 *   it is counted by its realisation against the whole target: reached (or ahead) → 完成,
 *   at least the 基本完成 threshold → 基本完成, else 未完成 (met/not met when it has none).
 * - Lists name up to five indicators, then say 等N项; a single indicator is named, not counted.
 * - Percentages are written as everywhere else in the engine (`48.8%`, `50%`); the comparison
 *   with time progress is made on the rounded figures, so the text never contradicts itself.
 */
import { nameList, narrativeText as text, planTitle, punctuation, sentence } from "../i18n/summary";
import { formatPercent, formatPoints } from "./format";
import { listInOrder } from "./listing";
import { formatPeriod } from "./period";
import type {
  EndOfPlanCode,
  Period,
  Plan,
  ProjectionCode,
  Settings,
  StatusCode,
  Summary,
} from "./types";

/** One indicator as the narrative sees it: what a sentence may say of it, already derived. */
export interface NarrativeEntry {
  id: string;
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
  regressing: boolean;
  binding: boolean;
  projection: ProjectionCode;
}

/** What the narrative is drafted from. */
export interface NarrativeInput {
  summary: Omit<Summary, "narrative">;
  /** The indicators in table order. */
  entries: readonly NarrativeEntry[];
  plan: Plan;
  period: Period | null;
  settings: Settings;
}

const STATUS_ORDER: readonly StatusCode[] = ["ahead", "on_track", "behind"];
const END_ORDER: readonly EndOfPlanCode[] = ["complete", "basically_complete", "incomplete"];
const PROJECTION_ORDER: readonly ProjectionCode[] = [
  "reached",
  "on_course",
  "with_effort",
  "difficult",
  "unknown",
];

/**
 * Drafts the report paragraphs: overview, lagging indicators, projection (mid-term only).
 *
 * @example
 * draftNarrative({ summary, entries, plan: { baseYear: 2020, targetYear: 2025 }, period: period2023H1, settings })
 * //=> ["截至2023年上半年，“十四五”规划实施时序进度为50%。按照“时间与进度基本一致”原则，2项指标平均实现度为55%，快于时序进度5个百分点。其中1项提前实现目标，1项未达到进度要求。", "未达到进度要求的指标为：…"]
 */
export function draftNarrative(input: NarrativeInput): string[] {
  const end = input.period !== null && input.summary.timeProgress >= 1;
  const groups = groupsOf(input, end);
  const paragraphs = [
    overview(input, groups, end) + olderDataSentence(input),
    concernParagraph(input, groups, end),
    end ? "" : projectionParagraph(input),
  ];
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

// ---------------------------------------------------------------------------------------------

/** Indicators under one result the overview counts, with the result's label. */
interface Group {
  code: StatusCode | EndOfPlanCode;
  label: string;
  members: NarrativeEntry[];
}

/** The results in report order, and the indicators without usable data. */
interface Groups {
  results: Group[];
  noData: Group;
}

function groupsOf({ entries, settings }: NarrativeInput, end: boolean): Groups {
  const codes: readonly (StatusCode | EndOfPlanCode)[] = end ? END_ORDER : STATUS_ORDER;
  return {
    results: codes.map((code) => ({
      code,
      label: settings.labels[code],
      members: entries.filter((entry) => (end ? entry.endOfPlan : entry.status) === code),
    })),
    noData: {
      code: "no_data",
      label: settings.labels.no_data,
      members: entries.filter((entry) => entry.status === "no_data"),
    },
  };
}

/** The one result every indicator shares, if they all share one. */
function sharedResult(groups: Groups, total: number): Group | null {
  if (groups.noData.members.length > 0) return null;
  return groups.results.find((group) => group.members.length === total) ?? null;
}

/** A share rounded to the tenth of a percent the text shows, as an integer (48.8% → 488). */
function tenths(share: number): number {
  return Math.round(share * 1000) || 0;
}

function percent(share: number): string {
  return formatPercent(tenths(share) / 1000);
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
  const measured = entries.filter((entry) => entry.status !== "no_data" && entry.realisation !== null);
  const total = entries.length;
  const shared = sharedResult(groups, total);
  const only = entries[0];
  if (total === 1 && only !== undefined) {
    const result = shared?.label ?? "";
    if (only.realisation === null) return only.name + result + punctuation.stop;
    const r = only.realisation;
    return sentence(text.single(only.name, percent(r)), comparison(input, r, end), result);
  }
  const breakdown = shared ? text.allAlike(shared.label) : breakdownClauses(groups);
  const average = summary.averageRealisation ?? 0;
  if (measured.length === total) {
    const averaged = text.average(total, percent(average));
    if (shared) return sentence(averaged, comparison(input, average, end), breakdown);
    return sentence(averaged, comparison(input, average, end)) + text.among + breakdown + punctuation.stop;
  }
  const counted =
    (shared ? text.totalAlike(total, breakdown) : text.amongTotal(total) + breakdown) + punctuation.stop;
  const onlyMeasured = measured[0];
  if (onlyMeasured === undefined) return counted;
  if (measured.length === 1) {
    const r = onlyMeasured.realisation ?? 0;
    return counted + sentence(text.singleMeasured(onlyMeasured.name, percent(r)), comparison(input, r, end));
  }
  const assessed = total - groups.noData.members.length;
  const averaged =
    measured.length === assessed
      ? text.averageOfAssessed(measured.length, percent(average))
      : text.averageOfMeasured(measured.length, percent(average));
  return counted + sentence(averaged, comparison(input, average, end));
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
// 需关注的指标: lagging (mid-term) or unfinished (end of plan), binding ones called out

function concernParagraph(input: NarrativeInput, groups: Groups, end: boolean): string {
  const { entries, settings } = input;
  const assessed = entries.filter((entry) => entry.status !== "no_data");
  if (assessed.length === 0) return "";
  const wanted: readonly (StatusCode | EndOfPlanCode)[] = end
    ? ["incomplete", "basically_complete"]
    : ["behind"];
  const concerns = wanted
    .map((code) => groups.results.find((group) => group.code === code))
    .filter((group): group is Group => group !== undefined && group.members.length > 0);
  if (concerns.length === 0) {
    if (sharedResult(groups, entries.length)) return "";
    return end ? text.allComplete(settings.labels.complete) : text.noneWith(settings.labels.behind);
  }
  const order = concernOrder(input, end);
  const lists = entries.length === 1 ? [] : concerns.map((group) => concernList(group, order, end));
  const binding = concerns
    .map((group) => ({ group, members: group.members.filter((m) => m.binding) }))
    .filter(({ members }) => members.length > 0)
    .map(({ group, members }) => text.namesWith(listInOrder(members, order, (m) => m.name), group.label));
  let closing = "";
  if (binding.length > 0) closing = text.bindingAttention(binding.join(punctuation.comma));
  else if (assessed.some((entry) => entry.binding)) {
    closing = text.bindingClear(end ? settings.labels.incomplete : settings.labels.behind);
  }
  return lists.join("") + closing;
}

/** Mid-term: the summary's lagging order (widest gap first); end: lowest realisation first. */
function concernOrder({ summary }: NarrativeInput, end: boolean): (a: NarrativeEntry, b: NarrativeEntry) => number {
  if (end) return (a, b) => (a.realisation ?? 0) - (b.realisation ?? 0);
  const rank = new Map<string, number>();
  summary.lagging.forEach((lag, index) => rank.set(lag.id, index));
  const last = summary.lagging.length;
  return (a, b) => (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last);
}

/** `未达到进度要求的指标为：甲（实现度30%，时序进度50%）、乙（实现度90%）。` */
function concernList(group: Group, order: (a: NarrativeEntry, b: NarrativeEntry) => number, end: boolean): string {
  const list = listInOrder(group.members, order, (entry) => {
    const r = entry.realisation;
    if (r === null) return entry.name;
    const aside = entry.regressing ? text.regressing : "";
    if (end || !entry.heldToTimeProgress) return text.lagWithRealisation(entry.name, percent(r), aside);
    return text.lagWithProgress(entry.name, percent(r), percent(entry.timeProgress), aside);
  });
  return text.listOf(group.label, list);
}

// ---------------------------------------------------------------------------------------------
// 预计完成情况

function projectionParagraph({ summary, entries, settings }: NarrativeInput): string {
  const only = entries[0];
  if (only === undefined || entries.every((entry) => entry.status === "no_data")) return "";
  const counted = PROJECTION_ORDER.filter((code) => summary.projections[code] > 0);
  if (counted.every((code) => code === "unknown")) return text.projectionNone;
  if (entries.length === 1) {
    const urge = only.projection === "difficult" ? text.projectionUrge(settings.labels.difficult) : "";
    return text.projection(text.oneProjected(only.name, settings.labels[only.projection])) + urge;
  }
  const clauses = counted.map((code) => {
    const n = summary.projections[code];
    if (code !== "difficult") return text.count(n, settings.labels[code]);
    const names = entries.filter((entry) => entry.projection === "difficult").map((entry) => entry.name);
    return text.countNamed(n, settings.labels.difficult, nameList(names));
  });
  const urge = counted.includes("difficult") ? text.projectionUrge(settings.labels.difficult) : "";
  return text.projection(clauses.join(punctuation.comma)) + urge;
}
