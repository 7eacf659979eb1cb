/**
 * Judgements built in a test, as the engine would produce them, for the summary, narrative and
 * counting specifications: on track at 50% of the 14th plan's 2023H1 unless told otherwise.
 */
import type { Judgement, Period, Plan } from "../../src/core/types";

export const plan14: Plan = { baseYear: 2020, targetYear: 2025 };
export const plan15: Plan = { baseYear: 2025, targetYear: 2030 };

/**
 * A period by year and share of the year.
 * @example period(2023, 0.5) //=> { year: 2023, fraction: 0.5, code: "2023H1" }
 */
export function period(year: number, fraction: Period["fraction"] = 1): Period {
  const suffix = fraction === 1 ? "" : fraction === 0.5 ? "H1" : fraction === 0.25 ? "Q1" : "Q3";
  return { year, fraction, code: `${year}${suffix}` };
}

export const h2023 = period(2023, 0.5);

/**
 * A judgement, on track at 50% unless told otherwise; without a name it is 森林覆盖率（%）, row 7.
 * @example judgement({ status: "behind" }).name //=> "森林覆盖率（%）"
 */
export function judgement(overrides: Partial<Judgement> = {}): Judgement {
  const name = overrides.name ?? "森林覆盖率（%）";
  return {
    row: 7,
    name,
    label:
      overrides.name === undefined
        ? { raw: name, name: "森林覆盖率", unit: "%", qualifiers: [] }
        : { raw: name, name, qualifiers: [] },
    direction: "higher",
    directionSource: "default",
    directionReason: { code: "default", direction: "higher" },
    nature: "stock",
    kind: "level",
    base: null,
    target: null,
    value: 1,
    valuePeriod: h2023,
    realisation: 0.5,
    timeProgress: 0.5,
    status: "on_track",
    endOfPlan: null,
    flags: [],
    projection: "on_course",
    projectedValue: null,
    formula: [],
    note: { statement: [], reasons: [] },
    problems: [],
    ...overrides,
  };
}
