/**
 * 评估: the engine's one entry point. Resolves the settings, reads every indicator once, picks the
 * evaluation period (by default the latest period holding any usable observation), finds the
 * table's GDP growth rate, judges every indicator and summarises.
 *
 * Cell texts and names are read through memoised readers for the length of one call: tables
 * repeat the same texts (`—`, `完成上级下达任务`, the same names row after row), and each distinct
 * short text is read once (numbers are read directly: they are cheap and rarely repeat). The work
 * is linear in the number of cells.
 */
import { parseCell } from "./cell";
import { findGdpGrowth, isGdpName } from "./gdp";
import { createJudgeMemo, judgePrepared, prepareIndicator, type PreparedIndicator, type Readers } from "./judge";
import { parseIndicatorName } from "./name";
import { comparePeriods, timeProgress } from "./period";
import { resolveSettings } from "./settings";
import { summarise } from "./summary";
import type { Assessment, AssessmentInput, IndicatorName, ParsedCell, Period } from "./types";

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
  const prepared = input.indicators.map((indicator) => prepareIndicator(indicator, readers));
  const period = input.period ?? latestUsablePeriod(prepared);
  const progress = period === null ? 0 : timeProgress(input.plan, period);
  const window = { plan: input.plan, period };
  const gdp = findGdpGrowth(
    prepared
      .filter((row) => isGdpName(row.compactName))
      .map((row) => ({
        id: row.input.id,
        name: row.input.name,
        compactName: row.compactName,
        unit: row.unit,
        read: row.read,
        actualGrowth: row.actualGrowth,
      })),
    window,
  );
  const context = { plan: input.plan, period, settings, gdp, memo: createJudgeMemo() };
  const judgements = prepared.map((row) => judgePrepared(row, context));
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

/** Cell and name readers that read each distinct short text once. */
function memoisedReaders(): Readers {
  const cells = new Map<string, ParsedCell>();
  const names = new Map<string, IndicatorName>();
  return {
    parse: (raw) => {
      if (typeof raw !== "string" || raw.length > MEMO_TEXT_LIMIT) return parseCell(raw);
      let parsed = cells.get(raw);
      if (parsed === undefined) {
        parsed = parseCell(raw);
        cells.set(raw, parsed);
      }
      return parsed;
    },
    name: (raw) => {
      let label = names.get(raw);
      if (label === undefined) {
        label = parseIndicatorName(raw);
        names.set(raw, label);
      }
      return label;
    },
  };
}
