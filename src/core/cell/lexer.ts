/**
 * The cell lexer: turns a cell's text into tokens that carry their offsets in the raw text.
 * Full-width forms are folded first (one character for one, so offsets hold); white space and
 * line breaks separate tokens and are dropped. A bracket group `(…)`/`（…）` is one token whose
 * inner text is read later as a year, an adjusted value or a note, so `<` inside
 * `（城市污水<集中>处理率）` is never a comparator.
 */
import type { Comparator, Span } from "../types";
import { COMPARATOR_SIGNS, MARKER_WORDS, SCALE_WORDS, UNIT_WORDS, type MarkerMeaning } from "./markers";
import { foldWidth } from "./width";

/** A token of a cell's text. `span` indexes the raw text; `text` is the folded text it covers. */
export type Token = { span: Span; text: string } & (
  | { kind: "number" }
  | { kind: "sign"; negative: boolean }
  | { kind: "percent" }
  | { kind: "permille" }
  | { kind: "comparator"; op: Comparator }
  | { kind: "marker"; meaning: MarkerMeaning }
  | { kind: "unit" }
  | { kind: "scale" }
  | { kind: "openSquare" }
  | { kind: "closeSquare" }
  /** `(…)`: `inner` is the text between the brackets as written (not folded); `closed` is false when unclosed. */
  | { kind: "group"; inner: string; closed: boolean }
  /** Anything else: a run of characters no table knows. */
  | { kind: "text" }
);

export type TokenKind = Token["kind"];

const DIGIT = /[0-9]/u;
const NUMBER_CHARACTER = /[0-9.,]/u;
const SPACE = /\s/u;
/** Characters that end a run of unknown text. */
const TEXT_STOP = /[\s0-9.,%‰+\-[\]()<>=≥≤]/u;

/** Marker words and unit words, longest first, so `累计下降` wins over `累计` and `亿元` over `元`. */
const WORDS: ReadonlyArray<readonly [string, Token["kind"]]> = [
  ...Object.keys(MARKER_WORDS).map((word) => [word, "marker"] as const),
  ...UNIT_WORDS.map((word) => [word, "unit"] as const),
  ...SCALE_WORDS.map((word) => [word, "scale"] as const),
].sort((a, b) => b[0].length - a[0].length);

/**
 * Splits a cell's text into tokens with spans into the raw text.
 * @example tokenize("≥92").map((t) => t.kind) //=> ["comparator", "number"]
 */
export function tokenize(raw: string): Token[] {
  const text = foldWidth(raw);
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    if (SPACE.test(text.charAt(index))) {
      index += 1;
      continue;
    }
    const token = readToken(raw, text, index);
    tokens.push(token);
    index = token.span.end;
  }
  return tokens;
}

/** Reads the one token that starts at `start` (never empty). */
function readToken(raw: string, text: string, start: number): Token {
  const character = text.charAt(start);
  if (DIGIT.test(character) || (character === "." && DIGIT.test(text.charAt(start + 1)))) {
    return readNumber(text, start);
  }
  if (character === "(") return readGroup(raw, text, start);
  const single = readSymbol(text, start);
  if (single) return single;
  return readWord(text, start);
}

/** A run of digits, points and commas; its form is checked by the parser. */
function readNumber(text: string, start: number): Token {
  let end = start;
  while (end < text.length && NUMBER_CHARACTER.test(text.charAt(end))) end += 1;
  while (end > start + 1 && text.charAt(end - 1) === ",") end -= 1;
  return { kind: "number", span: { start, end }, text: text.slice(start, end) };
}

/** A bracket group up to its matching `)`, nested brackets included; unclosed runs to the end. */
function readGroup(raw: string, text: string, start: number): Token {
  let depth = 0;
  for (let end = start; end < text.length; end += 1) {
    const character = text.charAt(end);
    if (character === "(") depth += 1;
    if (character === ")") depth -= 1;
    if (depth === 0) {
      const span = { start, end: end + 1 };
      return { kind: "group", span, text: text.slice(start, end + 1), inner: raw.slice(start + 1, end), closed: true };
    }
  }
  const span = { start, end: text.length };
  return { kind: "group", span, text: text.slice(start), inner: raw.slice(start + 1), closed: false };
}

/** Comparators, signs, percent and permille, square brackets; null for anything else. */
function readSymbol(text: string, start: number): Token | null {
  const at = (length: number) => ({ start, end: start + length });
  for (const [sign, op] of COMPARATOR_SIGNS) {
    if (text.startsWith(sign, start)) return { kind: "comparator", op, span: at(sign.length), text: sign };
  }
  const character = text.charAt(start);
  switch (character) {
    case "-":
    case "+":
      return { kind: "sign", negative: character === "-", span: at(1), text: character };
    case "%":
      return { kind: "percent", span: at(1), text: character };
    case "‰":
      return { kind: "permille", span: at(1), text: character };
    case "[":
      return { kind: "openSquare", span: at(1), text: character };
    case "]":
      return { kind: "closeSquare", span: at(1), text: character };
    default:
      return null;
  }
}

/** A marker, unit or scale word from the tables (line breaks inside allowed), or else unknown text. */
function readWord(text: string, start: number): Token {
  for (const [word, kind] of WORDS) {
    const end = matchSpaced(text, start, word);
    if (end < 0) continue;
    const span = { start, end };
    if (kind === "marker") {
      const meaning = MARKER_WORDS[word];
      if (meaning) return { kind, meaning, span, text: word };
    }
    if (kind === "unit" || kind === "scale") return { kind, span, text: word };
  }
  let end = start + 1;
  while (end < text.length && !TEXT_STOP.test(text.charAt(end)) && !startsWord(text, end)) end += 1;
  return { kind: "text", span: { start, end }, text: text.slice(start, end) };
}

/** Whether a table word starts at `index`. */
function startsWord(text: string, index: number): boolean {
  return WORDS.some(([word]) => text.startsWith(word, index));
}

/**
 * Where `word` ends when it is written at `start`, spaces and line breaks between its characters
 * allowed (`累计\n下降`); -1 when it is not there.
 */
function matchSpaced(text: string, start: number, word: string): number {
  let index = start;
  for (let position = 0; position < word.length; position += 1) {
    if (position > 0) while (index < text.length && SPACE.test(text.charAt(index))) index += 1;
    if (text.charAt(index) !== word.charAt(position)) return -1;
    index += 1;
  }
  return index;
}
