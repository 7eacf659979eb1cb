/**
 * 评估记录: the record of assessments kept in the workbook, one row per indicator and one entry
 * (评价结果, 实现度) per evaluation period, and the comparison of this run with the latest earlier
 * period in it. The sheet is the add-in's, but what it holds is history: a run reads it first,
 * keeps every other period's entries, and replaces only this period's.
 *
 * Choices:
 * - An indicator is known by its 类别 and 指标名称 as written, spaces and line breaks ignored: the
 *   rows of the table may be reordered, inserted or deleted between runs. Two rows with the same
 *   类别 and name are told apart by their order (the first with the first).
 * - Indicators in the record but no longer in the table keep their earlier entries (listed after
 *   the table's); a re-run of a period drops their entry for that period, as it replaces the whole
 *   period. A row left without any entry goes.
 * - Statuses are read back by their labels (this run's, else the defaults); a cell that reads as
 *   neither a status nor a realisation is named in a problem, and the rest is still read.
 * - A run without an evaluation period (no data at all) records nothing.
 */
import { changeSince, countChanges, latestEarlier } from "../core/change";
import type { ChangeCode, ChangeCounts, PreviousEntry } from "../core/change";
import { comparePeriods, formatPeriod, parsePeriod } from "../core/period";
import { defaultSettings } from "../core/settings";
import type { Assessment, CellValue, Judgement, Period, Problem, StatusCode, StatusLabels } from "../core/types";
import { recordMessages } from "../i18n/record";
import { cellAddress } from "./address";
import { cellText, indexGrid, ownValue } from "./lookup";
import type { GridIndex } from "./lookup";
import type { Grid } from "./types";

/** Rows of the record sheet's header: the periods, then 评价结果 | 实现度 under each. */
export const RECORD_HEADER_ROWS = 2;
/** Columns before the first period: 类别, 指标名称. */
export const RECORD_KEY_COLUMNS = 2;

/** One indicator's entry for one period. */
export interface RecordEntry {
  status: StatusCode;
  realisation: number | null;
}

/** One indicator's row: its key cells and its entries by period code. */
export interface RecordRow {
  category: string;
  name: string;
  entries: Map<string, RecordEntry>;
}

/** The record: its periods in time order, and its rows. */
export interface AssessmentRecord {
  periods: Period[];
  rows: RecordRow[];
}

/** This run against the latest earlier period of the record. */
export interface Comparison {
  /** The period compared with, or null when the record holds none earlier. */
  period: Period | null;
  /** Per judgement, in the assessment's order. */
  indicators: { previous: PreviousEntry | null; change: ChangeCode | null }[];
  /** Null when there is nothing to compare with. */
  counts: ChangeCounts | null;
}

/**
 * A record with nothing in it.
 * @example emptyRecord().rows //=> []
 */
export function emptyRecord(): AssessmentRecord {
  return { periods: [], rows: [] };
}

/**
 * Reads the record sheet as a door read it: its periods, rows and entries, and a problem for every
 * cell that could not be read (the rest is read all the same).
 * @example readRecord(recordGrid, defaultSettings.labels).record.periods.map((p) => p.code) //=> ["2021", "2022"]
 */
export function readRecord(grid: Grid, labels: StatusLabels): { record: AssessmentRecord; problems: Problem[] } {
  const index = indexGrid(grid);
  const problems: Problem[] = [];
  const columns: { column: number; period: Period }[] = [];
  for (let column = RECORD_KEY_COLUMNS; column <= index.right; column += 2) {
    const text = cellText(ownValue(index, 0, column));
    if (text === "") continue;
    const period = parsePeriod(text);
    if (period) columns.push({ column, period });
    else problems.push({ code: "record.period", message: recordMessages.period(grid.sheet, cellAddress(0, column), text), cell: cellAddress(0, column) });
  }
  const statuses = statusesByLabel(labels);
  const rows: RecordRow[] = [];
  for (let row = RECORD_HEADER_ROWS; row <= index.bottom; row += 1) {
    const name = cellText(ownValue(index, row, 1));
    if (name === "") continue;
    const entries = new Map<string, RecordEntry>();
    for (const { column, period } of columns) {
      const entry = readEntry(index, row, column, statuses, problems);
      if (entry) entries.set(period.code, entry);
    }
    rows.push({ category: cellText(ownValue(index, row, 0)), name, entries });
  }
  const periods = uniquePeriods(columns.map((entry) => entry.period));
  return { record: { periods, rows }, problems };
}

/** Status codes by label: this run's labels, then the defaults. */
function statusesByLabel(labels: StatusLabels): Map<string, StatusCode> {
  const codes: StatusCode[] = ["ahead", "on_track", "behind", "no_data"];
  const byLabel = new Map<string, StatusCode>();
  for (const source of [defaultSettings.labels, labels]) for (const code of codes) byLabel.set(source[code].trim(), code);
  return byLabel;
}

/** One cell pair of the record, or null when empty or unreadable (a problem says which). */
function readEntry(index: GridIndex, row: number, column: number, statuses: Map<string, StatusCode>, problems: Problem[]): RecordEntry | null {
  const sheet = index.grid.sheet;
  const text = cellText(ownValue(index, row, column));
  if (text === "") return null;
  const status = statuses.get(text);
  if (!status) {
    problems.push({ code: "record.status", message: recordMessages.status(sheet, cellAddress(row, column), text), cell: cellAddress(row, column) });
    return null;
  }
  const value = ownValue(index, row, column + 1);
  const realisation = realisationOf(value);
  if (realisation === undefined) {
    const cell = cellAddress(row, column + 1);
    problems.push({ code: "record.realisation", message: recordMessages.realisation(sheet, cell, cellText(value)), cell });
  }
  return { status, realisation: realisation ?? null };
}

/** A realisation cell: a share, null when empty, undefined when unreadable. Percent text is a share. */
function realisationOf(value: CellValue): number | null | undefined {
  if (value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const text = cellText(value);
  if (text === "") return null;
  const match = /^([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)(%?)$/u.exec(text);
  if (!match) return undefined;
  const number = match[2] === "%" ? Number(match[1]) / 100 : Number(match[1]);
  return Number.isFinite(number) ? number : undefined;
}

/** Periods without repeats, in time order. */
function uniquePeriods(periods: readonly Period[]): Period[] {
  const byCode = new Map(periods.map((period) => [period.code, period]));
  return [...byCode.values()].sort(comparePeriods);
}

/**
 * The key an indicator is known by in the record: 类别 and 指标名称 without spaces, and which one
 * of that key it is in table order.
 * @example recordKey("经济发展", "地区生产总值 （亿元）", 0) //=> "经济发展\u0000地区生产总值（亿元）\u00000"
 */
export function recordKey(category: string, name: string, occurrence: number): string {
  const clean = (text: string) => text.replace(/[\s\u3000]+/gu, "");
  return `${clean(category)}\u0000${clean(name)}\u0000${occurrence}`;
}

/** Keys of a list of rows, each with its occurrence among rows of the same 类别 and name. */
function keysOf(rows: readonly { category: string; name: string }[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = recordKey(row.category, row.name, 0);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return recordKey(row.category, row.name, occurrence);
  });
}

/** A judgement's key cells. */
function keyCells(judgement: Judgement): { category: string; name: string } {
  return { category: judgement.category?.trim() ?? "", name: judgement.name.trim() };
}

/**
 * The record after this run: this period's entries replaced by the run's, every other kept.
 * @example mergeRecord(emptyRecord(), assessment).periods.map((p) => p.code) //=> ["2021"]
 */
export function mergeRecord(record: AssessmentRecord, assessment: Assessment): AssessmentRecord {
  const period = assessment.period;
  if (!period) return record;
  const byKey = new Map(keysOf(record.rows).map((key, i) => [key, record.rows[i] as RecordRow]));
  const rows: RecordRow[] = [];
  const judgements = assessment.judgements;
  keysOf(judgements.map(keyCells)).forEach((key, i) => {
    const judgement = judgements[i] as Judgement;
    const entries = new Map(byKey.get(key)?.entries ?? []);
    entries.set(period.code, { status: judgement.status, realisation: finiteOrNull(judgement.realisation) });
    rows.push({ ...keyCells(judgement), entries });
    byKey.delete(key);
  });
  for (const left of byKey.values()) {
    const entries = new Map(left.entries);
    entries.delete(period.code);
    if (entries.size > 0) rows.push({ ...left, entries });
  }
  return { periods: uniquePeriods([...record.periods, period]), rows };
}

/**
 * This run against the latest period of the record earlier than its own.
 * @example compareWithRecord(emptyRecord(), assessment).counts //=> null
 */
export function compareWithRecord(record: AssessmentRecord, assessment: Assessment): Comparison {
  const judgements = assessment.judgements;
  const earlier = assessment.period ? latestEarlier(record.periods, assessment.period) : null;
  if (!earlier) return { period: null, indicators: judgements.map(() => ({ previous: null, change: null })), counts: null };
  const byKey = new Map(keysOf(record.rows).map((key, i) => [key, record.rows[i] as RecordRow]));
  const indicators = keysOf(judgements.map(keyCells)).map((key, i) => {
    const judgement = judgements[i] as Judgement;
    const entry = byKey.get(key)?.entries.get(earlier.code);
    const previous = entry ? { period: earlier.code, status: entry.status, realisation: entry.realisation } : null;
    return { previous, change: changeSince(judgement, previous) };
  });
  return { period: earlier, indicators, counts: countChanges(indicators.map((indicator) => indicator.change)) };
}

/**
 * A period as the record's header shows it (`2023年上半年`), read back by `parsePeriod`.
 * @example recordPeriodHeader({ year: 2021, fraction: 1, code: "2021" }) //=> "2021年"
 */
export function recordPeriodHeader(period: Period): string {
  return formatPeriod(period);
}

/**
 * Significant digits a realisation keeps in the record: what a door reads back of a percent cell
 * (see `fingerprint.ts`), so an entry written once reads back, and is written again, unchanged.
 */
const RECORD_DIGITS = 12;

/** A finite number to the record's digits, else null. */
function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? Number(value.toPrecision(RECORD_DIGITS)) : null;
}
