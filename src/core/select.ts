/**
 * 取值: which observation a judgement rests on. Each cell is read once; unusable cells (missing,
 * Excel errors, unreadable text) are passed over for earlier ones, and every problem keeps its
 * cell. Only observations after the base year and at or before the evaluation period count.
 *
 * - A value annotated with another year (`5.1 (2022)` in the 2023 column) belongs to that year.
 * - When a table has two columns for one period, the later column wins.
 * - A flow's sub-year value is never the value of a level judgement: the latest full-year value
 *   is, and the sub-year value is returned to be mentioned in the note.
 * - Growth rates are taken one per year: the full-year rate, and for the latest year without one,
 *   its latest sub-year (year-on-year) rate.
 */
import { selectText } from "../i18n/judge";
import { parseCell } from "./cell";
import { hasNumber } from "./cell/kinds";
import { comparePeriods, formatPeriod, periodOf } from "./period";
import type { CellReading, Nature, Observation, Period, Plan, Problem } from "./types";

/** An observation cell, read. */
export interface ReadObservation {
  /** The period the value belongs to: the column's, or the year it is annotated with. */
  period: Period;
  reading: CellReading;
  ref?: string;
}

/** A row's observations, read once, in time order, with the problems of unusable cells. */
export interface ObservationsRead {
  cells: ReadObservation[];
  problems: Problem[];
}

/** A usable numeric observation. */
export interface ValuePoint {
  period: Period;
  value: number;
  reading: CellReading;
  ref?: string;
}

/** A usable judgement of met or not met (`完成`, `未完成`). */
export interface JudgementPoint {
  period: Period;
  met: boolean;
  reading: CellReading;
  ref?: string;
}

/** Which periods count: after the plan's base year, up to the evaluation period. */
export interface Window {
  plan: Plan;
  period: Period | null;
}

/**
 * Reads every observation cell of a row once; unreadable cells and Excel errors become problems
 * naming their cell.
 * @example readObservations([{ period: periodOf(2022, 1), cell: { raw: "#N/A", ref: "F7" } }]).problems[0].message
 * //=> "单元格 F7“#N/A”为错误值，已跳过"
 */
export function readObservations(observations: readonly Observation[]): ObservationsRead {
  const cells: ReadObservation[] = [];
  const problems: Problem[] = [];
  let sorted = true;
  for (const observation of observations) {
    const { raw, ref } = observation.cell;
    const parsed = parseCell(raw);
    if (!parsed.ok) {
      const message = selectText.unreadable(cellName(ref, observation.period), String(raw), parsed.problem.message);
      problems.push(ref ? { ...parsed.problem, message, cell: ref } : { ...parsed.problem, message });
      continue;
    }
    const reading = parsed.value;
    if (reading.kind === "missing" && reading.reason === "error") {
      const message = selectText.error(cellName(ref, observation.period), String(raw).trim());
      problems.push(ref ? { code: "parse.cell_error", message, cell: ref } : { code: "parse.cell_error", message });
    }
    const period = valuePeriod(reading, observation.period);
    const previous = cells[cells.length - 1];
    if (previous && comparePeriods(previous.period, period) > 0) sorted = false;
    cells.push({ period, reading, ref });
  }
  if (!sorted) cells.sort((a, b) => comparePeriods(a.period, b.period));
  return { cells, problems };
}

/**
 * The period a cell's value belongs to: its column's, or the year it is annotated with
 * (`5.1 (2022)` in the 2023 column is the full year 2022).
 * @example valuePeriod(parseCell("5.1 (2022)").value, periodOf(2023, 0.5)) //=> { year: 2022, fraction: 1, code: "2022" }
 */
export function valuePeriod(reading: CellReading, column: Period): Period {
  const year = reading.annotations.year;
  return year !== undefined && year !== column.year ? periodOf(year, 1) : column;
}

/**
 * Names a cell in a message: its address, or its period when the address is unknown.
 * @example cellName("F7", periodOf(2022, 1)) //=> "单元格 F7"
 */
export function cellName(ref: string | undefined, period?: Period): string {
  if (ref) return selectText.cell(ref);
  return period ? selectText.periodCell(formatPeriod(period)) : selectText.someCell;
}

/**
 * Whether a period is after the base year and at or before the evaluation period.
 * @example inWindow(periodOf(2022, 1), { plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2023, 0.5) }) //=> true
 */
export function inWindow(period: Period, window: Window): boolean {
  return window.period !== null && period.year > window.plan.baseYear && comparePeriods(period, window.period) <= 0;
}

/**
 * The usable numbers in the window, in time order (one per period, the later column winning), and
 * a problem for each text cell (`完成`) where a number was expected.
 * @example
 * const read = readObservations([{ period: periodOf(2021, 1), cell: { raw: 1650.2 } }, { period: periodOf(2022, 1), cell: { raw: 1850.4 } }, { period: periodOf(2023, 0.5), cell: { raw: "完成" } }]);
 * numericPoints(read, { plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2023, 0.5) }, false).points.map((p) => p.value) //=> [1650.2, 1850.4]
 */
export function numericPoints(
  read: ObservationsRead,
  window: Window,
  useAdjusted: boolean,
): { points: ValuePoint[]; problems: Problem[] } {
  const points: ValuePoint[] = [];
  const problems: Problem[] = [];
  for (const cell of read.cells) {
    if (!inWindow(cell.period, window)) continue;
    const reading = cell.reading;
    if (reading.kind === "missing") continue;
    if (!hasNumber(reading)) {
      const message = selectText.notNumeric(cellName(cell.ref, cell.period), reading.raw.trim());
      problems.push({ code: "judge.not_numeric", message, ...(cell.ref ? { cell: cell.ref } : {}) });
      continue;
    }
    const value = useAdjusted ? (reading.annotations.adjusted ?? reading.value) : reading.value;
    const point: ValuePoint = { period: cell.period, value, reading, ref: cell.ref };
    const last = points[points.length - 1];
    if (last && comparePeriods(last.period, cell.period) === 0) points[points.length - 1] = point;
    else points.push(point);
  }
  return { points, problems };
}

/** The value of a level judgement, and a flow's later sub-year value that was not used. */
export interface LevelChoice {
  chosen: ValuePoint | null;
  ignoredSubYear: ValuePoint | null;
}

/**
 * The latest usable value for a level, bound or maintain judgement: for a flow, the latest
 * full-year value, with any later sub-year value set aside.
 * @example
 * const { points } = numericPoints(readObservations([{ period: periodOf(2022, 1), cell: { raw: 1850.4 } }, { period: periodOf(2023, 0.5), cell: { raw: 960 } }]), { plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2023, 0.5) }, false);
 * [chooseLevelValue(points, "flow").chosen.value, chooseLevelValue(points, "flow").ignoredSubYear.value] //=> [1850.4, 960]
 */
export function chooseLevelValue(points: readonly ValuePoint[], nature: Nature): LevelChoice {
  const last = points[points.length - 1] ?? null;
  if (nature === "stock" || last === null) return { chosen: last, ignoredSubYear: null };
  let chosen: ValuePoint | null = null;
  for (let index = points.length - 1; index >= 0 && chosen === null; index -= 1) {
    const point = points[index];
    if (point && point.period.fraction === 1) chosen = point;
  }
  return { chosen, ignoredSubYear: last.period.fraction === 1 ? null : last };
}

/**
 * One growth rate per year: full-year rates, and the latest sub-year rate of a year that has none.
 * @example
 * const cells = [[2021, 1, 8.5], [2022, 1, 3.1], [2023, 0.25, 4.0], [2023, 0.5, 5.5]].map(([year, fraction, raw]) => ({ period: periodOf(year, fraction), cell: { raw } }));
 * yearlyRates(numericPoints(readObservations(cells), { plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2023, 0.5) }, false).points).map((p) => p.value) //=> [8.5, 3.1, 5.5]
 */
export function yearlyRates(points: readonly ValuePoint[]): ValuePoint[] {
  const byYear = new Map<number, ValuePoint>();
  for (const point of points) {
    const kept = byYear.get(point.period.year);
    if (!kept || kept.period.fraction !== 1) byYear.set(point.period.year, point);
  }
  return [...byYear.values()];
}

/**
 * The latest judgement of met or not met in the window, and the latest number written instead of
 * a judgement after it (to mention in the note).
 * @example
 * const read = readObservations([{ period: periodOf(2022, 1), cell: { raw: "完成" } }]);
 * latestJudgement(read, { plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2023, 0.5) }).chosen.met //=> true
 */
export function latestJudgement(
  read: ObservationsRead,
  window: Window,
): { chosen: JudgementPoint | null; laterNumber: ValuePoint | null } {
  let chosen: JudgementPoint | null = null;
  let laterNumber: ValuePoint | null = null;
  for (const cell of read.cells) {
    if (!inWindow(cell.period, window)) continue;
    const reading = cell.reading;
    const where = cell.ref ? { ref: cell.ref } : {};
    if (reading.kind === "qualitative" && reading.met !== undefined) {
      chosen = { period: cell.period, met: reading.met, reading, ...where };
      laterNumber = null;
    } else if (reading.kind === "point" || reading.kind === "approx" || reading.kind === "bound" || reading.kind === "cumulative") {
      laterNumber = { period: cell.period, value: reading.value, reading, ...where };
    }
  }
  return { chosen, laterNumber };
}
