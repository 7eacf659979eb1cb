/**
 * What each kind of cell reading carries, in one table keyed by the reading's kind: a new kind of
 * reading is one more row, and the compiler finds it missing here.
 */
import type { CellKind, CellReading } from "../types";

/** What a kind of reading carries. */
export interface CellKindFacts {
  /** A number (`value`): points, approximate values, bounds, cumulative totals. */
  number: boolean;
  /** A plain number a level is compared with: points, approximate values, bounds. */
  plainNumber: boolean;
  /** A judgement or a relation in words rather than a number (`完成`, `快于经济增长`). */
  words: boolean;
}

/** Every kind of reading, with what it carries. */
export const CELL_KINDS = {
  point: { number: true, plainNumber: true, words: false },
  approx: { number: true, plainNumber: true, words: false },
  bound: { number: true, plainNumber: true, words: false },
  cumulative: { number: true, plainNumber: false, words: false },
  qualitative: { number: false, plainNumber: false, words: true },
  relative: { number: false, plainNumber: false, words: true },
  change: { number: false, plainNumber: false, words: false },
  band: { number: false, plainNumber: false, words: false },
  open: { number: false, plainNumber: false, words: true },
  directional: { number: false, plainNumber: false, words: true },
  missing: { number: false, plainNumber: false, words: false },
} as const satisfies Record<CellKind, CellKindFacts>;

/** A reading that carries a plain number. */
export type NumericReading = CellReading & { kind: "point" | "approx" | "bound" };

/** A reading that carries a number. */
export type NumberReading = NumericReading | (CellReading & { kind: "cumulative" });

/**
 * Whether a reading carries a plain number (a point, an approximate value or a bound).
 * @example isNumeric({ kind: "bound", op: "<", value: 35, percent: false, raw: "<35", annotations: {} }) //=> true
 */
export function isNumeric(reading: CellReading | null | undefined): reading is NumericReading {
  return reading !== null && reading !== undefined && CELL_KINDS[reading.kind].plainNumber;
}

/**
 * Whether a reading carries a number (a plain number or a cumulative total).
 * @example hasNumber({ kind: "cumulative", value: 20, percent: false, raw: "[20]", annotations: {} }) //=> true
 */
export function hasNumber(reading: CellReading | null | undefined): reading is NumberReading {
  return reading !== null && reading !== undefined && CELL_KINDS[reading.kind].number;
}
