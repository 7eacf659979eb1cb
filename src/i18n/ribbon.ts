/**
 * User-facing text of the ribbon's one-click command 一键生成评估表 (`src/commands`): the outcome
 * dialog's title, message and button, and the messages of what stopped a run. zh-CN first, then an
 * en-US table of the same shape. The situations a user can act on (a protected sheet, cell edit
 * mode …) read as in the task pane: one table of them, the pane's.
 */
import type { Locale } from "./index";
import { taskpaneEnUS, taskpaneZhCN } from "./taskpane";

/** The zh-CN table; {@link RibbonText} is its shape. */
export const ribbonZhCN = {
  title: "一键生成评估表",
  done: (sheet: string, total: number, counts: string) =>
    `已评估工作表「${sheet}」的 ${total} 项指标：${counts}。详细结果见“评估汇总”工作表。`,
  countPart: (label: string, count: number) => `${label} ${count} 项`,
  separator: "，",
  close: "关闭",
  /** What stopped a run, by situation (`src/app/errors.ts`). */
  errors: taskpaneZhCN.errors,
};

/** The shape every locale's ribbon table has. */
export type RibbonText = typeof ribbonZhCN;

/** The en-US table. */
export const ribbonEnUS: RibbonText = {
  title: "Assess now",
  done: (sheet, total, counts) => `Assessed ${total} indicators on sheet “${sheet}”: ${counts}. See the summary sheet for details.`,
  countPart: (label, count) => `${label} ${count}`,
  separator: ", ",
  close: "Close",
  errors: taskpaneEnUS.errors,
};

/**
 * The ribbon table of a locale.
 * @example ribbonText("zh-CN").title //=> "一键生成评估表"
 */
export function ribbonText(locale: Locale): RibbonText {
  return locale === "en-US" ? ribbonEnUS : ribbonZhCN;
}
