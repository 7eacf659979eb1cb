/**
 * 数据核对 before assessing: reported values that are not numbers, and values that jump
 * implausibly from the previous comparable value (default more than ±50%), listed for the user
 * to check. Nothing here changes a cell or stops the assessment: the user decides.
 *
 * Choices where the specification is silent:
 * - A value is compared with the latest earlier value covering the same share of the year
 *   (a half year with the previous half year, a full year with the previous full year or, for the
 *   first one, with the base value), so a flow's half-year figure is never flagged for being about
 *   half of the year before.
 * - A previous value of 0 gives no change rate and is not compared.
 * - A judgement (`完成`, `未完成`) is a value only for a qualitative target; bounds (`≥99`) and
 *   cumulative values (`[14.3]`) are numbers. Missing markers (`—`, `暂无`) are not listed: the
 *   assessment reports indicators lacking data itself.
 */
import { parseCell } from "../core/cell";
import { comparePeriods, formatPeriod } from "../core/period";
import type { CellReading, IndicatorInput, Observation } from "../core/types";

/** A value to check, naming its indicator, period and cell. */
export type SuspectValue =
  | {
      kind: "jump";
      ref: string | null;
      name: string;
      periodLabel: string;
      value: string;
      previous: string;
      /** (value − previous) ÷ |previous|. */
      change: number;
    }
  | { kind: "notNumber"; ref: string | null; name: string; periodLabel: string; raw: string };

/** A reading's number, when it has one. */
function numberOf(reading: CellReading): number | null {
  switch (reading.kind) {
    case "point":
    case "approx":
    case "bound":
    case "cumulative":
      return reading.value;
    case "qualitative":
    case "relative":
    case "change":
    case "band":
    case "open":
    case "directional":
    case "missing":
      return null;
    default: {
      const unexpected: never = reading;
      return unexpected;
    }
  }
}

/** Whether a target is a judgement rather than a number (`完成上级下达任务`, `与经济增长基本同步`). */
function takesJudgements(input: IndicatorInput): boolean {
  const target = parseCell(input.target.raw);
  return target.ok && (target.value.kind === "qualitative" || target.value.kind === "relative");
}

/** A comparable value seen earlier: its number and its text. */
interface Earlier {
  value: number;
  text: string;
}

/**
 * Lists one indicator's values to check, in period order.
 * @example suspectValuesOf(input, 0.5)[0] //=> { kind: "jump", ref: "F7", name: "外贸出口额（亿元）", change: 9.1, … }
 */
export function suspectValuesOf(input: IndicatorInput, threshold: number): SuspectValue[] {
  const found: SuspectValue[] = [];
  const judgements = takesJudgements(input);
  const earlier = new Map<number, Earlier>();
  const base = parseCell(input.base.raw);
  const baseValue = base.ok ? numberOf(base.value) : null;
  if (baseValue !== null) earlier.set(1, { value: baseValue, text: String(input.base.raw) });
  const observations: Observation[] = [...input.observations].sort((a, b) => comparePeriods(a.period, b.period));
  for (const { period, cell } of observations) {
    const reading = parseCell(cell.raw);
    const where = { ref: cell.ref ?? null, name: input.name, periodLabel: formatPeriod(period) };
    if (!reading.ok) {
      found.push({ kind: "notNumber", ...where, raw: String(cell.raw) });
      continue;
    }
    const value = numberOf(reading.value);
    if (value === null) {
      const judgement = reading.value.kind === "qualitative" || reading.value.kind === "relative";
      if (judgement && !judgements) found.push({ kind: "notNumber", ...where, raw: String(cell.raw) });
      continue;
    }
    const previous = earlier.get(period.fraction);
    if (previous && previous.value !== 0) {
      const change = (value - previous.value) / Math.abs(previous.value);
      if (Math.abs(change) > threshold) {
        found.push({ kind: "jump", ...where, value: String(cell.raw), previous: previous.text, change });
      }
    }
    earlier.set(period.fraction, { value, text: String(cell.raw) });
  }
  return found;
}

/**
 * Lists every value to check in a table, indicator by indicator.
 * @example suspectValues(inputs, 0.5).length //=> 2
 */
export function suspectValues(inputs: readonly IndicatorInput[], threshold: number): SuspectValue[] {
  return inputs.flatMap((input) => suspectValuesOf(input, threshold));
}
