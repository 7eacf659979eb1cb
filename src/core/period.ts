/**
 * 报告期 and 时序进度: reading period labels from headers, ordering and naming periods, and the
 * elapsed share of a plan.
 *
 * Choices where the specification is silent:
 * - `下半年` (July–December) is not counted from January, so it is not an observation period:
 *   `2023年下半年` reads as null, like `2023H2`, `2023Q2` and `2023年二季度`.
 * - A month alone (`2023年6月`) may be that month's own figure, so only ranges from January
 *   (`1-6月`) and month ends (`6月底`, `6月末`) name a period; only months 3, 6, 9 and 12 count.
 * - `2022年度`, `2022年全年`, `2022年底`, `2022年1-12月` are the full year 2022.
 */
import { periodText } from "../i18n/parse";
import { foldWidth } from "./cell/width";
import { periodOf } from "./period/read";
import type { Period, Plan, YearFraction } from "./types";

export { cleanLabel, findPeriod, matchPeriodWords, parsePeriod, periodOf } from "./period/read";
export { parseHeaderLabel, planFromName } from "./period/header";
export type { HeaderLabel, HeaderWord } from "./period/header";

/** How often a table is filled in: the periods `nextPeriod` steps through within a year. */
export type Cadence = "yearly" | "half-yearly" | "quarterly";

const CADENCE_STEPS: Readonly<Record<Cadence, readonly YearFraction[]>> = {
  yearly: [1],
  "half-yearly": [0.5, 1],
  quarterly: [0.25, 0.5, 0.75, 1],
};

/**
 * Orders periods in time: 2023Q1 < 2023H1 < 2023Q3 < 2023 < 2024Q1. For `Array.prototype.sort`.
 * @example comparePeriods(periodOf(2023, 0.5), periodOf(2023, 1)) //=> -0.5 // negative: earlier
 */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.fraction - b.fraction;
}

/**
 * Elapsed years e = (Y − B − 1) + f of a plan at the end of a period (may be negative or exceed L).
 * @example elapsedYears({ baseYear: 2020, targetYear: 2025 }, periodOf(2023, 0.5)) //=> 2.5
 */
export function elapsedYears(plan: Plan, period: Period): number {
  return period.year - plan.baseYear - 1 + period.fraction;
}

/**
 * 时序进度: elapsed share of the plan period, e / L clamped to [0, 1].
 * Throws a RangeError for a plan whose target year is not after its base year (a caller's bug:
 * check plans read from a sheet with `isValidPlan` first).
 * @example timeProgress({ baseYear: 2020, targetYear: 2025 }, periodOf(2022, 1)) //=> 0.4
 */
export function timeProgress(plan: Plan, period: Period): number {
  if (!isValidPlan(plan)) {
    throw new RangeError(`Invalid plan ${plan.baseYear}–${plan.targetYear}: target year must follow base year`);
  }
  const share = elapsedYears(plan, period) / (plan.targetYear - plan.baseYear);
  return Math.min(1, Math.max(0, share));
}

/**
 * Whether a plan's years are whole numbers with the target year after the base year.
 * @example isValidPlan({ baseYear: 2025, targetYear: 2030 }) //=> true
 */
export function isValidPlan(plan: Plan): boolean {
  return (
    Number.isInteger(plan.baseYear) && Number.isInteger(plan.targetYear) && plan.targetYear > plan.baseYear
  );
}

/**
 * Names a period in Chinese: `2022年`, `2023年上半年`, `2023年一季度`, `2023年前三季度`.
 * @example formatPeriod(periodOf(2023, 0.75)) //=> "2023年前三季度"
 */
export function formatPeriod(period: Period): string {
  const words: Record<YearFraction, string> = {
    0.25: periodText.firstQuarter,
    0.5: periodText.firstHalf,
    0.75: periodText.firstThreeQuarters,
    1: "",
  };
  return `${period.year}${periodText.year}${words[period.fraction]}`;
}

/**
 * 新增填报期: the period after `period` in a table filled in at `cadence` (default half-yearly).
 * @example nextPeriod(periodOf(2023, 0.5)) //=> { year: 2023, fraction: 1, code: "2023" }
 * @example nextPeriod(periodOf(2023, 1)) //=> { year: 2024, fraction: 0.5, code: "2024H1" }
 */
export function nextPeriod(period: Period, cadence: Cadence = "half-yearly"): Period {
  const steps = CADENCE_STEPS[cadence];
  const later = steps.find((fraction) => fraction > period.fraction);
  if (later !== undefined) return periodOf(period.year, later);
  return periodOf(period.year + 1, steps[0] ?? 1);
}

/**
 * Writes a period in the naming style of an existing header: codes stay codes (`2023H1` →
 * `2024H1`), month ranges stay month ranges (`2023年1-6月` → `2024年1-6月`, a full year then reads
 * `2024年1-12月`), month ends stay month ends (`6月底`), a space before 年 is kept; otherwise the
 * bureau's words (`2024年上半年`). Pass the latest sub-year header when the table has one.
 * @example labelLike(periodOf(2024, 0.5), "2023年1-6月") //=> "2024年1-6月"
 */
export function labelLike(period: Period, exampleLabel: string): string {
  const original = exampleLabel.trim();
  const example = foldWidth(original);
  if (/^\d{4}\s*(?:[HhQq]\d)?$/u.test(example)) return period.code;
  const yearWord = /\d{4}(\s*)年/u.exec(example);
  const year = `${period.year}${yearWord?.[1] ?? ""}${periodText.year}`;
  const months = period.fraction * 12;
  const range = /年\s*1\s*([-~—–至到])\s*\d{1,2}\s*月/u.exec(example);
  if (range) {
    const separator = original.charAt(range.index + range[0].search(/[-~—–至到]/u));
    return `${year}1${separator}${months}${periodText.month}`;
  }
  const monthEnd = /年\s*\d{1,2}\s*月([底末])/u.exec(example);
  if (monthEnd) return `${year}${months}${periodText.month}${monthEnd[1]}`;
  return `${year}${formatPeriod(period).slice(`${period.year}${periodText.year}`.length)}`;
}
