/**
 * 评估: the engine's one entry point. Resolves the settings, picks the evaluation period (by
 * default the latest period holding any usable observation), finds the table's GDP growth rate,
 * judges every indicator and summarises.
 *
 * Cell texts and names are read through memoised readers for the length of one call: tables
 * repeat the same texts (`—`, `完成上级下达任务`, the same names row after row), and each distinct
 * short text is read once (numbers are read directly: they are cheap and rarely repeat). The work
 * is linear in the number of cells.
 *
 * A row's reading is kept only while it is judged: the default evaluation period is found in a
 * first look at the observations that keeps nothing but the latest period, and only the rows that
 * may be the GDP growth indicator are read ahead, as far as the search for the GDP growth rate
 * goes. A large table then holds its judgements, not every cell it read, until the summary is
 * made.
 */
import { parseCell } from "./cell";
import { compactNameOf } from "./direction";
import { findGdpGrowth, mayGiveGdpGrowth, type GdpCandidate } from "./gdp";
import {
  createJudgeMemo,
  judgePrepared,
  prepareIndicator,
  unitInForce,
  type PreparedIndicator,
  type Readers,
} from "./judge";
import { parseIndicatorName } from "./name";
import { comparePeriods, timeProgress } from "./period";
import { valuePeriod } from "./select";
import { resolveSettings } from "./settings";
import { summarise } from "./summary";
import type {
  Assessment,
  AssessmentInput,
  CellValue,
  IndicatorInput,
  IndicatorName,
  Observation,
  ParsedCell,
  Period,
} from "./types";

/** Texts longer than this are read without keeping their reading (a cache is for repeats). */
const MEMO_TEXT_LIMIT = 64;

/**
 * Assesses a table of indicators for a plan: every judgement and the summary.
 * Throws a RangeError for settings that do not validate or a plan whose target year is not after
 * its base year (callers validate user input with `resolveSettings` and `isValidPlan` first).
 * @example assess({ plan: { baseYear: 2020, targetYear: 2025 }, indicators: rows }).summary.counts
 * //=> { ahead: 3, on_track: 20, behind: 9, no_data: 4 }
 */
export function assess(input: AssessmentInput): Assessment {
  const resolved = resolveSettings(input.settings ?? {});
  if (!resolved.ok) throw new RangeError(resolved.problem.message);
  const settings = resolved.value;
  const readers = memoisedReaders();
  const period = input.period ?? latestObservedPeriod(input.indicators, readers.parse);
  const progress = period === null ? 0 : timeProgress(input.plan, period);
  const gdp = findGdpGrowth(gdpCandidates(input.indicators, readers), { plan: input.plan, period });
  const context = { plan: input.plan, period, settings, gdp, memo: createJudgeMemo() };
  const judgements = input.indicators.map((indicator) => judgePrepared(prepareIndicator(indicator, readers), context));
  return {
    plan: input.plan,
    period,
    timeProgress: progress,
    settings,
    judgements,
    summary: summarise(judgements, input.plan, period, settings),
  };
}

/**
 * 默认评估期: the latest period holding a usable observation (not empty, not a missing marker or an
 * error, readable) in any indicator; null when there is none.
 * @example latestUsablePeriod(prepared) //=> { year: 2023, fraction: 0.5, code: "2023H1" }
 */
export function latestUsablePeriod(prepared: readonly PreparedIndicator[]): Period | null {
  let latest: Period | null = null;
  for (const row of prepared) {
    for (const cell of row.read.cells) {
      if (cell.reading.kind === "missing") continue;
      if (latest === null || comparePeriods(cell.period, latest) > 0) latest = cell.period;
    }
  }
  return latest;
}

/**
 * 默认评估期 read straight from the rows, as `latestUsablePeriod` finds it once they are read,
 * keeping no reading. `parse` may be a memoised `parseCell`.
 * @example latestObservedPeriod([row("森林覆盖率（%）", 52.6, 53, { "2022": 52.8, "2023H1": "—" })]) //=> { year: 2022, fraction: 1, code: "2022" }
 */
export function latestObservedPeriod(
  indicators: readonly IndicatorInput[],
  parse: (raw: CellValue) => ParsedCell = parseCell,
): Period | null {
  let latest: Period | null = null;
  for (const indicator of indicators) {
    for (const observation of indicator.observations) {
      const period = usablePeriod(observation, parse);
      if (period !== null && (latest === null || comparePeriods(period, latest) > 0)) latest = period;
    }
  }
  return latest;
}

/**
 * The period an observation's value belongs to when it is usable, else null. A finite number is
 * a point of its column's period (as `parseCell` reads it), so it is not read to find that out.
 */
function usablePeriod(observation: Observation, parse: (raw: CellValue) => ParsedCell): Period | null {
  const raw = observation.cell.raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? observation.period : null;
  const parsed = parse(raw);
  if (!parsed.ok || parsed.value.kind === "missing") return null;
  return valuePeriod(parsed.value, observation.period);
}

/**
 * The rows that may be the GDP growth indicator (a GDP name, with rates or a 实绩年均增长 cell),
 * each read when the search comes to it (the search stops at the first with a growth rate);
 * nothing read is kept: the row is read again when it is judged.
 */
function* gdpCandidates(indicators: readonly IndicatorInput[], readers: Required<Readers>): Generator<GdpCandidate> {
  for (const indicator of indicators) {
    const label = readers.name(indicator.name);
    const compactName = readers.compactName(label);
    if (!mayGiveGdpGrowth(compactName, unitInForce(indicator, label), indicator.actualGrowth !== undefined)) continue;
    const row = prepareIndicator(indicator, readers);
    yield {
      id: indicator.id,
      name: indicator.name,
      compactName: row.compactName,
      unit: row.unit,
      read: row.read,
      actualGrowth: row.actualGrowth,
    };
  }
}

/** Cell and name readers that read each distinct short text, and each distinct name, once. */
function memoisedReaders(): Required<Readers> {
  const cells = new Map<string, ParsedCell>();
  const names = new Map<string, IndicatorName>();
  const compactNames = new Map<string, string>();
  return {
    parse: (raw) => {
      if (typeof raw !== "string" || raw.length > MEMO_TEXT_LIMIT) return parseCell(raw);
      return cells.get(raw) ?? kept(cells, raw, parseCell(raw));
    },
    name: (raw) => names.get(raw) ?? kept(names, raw, parseIndicatorName(raw)),
    compactName: (label) => compactNames.get(label.name) ?? kept(compactNames, label.name, compactNameOf(label)),
  };
}

/** Keeps a value read on a miss, and answers it. */
function kept<T>(memo: Map<string, T>, key: string, value: T): T {
  memo.set(key, value);
  return value;
}
