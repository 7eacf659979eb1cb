/**
 * Header words: which column a header cell names by its words alone (序号, 类别, 指标名称, 子项,
 * 单位, 指标属性, 统计类型, 统计口径, 方向, 备注 …), whether a text reads as a header at all, and the mark of a
 * column this add-in generated (评估结果（自动生成）).
 *
 * Period and role words (2020年, 目标, 实绩, 预计, 年均增长, 完成情况) are read by
 * `parseHeaderLabel` in `src/core/period.ts`; this module adds the words that name no period.
 */
import { cleanLabel, findPeriod, parseHeaderLabel } from "../core/period";
import type { HeaderLabel } from "../core/period";
import { workbookText } from "../i18n/workbook";

/** Roles a header names by its words alone. `otherKnown`: 备注, 责任单位 … (kept, never read). */
export type KeywordRole =
  | "index"
  | "category"
  | "name"
  | "subItem"
  | "unit"
  | "attribute"
  | "nature"
  | "direction"
  | "calibre"
  | "otherKnown";

/** Exact header words (after cleaning, brackets and numbering removed), most specific first. */
const KEYWORDS: ReadonlyArray<readonly [KeywordRole, RegExp]> = [
  ["nature", /^(统计类型|统计性质|指标统计类型|时期\/?时点|时点\/?时期|时期或时点|时期时点|时期指标\/?时点指标)$/u],
  ["direction", /^(指标)?(方向|方向性|极性)$|^(正逆向|正向\/?逆向|正\/?逆向)$/u],
  ["attribute", /^(指标)?(属性|类型|性质)$|^(预期性\/?约束性|约束性\/?预期性)$/u],
  ["calibre", /^(指标|数据)?(统计)?口径$|^(累计\/?当年|当年\/?累计)$/u],
  ["index", /^(序号|编号|序|No\.?|#)$/iu],
  ["category", /^(指标)?(类别|领域|分类|门类|板块|方面|大类|维度)$|^一级指标$/u],
  ["subItem", /^(子项|子指标|分项|细项|分项指标|子项目|其中)$/u],
  ["unit", /^(计量)?单位$/u],
  ["name", /^(指标名称|指标|名称|指标项|项目|指标项目|主要指标|评价指标|指标内容|具体指标|二级指标)$/u],
  ["otherKnown", /^(备注|说明|责任单位|牵头单位|责任部门|牵头部门|配合单位|责任处室|数据来源|来源|填报单位)$/u],
];

/** Longest text that still reads as a header word (`“十三五”目标2020年` is 12). */
const MAX_HEADER_LENGTH = 24;

/**
 * Text reduced to its header words: width folded, spaces, quotes, bracketed notes and leading
 * numbering removed.
 * @example headerWords("指标名称（单位）") //=> "指标名称"
 */
export function headerWords(text: string): string {
  return cleanLabel(text)
    .replace(/[“”"'‘’「」『』《》]/gu, "")
    .replace(/\([^()]*\)|\[[^[\]]*\]|<[^<>]*>/gu, "")
    .replace(/^(\d+[.、]|[一二三四五六七八九十]+、)/u, "");
}

/**
 * The role a header names by its words alone, or null.
 * @example keywordRole("指标属性") //=> "attribute"
 * @example keywordRole("2020 年实绩") //=> null
 */
export function keywordRole(text: string): KeywordRole | null {
  const words = headerWords(text);
  if (words === "") return null;
  for (const [role, pattern] of KEYWORDS) if (pattern.test(words)) return role;
  return null;
}

/**
 * The add-in's own marked headers, exactly, in every locale: the group header (`评估结果（自动生成）`)
 * and each column header with the generated suffix (`实现度（自动生成）`), cleaned.
 */
const GENERATED_MARKS: ReadonlySet<string> = new Set(
  (["zh-CN", "en-US"] as const).flatMap((locale) => {
    const write = workbookText(locale).write;
    return [write.group, ...Object.values(write.columns).map((header) => `${header}${write.generatedSuffix}`)];
  }).map((header) => cleanLabel(header).toLowerCase()),
);

/**
 * Whether a header is exactly one the add-in writes with its generated mark (`评估结果（自动生成）`).
 * Never a part of a text: a user's `填报时间（系统自动生成）` is the user's.
 * @example hasGeneratedMark("评估结果（自动生成）") //=> true
 * @example hasGeneratedMark("填报时间（系统自动生成）") //=> false
 */
export function hasGeneratedMark(text: string): boolean {
  return GENERATED_MARKS.has(cleanLabel(text).toLowerCase());
}

/** The status block's column headers in every locale, cleaned, with and without the generated suffix. */
const GENERATED_HEADERS: ReadonlySet<string> = new Set(
  (["zh-CN", "en-US"] as const).flatMap((locale) => {
    const write = workbookText(locale).write;
    return Object.values(write.columns).flatMap((header) => [header, `${header}${write.generatedSuffix}`]);
  }).map((header) => cleanLabel(header).toLowerCase()),
);

/**
 * Whether a header is one of the status block's column headers (实现度, 时序进度, 评价结果, 较上期,
 * 预计完成情况, 说明, in either language). Only next to a marked column does this make a column
 * generated: a user's own 说明 column elsewhere stays theirs.
 * @example isGeneratedHeader("时序进度") //=> true
 */
export function isGeneratedHeader(text: string): boolean {
  return GENERATED_HEADERS.has(cleanLabel(text).toLowerCase());
}

/**
 * Whether a text reads as a header cell: a header word, or a period or role label with no other
 * numbers in it (`2020年预计值`, `“十三五”目标`, `年均增长`; not `3.7 (2019)`, not a long title).
 * @example isHeaderText("2020 年\n实 绩") //=> true
 * @example isHeaderText("3.7 (2019)") //=> false
 */
export function isHeaderText(text: string): boolean {
  if (text === "" || hasGeneratedMark(text)) return false;
  if (keywordRole(text) !== null) return true;
  const label = parseHeaderLabel(text);
  if (label.text.length > MAX_HEADER_LENGTH) return false;
  if (label.period === undefined && label.words.length === 0 && label.plan === undefined) return false;
  return !/\d/u.test(withoutPeriodAndPlan(label));
}

/** The label's text with its period and any year span removed, to see whether other numbers remain. */
function withoutPeriodAndPlan(label: HeaderLabel): string {
  const text = label.text.replace(/(?<!\d)(?:19|20|21)\d{2}年?[-~—–至到](?:19|20|21)\d{2}年?/u, "");
  const found = findPeriod(text);
  return found ? text.slice(0, found.index) + text.slice(found.index + found.length) : text;
}
