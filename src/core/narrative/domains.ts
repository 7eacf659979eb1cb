/**
 * 分领域情况: one paragraph per domain (类别), in the order domains first appear — its average
 * realisation against time progress and the indicators under each result, as a bureau's report
 * writes it ("科技创新领域5项指标平均实现度为50.8%，快于时序进度0.8个百分点。其中，甲、乙提前实现目标；
 * 丙达到进度要求。"). Indicators without a domain get no paragraph (a table without domains has none).
 * At the end of the plan the results are the end-of-plan grades and nothing is compared with time
 * progress.
 */
import { LONG_LIST_LIMIT, nameList, narrativeText as text, punctuation, sentence } from "../../i18n/summary";
import { groupsOf, percent, type NarrativeEntry, type NarrativeInput } from "./groups";

/** How a share compares with time progress (`快于时序进度…`), or nothing. */
export type Comparison = (share: number) => string;

/**
 * The paragraphs by domain: none when no indicator has a domain.
 * @example
 * const entry = (row, name, status, realisation, category) => ({ row, name, status, endOfPlan: null, realisation, timeProgress: 0.5, heldToTimeProgress: true, regressing: false, binding: false, projection: "on_course", category });
 * const summary = { byCategory: [{ category: "科技创新", total: 2, averageRealisation: 0.6 }] };
 * domainParagraphs({ summary, entries: [entry(3, "甲", "ahead", 0.7, "科技创新"), entry(4, "乙", "on_track", 0.5, "科技创新")], settings: defaultSettings }, false, () => "")
 * //=> ["科技创新领域2项指标平均实现度为60%。其中，甲提前实现目标；乙达到进度要求。"]
 */
export function domainParagraphs(input: NarrativeInput, end: boolean, compare: Comparison): string[] {
  const byDomain = new Map<string, NarrativeEntry[]>();
  for (const entry of input.entries) {
    const domain = entry.category?.trim();
    if (!domain) continue;
    const members = byDomain.get(domain);
    if (members) members.push(entry);
    else byDomain.set(domain, [entry]);
  }
  return [...byDomain].map(([domain, entries]) => domainParagraph(input, { domain, entries }, { end, compare }));
}

/** One domain's paragraph. */
function domainParagraph(
  input: NarrativeInput,
  { domain, entries }: { domain: string; entries: NarrativeEntry[] },
  { end, compare }: { end: boolean; compare: Comparison },
): string {
  const average = input.summary.byCategory.find((category) => category.category === domain)?.averageRealisation ?? null;
  const name = text.domain(domain);
  const measuredOnly = entries.every((entry) => entry.status === "no_data" || (entry.realisation !== null && !entry.growthRate));
  const opening = average === null
    ? sentence(text.domainCount(name, entries.length))
    : sentence(text.domainAverage(name, entries.length, percent(average)), end || !measuredOnly ? "" : compare(average));
  const groups = groupsOf({ ...input, entries }, end);
  const clauses = groups.results
    .filter((group) => group.members.length > 0)
    .map((group) => text.namesWith(names(group.members), group.label));
  if (groups.noData.members.length > 0) clauses.push(text.namesWithoutData(names(groups.noData.members), groups.noData.label));
  return clauses.length === 0 ? opening : opening + text.domainAmong + clauses.join(text.domainSeparator) + punctuation.stop;
}

/** Names of indicators as the domain paragraphs list them. */
function names(entries: readonly NarrativeEntry[]): string {
  return nameList(entries.map((entry) => entry.name), LONG_LIST_LIMIT);
}
