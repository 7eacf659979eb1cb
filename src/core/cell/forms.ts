/**
 * Whole-text target forms the national plan and the provinces that copy it write: open targets
 * (`保持在合理区间、各年度视情提出`), directional targets (`持续下降`, `零增长`), changes relative to
 * the base (`提高1岁`, `下降2个百分点`, `下降20%`, `翻一番`), bands (`3-5`, `5到6`) and references
 * other than economic growth (`高于全省平均`). Each is recognised on the text with spaces removed and
 * full-width forms folded; anything else is left to the value grammar.
 *
 * Choices where the specification is silent:
 * - `比2020年翻一番` and `比2020年提高1岁` name the base year; the year is not kept (the base is the
 *   base column's value).
 * - A band's two numbers must rise (`5-3` is not a band); `%` may follow either or both.
 * - A change's unit is kept in the annotations (`提高1岁` → 岁, `提高3个百分点` → 个百分点); `%`
 *   makes it a share of the base (`下降20%`), `个百分点` a difference of levels.
 */
import type { CellReading } from "../types";
import {
  AVERAGE_REFERENCES,
  BAND_JOINERS,
  CHANGE_WORDS,
  DIRECTIONAL_WORDS,
  DOUBLING_FACTORS,
  OPEN_MENTIONS,
  UNIT_WORDS,
} from "./markers";

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const BASE_YEAR_PREFIX = String.raw`(?:(?:较|比)(?:19|20|21)\d{2}年?)?`;
const CHANGE_FORM = new RegExp(String.raw`^${BASE_YEAR_PREFIX}(提高|提升|增加|下降|降低|减少)${NUMBER}(%|个百分点|百分点)?(.*)$`, "u");
const DOUBLING_FORM = new RegExp(String.raw`^${BASE_YEAR_PREFIX}(?:实现)?(翻番|翻一番|翻两番|翻二番|翻三番)$`, "u");
const BAND_FORM = new RegExp(String.raw`^${NUMBER}(%?)(?:${BAND_JOINERS.join("|")})${NUMBER}(%?)$`, "u");

/**
 * Reads a whole-text target form; null when the text is none of them.
 * @example readForm("提高1岁", "提高1岁") //=> { kind: "change", change: "increase", value: 1, percent: false, raw: "提高1岁", annotations: { unit: "岁" } }
 * @example readForm("3~5", "3~5") //=> { kind: "band", low: 3, high: 5, percent: false, raw: "3~5", annotations: {} }
 */
export function readForm(raw: string, compact: string): CellReading | null {
  const factor = DOUBLING_FORM.exec(compact);
  if (factor?.[1]) {
    return { kind: "change", change: "increase", value: DOUBLING_FACTORS.get(factor[1]) ?? 2, percent: false, factor: true, raw, annotations: {} };
  }
  if (!/\d/u.test(compact)) {
    if (OPEN_MENTIONS.some((mention) => compact.includes(mention))) return { kind: "open", text: compact, raw, annotations: {} };
    const way = DIRECTIONAL_WORDS.get(compact);
    if (way) return { kind: "directional", way, raw, annotations: {} };
    const reference = AVERAGE_REFERENCES.find((word) => compact.includes(word));
    if (reference) return { kind: "relative", relation: /不低于|达到|持平/u.test(compact) ? "sync" : "faster", reference, raw, annotations: {} };
    return null;
  }
  return readChange(raw, compact) ?? readBand(raw, compact);
}

/** `提高1岁`, `下降2个百分点`, `下降20%`: a change relative to the base. */
function readChange(raw: string, compact: string): CellReading | null {
  const match = CHANGE_FORM.exec(compact);
  if (!match) return null;
  const [, word = "", number = "", sign = "", rest = ""] = match;
  const change = CHANGE_WORDS.get(word);
  if (!change || (rest !== "" && !UNIT_WORDS.includes(rest))) return null;
  const unit = sign === "个百分点" || sign === "百分点" ? "个百分点" : rest;
  const annotations = unit === "" ? {} : { unit };
  return { kind: "change", change, value: Number(number), percent: sign === "%", raw, annotations };
}

/** `3-5`, `3～5`, `5到6`: a band with rising edges. */
function readBand(raw: string, compact: string): CellReading | null {
  const match = BAND_FORM.exec(compact);
  if (!match) return null;
  const low = Number(match[1]);
  const high = Number(match[3]);
  if (!(low < high)) return null;
  return { kind: "band", low, high, percent: match[2] === "%" || match[4] === "%", raw, annotations: {} };
}
