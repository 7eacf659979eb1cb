/**
 * Reading a cell (读数): one parser for base, target and observation cells. It never throws, it
 * keeps the raw text, and it answers with a reading or a problem `{ code, message, span }`.
 *
 * Choices where the specification is silent:
 * - `不考核`, `不适用`, `待统计` and the like are missing markers: there is nothing to judge.
 * - `基本完成` is a judgement of met (the end-of-plan labels grade it, not the reader).
 * - A unit word after a value (`1500亿元`, `83.5岁`, `4.5‰`) is tolerated and kept in
 *   `annotations.unit`; the value is never rescaled. A bare scale word (`1500亿`) is a problem.
 * - `以上`/`以下`/`以内` include the number (≥, ≤); `高于`/`低于` exclude it (>, <); `控制在…` is ≤.
 * - TRUE/FALSE, NaN and infinite numbers are problems; `-0` reads as 0.
 */
import { parseMessages } from "../../i18n/parse";
import type { CellValue, ParsedCell } from "../types";
import { parseValueText } from "./parser";
import { readPhrase } from "./phrases";

export { tokenize, type Token, type TokenKind } from "./lexer";
export { foldWidth, removeSpaces } from "./width";

/**
 * Reads a cell: a number, a bound, an approximate or cumulative value, a qualitative or relative
 * target, a missing marker, or a problem saying what was expected.
 * @example parseCell("＞90") //=> { ok: true, value: { kind: "bound", op: ">", value: 90, percent: false, raw: "＞90", annotations: {} } }
 * @example parseCell("[16%]") //=> { ok: true, value: { kind: "cumulative", value: 16, percent: true, raw: "[16%]", annotations: {} } }
 */
export function parseCell(raw: CellValue): ParsedCell {
  if (raw === null || raw === undefined) {
    return { ok: true, value: { kind: "missing", reason: "empty", raw: "", annotations: {} } };
  }
  if (typeof raw === "boolean") {
    const text = String(raw).toUpperCase();
    return { ok: false, problem: { code: "parse.boolean", message: parseMessages.boolean(text), span: { start: 0, end: text.length } } };
  }
  if (typeof raw === "number") return readNumberCell(raw);
  return readPhrase(raw) ?? parseValueText(raw);
}

/** An Excel number: a point value (its text written once), or a problem when it is not finite. */
function readNumberCell(raw: number): ParsedCell {
  if (!Number.isFinite(raw)) {
    const text = String(raw);
    return { ok: false, problem: { code: "parse.not_finite", message: parseMessages.notFinite(text), span: { start: 0, end: text.length } } };
  }
  const value = raw === 0 ? 0 : raw;
  return { ok: true, value: { kind: "point", value, percent: false, raw: String(value), annotations: {} } };
}
