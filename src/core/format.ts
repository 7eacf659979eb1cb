/**
 * Numbers as a bureau writes them in notes and paragraphs: no thousands separators, no trailing
 * zeros, percentages with one decimal (`48.8%`, `40%`), values with up to three decimals
 * (`1850.4`, `61860`, `4.564`) and small values with three significant digits (`0.005`, `0.0123`).
 *
 * Every function returns text for any number: a non-finite input (a caller's bug upstream) is
 * written `—` rather than `NaN` or `Infinity`, so a note can never show either.
 */

/** What a non-finite number is written as. */
const NOT_A_NUMBER = "—";

/** Beyond this magnitude `toFixed` switches to exponent notation; plain `String` is used instead. */
const FIXED_LIMIT = 1e15;

const POWERS_OF_TEN: readonly number[] = Array.from({ length: 13 }, (_, power) => Math.pow(10, power));
const ZERO = "0".charCodeAt(0);
const POINT = ".".charCodeAt(0);

/**
 * Rounds half away from zero to a number of decimals, without trailing zeros; never `-0`.
 * (A value rounded on a power of ten prints as its shortest decimal, which is the rounded one.)
 * @example fixedTrimmed(48.80, 1) //=> "48.8"
 */
function fixedTrimmed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const size = Math.abs(value);
  if (size >= FIXED_LIMIT) return String(value);
  const scale = POWERS_OF_TEN[decimals] ?? Math.pow(10, decimals);
  const rounded = Math.round(size * scale) / scale;
  if (rounded === 0) return "0";
  // Below 1e-6 String() writes an exponent; toFixed writes the digits.
  const digits = rounded < 1e-6 ? trimZeros(rounded.toFixed(decimals)) : String(rounded);
  return value < 0 ? `-${digits}` : digits;
}

/** Drops trailing zeros after a decimal point, and the point itself. */
function trimZeros(fixed: string): string {
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === ZERO) end -= 1;
  if (fixed.charCodeAt(end - 1) === POINT) end -= 1;
  return fixed.slice(0, end);
}

/**
 * Decimals needed to show a value under 1 with `significant` significant digits.
 * @example decimalsForSmall(0.005, 3) //=> 5
 */
function decimalsForSmall(value: number, significant: number): number {
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return Math.min(12, Math.max(0, significant - 1 - magnitude));
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
  if (value === 0) return "0";
  if (Math.abs(value) < 1) return fixedTrimmed(value, decimalsForSmall(value, 3));
  return fixedTrimmed(value, 3);
}

/**
 * Writes a share (0.488) as a percentage with up to `decimals` decimals (default 1).
 * @example formatPercent(0.488) //=> "48.8%"
 * @example formatPercent(0.4) //=> "40%"
 * @example formatPercent(1.1428, 0) //=> "114%"
 */
export function formatPercent(share: number, decimals = 1): string {
  if (!Number.isFinite(share)) return NOT_A_NUMBER;
  return `${fixedTrimmed(share * 100, decimals)}%`;
}

/**
 * Writes a rate already in percent units (a growth rate of 5.4 means 5.4%) with a percent sign.
 * @example formatRate(5.4) //=> "5.4%"
 * @example formatRate(7) //=> "7%"
 */
export function formatRate(percent: number): string {
  if (!Number.isFinite(percent)) return NOT_A_NUMBER;
  return `${fixedTrimmed(percent, 2)}%`;
}

/**
 * Writes a difference of two shares in percentage points, unsigned, one decimal (the caller says
 * 快于/慢于 or 高于/低于 in words).
 * @example formatPoints(0.488 - 0.4) //=> "8.8"
 */
export function formatPoints(shareDifference: number): string {
  if (!Number.isFinite(shareDifference)) return NOT_A_NUMBER;
  return fixedTrimmed(Math.abs(shareDifference) * 100, 1);
}
