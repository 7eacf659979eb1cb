/**
 * User-facing text of the readers (`src/core/period.ts`, `src/core/cell`, `src/core/name.ts`):
 * period labels as a bureau writes them, and the messages of reading problems.
 *
 * Messages say what was expected and quote the text (「…」), in the register of a statistics
 * bureau's working notes.
 */

/** How periods are written in Chinese: `2023年上半年`, `2022年`, `2023年一季度`, `2023年前三季度`. */
export const periodText = {
  year: "年",
  firstQuarter: "一季度",
  firstHalf: "上半年",
  firstThreeQuarters: "前三季度",
  /** Month-range style, `1-6月`: the word after the last month. */
  month: "月",
} as const;

/**
 * Quotes a piece of a cell's text in a message; texts over 40 characters are shortened.
 * @example quote("12..3") //=> "「12..3」"
 */
export function quote(text: string): string {
  const limit = 40;
  const shown = text.length > limit ? `${text.slice(0, limit)}…` : text;
  return `「${shown}」`;
}

/** Messages of reading problems, by problem code (`parse.*`, `period.*`). */
export const parseMessages = {
  /** A boolean cell (TRUE/FALSE) where a value was expected. */
  boolean: (text: string) =>
    `单元格为逻辑值${quote(text)}，应为数值、区间（如“>90”）、累计值（如“[20]”）或文字目标`,
  /** An Excel number that is NaN or infinite. */
  notFinite: (text: string) => `单元格数值${quote(text)}不是有限数，请检查公式或数据来源`,
  /** A number written wrongly: `12..3`, `1,2,3`. */
  number: (text: string) => `数值${quote(text)}写法有误，应为如“8500”“1,516.7”“3.5%”的数字`,
  /** Something where a number was expected. */
  expectedNumber: (text: string, found: string) =>
    `${quote(text)}中${quote(found)}处应为数字，例如“>90”“1500 以上”“[20]”“5 左右”`,
  /** Text left over after a complete value. */
  trailing: (text: string, found: string) =>
    `${quote(text)}在数值之后还有无法识别的内容${quote(found)}，可写作数值加单位或括号注释，如“82.87（市测）”`,
  /** A bracket opened and never closed. */
  unclosed: (text: string, bracket: string) =>
    `${quote(text)}中的括号${quote(bracket)}没有闭合`,
  /** Two comparators, or a comparator with a cumulative value: `>≥5`, `>[20]`. */
  conflicting: (text: string, found: string) =>
    `${quote(text)}中${quote(found)}与前面的限定词重复或矛盾，一个单元格只能有一个比较关系`,
  /** A bare scale word after a number: `1500亿`. */
  scale: (text: string, word: string) =>
    `${quote(text)}中的${quote(word)}只是数量级，无法确定计量单位，请写全单位（如“亿元”）或只填数值`,
  /** A growth relation the engine does not assess: `慢于经济增长`. */
  relation: (text: string) =>
    `${quote(text)}要求慢于经济增长，本工具只评价“与经济增长同步”“快于经济增长”两类相对目标，请人工研判`,
  /** Nothing recognisable at all. */
  unknown: (text: string) =>
    `无法识别${quote(text)}：应为数值（如“8500”“3.5%”）、区间（如“>90”“98.5 以上”）、约数（如“5 左右”）、累计值（如“[20]”“累计下降 21.5%”）、文字目标（如“完成省下达指标”）或缺失标记（如“—”“暂无”）`,
  /** A header or label that names no period. */
  period: (text: string) =>
    `无法从${quote(text)}识别报告期，应为如“2022年”“2023年上半年”“2023年1-6月”“2023年一季度”“2023年前三季度”`,
} as const;
