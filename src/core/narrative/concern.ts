/**
 * 需关注的指标: the paragraph on lagging indicators (mid-term) or unfinished ones (end of plan), in
 * the summary's order, with the binding ones called out.
 */
import { narrativeText as text, punctuation } from "../../i18n/summary";
import { listInOrder } from "../listing";
import type { EndOfPlanCode, StatusCode } from "../types";
import { percent, sharedResult, type Group, type Groups, type NarrativeEntry, type NarrativeInput } from "./groups";

/**
 * The paragraph on the indicators that need attention; empty when nothing is assessed or every
 * indicator shares one result.
 * @example
 * const entry = (row, name, status, realisation) => ({ row, name, status, endOfPlan: null, realisation, timeProgress: 0.5, heldToTimeProgress: true, regressing: false, binding: false, projection: "on_course" });
 * const input = { summary: { mode: "midTerm", lagging: [] }, entries: [entry(3, "甲", "behind", 0.3), entry(4, "乙", "on_track", 0.6)], plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2023, 0.5), settings: defaultSettings };
 * const [behind, onTrack] = input.entries;
 * const groups = { results: [{ code: "ahead", label: "提前实现目标", members: [] }, { code: "on_track", label: "达到进度要求", members: [onTrack] }, { code: "behind", label: "未达到进度要求", members: [behind] }], noData: { code: "no_data", label: "数据暂缺", members: [] } };
 * concernParagraph(input, groups, false) //=> "未达到进度要求的指标为：甲（实现度30%，时序进度50%）。"
 */
export function concernParagraph(input: NarrativeInput, groups: Groups, end: boolean): string {
  const { entries, settings } = input;
  if (groups.noData.members.length === entries.length) return "";
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
    .map(({ group, members }) => text.namesWith(listInOrder(members, order, (member) => member.name), group.label));
  let closing = "";
  if (binding.length > 0) closing = text.bindingAttention(binding.join(punctuation.comma));
  else if (entries.some((entry) => entry.status !== "no_data" && entry.binding)) {
    closing = text.bindingClear(end ? settings.labels.incomplete : settings.labels.behind);
  }
  return lists.join("") + closing;
}

/** Mid-term: the summary's lagging order (widest gap first); end: lowest realisation first. */
function concernOrder({ summary }: NarrativeInput, end: boolean): (a: NarrativeEntry, b: NarrativeEntry) => number {
  if (end || summary.mode === "endOfPlan") return (a, b) => (a.realisation ?? 0) - (b.realisation ?? 0);
  const rank = new Map<number, number>();
  summary.lagging.forEach((lag, index) => rank.set(lag.row, index));
  const last = summary.lagging.length;
  return (a, b) => (rank.get(a.row) ?? last) - (rank.get(b.row) ?? last);
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
