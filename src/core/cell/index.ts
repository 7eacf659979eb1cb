/**
 * Reading a cell (读数): one parser for base, target and observation cells. It never throws and it
 * keeps the raw text. `analyseCell` answers with everything it learnt (the reading as far as it
 * got, and every problem `{ code, message, span }`); `parseCell` with a reading or the first problem.
 *
 * Choices where the specification is silent:
 * - `不考核`, `不适用`, `待统计` and the like are missing markers: there is nothing to judge.
 * - `基本完成` is a judgement of met (the end-of-plan labels grade it, not the reader).
 * - A unit word after a value (`1500亿元`, `83.5岁`, `4.5‰`) is tolerated and kept in
 *   `annotations.unit`; the value is never rescaled. A bare scale word (`1500亿`) is a problem.
 * - `以上`/`以下`/`以内` include the number (≥, ≤); `高于`/`低于` exclude it (>, <); `控制在…` is ≤.
 * - TRUE/FALSE, NaN and infinite numbers are problems; `-0` reads as 0.
 * - `60.6*`: a trailing `*` marks data of another year (`annotations.starred`); the year is in the
 *   table's footnote, not in the cell.
 * - `>7、力争…`: the part before `、` (or `，`, `；`) is read; a part opening with 力争/争取 after it
 *   is kept as `annotations.stretchNote`, shown and not judged (as is `8500（力争9000）`).
 */
import { parseMessages } from "../../i18n/parse";
import type { Annotations, CellAnalysis, CellReading, CellValue, ParsedCell, Problem } from "../types";
import { STRETCH_OPENINGS } from "./markers";
import { parseValueText } from "./parser";
import { readPhrase } from "./phrases";
import { foldWidth, removeSpaces } from "./width";

export { tokenize, type Token, type TokenKind } from "./lexer";
export { foldWidth, removeSpaces };

/**
 * Reads a cell: a number, a bound, an approximate or cumulative value, a qualitative or relative
 * target, a missing marker, or a problem saying what was expected.
 * @example parseCell("＞90") //=> { ok: true, value: { kind: "bound", op: ">", value: 90, percent: false, raw: "＞90", annotations: {} } }
 * @example parseCell("[16%]") //=> { ok: true, value: { kind: "cumulative", value: 16, percent: true, raw: "[16%]", annotations: {} } }
 */
export function parseCell(raw: CellValue): ParsedCell {
  const { reading, problems } = analyseCell(raw);
  const problem = problems[0];
  if (problem !== undefined) return { ok: false, problem };
  if (reading === null) throw new Error("a cell read without a value must say why");
  return { ok: true, value: reading };
}

/**
 * Reads a cell and answers with everything learnt: the reading as far as it got, and every problem.
 * @example analyseCell("1500亿 以上（市测").problems.map((p) => p.code) //=> ["parse.scale", "parse.unclosed"]
 * @example analyseCell("1500亿 以上（市测").reading //=> { kind: "bound", op: ">=", value: 1500, … }
 */
export function analyseCell(raw: CellValue): CellAnalysis {
  if (raw === null || raw === undefined) return clean({ kind: "missing", reason: "empty", raw: "", annotations: {} });
  if (typeof raw === "boolean") {
    const text = String(raw).toUpperCase();
    return failed({ code: "parse.boolean", message: parseMessages.boolean(text), span: { start: 0, end: text.length } });
  }
  if (typeof raw === "number") return readNumberCell(raw);
  const stretch = STRETCH_PART.exec(raw);
  if (stretch?.[1] && stretch[2]) return withAnnotations(analyseText(stretch[1]), raw, { stretchNote: removeSpaces(stretch[2]) });
  const starred = STARRED.exec(raw);
  if (starred?.[1]) return withAnnotations(analyseText(starred[1]), raw, { starred: true });
  return analyseText(raw);
}

/** `>7、力争投入强度高于“十三五”时期实际`: the target before `、`, the stretch part after it. */
const STRETCH_PART = new RegExp(String.raw`^(.*?\d.*?)\s*[、，,；;]\s*((?:${STRETCH_OPENINGS.join("|")}).*)$`, "su");
/** `60.6*`, `77.3＊`: a number marked as data of another year. */
const STARRED = /^(.*\d.*?)\s*[*＊]\s*$/su;

/** Reads a text: a whole-text phrase, else the value grammar. */
function analyseText(raw: string): CellAnalysis {
  const phrase = readPhrase(raw);
  if (phrase === null) return parseValueText(raw);
  return phrase.ok ? clean(phrase.value) : failed(phrase.problem);
}

/** The analysis of a part of a cell, as the reading of the whole cell: its raw text and one more annotation. */
function withAnnotations(analysis: CellAnalysis, raw: string, annotations: Annotations): CellAnalysis {
  const reading = analysis.reading;
  if (reading === null) return analysis;
  return { reading: { ...reading, raw, annotations: { ...reading.annotations, ...annotations } }, problems: analysis.problems };
}

/** An Excel number: a point value (its text written once), or a problem when it is not finite. */
function readNumberCell(raw: number): CellAnalysis {
  if (!Number.isFinite(raw)) {
    const text = String(raw);
    return failed({ code: "parse.not_finite", message: parseMessages.notFinite(text), span: { start: 0, end: text.length } });
  }
  const value = raw === 0 ? 0 : raw;
  return clean({ kind: "point", value, percent: false, raw: String(value), annotations: {} });
}

/** A reading without problems. */
function clean(reading: CellReading): CellAnalysis {
  return { reading, problems: [] };
}

/** No reading, and why. */
function failed(problem: Problem): CellAnalysis {
  return { reading: null, problems: [problem] };
}
