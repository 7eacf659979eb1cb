/**
 * Judgement notes and formulas in words: each phrase code of `src/core/phrases.ts` worded in
 * zh-CN and en-US, numbers and periods formatted here. Notes are written as a bureau's working
 * notes: short clauses joined by `，`, the compared values first (`2022年值1850.4，实现度48.8%，
 * 时序进度40%`), then the reasons (`目标低于基期值，视为底线目标`), joined by `；`.
 */
import { formatNumber, formatPercent, formatRate } from "../core/format";
import { formatPeriod } from "../core/period";
import type { Note, Phrase } from "../core/phrases";
import type { Period } from "../core/types";
import type { Locale } from "./index";

/** One wording per phrase code: the compiler asks for every code in every locale. */
type Wordings = { [Code in Phrase["code"]]: (phrase: PhraseOf<Code>) => string };

/** The phrase a code belongs to (a phrase may share its data with other codes: `linear` | `compound`). */
type PhraseOf<Code extends Phrase["code"]> = Phrase extends infer P ? (P extends { code: infer C } ? (Code extends C ? P : never) : never) : never;

const n = formatNumber;
const WAY_ZH = { decrease: "低于基期值", increase: "高于基期值", noIncrease: "不高于基期值" } as const;
const WAY_EN = { decrease: "below the base", increase: "above the base", noIncrease: "not above the base" } as const;
const pct = formatPercent;
/** GDP in a note when the reference row's name gives no word of its own. */
const GDP_ZH = "生产总值";
/** A 统计口径 column's words, and how the values are read by each. */
const CALIBRE_ZH = { toDate: "累计", yearly: "当年", level: "水平" } as const;
const CALIBRE_READ_ZH = { toDate: "截至当期的累计数", yearly: "各年当年数", level: "水平值" } as const;
const CALIBRE_READ_EN = { toDate: "totals to date", yearly: "each year's own figures", level: "levels" } as const;
const rate = formatRate;

const zhCN: Wordings = {
  valueAt: (p) => `${formatPeriod(p.period)}值${n(p.value)}`,
  realisation: (p) => `实现度${pct(p.share)}`,
  timeProgress: (p) => `时序进度${pct(p.share)}`,
  reached: (p) => `已达到目标（${p.target}）`,
  held: (p) => `保持目标值${n(p.target)}`,
  notHeld: (p) => `未保持目标值${n(p.target)}`,
  averageRate: (p) => `${formatPeriod(p.from)}至${formatPeriod(p.to)}年均增长${rate(p.rate)}`,
  singleRate: (p) => `${formatPeriod(p.period)}增长${rate(p.rate)}`,
  actualRate: (p) => `实绩年均增长${rate(p.rate)}`,
  levelRate: (p) => `基期至${formatPeriod(p.period)}折算年均增长${rate(p.rate)}`,
  targetRate: (p) => `目标年均增长${rate(p.rate)}`,
  cumulative: (p) => `截至${formatPeriod(p.period)}累计${n(p.value)}，规划期目标${n(p.total)}`,
  judgement: (p) => `${formatPeriod(p.period)}完成情况为“${p.text}”`,
  relative: (p) => `${formatPeriod(p.period)}增速${rate(p.rate)}，同期${p.reference ?? GDP_ZH}增速${rate(p.gdpRate)}`,
  relativeMet: (p) => (p.relation === "faster" ? "快于经济增长" : "与经济增长基本同步"),
  relativeNotMet: (p) => `未达到“${p.target}”的要求`,
  directional: (p) =>
    `${formatPeriod(p.period)}值${n(p.value)}，基期值${n(p.base)}，${p.met ? "" : "未"}${WAY_ZH[p.way]}`,
  insideBand: (p) => `处于目标区间${n(p.low)}—${n(p.high)}之内`,
  olderData: (p) => `评估期为${formatPeriod(p.evaluation)}，按最近可用的${formatPeriod(p.used)}数据评价`,
  subYearFlow: (p) => `${formatPeriod(p.period)}值${n(p.value)}为年内累计数（时期指标），不与全年目标比较`,
  valueBound: (p) => `当期值仅知为“${p.text}”，按${n(p.value)}计`,
  valueOtherYear: (p) => `所用数值注明为${p.year}年数据`,
  regressing: (p) => `较基期值${n(p.base)}退步`,
  slipped: () => "基期值已满足目标，当期值已不满足，实现度计为0",
  compoundUsed: () => "按复合增长路径计算实现度",
  compoundFallback: () => "数值非正，无法按复合增长路径计算，改按线性路径",
  noBaseRatio: () => "缺少基期值，按当期值与目标值之比计实现度",
  singleRateOnly: (p) => `仅有${formatPeriod(p.period)}一期增速，按该期增速评价`,
  arithmeticRate: () => "有增速不高于−100%，年均增速按算术平均计",
  laterNumber: (p) => `${formatPeriod(p.period)}填报数值${n(p.value)}，未说明是否完成`,
  gdpAverage: (p) => `${p.reference ?? GDP_ZH}增速取其实绩年均增长`,
  negativeGrowth: () => "年均增速为负",
  negativeTotal: () => "累计值为负，与目标方向相反",
  actualColumn: () => "按“实绩年均增长”栏评价",
  cumulativeDecrease: () => "目标为规划期累计降幅，按截至当期的累计降幅评价",
  stretch: () => "目标含★（争取目标），按该值评价",
  floor: (p) =>
    p.direction === "lower"
      ? `目标值${n(p.target)}高于基期值${n(p.base)}，视为不得突破的上限`
      : `目标值${n(p.target)}低于基期值${n(p.base)}，视为须守住的底线`,
  adjusted: (p) => `基期值与目标值均列有调整口径数，按调整口径（${n(p.base)}→${n(p.target)}）评价`,
  baseBound: (p) => `基期值仅知为“${p.text}”，按${n(p.value)}计`,
  baseOtherYear: (p) => `基期值为${p.year}年数据`,
  approximate: (p) => `目标“${p.text}”为约数，按其数值评价`,
  baseStarred: () => "基期值带“*”，为其他年份数据（见表注）",
  valueStarred: () => "所用数值带“*”，为其他年份数据（见表注）",
  stretchNote: (p) => `“${p.text}”为争取目标，列示备查，不作评价`,
  targetFromGrowthColumn: (p) => `目标年一栏无数值，按“年均/累计”栏的“${p.text}”评价`,
  changeAsLevels: (p) => `目标“${p.text}”为较基期的变化，监测值为水平值，按基期值${n(p.base)}折算目标值${n(p.goal)}评价`,
  changeAsChanges: (p) => `目标“${p.text}”为较基期的变化，指标名称即为变化量，监测值按累计变化量评价`,
  incrementsByColumn: (p) => `统计口径为“当年”，累计值按${p.years}个年度的当年数相加`,
  incrementsByRun: (p) => `监测值有升有降，为各年当年数，累计值按${p.years}个年度相加`,
  impliedGrowth: (p) => `“年均/累计”栏年均增长${rate(p.rate)}为目标隐含增速（由基期值至目标值折合年均增长${rate(p.computed)}），列示备查，不作评价`,
  impliedGrowthShown: (p) => `“年均/累计”栏“${p.text}”为目标隐含增速，列示备查，不作评价`,
  calibreColumn: (p) => `统计口径栏为“${CALIBRE_ZH[p.calibre]}”，监测值按${CALIBRE_READ_ZH[p.calibre]}读取`,
  bandEdge: (p) => `当期值不在目标区间内，按距其最近的区间端点${n(p.edge)}评价`,
  openTarget: (p) => `目标为“${p.text}”，未设可比较的数值，不作评价`,
  noReference: (p) => `目标以${p.reference}为参照，表中无${p.reference}数据，需人工判断`,
  changeNoBase: (p) => `目标“${p.text}”以基期值为起点，缺少基期值，无法评价`,
  noValue: () => "评估期及以前无可用数据",
  noBaseNotMet: () => "缺少基期值，且尚未达到目标，无法计算实现度",
  noGdp: () => "表中未找到同期生产总值增速，需人工判断",
  noRate: () => "无可用的增速数据",
  rateNotComputable: () => "缺少为正数的基期值或当期值，无法折算年均增速",
  outOfRange: () => "数值超出可计算范围，无法计算实现度",
  targetUnreadable: () => "目标值无法识别，无法评价",
  onlySubYear: (p) =>
    `仅有${formatPeriod(p.period)}值${n(p.value)}，为时期指标的年内累计数，不能与全年目标比较，基期后尚无全年数据`,
  noJudgement: (p) => `目标为“${p.target}”，尚无完成情况（如“完成”“未完成”）`,
  targetMissing: (p) => (p.text === "" ? "目标值为空，无可评价的目标" : `目标值为“${p.text}”，无可评价的目标`),
  linear: (p) =>
    `实现度 =（当期值 − 基期值）÷（目标值 − 基期值）=（${n(p.value)} − ${n(p.base)}）÷（${n(p.target)} − ${n(p.base)}）`,
  compound: (p) =>
    `实现度 = ln(当期值 ÷ 基期值) ÷ ln(目标值 ÷ 基期值) = ln(${n(p.value)} ÷ ${n(p.base)}) ÷ ln(${n(p.target)} ÷ ${n(p.base)})`,
  boundMet: (p) => `当期值满足目标“${p.target}”，实现度计为100%`,
  boundSlipped: (p) => `基期值满足目标“${p.target}”而当期值不满足，实现度计为0`,
  heldFormula: () => "当期值保持在目标值，实现度计为100%",
  judged: () => "按完成情况判断：完成为达到进度要求，未完成为未达到进度要求",
  ratio: (p) =>
    p.direction === "higher"
      ? `实现度 = 当期值 ÷ 目标值 = ${n(p.value)} ÷ ${n(p.target)}`
      : `实现度 = 目标值 ÷ 当期值 = ${n(p.target)} ÷ ${n(p.value)}`,
  geometricRate: (p) => `年均增速 =（Π(1 + 各年增速)）^(1/${p.years}) − 1`,
  arithmeticRateFormula: (p) => `年均增速 = 各年增速之和 ÷ ${p.years}`,
  levelRateFormula: (p) => `年均增速 =（当期值 ÷ 基期值）^(1/${n(p.years)}) − 1`,
  rateRatio: (p) =>
    p.direction === "higher"
      ? `实现度 = 年均增速 ÷ 目标增速 = ${rate(p.achieved)} ÷ ${rate(p.target)}`
      : `实现度 = 目标增速 ÷ 年均增速 = ${rate(p.target)} ÷ ${rate(p.achieved)}`,
  cumulativeFormula: (p) => `实现度 = 累计完成值 ÷ 规划期累计目标 = ${n(p.value)} ÷ ${n(p.total)}`,
  relativeFormula: (p) => `增速 ≥ 同期${p.reference ?? GDP_ZH}增速 − ${n(p.tolerance)}个百分点，即达到要求`,
  directionalFormula: (p) => `当期值${WAY_ZH[p.way]}即达到要求`,
  bandFormula: (p) => `当期值处于${n(p.low)}—${n(p.high)}之内，实现度计为100%`,
};

/** A period in English: `2022`, `2023 H1`, `2023 Q1`, `2023 Q1–Q3`. */
function periodEnUS(period: Period): string {
  const part = { 0.25: " Q1", 0.5: " H1", 0.75: " Q1–Q3", 1: "" }[period.fraction];
  return `${period.year}${part}`;
}

const p = periodEnUS;

const enUS: Wordings = {
  valueAt: (x) => `${p(x.period)} value ${n(x.value)}`,
  realisation: (x) => `realisation ${pct(x.share)}`,
  timeProgress: (x) => `time progress ${pct(x.share)}`,
  reached: (x) => `target reached (${x.target})`,
  held: (x) => `target value ${n(x.target)} held`,
  notHeld: (x) => `target value ${n(x.target)} not held`,
  averageRate: (x) => `average annual growth ${rate(x.rate)} from ${p(x.from)} to ${p(x.to)}`,
  singleRate: (x) => `growth ${rate(x.rate)} in ${p(x.period)}`,
  actualRate: (x) => `published average annual growth ${rate(x.rate)}`,
  levelRate: (x) => `average annual growth ${rate(x.rate)} from the base to ${p(x.period)}`,
  targetRate: (x) => `target average annual growth ${rate(x.rate)}`,
  cumulative: (x) => `cumulative ${n(x.value)} to ${p(x.period)}, plan-period target ${n(x.total)}`,
  judgement: (x) => `${p(x.period)} completion reported as “${x.text}”`,
  relative: (x) => `${p(x.period)} growth ${rate(x.rate)}, GDP growth in the same period ${rate(x.gdpRate)}`,
  relativeMet: (x) => (x.relation === "faster" ? "faster than the economy" : "broadly in step with the economy"),
  relativeNotMet: (x) => `the requirement “${x.target}” is not met`,
  directional: (x) => `${p(x.period)} value ${n(x.value)}, base ${n(x.base)}: ${x.met ? "" : "not "}${WAY_EN[x.way]}`,
  insideBand: (x) => `inside the target band ${n(x.low)}–${n(x.high)}`,
  olderData: (x) => `the evaluation period is ${p(x.evaluation)}; judged on the latest data available, ${p(x.used)}`,
  subYearFlow: (x) => `the ${p(x.period)} value ${n(x.value)} is a year-to-date total (a flow) and is not compared with the annual target`,
  valueBound: (x) => `the value is known only as “${x.text}”; counted as ${n(x.value)}`,
  valueOtherYear: (x) => `the value used is marked as ${x.year} data`,
  regressing: (x) => `worse than the base value ${n(x.base)}`,
  slipped: () => "the base met the target and the current value no longer does: realisation counted as 0",
  compoundUsed: () => "realisation on the compound growth path",
  compoundFallback: () => "values not positive: the compound path cannot be used, linear path instead",
  noBaseRatio: () => "no base value: realisation as the ratio of the value to the target",
  singleRateOnly: (x) => `only the ${p(x.period)} growth rate is available; judged on it`,
  arithmeticRate: () => "a growth rate at or below −100%: the average is arithmetic",
  laterNumber: (x) => `${p(x.period)} reports the number ${n(x.value)} without saying whether the task is done`,
  gdpAverage: () => "GDP growth taken from its published average annual growth",
  negativeGrowth: () => "average annual growth is negative",
  negativeTotal: () => "the cumulative value is negative, away from the target",
  actualColumn: () => "judged on the published average annual growth column",
  cumulativeDecrease: () => "the target is a cumulative reduction over the plan period, judged on the reduction to date",
  stretch: () => "the target is a stretch goal (★), judged at its value",
  floor: (x) =>
    x.direction === "lower"
      ? `the target ${n(x.target)} is above the base ${n(x.base)}: a ceiling not to exceed`
      : `the target ${n(x.target)} is below the base ${n(x.base)}: a floor to hold`,
  adjusted: (x) => `base and target both give an adjusted-caliber figure: judged on it (${n(x.base)}→${n(x.target)})`,
  baseBound: (x) => `the base is known only as “${x.text}”; counted as ${n(x.value)}`,
  baseOtherYear: (x) => `the base value is ${x.year} data`,
  approximate: (x) => `the target “${x.text}” is approximate, judged at its value`,
  baseStarred: () => "the base is marked “*”: data of another year (see the table's footnote)",
  valueStarred: () => "the value used is marked “*”: data of another year (see the table's footnote)",
  stretchNote: (x) => `“${x.text}” is a stretch goal, shown and not judged`,
  targetFromGrowthColumn: (x) => `the target-year column holds no value: judged on “${x.text}” in the average/cumulative column`,
  changeAsLevels: (x) =>
    `the target “${x.text}” is a change from the base and the values are levels: judged against the target level ${n(x.goal)} set from the base ${n(x.base)}`,
  changeAsChanges: (x) => `the target “${x.text}” is a change from the base and the name states the change: the values are judged as the change to date`,
  incrementsByColumn: (x) => `the calibre column says “当年”: the cumulative value is the sum of ${x.years} years' own figures`,
  incrementsByRun: (x) => `the values rise and fall, so they are each year's own figures: the cumulative value sums ${x.years} years`,
  impliedGrowth: (x) =>
    `the average annual growth ${rate(x.rate)} in the average/cumulative column is the growth the target implies (base to target: ${rate(x.computed)} a year), shown and not judged`,
  impliedGrowthShown: (x) => `“${x.text}” in the average/cumulative column is the growth the target implies, shown and not judged`,
  calibreColumn: (x) => `the calibre column says “${CALIBRE_ZH[x.calibre]}”: the values are read as ${CALIBRE_READ_EN[x.calibre]}`,
  bandEdge: (x) => `the value is outside the target band: judged toward its nearest edge ${n(x.edge)}`,
  openTarget: (x) => `the target is “${x.text}”: no figure to compare with, not judged`,
  noReference: (x) => `the target refers to ${x.reference}, which the table does not hold: to be judged by hand`,
  changeNoBase: (x) => `the target “${x.text}” starts from the base value, and there is none: not judged`,
  noValue: () => "no usable data up to the evaluation period",
  noBaseNotMet: () => "no base value and the target not yet reached: realisation cannot be computed",
  noGdp: () => "no GDP growth rate for the same period: to be judged by hand",
  noRate: () => "no usable growth rates",
  rateNotComputable: () => "no positive base or current value: the average annual growth cannot be computed",
  outOfRange: () => "the numbers are out of computable range: realisation cannot be computed",
  targetUnreadable: () => "the target cannot be read: nothing to judge",
  onlySubYear: (x) =>
    `only the ${p(x.period)} value ${n(x.value)}, a year-to-date total of a flow, which is not compared with the annual target; no full-year data since the base`,
  noJudgement: (x) => `the target is “${x.target}”, and no completion is reported yet (such as 完成 or 未完成)`,
  targetMissing: (x) => (x.text === "" ? "the target is empty: nothing to judge" : `the target is “${x.text}”: nothing to judge`),
  linear: (x) =>
    `realisation = (value − base) ÷ (target − base) = (${n(x.value)} − ${n(x.base)}) ÷ (${n(x.target)} − ${n(x.base)})`,
  compound: (x) =>
    `realisation = ln(value ÷ base) ÷ ln(target ÷ base) = ln(${n(x.value)} ÷ ${n(x.base)}) ÷ ln(${n(x.target)} ÷ ${n(x.base)})`,
  boundMet: (x) => `the value meets the target “${x.target}”: realisation counted as 100%`,
  boundSlipped: (x) => `the base met the target “${x.target}” and the value does not: realisation counted as 0`,
  heldFormula: () => "the value holds the target level: realisation counted as 100%",
  judged: () => "judged on completion: done is on track, not done is behind schedule",
  ratio: (x) =>
    x.direction === "higher"
      ? `realisation = value ÷ target = ${n(x.value)} ÷ ${n(x.target)}`
      : `realisation = target ÷ value = ${n(x.target)} ÷ ${n(x.value)}`,
  geometricRate: (x) => `average annual growth = (Π(1 + yearly growth))^(1/${x.years}) − 1`,
  arithmeticRateFormula: (x) => `average annual growth = sum of yearly growth ÷ ${x.years}`,
  levelRateFormula: (x) => `average annual growth = (value ÷ base)^(1/${n(x.years)}) − 1`,
  rateRatio: (x) =>
    x.direction === "higher"
      ? `realisation = average growth ÷ target growth = ${rate(x.achieved)} ÷ ${rate(x.target)}`
      : `realisation = target growth ÷ average growth = ${rate(x.target)} ÷ ${rate(x.achieved)}`,
  cumulativeFormula: (x) => `realisation = cumulative to date ÷ plan-period target = ${n(x.value)} ÷ ${n(x.total)}`,
  relativeFormula: (x) => `growth ≥ GDP growth in the same period − ${n(x.tolerance)} percentage points meets the requirement`,
  directionalFormula: (x) => `a value ${WAY_EN[x.way]} meets the requirement`,
  bandFormula: (x) => `a value inside ${n(x.low)}–${n(x.high)} counts as 100% realisation`,
};

/** How clauses are joined in each locale: within the opening, and between reasons. */
const JOINS: Record<Locale, { clause: string; reason: string }> = {
  "zh-CN": { clause: "，", reason: "；" },
  "en-US": { clause: ", ", reason: "; " },
};

/**
 * Words one phrase.
 * @example phraseText({ code: "valueAt", period: { year: 2022, fraction: 1, code: "2022" }, value: 1850.4 }) //=> "2022年值1850.4"
 * @example phraseText({ code: "realisation", share: 0.488 }, "en-US") //=> "realisation 48.8%"
 */
export function phraseText(phrase: Phrase, locale: Locale = "zh-CN"): string {
  const wordings = locale === "en-US" ? enUS : zhCN;
  // The table is keyed by code, each entry taking its own phrase: TypeScript cannot correlate the two.
  const word = wordings[phrase.code] as (phrase: Phrase) => string;
  return word(phrase);
}

/**
 * Words a judgement's note: the opening clauses, then the reasons.
 * @example noteText({ statement: [{ code: "realisation", share: 0.488 }, { code: "timeProgress", share: 0.4 }], reasons: [{ code: "stretch" }] })
 * //=> "实现度48.8%，时序进度40%；目标含★（争取目标），按该值评价"
 */
export function noteText(note: Note, locale: Locale = "zh-CN"): string {
  const joins = JOINS[locale];
  const opening = note.statement.map((phrase) => phraseText(phrase, locale)).join(joins.clause);
  return [opening, ...note.reasons.map((phrase) => phraseText(phrase, locale))].join(joins.reason);
}

/**
 * Words a judgement's formula (its parts joined); empty when there is none.
 * @example formulaText([{ code: "heldFormula" }]) //=> "当期值保持在目标值，实现度计为100%"
 */
export function formulaText(formula: readonly Phrase[], locale: Locale = "zh-CN"): string {
  return formula.map((phrase) => phraseText(phrase, locale)).join(JOINS[locale].reason);
}
