/**
 * User-facing text of the engine's judgement (`src/core/settings.ts`, `direction.ts`, `judge.ts`
 * and their helpers): status labels, settings problems, direction reasons, notes and formulas.
 *
 * Notes are written as a bureau's working notes: short clauses joined by `，`, the compared values
 * first (`2022年值1850.4，实现度48.8%，时序进度40%`), then the reasons (`目标低于基期值，视为底线目标`).
 * Labels are shown in the task pane, so they also have an en-US table.
 */
import { formatNumber } from "../core/format";
import type { DirectionReason, IndicatorKind, NatureReason, StatusLabels } from "../core/types";
import type { Locale } from "./index";

/** Default labels of every status, end-of-plan and projection code (DOMAIN.md). */
export const defaultLabels: StatusLabels = {
  ahead: "提前实现目标",
  on_track: "达到进度要求",
  behind: "未达到进度要求",
  no_data: "数据暂缺",
  complete: "完成",
  basically_complete: "基本完成",
  incomplete: "未完成",
  reached: "已实现",
  on_course: "能如期完成",
  with_effort: "经努力可完成",
  difficult: "完成难度较大",
  unknown: "无法预计",
};

/** The same labels for the task pane in English. */
export const defaultLabelsEnUS: StatusLabels = {
  ahead: "Target already met",
  on_track: "On track",
  behind: "Behind schedule",
  no_data: "No data",
  complete: "Complete",
  basically_complete: "Basically complete",
  incomplete: "Incomplete",
  reached: "Reached",
  on_course: "On course",
  with_effort: "Reachable with effort",
  difficult: "Difficult",
  unknown: "Cannot project",
};

/** Settings keys as named to a user. */
const settingNames: Record<string, string> = {
  tolerance: "进度容差",
  basicallyCompleteThreshold: "基本完成阈值",
  projectionEffortBand: "经努力可完成的差距上限",
  path: "实现度计算路径",
  relativeTolerancePp: "与经济增长同步的容差（百分点）",
  capAverage: "平均实现度是否封顶",
  labels: "评价结果名称",
};

const settingName = (key: string): string => settingNames[key] ?? `“${key}”`;

/** Messages of settings problems (`settings.*`). */
export const settingsMessages = {
  notObject: "评估参数应为键值对象",
  json: "评估参数不是有效的 JSON 文本，已无法读取",
  unknownKey: (key: string) => `未知的评估参数“${key}”`,
  notNumber: (key: string, text: string) => `${settingName(key)}应为数值，现为“${text}”`,
  notBoolean: (key: string, text: string) => `${settingName(key)}应为“是”或“否”（true/false），现为“${text}”`,
  outOfRange: (key: string, value: number, min: number, max: number, excludesMin = false) =>
    excludesMin
      ? `${settingName(key)}应大于 ${min} 且不超过 ${max}，现为 ${value}`
      : `${settingName(key)}应在 ${min} 至 ${max} 之间，现为 ${value}`,
  path: (text: string) => `${settingName("path")}应为“linear”（线性）或“compound”（复合增长），现为“${text}”`,
  labelsNotObject: `${settingName("labels")}应为按代码给出名称的键值对象`,
  unknownLabel: (code: string) => `未知的评价结果代码“${code}”`,
  emptyLabel: (code: string) => `评价结果“${code}”的名称不能为空`,
} as const;

const betterWord = (direction: "higher" | "lower"): string => (direction === "lower" ? "越低越好" : "越高越好");

/** Reasons for a direction (正向/逆向), by the rule that decided it. */
export const directionText = {
  column: (text: string, direction: "higher" | "lower") => `方向列为“${text}”，${betterWord(direction)}`,
  comparator: (target: string, direction: "higher" | "lower") =>
    `目标值“${target}”为${direction === "lower" ? "上限" : "下限"}，${betterWord(direction)}`,
  reduction: (word: string) => `名称含“${word}”，表示降低幅度，降幅越大越好`,
  lowerWord: (word: string) => `名称含“${word}”，越低越好`,
  ranking: (word: string, unit: string) => `名称含“${word}”且单位为“${unit}”，位次越靠前（数值越小）越好`,
  intensity: (word: string, unit: string) =>
    unit === "" ? `名称含“${word}”，属强度指标，越低越好` : `名称含“${word}”、单位为“${unit}”，属强度指标，越低越好`,
  emission: (word: string) => `名称含“${word}”，越低越好`,
  default: "无方向列、目标比较符或逆向指标名称，按越高越好",
  /** Appended when a point target is looser than the base. */
  floorSuffix: (direction: "higher" | "lower", target: string, base: string) =>
    direction === "lower"
      ? `；目标值${target}高于基期值${base}，视为不得突破的上限（如方向有误，可增加方向列更正）`
      : `；目标值${target}低于基期值${base}，视为须守住的底线（如方向有误，可增加方向列更正）`,
  unreadable: (cell: string | undefined, text: string) =>
    `${cell ? `单元格 ${cell} 的` : ""}方向“${text}”无法识别，应为“正向”“逆向”“越大越好”“越小越好”“↑”或“↓”，已按其他依据判断`,
} as const;

/**
 * Words a direction reason (a code with data) in a locale: `名称含“浓度”，越低越好`, with the floor a
 * looser target sets after it.
 * @example directionReasonText({ code: "lowerWord", word: "浓度", direction: "lower" }) //=> "名称含“浓度”，越低越好"
 * @example directionReasonText({ code: "default", direction: "higher" }, "en-US") //=> "No direction column, target comparator or lower-is-better name: higher is better"
 */
export function directionReasonText(reason: DirectionReason, locale: Locale = "zh-CN"): string {
  const words = locale === "en-US" ? directionReasonEnUS(reason) : directionReasonZhCN(reason);
  const floor = reason.floor;
  if (floor === undefined) return words;
  const shown = [formatNumber(floor.target), formatNumber(floor.base)] as const;
  return words + (locale === "en-US" ? floorSuffixEnUS(reason.direction, ...shown) : directionText.floorSuffix(reason.direction, ...shown));
}

function directionReasonZhCN(reason: DirectionReason): string {
  switch (reason.code) {
    case "column":
      return directionText.column(reason.text, reason.direction);
    case "comparator":
      return directionText.comparator(reason.target, reason.direction);
    case "reduction":
      return directionText.reduction(reason.word);
    case "lowerWord":
      return directionText.lowerWord(reason.word);
    case "emission":
      return directionText.emission(reason.word);
    case "ranking":
      return directionText.ranking(reason.word, reason.unit);
    case "intensity":
      return directionText.intensity(reason.word, reason.unit);
    case "default":
      return directionText.default;
  }
}

const betterWordEnUS = (direction: "higher" | "lower"): string => (direction === "lower" ? "lower is better" : "higher is better");

function directionReasonEnUS(reason: DirectionReason): string {
  const better = betterWordEnUS(reason.direction);
  switch (reason.code) {
    case "column":
      return `The direction column says “${reason.text}”: ${better}`;
    case "comparator":
      return `The target “${reason.target}” is ${reason.direction === "lower" ? "a ceiling" : "a floor"}: ${better}`;
    case "reduction":
      return `The name contains “${reason.word}”, a reduction: the larger the reduction the better`;
    case "lowerWord":
    case "emission":
      return `The name contains “${reason.word}”: lower is better`;
    case "ranking":
      return `The name contains “${reason.word}” and the unit is “${reason.unit}”: a higher place (a smaller number) is better`;
    case "intensity":
      return reason.unit === ""
        ? `The name contains “${reason.word}”, an intensity: lower is better`
        : `The name contains “${reason.word}” and the unit is “${reason.unit}”, an intensity: lower is better`;
    case "default":
      return "No direction column, target comparator or lower-is-better name: higher is better";
  }
}

function floorSuffixEnUS(direction: "higher" | "lower", target: string, base: string): string {
  return direction === "lower"
    ? `; the target ${target} is above the base ${base}: a ceiling not to exceed (add a direction column if the direction is wrong)`
    : `; the target ${target} is below the base ${base}: a floor to hold (add a direction column if the direction is wrong)`;
}

/**
 * Words a nature reason (a code with data) in a locale.
 * @example natureReasonText({ code: "moneyUnit", unit: "元" }) //=> "单位为“元”，属时期指标，年内数据为累计数"
 * @example natureReasonText({ code: "default" }, "en-US") //=> "No sign of a flow: taken as a stock"
 */
export function natureReasonText(reason: NatureReason, locale: Locale = "zh-CN"): string {
  return locale === "en-US" ? natureReasonEnUS(reason) : natureReasonZhCN(reason);
}

function natureReasonZhCN(reason: NatureReason): string {
  switch (reason.code) {
    case "column":
      return natureText.column(reason.text);
    case "shareUnit":
      return natureText.shareUnit(reason.unit);
    case "intensityUnit":
      return natureText.intensityUnit(reason.unit);
    case "moneyUnit":
      return natureText.moneyUnit(reason.unit);
    case "balance":
      return natureText.balance(reason.word);
    case "ratioWord":
      return natureText.ratioWord(reason.word);
    case "flowWord":
      return natureText.flowWord(reason.word);
    case "default":
      return natureText.default;
  }
}

function natureReasonEnUS(reason: NatureReason): string {
  switch (reason.code) {
    case "column":
      return `The statistics-type column says “${reason.text}”`;
    case "shareUnit":
      return `The unit is “${reason.unit}”, a ratio: comparable at any time`;
    case "intensityUnit":
      return `The unit is “${reason.unit}”, an intensity: comparable at any time`;
    case "moneyUnit":
      return `The unit is “${reason.unit}”, a flow: values within a year are year-to-date totals`;
    case "balance":
      return `The name contains “${reason.word}”, a stock`;
    case "ratioWord":
      return `The name contains “${reason.word}”, a stock or a ratio`;
    case "flowWord":
      return `The name contains “${reason.word}”, a flow: values within a year are year-to-date totals`;
    case "default":
      return "No sign of a flow: taken as a stock";
  }
}

/** Reasons for 时期/时点 (flow or stock). */
export const natureText = {
  column: (text: string) => `统计类型列为“${text}”`,
  shareUnit: (unit: string) => `单位为“${unit}”，属比率指标，可随时比较`,
  intensityUnit: (unit: string) => `单位为“${unit}”，属强度指标，可随时比较`,
  moneyUnit: (unit: string) => `单位为“${unit}”，属时期指标，年内数据为累计数`,
  balance: (word: string) => `名称含“${word}”，属时点指标`,
  ratioWord: (word: string) => `名称含“${word}”，属时点或比率指标`,
  flowWord: (word: string) => `名称含“${word}”，属时期指标，年内数据为累计数`,
  default: "未见时期指标特征，按时点指标",
  unreadable: (cell: string | undefined, text: string) =>
    `${cell ? `单元格 ${cell} 的` : ""}统计类型“${text}”无法识别，应为“时期”或“时点”，已按名称和单位判断`,
} as const;

/** The name of each target kind (指标类型), as a bureau's notes call it. */
export const kindLabels: Record<IndicatorKind, string> = {
  level: "水平值",
  bound: "区间目标",
  maintain: "保持目标",
  rate: "增速目标",
  cumulative: "累计目标",
  qualitative: "定性目标",
  relative: "与经济增长比较",
};

/** Reasons that come from the classification of an indicator. */
export const kindText = {
  cumulativeDecrease: "目标为规划期累计降幅，按截至当期的累计降幅评价",
  floor: (direction: "higher" | "lower", target: string, base: string) =>
    direction === "lower"
      ? `目标值${target}高于基期值${base}，视为不得突破的上限`
      : `目标值${target}低于基期值${base}，视为须守住的底线`,
  adjusted: (base: string, target: string) => `基期值与目标值均列有调整口径数，按调整口径（${base}→${target}）评价`,
  baseBound: (raw: string, value: string) => `基期值仅知为“${raw}”，按${value}计`,
  baseOtherYear: (year: number) => `基期值为${year}年数据`,
  approximate: (raw: string) => `目标“${raw}”为约数，按其数值评价`,
  stretch: "目标含★（争取目标），按该值评价",
  targetUnreadable: "目标值无法识别，无法评价",
  targetMissing: (raw: string) => (raw === "" ? "目标值为空，无可评价的目标" : `目标值为“${raw}”，无可评价的目标`),
} as const;

/** Messages about observation cells (`judge.*`, and `parse.*` re-worded to name the cell). */
export const selectText = {
  cell: (ref: string) => `单元格 ${ref}`,
  periodCell: (period: string) => `${period}数据`,
  someCell: "数据",
  /** What a row's cells are called when their address is unknown. */
  roles: { base: "基期值", target: "目标值", targetGrowth: "目标年均增长", actualGrowth: "实绩年均增长" },
  /** A cell named with its role: 单元格 D7（基期值）. */
  cellInRole: (cell: string, role: string) => `${cell}（${role}）`,
  /** An unreadable base, growth or observation cell; `reason` is the reader's own message. */
  unreadable: (cell: string, raw: string, reason: string) => `${cell}“${shorten(raw)}”无法识别为数值：${reason}`,
  /** An unreadable target cell (it may hold a number, a bound, a total or a phrase). */
  unreadableTarget: (cell: string, raw: string, reason: string) => `${cell}“${shorten(raw)}”无法识别：${reason}`,
  error: (cell: string, raw: string) => `${cell}“${shorten(raw)}”为错误值，已跳过`,
  notNumeric: (cell: string, raw: string) => `${cell}“${shorten(raw)}”为文字，不能与数值目标比较，已跳过`,
} as const;

/** A cell's text quoted in a message, shortened past 40 characters. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The first clause of a note: what was compared with what. Values arrive formatted. */
export const statementText = {
  valueAt: (period: string, value: string) => `${period}值${value}`,
  realisation: (share: string) => `实现度${share}`,
  timeProgress: (share: string) => `时序进度${share}`,
  reached: (target: string) => `已达到目标（${target}）`,
  held: (target: string) => `保持目标值${target}`,
  notHeld: (target: string) => `未保持目标值${target}`,
  averageRate: (from: string, to: string, rate: string) => `${from}至${to}年均增长${rate}`,
  singleRate: (period: string, rate: string) => `${period}增长${rate}`,
  actualRate: (rate: string) => `实绩年均增长${rate}`,
  levelRate: (period: string, rate: string) => `基期至${period}折算年均增长${rate}`,
  targetRate: (rate: string) => `目标年均增长${rate}`,
  cumulative: (period: string, value: string, total: string) => `截至${period}累计${value}，规划期目标${total}`,
  judgement: (period: string, raw: string) => `${period}完成情况为“${raw}”`,
  relative: (period: string, rate: string, gdpRate: string) => `${period}增速${rate}，同期地区生产总值增速${gdpRate}`,
  relativeMet: (relation: "sync" | "faster") => (relation === "faster" ? "快于经济增长" : "与经济增长基本同步"),
  relativeNotMet: (target: string) => `未达到“${target}”的要求`,
} as const;

/** Reasons a note adds after its first clause. */
export const reasonText = {
  olderData: (evaluation: string, used: string) => `评估期为${evaluation}，按最近可用的${used}数据评价`,
  subYearFlow: (period: string, value: string) => `${period}值${value}为年内累计数（时期指标），不与全年目标比较`,
  valueBound: (raw: string, value: string) => `当期值仅知为“${raw}”，按${value}计`,
  valueOtherYear: (year: number) => `所用数值注明为${year}年数据`,
  regressing: (base: string) => `较基期值${base}退步`,
  slipped: "基期值已满足目标，当期值已不满足，实现度计为0",
  compoundUsed: "按复合增长路径计算实现度",
  compoundFallback: "数值非正，无法按复合增长路径计算，改按线性路径",
  noBaseRatio: "缺少基期值，按当期值与目标值之比计实现度",
  singleRate: (period: string) => `仅有${period}一期增速，按该期增速评价`,
  arithmeticRate: "有增速不高于−100%，年均增速按算术平均计",
  laterNumber: (period: string, value: string) => `${period}填报数值${value}，未说明是否完成`,
  gdpAverage: "地区生产总值增速取其实绩年均增长",
} as const;

/** Why an indicator has the status 数据暂缺. */
export const noDataText = {
  noValue: "评估期及以前无可用数据",
  onlySubYear: (period: string, value: string) =>
    `仅有${period}值${value}，为时期指标的年内累计数，不能与全年目标比较，基期后尚无全年数据`,
  noBaseNotMet: "缺少基期值，且尚未达到目标，无法计算实现度",
  noJudgement: (target: string) => `目标为“${target}”，尚无完成情况（如“完成”“未完成”）`,
  noGdp: "未找到同期地区生产总值增速，需人工判断",
  noRate: "无可用的增速数据",
  rateNotComputable: "缺少为正数的基期值或当期值，无法折算年均增速",
  outOfRange: "数值超出可计算范围，无法计算实现度",
} as const;

/** The formula applied, in words, with the numbers put in. Values arrive formatted. */
export const formulaText = {
  linear: (base: string, target: string, value: string) =>
    `实现度 =（当期值 − 基期值）÷（目标值 − 基期值）=（${value} − ${base}）÷（${target} − ${base}）`,
  compound: (base: string, target: string, value: string) =>
    `实现度 = ln(当期值 ÷ 基期值) ÷ ln(目标值 ÷ 基期值) = ln(${value} ÷ ${base}) ÷ ln(${target} ÷ ${base})`,
  boundMet: (target: string) => `当期值满足目标“${target}”，实现度计为100%`,
  boundSlipped: (target: string) => `基期值满足目标“${target}”而当期值不满足，实现度计为0`,
  held: "当期值保持在目标值，实现度计为100%",
  ratio: (direction: "higher" | "lower", target: string, value: string) =>
    direction === "higher"
      ? `实现度 = 当期值 ÷ 目标值 = ${value} ÷ ${target}`
      : `实现度 = 目标值 ÷ 当期值 = ${target} ÷ ${value}`,
  geometricRate: (years: number) => `年均增速 =（Π(1 + 各年增速)）^(1/${years}) − 1`,
  arithmeticRate: (years: number) => `年均增速 = 各年增速之和 ÷ ${years}`,
  levelRate: (years: string) => `年均增速 =（当期值 ÷ 基期值）^(1/${years}) − 1`,
  rateRatio: (direction: "higher" | "lower", achieved: string, target: string) =>
    direction === "higher"
      ? `实现度 = 年均增速 ÷ 目标增速 = ${achieved} ÷ ${target}`
      : `实现度 = 目标增速 ÷ 年均增速 = ${target} ÷ ${achieved}`,
  cumulative: (value: string, total: string) => `实现度 = 累计完成值 ÷ 规划期累计目标 = ${value} ÷ ${total}`,
  judged: "按完成情况判断：完成为达到进度要求，未完成为未达到进度要求",
  relative: (tolerance: string) => `增速 ≥ 同期地区生产总值增速 − ${tolerance}个百分点，即达到要求`,
  join: (parts: readonly string[]) => parts.join("；"),
} as const;

/** Reasons of growth-rate and cumulative judgements. */
export const growthText = {
  negativeGrowth: "年均增速为负",
  negativeTotal: "累计值为负，与目标方向相反",
  actualColumn: "按“实绩年均增长”栏评价",
} as const;
