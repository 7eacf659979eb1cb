/**
 * User-facing text of the engine's judgement (`src/core/settings.ts`, `direction.ts`, `judge.ts`
 * and their helpers): status labels, settings problems, direction reasons, notes and formulas.
 *
 * Notes are written as a bureau's working notes: short clauses joined by `，`, the compared values
 * first (`2022年值1850.4，实现度48.8%，时序进度40%`), then the reasons (`目标低于基期值，视为底线目标`).
 * Labels are shown in the task pane, so they also have an en-US table.
 */
import type { StatusLabels } from "../core/types";

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
  outOfRange: (key: string, value: number, min: number, max: number) =>
    `${settingName(key)}应在 ${min} 至 ${max} 之间，现为 ${value}`,
  path: (text: string) => `${settingName("path")}应为“linear”（线性）或“compound”（复合增长），现为“${text}”`,
  labelsNotObject: `${settingName("labels")}应为按代码给出名称的键值对象`,
  unknownLabel: (code: string) => `未知的评价结果代码“${code}”`,
  emptyLabel: (code: string) => `评价结果“${code}”的名称不能为空`,
} as const;
