/**
 * Reading period labels: the words after a year (`上半年`, `1-6月`, `Q3` …), whole labels and
 * periods found inside longer header text. Re-exported by `src/core/period.ts`.
 */
import { foldWidth, removeSpaces } from "../cell/width";
import type { Period, YearFraction } from "../types";

/** Period words after the year (and its optional 年), with the share of the year they cover. */
const PERIOD_WORDS: ReadonlyArray<readonly [string, YearFraction]> = [
  ["上半年度", 0.5],
  ["上半年", 0.5],
  ["半年度", 0.5],
  ["半年", 0.5],
  ["H1", 0.5],
  ["前三季度", 0.75],
  ["前3季度", 0.75],
  ["前三季", 0.75],
  ["Q3", 0.75],
  ["第一季度", 0.25],
  ["一季度", 0.25],
  ["1季度", 0.25],
  ["一季", 0.25],
  ["Q1", 0.25],
  ["全年", 1],
  ["度", 1],
  ["底", 1],
  ["末", 1],
];

/** `1-6月`, `1~6月`, `1—6月`, `1至6月`, `1到6月`, `1-6月份`. */
const MONTH_RANGE = /^1(?:[-~—–至到])(\d{1,2})月份?/u;
/** `6月底`, `6月末`. */
const MONTH_END = /^(\d{1,2})月[底末]/u;
/** A four-digit year not inside a longer number. */
const YEAR = /(?<!\d)((?:19|20|21)\d{2})(?!\d)/u;

/** Months that close a period counted from January. */
const MONTH_FRACTIONS: Readonly<Record<number, YearFraction>> = { 3: 0.25, 6: 0.5, 9: 0.75, 12: 1 };

/** The code suffix of each share of the year. */
const CODE_SUFFIX: Readonly<Record<YearFraction, string>> = { 0.25: "Q1", 0.5: "H1", 0.75: "Q3", 1: "" };

/**
 * Makes the period of a year and share of it, with its canonical code.
 * @example periodOf(2023, 0.5) //=> { year: 2023, fraction: 0.5, code: "2023H1" }
 */
export function periodOf(year: number, fraction: YearFraction): Period {
  return { year, fraction, code: `${year}${CODE_SUFFIX[fraction]}` };
}

/**
 * Prepares a label for matching: full-width folded, white space and line breaks removed, `h1` → `H1`.
 * @example cleanLabel("２０２０ 年\n上半年") //=> "2020年上半年"
 */
export function cleanLabel(text: string): string {
  return removeSpaces(foldWidth(text)).replace(/[hq]\d/gu, (code) => code.toUpperCase());
}

/**
 * Reads the period words that open `rest` (the text after a year and its 年), longest first.
 * Returns the share of the year and how many characters it took; null when no word fits.
 * @example matchPeriodWords("上半年预计") //=> { fraction: 0.5, length: 3 }
 */
export function matchPeriodWords(rest: string): { fraction: YearFraction; length: number } | null {
  const months = MONTH_RANGE.exec(rest) ?? MONTH_END.exec(rest);
  if (months) {
    const fraction = MONTH_FRACTIONS[Number(months[1])];
    return fraction === undefined ? null : { fraction, length: months[0].length };
  }
  for (const [word, fraction] of PERIOD_WORDS) {
    if (rest.startsWith(word)) return { fraction, length: word.length };
  }
  return null;
}

/**
 * Reads a period label: `2022年`, `2023年上半年`, `2023年1-6月`, `2023年6月底`, `2023H1`,
 * `2023年一季度`, `2023年前三季度`, `2023Q3`, full-width digits and stray spaces included.
 * Returns null for anything else, `下半年` included (see the module notes).
 * @example parsePeriod("2023年1-6月") //=> { year: 2023, fraction: 0.5, code: "2023H1" }
 */
export function parsePeriod(label: string): Period | null {
  const text = cleanLabel(label);
  const year = /^((?:19|20|21)\d{2})年?/u.exec(text);
  if (!year) return null;
  const rest = text.slice(year[0].length);
  if (rest === "") return periodOf(Number(year[1]), 1);
  const words = matchPeriodWords(rest);
  if (!words || words.length !== rest.length) return null;
  return periodOf(Number(year[1]), words.fraction);
}

/**
 * Finds the first year in a text and the period words right after it (`2020年预计值` → 2020).
 * Used by header reading; `index` and `length` locate the period in the cleaned text.
 * @example findPeriod("基期值2020年") //=> { period: { year: 2020, fraction: 1, code: "2020" }, index: 3, length: 5 }
 */
export function findPeriod(text: string): { period: Period; index: number; length: number } | null {
  const year = YEAR.exec(text);
  if (!year) return null;
  let length = year[0].length;
  if (text.charAt(year.index + length) === "年") length += 1;
  const words = matchPeriodWords(text.slice(year.index + length));
  const fraction = words?.fraction ?? 1;
  return { period: periodOf(Number(year[1]), fraction), index: year.index, length: length + (words?.length ?? 0) };
}

