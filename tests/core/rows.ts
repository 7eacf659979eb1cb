/**
 * Building indicator rows for the engine's tests: a row is written as it would be typed in a
 * monitoring sheet (name, base, target, and observations by period code), with A1 addresses
 * given to its observation cells in column order from F.
 */
import { judgeIndicator } from "../../src/core/judge";
import { comparePeriods, periodOf } from "../../src/core/period";
import { defaultSettings } from "../../src/core/settings";
import type {
  CellValue,
  IndicatorInput,
  Judgement,
  Period,
  Plan,
  Settings,
  YearFraction,
} from "../../src/core/types";

export const plan14: Plan = { baseYear: 2020, targetYear: 2025 };
export const plan15: Plan = { baseYear: 2025, targetYear: 2030 };

const FRACTIONS: Record<string, YearFraction> = { Q1: 0.25, H1: 0.5, Q3: 0.75 };

/**
 * A period from its code: `"2022"`, `"2023H1"`, `"2023Q1"`, `"2023Q3"`.
 * @example period("2023H1") //=> { year: 2023, fraction: 0.5, code: "2023H1" }
 */
export function period(code: string): Period {
  const year = Number(code.slice(0, 4));
  const fraction = code.length > 4 ? FRACTIONS[code.slice(4)] : 1;
  if (!Number.isInteger(year) || fraction === undefined) throw new Error(`Bad period code ${code}`);
  return periodOf(year, fraction);
}

/** Optional columns of a row. */
export type RowExtras = Partial<Omit<IndicatorInput, "row" | "name" | "base" | "target" | "observations">>;

/**
 * A row: observation cells get addresses F7, G7, H7 … in the order given.
 * @example row("森林覆盖率（%）", 52.6, "53 左右", { "2022": 52.8 }).observations[0].cell.ref //=> "F7"
 */
export function row(
  name: string,
  base: CellValue,
  target: CellValue,
  observations: Record<string, CellValue> = {},
  extras: RowExtras = {},
): IndicatorInput {
  const codes = Object.keys(observations).sort((a, b) => comparePeriods(period(a), period(b)));
  return {
    row: 7,
    name,
    base: { raw: base, ref: "D7" },
    target: { raw: target, ref: "E7" },
    observations: codes.map((code, index) => ({
      period: period(code),
      cell: { raw: observations[code] ?? null, ref: `${String.fromCharCode(70 + index)}7` },
    })),
    ...extras,
  };
}

/**
 * Judges a row for a plan (default 2021–2025) at an evaluation period (default: its latest observation's).
 * @example judge(row("人才资源总量（万人）", 27, 33, { "2022": 30 })).status //=> "on_track"
 */
export function judge(
  input: IndicatorInput,
  options: { plan?: Plan; at?: string; settings?: Partial<Settings> } = {},
): Judgement {
  const periods = input.observations.map((o) => o.period).sort(comparePeriods);
  const latest = periods.at(-1)?.code ?? "2022";
  return judgeIndicator(input, {
    plan: options.plan ?? plan14,
    period: period(options.at ?? latest),
    settings: { ...defaultSettings, ...options.settings },
  });
}
