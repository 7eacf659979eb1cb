/**
 * 指标名称: cleaning an indicator's printed name into its name, unit and qualifiers.
 *
 * `人均生产总值（常住）（万元）` → name 人均生产总值, unit 万元, qualifiers [常住]. Only brackets at
 * the end of a name are peeled off: a bracket inside the name stays (`每千人执业（助理）医师数`).
 * A bracket holding a unit (a word of the unit table, `%`, `‰`, or a short `x/y` rate such as
 * `吨标准煤/万元`) gives the unit; any other (`常住`, `GDP`, `常住口径`, `可比价`) is a qualifier.
 * When two brackets hold units, the last one is the unit and the other a qualifier.
 *
 * Printed numbering (`1. `, `1、`, `（一）`, `一、`) is removed from the front; digits that open the
 * name without a numbering mark stay (`3 岁以下婴幼儿托育机构覆盖率`). Footnote marks (`4`, `¹`,
 * `①`, `*`) are removed from the end when they follow a bracket or a Chinese character, never
 * when they follow a point or a Latin letter (`PM2.5`, `PM10`). Spaces beside Chinese characters
 * are typesetting and are removed (`人均 GDP` → `人均GDP`); line breaks too.
 */
import { UNIT_WORDS } from "./cell/markers";
import { foldWidth, removeSpaces } from "./cell/width";
import type { IndicatorName } from "./types";

/** Chinese characters, full-width forms and Chinese punctuation: no space is needed beside them. */
const WIDE = "\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”‘’";
const SPACE_BESIDE_WIDE = new RegExp(`\\s+(?=[${WIDE}])|(?<=[${WIDE}])\\s+`, "gu");

/** `1. `, `1、`, `1)`, `(1)`, `（一）`, `一、` at the front of a name (`1.5倍` is not numbering). */
const NUMBERING =
  /^(?:\d{1,3}\s*[.．、)）](?!\d)|[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}、)\s*/u;

/** A footnote mark at the end, after a bracket or a Chinese character. */
const FOOTNOTE = new RegExp(`(?<=[)${WIDE}])\\s*([0-9]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[\\u2460-\\u2473]|\\*{1,3})\\s*$`, "u");

/** Unit signs beside the unit words: percent, per mille. */
const UNIT_SIGNS: readonly string[] = ["%", "‰", "百分比"];
/** A short rate unit, `x/y`, with no digits: `件/万人`, `个/千人`. */
const RATE_UNIT = /^[^\d()/]{1,8}\/[^\d()/]{1,8}$/u;

/**
 * Whether a text (a name's bracket, a unit column's cell) is a unit.
 * @example isUnit("吨标准煤/万元") //=> true
 * @example isUnit("常住") //=> false
 */
export function isUnit(text: string): boolean {
  const folded = removeSpaces(foldWidth(text));
  return UNIT_WORDS.includes(folded) || UNIT_SIGNS.includes(folded) || RATE_UNIT.test(folded);
}

/**
 * Cleans a printed indicator name into its name, unit, qualifiers and footnote.
 * @example parseIndicatorName("人均生产总值（常住）（万元）")
 * //=> { raw: "人均生产总值（常住）（万元）", name: "人均生产总值", unit: "万元", qualifiers: ["常住"] }
 * @example parseIndicatorName("旅游业总收入（亿元）4")
 * //=> { raw: "旅游业总收入（亿元）4", name: "旅游业总收入", unit: "亿元", qualifiers: [], footnote: "4" }
 */
export function parseIndicatorName(raw: string): IndicatorName {
  let text = tidySpaces(raw).replace(NUMBERING, "");
  let footnote: string | undefined;
  const brackets: string[] = [];
  for (;;) {
    const mark = footnote === undefined ? FOOTNOTE.exec(text) : null;
    if (mark?.[1]) {
      footnote = mark[1];
      text = text.slice(0, mark.index).trimEnd();
    }
    const group = lastBracket(text);
    if (!group || group.start === 0) break;
    brackets.unshift(group.inner);
    text = text.slice(0, group.start).trimEnd();
  }
  const unitIndex = findLastIndex(brackets, isUnit);
  const name: IndicatorName = {
    raw,
    name: text.trim(),
    qualifiers: brackets.filter((_, index) => index !== unitIndex).map((inner) => inner.trim()),
  };
  const unit = brackets[unitIndex];
  if (unit !== undefined) name.unit = normaliseUnit(unit);
  if (footnote !== undefined) name.footnote = footnote;
  return name;
}

/** Line breaks and spaces beside Chinese characters removed; other runs of spaces made one. */
function tidySpaces(text: string): string {
  return text.replace(/[\r\n]+/gu, "").replace(SPACE_BESIDE_WIDE, "").replace(/\s+/gu, " ").trim();
}

/** The bracket group that closes the text, `（…）` or `(…)`, nested brackets included; null if none. */
function lastBracket(text: string): { start: number; inner: string } | null {
  const folded = foldWidth(text);
  if (!folded.endsWith(")")) return null;
  let depth = 0;
  for (let index = folded.length - 1; index >= 0; index -= 1) {
    const character = folded.charAt(index);
    if (character === ")") depth += 1;
    if (character === "(") depth -= 1;
    if (depth === 0) return { start: index, inner: text.slice(index + 1, text.length - 1) };
  }
  return null;
}

/** A unit as written, without spaces; full-width `％` read as `%`. */
function normaliseUnit(unit: string): string {
  const compact = removeSpaces(unit);
  return compact === "％" ? "%" : compact;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item !== undefined && test(item)) return index;
  }
  return -1;
}
