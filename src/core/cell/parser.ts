/**
 * The value grammar of a cell, over the lexer's tokens (one small function per level):
 *
 *   reading  := before* body after*
 *   before   := comparator | 不低于… | 约… | 累计下降… | 年均增速… | ★ | 力争 | 达到 | group
 *   body     := "[" quantity "]" | quantity
 *   quantity := sign? number ("%" | "‰")? unit?
 *   after    := 以上 | 以内 | 左右 | ★ | unit | group
 *   group    := "(" (year | adjusted number | note) ")"
 *
 * A reading has at most one comparator (`控制在3%以内` says ≤ twice and is fine; `不低于5以下`
 * contradicts itself), and a comparator, `左右`/`约` and a cumulative mark exclude one another;
 * an average annual rate (`年均增速 8%`) is not a plan total, so it excludes a cumulative mark too.
 * Diagnostics are collected in a list made for each call and returned, all of them, with the
 * reading as far as it got (the parser reads on past a problem).
 */
import { parseMessages } from "../../i18n/parse";
import type { Annotations, CellAnalysis, CellReading, Comparator, Problem, Span } from "../types";
import { tokenize, type Token } from "./lexer";
import { foldWidth, removeSpaces } from "./width";

/** Where the parser is, and what it has found so far. Made afresh for every cell. */
interface Cursor {
  raw: string;
  tokens: Token[];
  index: number;
  problems: Problem[];
  draft: Draft;
}

/** The pieces of a reading as they are found. */
interface Draft {
  op?: Comparator;
  approx: boolean;
  cumulative?: { change?: "decrease" | "increase" };
  value?: number;
  percent: boolean;
  annotations: Annotations;
}

/** A number as bureaus write it: `8500`, `1,516.7`, `0.035`. */
const NUMBER_FORM = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
/** A bracketed year: `(2019)`, `（2019年）`, `(2019年数)`. */
const YEAR_NOTE = /^((?:19|20|21)\d{2})年?(?:数据|数|值)?$/u;
/** A bracketed number: the value on an adjusted caliber, `（265）`. */
const ADJUSTED_NOTE = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)%?$/u;

/**
 * Reads a cell's text with the value grammar: the reading as far as it got, and every problem.
 * @example parseValueText("1500 以上") //=> { reading: { kind: "bound", op: ">=", value: 1500, percent: false, raw: "1500 以上", annotations: {} }, problems: [] }
 * @example parseValueText("不低于5以下").problems.map((p) => p.code) //=> ["parse.conflict"]
 */
export function parseValueText(raw: string): CellAnalysis {
  const cursor: Cursor = {
    raw,
    tokens: tokenize(raw),
    index: 0,
    problems: [],
    draft: { approx: false, percent: false, annotations: {} },
  };
  readBefore(cursor);
  readBody(cursor);
  readAfter(cursor);
  readEnd(cursor);
  const reading = finish(cursor);
  if (reading === null && cursor.problems.length === 0) {
    report(cursor, { code: "parse.unknown", message: parseMessages.unknown(raw.trim()), span: wholeSpan(raw) });
  }
  return { reading, problems: cursor.problems };
}

function peek(cursor: Cursor): Token | undefined {
  return cursor.tokens[cursor.index];
}

function report(cursor: Cursor, problem: Problem & { span: Span }): void {
  cursor.problems.push(problem);
}

/** Comparators, prefix words and notes before the value. */
function readBefore(cursor: Cursor): void {
  for (let token = peek(cursor); token; token = peek(cursor)) {
    if (token.kind === "comparator") setComparator(cursor, token.op, token);
    else if (token.kind === "group") readGroup(cursor, token);
    else if (token.kind === "marker" && token.meaning.role !== "boundAfter" && token.meaning.role !== "approxAfter") {
      readMarker(cursor, token);
    } else return;
    cursor.index += 1;
  }
}

/** `[quantity]` (a cumulative total) or a quantity. */
function readBody(cursor: Cursor): void {
  const open = peek(cursor);
  if (open?.kind !== "openSquare") {
    readQuantity(cursor);
    return;
  }
  cursor.index += 1;
  setCumulative(cursor, {}, open);
  readQuantity(cursor);
  const close = peek(cursor);
  if (close?.kind === "closeSquare") cursor.index += 1;
  else report(cursor, { code: "parse.unclosed", message: parseMessages.unclosed(cursor.raw.trim(), "["), span: open.span });
}

/** An optional sign, a number, then `%`, `‰` or a unit word. */
function readQuantity(cursor: Cursor): void {
  let token = peek(cursor);
  const sign = token?.kind === "sign" ? token : undefined;
  if (sign) {
    cursor.index += 1;
    token = peek(cursor);
  }
  if (token?.kind !== "number") {
    expectedNumber(cursor, token);
    return;
  }
  cursor.index += 1;
  const value = readNumber(cursor, token);
  if (value === null) return;
  const signed = sign?.kind === "sign" && sign.negative ? -value : value;
  cursor.draft.value = signed === 0 ? 0 : signed;
  readScale(cursor);
}

/** Reports what stands where a number was expected. */
function expectedNumber(cursor: Cursor, token: Token | undefined): void {
  const raw = cursor.raw.trim();
  if (!token) {
    report(cursor, { code: "parse.expected_number", message: parseMessages.expectedNumber(raw, raw), span: wholeSpan(cursor.raw) });
    return;
  }
  const code = cursor.index === 0 && token.kind === "text" ? "parse.unknown" : "parse.expected_number";
  const message = code === "parse.unknown" ? parseMessages.unknown(raw) : parseMessages.expectedNumber(raw, token.text);
  report(cursor, { code: code, message: message, span: code === "parse.unknown" ? wholeSpan(cursor.raw) : token.span });
  // An unknown text is reported whole: nothing of it is left to report as trailing.
  if (code === "parse.unknown") cursor.index = cursor.tokens.length;
}

/** Checks a number's form (`12..3` and `1,5` are not numbers) and reads its value. */
function readNumber(cursor: Cursor, token: Token): number | null {
  const value = Number(token.text.replace(/,/gu, ""));
  if (!NUMBER_FORM.test(token.text) || !Number.isFinite(value)) {
    report(cursor, { code: "parse.number", message: parseMessages.number(token.text), span: token.span });
    return null;
  }
  return value;
}

/** `%`, `‰`, a unit word or (reported) a bare scale word after a number. */
function readScale(cursor: Cursor): void {
  const token = peek(cursor);
  if (token?.kind === "percent") cursor.draft.percent = true;
  else if (token?.kind === "permille") cursor.draft.annotations.unit = "‰";
  else if (token?.kind === "unit") cursor.draft.annotations.unit = token.text;
  else if (token?.kind === "scale") report(cursor, { code: "parse.scale", message: parseMessages.scale(cursor.raw.trim(), token.text), span: token.span });
  else return;
  cursor.index += 1;
}

/** Words, marks, units and notes after the value. */
function readAfter(cursor: Cursor): void {
  for (let token = peek(cursor); token; token = peek(cursor)) {
    if (token.kind === "marker" && ["boundAfter", "approxAfter", "stretch"].includes(token.meaning.role)) {
      readMarker(cursor, token);
    } else if (token.kind === "group") readGroup(cursor, token);
    else if (token.kind === "unit" && cursor.draft.annotations.unit === undefined) {
      cursor.draft.annotations.unit = token.text;
    } else return;
    cursor.index += 1;
  }
}

/** Anything left over is reported with the span from there to the end. */
function readEnd(cursor: Cursor): void {
  const token = peek(cursor);
  if (!token) return;
  const last = cursor.tokens[cursor.tokens.length - 1] ?? token;
  const span = { start: token.span.start, end: last.span.end };
  const found = cursor.raw.slice(span.start, span.end);
  report(cursor, { code: "parse.trailing", message: parseMessages.trailing(cursor.raw.trim(), found), span: span });
}

/** Applies a marker word: a comparator, approximation, cumulation, stretch or filler. */
function readMarker(cursor: Cursor, token: Token & { kind: "marker" }): void {
  const meaning = token.meaning;
  switch (meaning.role) {
    case "boundBefore":
    case "boundAfter":
      setComparator(cursor, meaning.op, token);
      return;
    case "approxBefore":
    case "approxAfter":
      if (cursor.draft.op !== undefined || cursor.draft.cumulative) conflict(cursor, token);
      cursor.draft.approx = true;
      return;
    case "cumulative":
      setCumulative(cursor, meaning.change ? { change: meaning.change } : {}, token);
      return;
    case "annualGrowth":
      if (cursor.draft.cumulative) conflict(cursor, token);
      cursor.draft.annotations.annualGrowth = true;
      return;
    case "stretch":
      cursor.draft.annotations.stretch = true;
      return;
    case "filler":
      return;
    default: {
      const unknown: never = meaning;
      throw new Error(`Unhandled marker ${JSON.stringify(unknown)}`);
    }
  }
}

/** Sets the comparator; a second one must point the same way (the first, more exact, is kept). */
function setComparator(cursor: Cursor, op: Comparator, token: Token): void {
  const draft = cursor.draft;
  if (draft.approx || draft.cumulative) conflict(cursor, token);
  else if (draft.op === undefined) draft.op = op;
  else if (draft.op.charAt(0) !== op.charAt(0)) conflict(cursor, token);
}

/** Marks the reading cumulative; `累计下降[20]` is one cumulative mark with a change. */
function setCumulative(cursor: Cursor, mark: { change?: "decrease" | "increase" }, token: Token): void {
  const draft = cursor.draft;
  if (draft.op !== undefined || draft.approx || draft.annotations.annualGrowth) conflict(cursor, token);
  else if (!draft.cumulative || (mark.change && !draft.cumulative.change)) draft.cumulative = mark;
  else if (mark.change && mark.change !== draft.cumulative.change) conflict(cursor, token);
}

function conflict(cursor: Cursor, token: Token): void {
  report(cursor, { code: "parse.conflict", message: parseMessages.conflicting(cursor.raw.trim(), token.text), span: token.span });
}

/** A bracket group: a year `(2019)`, an adjusted value `（265）` or a note `（市测）`. */
function readGroup(cursor: Cursor, token: Token & { kind: "group" }): void {
  if (!token.closed) {
    report(cursor, { code: "parse.unclosed", message: parseMessages.unclosed(cursor.raw.trim(), token.text.charAt(0)), span: token.span });
    return;
  }
  const annotations = cursor.draft.annotations;
  const inner = removeSpaces(foldWidth(token.inner));
  const year = YEAR_NOTE.exec(inner);
  const adjusted = ADJUSTED_NOTE.exec(inner);
  if (year && annotations.year === undefined) annotations.year = Number(year[1]);
  else if (/^(?:力争|争取)/u.test(inner) && annotations.stretchNote === undefined) annotations.stretchNote = inner;
  else if (adjusted?.[1] && annotations.adjusted === undefined) {
    annotations.adjusted = Number(adjusted[1].replace(/,/gu, ""));
  } else if (inner !== "") annotations.notes = [...(annotations.notes ?? []), removeSpaces(token.inner)];
}

/** Builds the reading from the draft; null when no value was found. */
function finish(cursor: Cursor): CellReading | null {
  const { op, approx, cumulative, value, percent, annotations } = cursor.draft;
  if (value === undefined) return null;
  const base = { raw: cursor.raw, annotations, value, percent };
  if (cumulative) return { kind: "cumulative", ...base, ...cumulative };
  if (op !== undefined) return { kind: "bound", op, ...base };
  if (approx) return { kind: "approx", ...base };
  return { kind: "point", ...base };
}

/** The span of a whole cell without its surrounding spaces. */
function wholeSpan(raw: string): Span {
  const start = raw.length - raw.trimStart().length;
  return { start, end: Math.max(start, raw.trimEnd().length) };
}
