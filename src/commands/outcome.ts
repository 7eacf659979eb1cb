/**
 * What the ribbon's 一键生成评估表 tells the user when it finishes: the sheet assessed and the
 * count of each status under the workbook's labels, or the problem that stopped it — in words,
 * never a raw code.
 */
import type { Assessment } from "../core/types";
import { statusCounts } from "../app/status-counts";
import type { Locale } from "../i18n/index";
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
const LOCALE_PARAMETER = "lang";

/**
 * Writes an outcome, and the opener's language, into the query of the dialog page's address.
 * @example outcomeQuery({ kind: "error", message: "工作表受保护" }, "zh-CN") //=> "?outcome=error&message=%E5%B7%A5…&lang=zh-CN"
 */
export function outcomeQuery(outcome: Outcome, locale: Locale = "zh-CN"): string {
  const parameters = new URLSearchParams({ [KIND_PARAMETER]: outcome.kind, [MESSAGE_PARAMETER]: outcome.message, [LOCALE_PARAMETER]: locale });
  return `?${parameters.toString()}`;
}

/**
 * The language the opener handed the dialog page: in a dialog only `messageParent` and
 * `isSetSupported` work ("The `messageParent` function is one of *only* two Office JS APIs that
 * can be called in the dialog box. The other JS API that can be called in the dialog box is
 * `Office.context.requirements.isSetSupported`."), so the page never asks
 * `Office.context.displayLanguage`; the opener passes it in the address, one of the ways the
 * documentation gives (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/parent-to-dialog)
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/dialog-api-in-office-add-ins).
 * Chinese unless the opener said English.
 * @example localeFromQuery("?outcome=success&message=x&lang=en-US") //=> "en-US"
 */
export function localeFromQuery(search: string): Locale {
  return new URLSearchParams(search).get(LOCALE_PARAMETER) === "en-US" ? "en-US" : "zh-CN";
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
