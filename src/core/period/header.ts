/**
 * Header labels: what a column header says about its column (a year or period, a plan, and role
 * words such as 基期值, 目标, 预计值, 实绩, 年均增长). The workbook layer assigns column roles from it.
 */
import type { Period, Plan } from "../types";
import { cleanLabel, findPeriod } from "./read";

/**
 * A role word in a header: `base` 基期值/基数/现状值, `target` 目标/目标值/规划目标,
 * `estimate` 预计值, `actual` 实绩/实际值/完成值, `growth` 年均增长/增速, `completion` 完成情况/评价.
 */
export type HeaderWord = "base" | "target" | "estimate" | "actual" | "growth" | "completion";

/** What a header cell means, as far as its own text tells. */
export interface HeaderLabel {
  /** The header cleaned: full-width folded, spaces and line breaks removed. */
  text: string;
  /** The first four-digit year (`2020 年实绩` → 2020). */
  year?: number;
  /** The period that year and the words after it name (`2022年上半年` → 2022H1, `2025年目标` → 2025). */
  period?: Period;
  /** A plan named by `十四五`, `“十三五”`, `第十五个五年规划` or a span `2021-2025年`. */
  plan?: Plan;
  /** Every role word, in reading order, each once. */
  words: HeaderWord[];
  /** The deciding word: `growth` when present (a rate column), otherwise the first word. */
  word?: HeaderWord;
}

/** Role words, each recognised by any of its spellings. */
const HEADER_WORDS: ReadonlyArray<readonly [HeaderWord, RegExp]> = [
  ["base", /基期|基数|基准年|现状/u],
  ["target", /目标|规划值|期末值/u],
  ["estimate", /预计|预估|预测/u],
  ["actual", /实绩|实际|完成值|实现值|完成数|执行数/u],
  ["growth", /年均|增速|增长率|增幅/u],
  ["completion", /完成情况|完成程度|评价|评估结果/u],
];

/** Chinese ordinals one to nineteen, as in 十三五 and 十五五. */
const ORDINAL = "(十[一二三四五六七八九]?|[一二三四五六七八九])";
const DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};
/** `十四五`, `“十四五”`, `十四五规划` — not `十五分钟`, `十五年` (numbers, not plans). */
const PLAN_SHORT = new RegExp(`${ORDINAL}五(?![分秒年个岁人万亿元天次项家条所座米吨%\\d])`, "u");
/** `第十四个五年规划`. */
const PLAN_LONG = new RegExp(`第${ORDINAL}个五年`, "u");
/** `2021-2025年`, `2021~2025`: a plan written as its span of years. */
const YEAR_SPAN = /(?<!\d)((?:19|20|21)\d{2})年?[-~—–至到]((?:19|20|21)\d{2})(?!\d)/u;

/** The value of a Chinese ordinal from one to nineteen: `十四` → 14. */
function ordinalValue(ordinal: string): number {
  return [...ordinal].reduce((sum, character) => sum + (DIGITS[character] ?? 0), 0);
}

/** The years of the n-th Five-Year Plan (the first ran 1953–1957; the third began in 1966). */
function planNumbered(n: number): Plan {
  const firstYear = n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3);
  return { baseYear: firstYear - 1, targetYear: firstYear + 4 };
}

/**
 * Reads a plan from its name: `十四五` → 2021–2025 (base 2020), `十三五` → 2016–2020,
 * `十五五` → 2026–2030, also `第十四个五年规划` and a span `2021-2025年`. Null when none is named.
 * @example planFromName("“十三五”目标") //=> { baseYear: 2015, targetYear: 2020 }
 */
export function planFromName(text: string): Plan | null {
  const clean = cleanLabel(text);
  const named = PLAN_LONG.exec(clean) ?? PLAN_SHORT.exec(clean);
  if (named?.[1]) return planNumbered(ordinalValue(named[1]));
  const span = YEAR_SPAN.exec(clean);
  if (span && Number(span[2]) > Number(span[1])) {
    return { baseYear: Number(span[1]) - 1, targetYear: Number(span[2]) };
  }
  return null;
}

/** The role words of a header, in reading order. */
function headerWords(text: string): HeaderWord[] {
  return HEADER_WORDS.map(([word, pattern]) => ({ word, index: text.search(pattern) }))
    .filter(({ index }) => index >= 0)
    .sort((a, b) => a.index - b.index)
    .map(({ word }) => word);
}

/**
 * Reads what a header cell says: `2020年预计值`, `2020 年实绩`, `基期值 2020年`, `2025年目标`,
 * `规划目标 2025年`, `“十三五”目标 2020 年`, `“十三五”实绩 年均增长`, `2022年上半年` …
 * A span of years (`2021-2025年`) is a plan, not a period.
 * @example parseHeaderLabel("“十三五”目标 2020 年")
 * //=> { text: "“十三五”目标2020年", year: 2020, period: { year: 2020, fraction: 1, code: "2020" },
 * //     plan: { baseYear: 2015, targetYear: 2020 }, words: ["target"], word: "target" }
 */
export function parseHeaderLabel(text: string): HeaderLabel {
  const clean = cleanLabel(text);
  const plan = planFromName(clean);
  const span = YEAR_SPAN.exec(clean);
  const withoutSpan = span ? clean.replace(span[0], "") : clean;
  const found = findPeriod(withoutSpan);
  const rest = found
    ? withoutSpan.slice(0, found.index) + withoutSpan.slice(found.index + found.length)
    : withoutSpan;
  const words = headerWords(rest);
  const label: HeaderLabel = { text: clean, words };
  if (found) {
    label.year = found.period.year;
    label.period = found.period;
  }
  if (plan) label.plan = plan;
  const word = words.includes("growth") ? "growth" : words[0];
  if (word) label.word = word;
  return label;
}
