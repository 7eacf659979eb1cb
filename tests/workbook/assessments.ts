/**
 * Assessments built in the test: judgements with only the fields a test cares about, summarised by
 * the engine's own `summarise`, so write-plan tests do not depend on how indicators are judged.
 */
import { periodOf } from "../../src/core/period";
import { defaultSettings } from "../../src/core/settings";
import { summarise } from "../../src/core/summary";
import type { Assessment, Judgement, Period, Plan, Settings } from "../../src/core/types";

/** A judgement of the indicator on sheet row `row` (id `r<row>`), no data unless fields say otherwise. */
export function judgementOf(row: number, fields: Partial<Judgement> = {}): Judgement {
  const name = fields.name ?? `指标${row}`;
  return {
    row: row,
    name,
    label: { raw: name, name, qualifiers: [] },
    direction: "higher",
    directionSource: "default",
    directionReason: { code: "default", direction: "higher" },
    nature: "stock",
    kind: "level",
    base: null,
    target: null,
    value: null,
    valuePeriod: null,
    realisation: null,
    timeProgress: null,
    status: "no_data",
    endOfPlan: null,
    flags: [],
    projection: "unknown",
    projectedValue: null,
    formula: [],
    note: { statement: [{ code: "noValue" }], reasons: [] },
    problems: [],
    ...fields,
  };
}

/** An on-track, a behind and an ahead judgement in 2023H1 of a 2021–2025 plan, with figures. */
export function judgedAt(row: number, status: Judgement["status"], realisation: number, fields: Partial<Judgement> = {}): Judgement {
  return judgementOf(row, {
    status,
    realisation,
    timeProgress: 0.5,
    value: 100 * realisation,
    valuePeriod: periodOf(2023, 0.5),
    projection: status === "behind" ? "difficult" : status === "ahead" ? "reached" : "on_course",
    formula: [{ code: "linear", base: 0, target: 100, value: 100 * realisation }],
    note: {
      statement: [
        { code: "valueAt", period: periodOf(2023, 0.5), value: 100 * realisation },
        { code: "realisation", share: realisation },
        { code: "timeProgress", share: 0.5 },
      ],
      reasons: [],
    },
    ...fields,
  });
}

/** An assessment of the given judgements (plan 2021–2025, period 2023H1 unless said otherwise). */
export function assessmentOf(
  judgements: Judgement[],
  options: { plan?: Plan; period?: Period | null; settings?: Partial<Settings> } = {},
): Assessment {
  const plan = options.plan ?? { baseYear: 2020, targetYear: 2025 };
  const period = options.period === undefined ? periodOf(2023, 0.5) : options.period;
  const settings: Settings = { ...defaultSettings, ...options.settings, labels: { ...defaultSettings.labels, ...options.settings?.labels } };
  const summary = summarise(judgements, { plan: plan, period: period, settings: settings });
  return { plan, period, timeProgress: summary.timeProgress, settings, judgements, summary };
}
