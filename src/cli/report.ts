/**
 * `--json`: one JSON object describing a run, for other programs. Stable codes rather than labels
 * (`status: "on_track"`, `projection: "with_effort"`), periods by code (`2023H1`), shares as
 * fractions (0.5 for 50%), each indicator with the sheet row it sits on and every problem met in
 * reading its cells. `base` and `target` are the cells' text as written (`2200★`, `[20]`, `<30`).
 *
 * Beyond the fields the command line promises, `problems` at the top lists what was met in finding
 * and reading the table itself (a row without a name, a column whose period is unclear).
 */
import type { CategorySummary, Direction, IndicatorKind, JudgementFlag, ProjectionCode, StatusCode, StatusCounts } from "../core/types";
import type { ChangeCode, ChangeCounts, PreviousEntry } from "../core/change";
import { noteText } from "../i18n/notes";
import type { RunOutcome } from "../workbook/run";

/** A problem as reported: its stable code and Chinese message. */
export interface ReportedProblem {
  code: string;
  message: string;
}

/** One indicator's judgement as reported. */
export interface IndicatorReport {
  /** The 1-based sheet row, or null when the indicator is not one row of the sheet. */
  row: number | null;
  category: string | null;
  name: string;
  unit: string | null;
  attribute: "binding" | "anticipatory" | null;
  direction: Direction;
  kind: IndicatorKind;
  base: string | null;
  target: string | null;
  value: number | null;
  valuePeriod: string | null;
  realisation: number | null;
  timeProgress: number | null;
  status: StatusCode;
  flags: JudgementFlag[];
  projection: ProjectionCode;
  note: string;
  problems: ReportedProblem[];
  /** Its entry in the 评估记录 for the latest earlier period, or null when none. */
  previous: PreviousEntry | null;
  /** 较上期: better, same, worse or new; null when not assessed now or nothing to compare with. */
  change: ChangeCode | null;
}

/** The whole report. */
export interface JsonReport {
  sheet: string;
  /** The 1-based sheet row of the header's first row. */
  headerRow: number;
  plan: { baseYear: number; targetYear: number };
  period: string | null;
  timeProgress: number;
  indicators: IndicatorReport[];
  summary: {
    counts: StatusCounts;
    byCategory: CategorySummary[];
    averageRealisation: number | null;
    narrative: string[];
    /** 较上期 counts; null when the record holds no earlier period. */
    changes: ChangeCounts | null;
    /** The period compared with (its code), or null. */
    comparedWith: string | null;
  };
  problems: ReportedProblem[];
}

/** A problem without the fields the report leaves out. */
function reported(problem: { code: string; message: string }): ReportedProblem {
  return { code: problem.code, message: problem.message };
}

/** A cell's text as written, or null when there is none. */
function writtenText(raw: string | undefined): string | null {
  return raw === undefined || raw.trim() === "" ? null : raw;
}

/**
 * The report of a run.
 * @example jsonReport(outcome).indicators[0] //=> { row: 4, name: "地区生产总值（GDP）（亿元）", status: "on_track", … }
 */
export function jsonReport(outcome: RunOutcome): JsonReport {
  const { mapping, assessment, comparison } = outcome;
  const summary = assessment.summary;
  return {
    sheet: mapping.sheet,
    headerRow: mapping.headerTop + 1,
    plan: { baseYear: assessment.plan.baseYear, targetYear: assessment.plan.targetYear },
    period: assessment.period?.code ?? null,
    timeProgress: assessment.timeProgress,
    indicators: assessment.judgements.map((judgement, i) => ({
      row: judgement.row,
      category: judgement.category ?? null,
      name: judgement.name,
      unit: judgement.unit ?? null,
      attribute: judgement.attribute ?? null,
      direction: judgement.direction,
      kind: judgement.kind,
      base: writtenText(judgement.base?.raw),
      target: writtenText(judgement.target?.raw),
      value: judgement.value,
      valuePeriod: judgement.valuePeriod?.code ?? null,
      realisation: judgement.realisation,
      timeProgress: judgement.timeProgress,
      status: judgement.status,
      flags: [...judgement.flags],
      projection: judgement.projection,
      note: noteText(judgement.note),
      problems: judgement.problems.map(reported),
      previous: comparison.indicators[i]?.previous ?? null,
      change: comparison.indicators[i]?.change ?? null,
    })),
    summary: {
      counts: summary.counts,
      byCategory: summary.byCategory,
      averageRealisation: summary.averageRealisation,
      narrative: summary.narrative,
      changes: comparison.counts,
      comparedWith: comparison.period?.code ?? null,
    },
    problems: outcome.problems.map(reported),
  };
}
