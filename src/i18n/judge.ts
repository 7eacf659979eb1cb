/**
 * User-facing text of the engine's judgement (`src/core/settings.ts`, `direction.ts`, `judge.ts`
 * and their helpers): status labels, settings problems, direction reasons, notes and formulas.
 *
 * Notes are written as a bureau's working notes: short clauses joined by `，`, the compared values
 * first (`2022年值1850.4，实现度48.8%，时序进度40%`), then the reasons (`目标低于基期值，视为底线目标`).
 * Labels are shown in the task pane, so they also have an en-US table.
 */
import { formatNumber, formatRate } from "../core/format";
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
  change: "较基期变化目标",
  band: "数值区间目标",
  open: "开放性目标",
  directional: "方向性目标",
};

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
  /** A 统计口径 cell that says neither 累计, 当年 nor 水平. */
  unreadableCalibre: (cell: string, raw: string) =>
    `${cell ? `${cell}的` : ""}统计口径“${shorten(raw)}”无法识别，应为“累计”“当年”或“水平”，已按名称和数值判断`,
  /** An attribute cell that is neither 约束性 nor 预期性. */
  unreadableAttribute: (cell: string, raw: string) => `${cell ? `${cell}的` : ""}指标属性“${shorten(raw)}”无法识别，应为“约束性”或“预期性”，未计入属性`,
  /** A 年均/累计 cell beside a target-year value: the target-year value is the target. */
  growthUnused: (cell: string, raw: string) => `${cell}“${shorten(raw)}”未用于评价：目标年一栏已有目标值，按目标年一栏评价`,
  /** A 年均/累计 number beside a target-year value that the growth from base to target contradicts. */
  impliedGrowthContradicts: (cell: string, raw: string, computed: number, tolerance: number) =>
    `${cell}“${shorten(raw)}”与目标值不符：由基期值至目标值折合年均增长${formatRate(computed)}，相差超过${formatNumber(tolerance)}个百分点，已按目标年一栏评价`,
  notNumeric: (cell: string, raw: string) => `${cell}“${shorten(raw)}”为文字，不能与数值目标比较，已跳过`,
} as const;

/** A cell's text quoted in a message, shortened past 40 characters. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

