/**
 * 时期/时点: whether an indicator is a flow, which accumulates within a year (a half-year value is
 * a part of the year and is never compared with an annual target), or a stock or ratio, which
 * compares directly at any time of the year. A 统计类型 column overrides the guess.
 *
 * The guess, in order (the first rule that applies decides):
 * 1. A share or rate unit (`%`, `‰`, `倍`, `百分点`) → stock: shares, rates and ratios.
 * 2. An intensity unit (`吨标准煤/万元`, `立方米/万元`, `人/亿元`) → stock: a ratio.
 * 3. A money unit (`元`, `万元`, `亿元`, `亿美元`, `万美元`, also per person or per 亩) → flow, unless
 *    the name says it is a balance or a price (`余额`, `存量`, `总资产`, `净资产`, `价格`, `房价`;
 *    `固定资产投资` is an investment, a flow). So
 *    `居民人均可支配收入（元）` is a flow: a half-year value is the half-year's income, a part
 *    of the year, and `人均生产总值`, `全社会劳动生产率（万元/人）` and `亩均税收` likewise.
 * 4. A ratio word in the name (`比重`, `占比`, `比例`, `率`, `比`, `指数`, `系数`, `拥有量`,
 *    `覆盖`, `密度`, `人均`, `每万人`, `每千人`) → stock.
 * 5. An amount produced or done within the year (`生产总值`, `GDP`, `增加值`, `收入`, `投资`,
 *    `出口`, `进口`, `零售总额`, `利用外资`, `到位外资`, `授权量`, `产量`, `新增`, `接待`,
 *    `发电量`, `用电量`, `客运量`, `货运量`, `吞吐量`) → flow.
 * 6. Otherwise a stock (`人才资源总量`, `粮食综合生产能力`, `常住人口`).
 */
import { natureText } from "../i18n/judge";
import type { Nature, NatureReason, Problem, SourceCell } from "./types";

/** Why the nature was chosen. */
export type NatureSource = "column" | "unit" | "name" | "default";

/** The nature of an indicator, how it was decided and why (a code with data). */
export interface NatureDecision {
  nature: Nature;
  source: NatureSource;
  reason: NatureReason;
  /** A 统计类型 cell that could not be read. */
  problem?: Problem;
}

const COLUMN_WORDS: ReadonlyMap<string, Nature> = new Map([
  ["时期", "flow"],
  ["时期数", "flow"],
  ["时期指标", "flow"],
  ["流量", "flow"],
  ["时点", "stock"],
  ["时点数", "stock"],
  ["时点指标", "stock"],
  ["存量", "stock"],
  ["比率", "stock"],
]);

const SHARE_UNIT = /^(?:%|％|‰|倍|百分点|个百分点)$/u;
const INTENSITY_UNIT = /\/(?:万元|亿元|元)$/u;
const MONEY_UNIT = /^(?:元|万元|亿元|美元|万美元|亿美元)(?:\/(?:人|户|亩|平方米))?$/u;
const NOT_A_FLOW_AMOUNT = /余额|存量|总资产|资产总额|净资产|价格|房价|均价/u;
const RATIO_WORDS = /比重|占比|比例|率|比|指数|系数|拥有量|覆盖|密度|人均|每万人|每千人|每百/u;
const FLOW_WORDS =
  /生产总值|GDP|增加值|收入|投资|出口|进口|零售总额|利用外资|到位外资|授权量|产量|新增|接待|发电量|用电量|客运量|货运量|吞吐量/iu;

/**
 * Reads a 统计类型 cell: a nature, nothing (empty), or a problem.
 * @example natureFromColumn({ raw: "时期", ref: "I7" }) //=> "flow"
 */
export function natureFromColumn(cell: SourceCell): Nature | null | Problem {
  const text = cell.raw === null ? "" : String(cell.raw).replace(/\s+/gu, "");
  if (text === "") return null;
  const nature = COLUMN_WORDS.get(text);
  if (nature) return nature;
  return { code: "judge.nature", message: natureText.unreadable(cell.ref, text), ...(cell.ref ? { cell: cell.ref } : {}) };
}

/**
 * Guesses 时期/时点 from the compact name (no spaces) and the unit in force (rules 1–6 above).
 * @example natureFromName("一般公共预算收入", "亿元") //=> { nature: "flow", source: "unit", reason: { code: "moneyUnit", unit: "亿元" } }
 * @example natureFromName("服务业增加值占生产总值比重", "%") //=> { nature: "stock", source: "unit", … }
 */
export function natureFromName(compactName: string, unit: string): NatureDecision {
  if (SHARE_UNIT.test(unit)) return { nature: "stock", source: "unit", reason: { code: "shareUnit", unit } };
  if (INTENSITY_UNIT.test(unit)) return { nature: "stock", source: "unit", reason: { code: "intensityUnit", unit } };
  if (MONEY_UNIT.test(unit)) {
    const balance = NOT_A_FLOW_AMOUNT.exec(compactName);
    if (balance) return { nature: "stock", source: "name", reason: { code: "balance", word: balance[0] } };
    return { nature: "flow", source: "unit", reason: { code: "moneyUnit", unit } };
  }
  const ratio = RATIO_WORDS.exec(compactName);
  if (ratio) return { nature: "stock", source: "name", reason: { code: "ratioWord", word: ratio[0] } };
  const flow = FLOW_WORDS.exec(compactName);
  if (flow) return { nature: "flow", source: "name", reason: { code: "flowWord", word: flow[0] } };
  return { nature: "stock", source: "default", reason: { code: "default" } };
}

/**
 * Decides 时期/时点: the 统计类型 column when it says, else the guess from name and unit.
 * @example decideNature("居民人均可支配收入", "元") //=> { nature: "flow", source: "unit", … }
 * @example decideNature("地区生产总值", "亿元", { raw: "时点" }) //=> { nature: "stock", source: "column", … }
 */
export function decideNature(
  compactName: string,
  unit: string,
  override?: SourceCell,
): NatureDecision {
  const fromColumn = override ? natureFromColumn(override) : null;
  if (typeof fromColumn === "string") {
    return { nature: fromColumn, source: "column", reason: { code: "column", text: String(override?.raw ?? "").trim() } };
  }
  const guessed = natureFromName(compactName, unit);
  return fromColumn ? { ...guessed, problem: fromColumn } : guessed;
}
