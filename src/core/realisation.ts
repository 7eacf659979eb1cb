/**
 * 实现度: the arithmetic of realisation, one pure function per formula of DOMAIN.md. Every
 * function answers a finite number or null (never NaN or Infinity): zero or equal denominators,
 * non-positive values under a logarithm and overflowing magnitudes give null, and the caller
 * says why in the note.
 */
import type { Comparator, Direction } from "./types";

/** Comparisons of shares (realisation against time progress) allow for floating-point dust. */
export const EPSILON = 1e-9;

/**
 * A finite number, or null for NaN and ±Infinity.
 * @example finiteOrNull(1 / 0) //=> null
 */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * Linear realisation of a level target: (v − b) ÷ (g − b); null when g = b or on overflow.
 * Serves lower-is-better indicators unchanged (both differences are negative).
 * @example linearRealisation(100, 200, 150) //=> 0.5
 */
export function linearRealisation(base: number, target: number, value: number): number | null {
  const span = target - base;
  if (span === 0 || !Number.isFinite(span)) return null;
  const result = finiteOrNull((value - base) / span);
  return result === 0 ? 0 : result;
}

/**
 * Compound realisation: ln(v ÷ b) ÷ ln(g ÷ b), for levels that grow by a rate; null unless b, g
 * and v are all positive and g ≠ b.
 * @example compoundRealisation(100, 121, 110) //=> 0.5
 */
export function compoundRealisation(base: number, target: number, value: number): number | null {
  if (!(base > 0 && target > 0 && value > 0) || target === base) return null;
  const logBase = Math.log(base);
  const span = Math.log(target) - logBase;
  if (span === 0 || !Number.isFinite(span)) return null;
  const result = finiteOrNull((Math.log(value) - logBase) / span);
  return result === 0 ? 0 : result;
}

/**
 * Whether a value meets a comparator: `v ≥ 92` for `>=`, `v < 30` for `<`.
 * @example meets(29, "<", 30) //=> true
 */
export function meets(value: number, op: Comparator, bound: number): boolean {
  switch (op) {
    case ">":
      return value > bound;
    case ">=":
      return value >= bound;
    case "<":
      return value < bound;
    case "<=":
      return value <= bound;
    default: {
      const unknown: never = op;
      throw new Error(`Unknown comparator ${String(unknown)}`);
    }
  }
}

/**
 * Whether `value` is worse than `reference` for the direction (strictly).
 * @example isWorse(86, 89.3, "higher") //=> true
 */
export function isWorse(value: number, reference: number, direction: Direction): boolean {
  return direction === "higher" ? value < reference : value > reference;
}

/**
 * Share of a target reached, measured from zero: v ÷ g (or g ÷ v when lower is better). Used at
 * the end of a plan for a level target with no base. Null when the ratio means nothing (g ≤ 0,
 * v < 0, or v ≤ 0 when lower is better).
 * @example ratioToTarget(60, 80, "higher") //=> 0.75
 */
export function ratioToTarget(value: number, target: number, direction: Direction): number | null {
  if (direction === "higher") {
    return target > 0 && value >= 0 ? finiteOrNull(value / target) : null;
  }
  return value > 0 && target >= 0 ? finiteOrNull(target / value) : null;
}

/**
 * Realisation of a maintain target (g = b): 1 while held, else v ÷ g (or g ÷ v when lower is
 * better), 0 when that ratio means nothing.
 * @example maintainRealisation(100, 98, "higher") //=> 0.98
 */
export function maintainRealisation(target: number, value: number, direction: Direction): number {
  if (!isWorse(value, target, direction)) return 1;
  return ratioToTarget(value, target, direction) ?? 0;
}

/** An average annual rate and how it was averaged. */
export interface AverageRate {
  /** In percent units: 6.2 means 6.2% a year. */
  rate: number;
  /** Geometric mean of (1 + r); false when a rate of −100% or less forced an arithmetic mean. */
  geometric: boolean;
}

/**
 * 年均增速 from yearly rates in percent: the geometric mean (Π(1 + rᵢ))^(1/n) − 1, computed in
 * logarithms so no product overflows; an arithmetic mean when a rate is −100% or below.
 * @example averageAnnualRate([10, 10]) //=> { rate: 10, geometric: true }
 */
export function averageAnnualRate(rates: readonly number[]): AverageRate | null {
  if (rates.length === 0) return null;
  if (rates.every((rate) => rate > -100)) {
    let meanLog = 0;
    rates.forEach((rate, index) => {
      meanLog += (Math.log1p(rate / 100) - meanLog) / (index + 1);
    });
    const rate = finiteOrNull(Math.expm1(meanLog) * 100);
    if (rate !== null) return { rate, geometric: true };
  }
  let mean = 0;
  rates.forEach((rate, index) => {
    mean += (rate - mean) / (index + 1);
  });
  const rate = finiteOrNull(mean);
  return rate === null ? null : { rate, geometric: false };
}

/**
 * 折算年均增速 from two levels: ((v ÷ b)^(1/years) − 1) in percent; null unless b, v > 0 and years > 0.
 * @example compoundAnnualRate(100, 121, 2) //=> 10
 */
export function compoundAnnualRate(base: number, value: number, years: number): number | null {
  if (!(base > 0 && value > 0 && years > 0)) return null;
  const result = finiteOrNull(Math.expm1((Math.log(value) - Math.log(base)) / years) * 100);
  if (result === null) return null;
  // Rounded to 12 decimals to drop floating-point noise; a rate that large has no decimals to drop
  // (and scaling it by 1e12 would overflow to Infinity).
  return Math.abs(result) < 1e15 ? Math.round(result * 1e12) / 1e12 : result;
}

/**
 * Realisation of a growth-rate target: achieved ÷ target (target ÷ achieved when lower is
 * better and both are positive); where that ratio means nothing (a target of 0 or below), 1 when
 * the target is met and 0 when not.
 * @example rateRealisation(3.5, 7, "higher") //=> 0.5
 */
export function rateRealisation(achieved: number, target: number, direction: Direction): number {
  const met = !isWorse(achieved, target, direction);
  if (direction === "higher" && target > 0) return finiteOrNull(achieved / target) ?? (met ? 1 : 0);
  if (direction === "lower" && target > 0 && achieved > 0) return finiteOrNull(target / achieved) ?? (met ? 1 : 0);
  return met ? 1 : 0;
}

/**
 * Realisation of a cumulative target `[c]`: cumulative-to-date ÷ c; null when c = 0.
 * @example cumulativeRealisation(12, 20) //=> 0.6
 */
export function cumulativeRealisation(toDate: number, total: number): number | null {
  if (total === 0) return null;
  const result = finiteOrNull(toDate / total);
  return result === 0 ? 0 : result;
}
