/**
 * User-facing text of the summary (评估汇总) and of the drafted report paragraphs
 * (`src/core/summary.ts`, `src/core/narrative.ts`).
 *
 * The paragraphs are the text of a statistics bureau's assessment report, so they are Chinese
 * only: each template below is one clause, filled with figures and names by the narrative, which
 * decides which clauses a given result needs. Status words are not written here: they are the
 * user's labels from the settings.
 */

/** The category that collects indicators without one. */
export const uncategorised = "未分类";

/** Punctuation and joining words the narrative uses between clauses. */
export const punctuation = {
  /** Between clauses of one sentence. */
  comma: "，",
  /** Between items of an enumeration: 甲、乙、丙. */
  enumeration: "、",
  /** End of a sentence. */
  stop: "。",
} as const;

const numerals = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** A whole number from 1 to 99 in Chinese numerals: 14 → 十四, 20 → 二十, 5 → 五. */
function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = numerals[n % 10] ?? "";
  if (tens === 0) return units;
  return `${tens === 1 ? "" : (numerals[tens] ?? "")}十${units}`;
}

/**
 * How the report names the plan: a five-year plan on the national cycle (base 2020, target 2025)
 * is the “十四五”规划, from the 11th plan on; any other span is simply 规划.
 * @example planTitle(2025, 2030) //=> "“十五五”规划"
 * @example planTitle(2020, 2035) //=> "规划"
 */
export function planTitle(baseYear: number, targetYear: number): string {
  const length = targetYear - baseYear;
  const sinceThird = (targetYear - 1970) / 5;
  // The 3rd plan ended in 1970; from the 11th (2006–2010) on, they are called 规划.
  if (length === 5 && Number.isInteger(sinceThird) && sinceThird >= 8 && sinceThird <= 96) {
    return `“${chineseNumeral(3 + sinceThird)}五”规划`;
  }
  return "规划";
}

/** Templates of the drafted report, one clause each. Arguments are already formatted. */
export const narrativeText = {
  /** Opening of a mid-term paragraph: where the plan stands in time. */
  asOf: (period: string, plan: string, progress: string) =>
    `截至${period}，${plan}实施时序进度为${progress}。`,
  /** Opening of an end-of-plan paragraph. */
  asOfEnd: (plan: string, period: string) => `截至${plan}期末（${period}），`,
  principle: "按照“时间与进度基本一致”原则，",
  noIndicators: "本次评估未识别到规划指标。",
  /** The only indicator has no usable data. */
  oneWithoutData: (name: string, noData: string) => `${name}因${noData}未评估。`,
  /** Every indicator lacks usable data. */
  allWithoutData: (total: number, noData: string) =>
    `${total}项指标均因${noData}未评估，暂无法计算平均实现度。`,
  /** `12项达到进度要求`. */
  count: (n: number, label: string) => `${n}项${label}`,
  /** `2项因数据暂缺未评估（甲、乙）`. */
  countWithoutData: (n: number, noData: string, names: string) =>
    `${n}项因${noData}未评估（${names}）`,
  /** Every indicator has the same result: `均达到进度要求`. */
  allAlike: (label: string) => `均${label}`,
  /** Leads a breakdown of several results. */
  among: "其中",
  /** `33项指标均达到进度要求`. */
  totalAlike: (total: number, alike: string) => `${total}项指标${alike}`,
  /** `33项指标中，` before a breakdown. */
  amongTotal: (total: number) => `${total}项指标中，`,
  /** `33项指标平均实现度为62.3%`. */
  average: (n: number, value: string) => `${n}项指标平均实现度为${value}`,
  /** `已评估的30项指标平均实现度为62.3%`. */
  averageOfAssessed: (n: number, value: string) => `已评估的${n}项指标平均实现度为${value}`,
  /** `可计算实现度的28项指标平均实现度为62.3%`. */
  averageOfMeasured: (n: number, value: string) =>
    `可计算实现度的${n}项指标平均实现度为${value}`,
  /** One indicator's realisation in place of an average. */
  single: (name: string, value: string) => `${name}实现度为${value}`,
  /** The only indicator with a realisation among several. */
  singleMeasured: (name: string, value: string) =>
    `可计算实现度的指标为${name}，实现度为${value}`,
  faster: (points: string) => `快于时序进度${points}个百分点`,
  slower: (points: string) => `慢于时序进度${points}个百分点`,
  level: "与时序进度持平",
  /** A lagging indicator with its realisation and the time progress it is held to. */
  lagWithProgress: (name: string, value: string, progress: string, aside: string) =>
    `${name}（实现度${value}，时序进度${progress}${aside}）`,
  /** A lagging indicator held to its whole target (growth rate, maintained level, end of plan). */
  lagWithRealisation: (name: string, value: string, aside: string) =>
    `${name}（实现度${value}${aside}）`,
  /** Added inside the brackets when the value is worse than the base. */
  regressing: "，较基期有所倒退",
  /** `未达到进度要求的指标为：甲（…）、乙（…）。` */
  listOf: (label: string, list: string) => `${label}的指标为：${list}。`,
  /** No indicator lags. */
  noneWith: (label: string) => `已评估指标中无${label}的情况。`,
  /** Binding indicators that lag. */
  bindingAttention: (clauses: string) => `约束性指标中，${clauses}，需重点关注。`,
  /** `甲、乙未达到进度要求`. */
  namesWith: (names: string, label: string) => `${names}${label}`,
  /** Binding indicators exist and none lags. */
  bindingClear: (label: string) => `约束性指标中无${label}的情况。`,
  /** The projection sentence. */
  projection: (clauses: string) => `按目前进度预计，${clauses}。`,
  /** Follows the projection when some targets will be hard to complete. */
  projectionUrge: (label: string) => `${label}的指标需加大推进力度。`,
  /** `3项完成难度较大（甲、乙、丙）`. */
  countNamed: (n: number, label: string, names: string) => `${n}项${label}（${names}）`,
  /** The only indicator's projection: `甲能如期完成`. */
  oneProjected: (name: string, label: string) => `${name}${label}`,
  projectionNone: "现有数据暂不足以预计规划期末完成情况。",
  /** One class of the outlook: `第二类为完成难度较大的指标，共2项，分别为甲、乙`. */
  outlookClass: (order: number, label: string, n: number, names: string) =>
    `第${chineseNumeral(order)}类为${label}的指标，共${n}项，${n === 1 ? "为" : "分别为"}${names}`,
  /** Between the outlook's classes. */
  outlookSeparator: "；",
  /** A domain as the report names it: `科技创新领域` (a name already ending in 领域 kept as is). */
  domain: (category: string) => (category.endsWith("领域") ? category : `${category}领域`),
  /** Opens a domain's paragraph: `科技创新领域5项指标平均实现度为50.8%`. */
  domainAverage: (domain: string, n: number, value: string) => `${domain}${n}项指标平均实现度为${value}`,
  /** A domain without any realisation to average. */
  domainCount: (domain: string, n: number) => `${domain}共${n}项指标`,
  /** Leads the names under each result of a domain. */
  domainAmong: "其中，",
  /** Indicators of a domain without usable data: `甲、乙因数据暂缺未评估`. */
  namesWithoutData: (names: string, noData: string) => `${names}因${noData}未评估`,
  /** Between the results of a domain. */
  domainSeparator: "；",
  /** Indicators judged on earlier data than the evaluation period. */
  olderData: (period: string, groups: string) => `因尚无${period}数据，${groups}。`,
  /** `甲、乙按2022年数据评估`. */
  olderGroup: (names: string, period: string) => `${names}按${period}数据评估`,
  /** At the end of the plan, every assessed indicator is complete. */
  allComplete: (label: string) => `已评估指标均${label}。`,
} as const;

/** How many names a list shows before 等N项. */
const LIST_LIMIT = 5;
/** How many names the outlook and the domain paragraphs show before 等N项 (they name every class's members). */
export const LONG_LIST_LIMIT = 40;

/**
 * Lists names as a report does: up to five (or `limit`) joined by 、, then 等N项.
 * @example nameList(["甲", "乙", "丙", "丁", "戊", "己"]) //=> "甲、乙、丙、丁、戊等6项"
 */
export function nameList(names: readonly string[], limit = LIST_LIMIT): string {
  const shown = names.slice(0, limit).join(punctuation.enumeration);
  return names.length > limit ? `${shown}等${names.length}项` : shown;
}

/**
 * Joins the non-empty clauses of one sentence with ， and ends it with 。.
 * @example sentence("甲实现度为48.8%", "", "未达到进度要求") //=> "甲实现度为48.8%，未达到进度要求。"
 */
export function sentence(...clauses: string[]): string {
  return clauses.filter((clause) => clause.length > 0).join(punctuation.comma) + punctuation.stop;
}
