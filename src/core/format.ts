/**
 * Numbers as a bureau writes them in notes and paragraphs: no thousands separators, no trailing
 * zeros, percentages with one decimal (`48.8%`, `40%`), values with up to three decimals
 * (`1850.4`, `61860`, `4.564`) and small values with three significant digits (`0.005`, `0.0123`).
 *
 * Rounding is `Intl.NumberFormat`'s: half away from zero on the number as written (its shortest
 * decimal), so `64.9425` is `64.943` and `1.0005` is `1.001`; a value that rounds to zero is
 * `0`, never `-0`. Every function returns text for any number: a non-finite input (a caller's bug
 * upstream) is written `—` rather than `NaN` or `Infinity`, so a note can never show either.
 */

/** What a non-finite number is written as. */
const NOT_A_NUMBER = "—";

/** Below this magnitude a value is written `0` (three significant digits would need over 12 decimals). */
const SMALLEST = 5e-13;

/**
 * A formatter with up to `decimals` decimals, no grouping; `Intl.NumberFormat` rounds half away
 * from zero by default (`roundingMode: "halfExpand"`).
 */
function withDecimals(decimals: number): Intl.NumberFormat {
  return new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: decimals });
}

/** The formatters in use, made once: up to 0–3 decimals, and three significant digits under 1. */
const DECIMALS: readonly Intl.NumberFormat[] = [0, 1, 2, 3].map(withDecimals);
const SMALL = new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 3 });

/** A formatted number without the sign of a value that rounded to zero (`-0`). */
function unsignedZero(text: string): string {
  return text === "-0" ? "0" : text;
}

/** Writes a finite value with up to `decimals` decimals. */
function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  // A whole number below 1e15 is written by String as Intl writes it (no grouping; -0 is "0").
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return unsignedZero((DECIMALS[decimals] ?? withDecimals(decimals)).format(value));
}

/**
 * Writes a value as in a bureau's table: up to three decimals, three significant digits under 1.
 * @example formatNumber(1850.4) //=> "1850.4"
 * @example formatNumber(61860) //=> "61860"
 * @example formatNumber(4.5641) //=> "4.564"
 * @example formatNumber(0.005) //=> "0.005"
 * @example formatNumber(2 / 3) //=> "0.667"
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const size = Math.abs(value);
  if (size < SMALLEST) return "0";
  return size < 1 ? SMALL.format(value) : fixed(value, 3);
}

/**
 * Writes a share (0.488) as a percentage with up to `decimals` decimals (default 1).
 * @example formatPercent(0.488) //=> "48.8%"
 * @example formatPercent(0.4) //=> "40%"
 * @example formatPercent(1.1428, 0) //=> "114%"
 */
export function formatPercent(share: number, decimals = 1): string {
  if (!Number.isFinite(share)) return NOT_A_NUMBER;
  return `${fixed(share * 100, decimals)}%`;
}

/**
 * Writes a rate already in percent units (a growth rate of 5.4 means 5.4%) with a percent sign.
 * @example formatRate(5.4) //=> "5.4%"
 * @example formatRate(7) //=> "7%"
 */
export function formatRate(percent: number): string {
  if (!Number.isFinite(percent)) return NOT_A_NUMBER;
  return `${fixed(percent, 2)}%`;
}

/**
 * Writes a difference of two shares in percentage points, unsigned, one decimal (the caller says
 * 快于/慢于 or 高于/低于 in words).
 * @example formatPoints(0.488 - 0.4) //=> "8.8"
 */
export function formatPoints(shareDifference: number): string {
  if (!Number.isFinite(shareDifference)) return NOT_A_NUMBER;
  return fixed(Math.abs(shareDifference) * 100, 1);
}
