/**
 * Whole-text readings: cells whose meaning is a phrase rather than a value — empty cells,
 * missing markers, Excel errors, targets relative to economic growth, the forms of `forms.ts`
 * (open, directional, change and band targets) and qualitative targets or judgements. They are recognised on the text with spaces and line breaks removed
 * (`完成上级\n下达任务` is `完成上级下达任务`), before the value grammar is tried.
 */
import { parseMessages } from "../../i18n/parse";
import type { CellReading, Problem, Result } from "../types";
import {
  EXCEL_ERRORS,
  FASTER_WORDS,
  GROWTH_MENTIONS,
  MET_OPENINGS,
  MISSING_MARKERS,
  NOT_MET_OPENINGS,
  QUALITATIVE_MENTIONS,
  SLOWER_WORDS,
} from "./markers";
import { readForm } from "./forms";
import { foldWidth, removeSpaces } from "./width";

/** Runs of dashes, dots and slashes with nothing else: `———`, `-- -`, `。。。`. */
const MARKER_RUN = /^[-—–_~·.…/\\]+$/u;
/** Words that keep a growth relation in step even though they contain `低于`. */
const IN_STEP_WORDS: readonly string[] = ["不低于", "不慢于"];

/**
 * Reads a cell whose whole text is a phrase; null when the value grammar should read it.
 * @example readPhrase("——") //=> { ok: true, value: { kind: "missing", reason: "marker", raw: "——", annotations: {} } }
 */
export function readPhrase(raw: string): Result<CellReading> | null {
  const compact = removeSpaces(foldWidth(raw));
  const missing = missingReason(compact);
  if (missing) return { ok: true, value: { kind: "missing", reason: missing, raw, annotations: {} } };
  if (GROWTH_MENTIONS.some((mention) => compact.includes(mention))) return readRelative(raw, compact);
  const form = readForm(raw, compact);
  if (form) return { ok: true, value: form };
  if (isQualitative(compact)) {
    return { ok: true, value: withMet({ kind: "qualitative", text: removeSpaces(raw), raw, annotations: {} }, compact) };
  }
  return null;
}

/** Why a cell holds no value, or null when it may hold one. */
function missingReason(compact: string): "empty" | "marker" | "error" | null {
  if (compact === "") return "empty";
  if (EXCEL_ERRORS.has(compact.toUpperCase())) return "error";
  if (MISSING_MARKERS.has(compact) || MARKER_RUN.test(compact)) return "marker";
  return null;
}

/** `与经济增长基本同步` → sync, `快于经济增长` → faster; `慢于…` is a problem. */
function readRelative(raw: string, compact: string): Result<CellReading> {
  const inStep = IN_STEP_WORDS.some((word) => compact.includes(word));
  if (!inStep && FASTER_WORDS.some((word) => compact.includes(word))) {
    return { ok: true, value: { kind: "relative", relation: "faster", raw, annotations: {} } };
  }
  if (!inStep && SLOWER_WORDS.some((word) => compact.includes(word))) {
    return { ok: false, problem: wholeTextProblem("parse.relation", parseMessages.relation(raw.trim()), raw) };
  }
  return { ok: true, value: { kind: "relative", relation: "sync", raw, annotations: {} } };
}

/** A task handed down (`下达`), or a judgement word opening a text without digits. */
function isQualitative(compact: string): boolean {
  if (QUALITATIVE_MENTIONS.some((mention) => compact.includes(mention))) return true;
  const opensWithJudgement = [...NOT_MET_OPENINGS, ...MET_OPENINGS].some((word) => compact.startsWith(word));
  return opensWithJudgement && !/\d/u.test(compact);
}

/** Adds `met` from the opening words: not-met words first, then met words. */
function withMet(reading: CellReading & { kind: "qualitative" }, compact: string): CellReading {
  if (NOT_MET_OPENINGS.some((word) => compact.startsWith(word))) return { ...reading, met: false };
  if (MET_OPENINGS.some((word) => compact.startsWith(word))) return { ...reading, met: true };
  return reading;
}

/**
 * A problem about a whole cell: its span runs from the first to the last non-space character.
 * @example wholeTextProblem("parse.unknown", "…", " abc ").span //=> { start: 1, end: 4 }
 */
export function wholeTextProblem(code: string, message: string, raw: string): Problem {
  const start = raw.length - raw.trimStart().length;
  const end = Math.max(start, raw.trimEnd().length);
  return { code, message, span: { start, end } };
}
