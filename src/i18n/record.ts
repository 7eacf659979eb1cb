/**
 * User-facing text of the record of assessments (评估记录) and of the change since the last
 * assessment (较上期): the sheet's name and headers, the change words (each a symbol and a word,
 * never a colour alone), the summary's counts, and the problems of reading the record (always
 * Chinese, naming the cell).
 */
import type { ChangeCode } from "../core/change";
import { quoted as q } from "./evidence";
import type { Locale } from "./index";

/** The record's and the change's written text of one locale. */
export interface RecordText {
  /** The record sheet's name. */
  sheet: string;
  /** Headers of the record sheet: the two key columns, and the two cells under each period. */
  category: string;
  name: string;
  status: string;
  realisation: string;
  /** The period heading a column group (`2021年`). */
  periodHeader: (period: string) => string;
  /** Each change as shown in the block: a symbol and a word. */
  changes: Record<ChangeCode, string>;
  /** Shown for an indicator without a change (nothing to compare with, or not assessed now). */
  noChange: string;
  /** The summary's section on the change. */
  summaryTitle: string;
  /** The line that says which period the change is against. */
  comparedWith: (period: string) => string;
  /** Said when the record holds no earlier period. */
  noEarlier: string;
  change: string;
  count: string;
  /** The command line's line: against which period, and the counts (or that there is nothing to compare). */
  line: (period: string | null, counts: string) => string;
  /** The pane's result card: the lead of the 较上期 line, one count, and what separates counts. */
  cardLead: (period: string) => string;
  countText: (label: string, count: number) => string;
  separator: string;
}

const zhCN: RecordText = {
  sheet: "评估记录",
  category: "类别",
  name: "指标名称",
  status: "评价结果",
  realisation: "实现度",
  periodHeader: (period) => period,
  changes: { better: "↑好转", same: "→持平", worse: "↓退步", new: "新增" },
  noChange: "—",
  summaryTitle: "九、较上期变化",
  comparedWith: (period) => `与评估记录中的上期（${period}）相比`,
  noEarlier: "评估记录中没有早于本评估期的评估，本期不作比较",
  change: "较上期",
  count: "指标数",
  line: (period, counts) => (period === null ? "较上期：评估记录中没有早于本评估期的评估，本期不作比较" : `较上期（与${period}相比）：${counts}`),
  cardLead: (period) => `较上期（与${period}相比）：`,
  countText: (label, count) => `${label} ${count} 项`,
  separator: "，",
};

const enUS: RecordText = {
  sheet: "Assessment record",
  category: "Domain",
  name: "Indicator",
  status: "Status",
  realisation: "Realisation",
  periodHeader: (period) => period,
  changes: { better: "↑Better", same: "→Same", worse: "↓Worse", new: "New" },
  noChange: "—",
  summaryTitle: "9. Change since the last assessment",
  comparedWith: (period) => `Against the last assessment in the record (${period})`,
  noEarlier: "The record holds no assessment before this period: no comparison",
  change: "Since last",
  count: "Indicators",
  line: (period, counts) => (period === null ? "Since last: no earlier assessment in the record" : `Since last (${period}): ${counts}`),
  cardLead: (period) => `Since last (${period}): `,
  countText: (label, count) => `${label} ${count}`,
  separator: ", ",
};

/**
 * The record's text in a locale (zh-CN by default).
 * @example recordText().changes.better //=> "↑好转"
 */
export function recordText(locale: Locale = "zh-CN"): RecordText {
  return locale === "en-US" ? enUS : zhCN;
}

/** The record sheet's name in every locale: a door reads whichever exists with the grid. */
export const RECORD_SHEETS: readonly string[] = [zhCN.sheet, enUS.sheet];

/** Problems of reading the record (always Chinese). */
export const recordMessages = {
  edited: (sheet: string, cells: string, count: number) =>
    `工作表${q(sheet)}是历次评估的留存记录，其中${cells}${count > 1 ? `等${count}个单元格` : "单元格"}与上次评估写入的内容不同（已被改动）。为避免覆盖改动、丢失记录，本次未进行评估。请撤销这些改动后重新评估；如需保留改动后的表，请将该工作表改名（改名后加载项不再改动它，并重新开始记录）。`,
  period: (sheet: string, cell: string, text: string) =>
    `工作表${q(sheet)}的单元格 ${cell} 为${q(text)}，不是评估期，该列的记录未读入`,
  status: (sheet: string, cell: string, text: string) =>
    `工作表${q(sheet)}的单元格 ${cell} 为${q(text)}，不是评价结果，该项该期的记录未读入`,
  realisation: (sheet: string, cell: string, text: string) =>
    `工作表${q(sheet)}的单元格 ${cell} 为${q(text)}，不是实现度，该项该期按无实现度记录`,
} as const;
