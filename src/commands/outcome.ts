/**
 * What the ribbon's 一键生成评估表 tells the user when it finishes: the sheet assessed and the
 * count of each status under the workbook's labels, or the problem that stopped it — in words,
 * never a raw code.
 */
import type { Assessment } from "../core/types";
import { statusCounts } from "../app/status-counts";
import type { RibbonText } from "../i18n/ribbon";

/** The outcome the dialog shows: a finished run, or a failure with its message. */
export interface Outcome {
  kind: "success" | "error";
  message: string;
}

/**
 * The message of a finished run: `已评估工作表「主要指标」的 36 项指标：提前实现目标 3 项，…`.
 * Statuses no indicator has are left out.
 * @example successOutcome("主要指标", assessment, ribbonZhCN).message
 * //=> "已评估工作表「主要指标」的 36 项指标：提前实现目标 3 项，达到进度要求 20 项，未达到进度要求 9 项，数据暂缺 4 项。详细结果见“评估汇总”工作表。"
 */
export function successOutcome(sheet: string, assessment: Assessment, text: RibbonText): Outcome {
  const counts = statusCounts(assessment)
    .filter((count) => count.count > 0)
    .map((count) => text.countPart(count.label, count.count))
    .join(text.separator);
  return { kind: "success", message: text.done(sheet, assessment.judgements.length, counts) };
}

/** The query parameters that carry an outcome to the dialog page. */
const KIND_PARAMETER = "outcome";
const MESSAGE_PARAMETER = "message";

/**
 * Writes an outcome into the query of the dialog page's address.
 * @example outcomeQuery({ kind: "error", message: "工作表受保护" }) //=> "?outcome=error&message=%E5%B7%A5…"
 */
export function outcomeQuery(outcome: Outcome): string {
  const parameters = new URLSearchParams({ [KIND_PARAMETER]: outcome.kind, [MESSAGE_PARAMETER]: outcome.message });
  return `?${parameters.toString()}`;
}

/**
 * Reads an outcome from a page address's query; null when the page is not showing one.
 * @example outcomeFromQuery("?outcome=success&message=%E5%B7%B2") //=> { kind: "success", message: "已" }
 */
export function outcomeFromQuery(search: string): Outcome | null {
  const parameters = new URLSearchParams(search);
  const kind = parameters.get(KIND_PARAMETER);
  const message = parameters.get(MESSAGE_PARAMETER);
  if ((kind !== "success" && kind !== "error") || message === null || message.trim() === "") return null;
  return { kind, message };
}
