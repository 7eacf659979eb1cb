/**
 * 评估: the engine's one entry point. Resolves the settings, picks the evaluation period (by
 * default the latest period holding any usable observation), finds the table's GDP growth rate,
 * judges every indicator (`judgeIndicator`) and summarises (`summarise`).
 */
import { parseCell, removeSpaces } from "./cell";
import { compactNameOf } from "./direction";
import { findGdpGrowth, mayGiveGdpGrowth, type GdpCandidate } from "./gdp";
import { judgeIndicator } from "./judge";
import { parseIndicatorName } from "./name";
import { readIndicator, unitInForce } from "./read-row";
import { comparePeriods, timeProgress } from "./period";
import { valuePeriod } from "./select";
import { resolveSettings } from "./settings";
import { summarise } from "./summary";
import type { Assessment, AssessmentInput, IndicatorInput, Observation, Period, Plan } from "./types";

/** What a GDP name contains once its spaces are removed (`isGdpName` decides on the cleaned name). */
const MAY_NAME_GDP = /生产总值|GDP/iu;

/**
 * Assesses a table of indicators for a plan: every judgement and the summary.
 * Throws a RangeError for settings that do not validate or a plan whose target year is not after
 * its base year (callers validate user input with `resolveSettings` and `isValidPlan` first).
 * @example assess({ plan: { baseYear: 2020, targetYear: 2025 }, indicators: [{ row: 7, name: "森林覆盖率（%）", base: { raw: 52.6 }, target: { raw: 53 }, observations: [{ period: periodOf(2022, 1), cell: { raw: 52.8 } }] }] }).summary.counts
 * //=> { ahead: 0, on_track: 1, behind: 0, no_data: 0 }
 */
export function assess(input: AssessmentInput): Assessment {
  const resolved = resolveSettings(input.settings ?? {});
  if (!resolved.ok) throw new RangeError(resolved.problem.message);
  const settings = resolved.value;
  const { plan, indicators } = input;
  const period = input.period ?? latestObservedPeriod(indicators, plan);
  const gdp = findGdpGrowth(gdpCandidates(indicators), { plan, period });
  const judgements = indicators.map((indicator) => judgeIndicator(indicator, { plan, period, settings, gdp }));
  return {
    plan,
    period,
    timeProgress: period === null ? 0 : timeProgress(plan, period),
    settings,
    judgements,
    summary: summarise(judgements, { plan: plan, period: period, settings: settings }),
  };
}

/**
 * 默认评估期: the latest period holding a usable observation (not empty, not a missing marker or an
 * error, readable) in any indicator, within the plan when one is given (a later column is not part
 * of the plan: a plan given on the command line over a table read with another's columns); null
 * when there is none.
 * @example latestObservedPeriod([{ row: 1, name: "甲", observations: [{ period: periodOf(2019, 1), cell: { raw: 1 } }, { period: periodOf(2022, 1), cell: { raw: 2 } }] }], { baseYear: 2015, targetYear: 2020 })
 * //=> { year: 2019, fraction: 1, code: "2019" }
 * @example latestObservedPeriod([{ row: 7, name: "森林覆盖率（%）", base: { raw: 52.6 }, target: { raw: 53 }, observations: [{ period: periodOf(2022, 1), cell: { raw: 52.8 } }, { period: periodOf(2023, 0.5), cell: { raw: "—" } }] }])
 * //=> { year: 2022, fraction: 1, code: "2022" }
 */
export function latestObservedPeriod(indicators: readonly IndicatorInput[], plan?: Plan): Period | null {
  let latest: Period | null = null;
  for (const indicator of indicators) {
    for (const observation of indicator.observations) {
      const period = usablePeriod(observation);
      if (period === null || (plan && period.year > plan.targetYear)) continue;
      if (latest === null || comparePeriods(period, latest) > 0) latest = period;
    }
  }
  return latest;
}

/**
 * The period an observation's value belongs to when it is usable, else null. A finite number is a
 * point of its column's period (as `parseCell` reads it).
 */
function usablePeriod(observation: Observation): Period | null {
  const raw = observation.cell.raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? observation.period : null;
  const parsed = parseCell(raw);
  if (!parsed.ok || parsed.value.kind === "missing") return null;
  return valuePeriod(parsed.value, observation.period);
}

/**
 * The rows that may be the GDP growth indicator (a GDP name, with rates or a 实绩年均增长 cell),
 * each read when the search comes to it (the search stops at the first with a growth rate).
 */
function* gdpCandidates(indicators: readonly IndicatorInput[]): Generator<GdpCandidate> {
  for (const indicator of indicators) {
    // A GDP name holds 生产总值 or GDP: other rows are passed over without cleaning their name.
    if (!MAY_NAME_GDP.test(removeSpaces(indicator.name))) continue;
    const label = parseIndicatorName(indicator.name);
    if (!mayGiveGdpGrowth(compactNameOf(label), unitInForce(indicator, label), indicator.actualGrowth !== undefined)) continue;
    const row = readIndicator(indicator);
    yield { row: indicator.row, name: indicator.name, compactName: row.compactName, unit: row.unit, read: row.read, actualGrowth: row.actualGrowth };
  }
}
