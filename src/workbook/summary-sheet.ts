/**
 * 评估汇总: the summary sheet a bureau files with its assessment. From the top: the plan, the
 * evaluation period, its time progress, the source table and the generation time; counts by status
 * overall and by domain with average realisation; average realisation by domain against time
 * progress, with a chart; binding indicators behind; the lagging list with gaps; projection counts;
 * indicators judged on older data; the drafted paragraphs; notes on reading the table.
 * Every figure comes from the assessment's summary (never recomputed here), except at the end of
 * the plan (终期评估), where the counts are end-of-plan grades (完成 / 基本完成 / 未完成 / 数据暂缺,
 * with the status block's symbols and fills) and the lists hold the 未完成 indicators
 * (`shownResults` of the summary).
 */
import { formatPeriod } from "../core/period";
import { shownResults, type ShownResults } from "../core/summary";
import type { Assessment, CellValue, Lag, Problem, ProjectionCode } from "../core/types";
import type { ClockTime, WriteText } from "../i18n/workbook";
import { sheetReference } from "./address";
import { PERCENT_FORMAT, userTableRange } from "./block";
import { finiteCell, joinParts, noParts, placeParagraph, placeTable, placeTitle } from "./sheet-parts";
import type { SheetParts } from "./sheet-parts";
import { STATUS_COLOURS, STATUS_SYMBOLS } from "./status-style";
import type { DisplayCode } from "./status-style";
import { keepText } from "./text-cells";
import type { CellRange, RangeStyle, SheetPlan, TableMapping } from "./types";

/** Columns the summary's tables use (A–H), and their widths. */
const SUMMARY_WIDTH = 8;
const COLUMN_WIDTHS = [34, 12, 14, 14, 14, 14, 12, 12];
/**
 * CJK characters that fit on one printed row of a paragraph spanning A–H: a CJK glyph takes about
 * 2.4 widths of the default font's "0" (the unit of column widths) in the fonts Excel prints
 * Chinese with, so the estimate errs towards one more row rather than a cut last line.
 */
const CHARACTERS_PER_ROW = Math.floor(COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0) / 2.4);
/** Projection codes in the order they are listed. */
const PROJECTION_ORDER: readonly ProjectionCode[] = ["reached", "on_course", "with_effort", "difficult", "unknown"];
/** The chart sits right of the tables, from the first section's row. */
const CHART_COLUMN = SUMMARY_WIDTH + 1;
const CHART_SIZE = { width: 8, height: 18 };

/** What the summary sheet is built from. */
export interface SummaryInput {
  mapping: TableMapping;
  assessment: Assessment;
  generatedAt: string;
  /** Problems of finding and reading the table, listed at the end. */
  problems: Problem[];
  text: WriteText;
}

/**
 * Builds the 评估汇总 sheet.
 * @example summarySheet(input).name //=> "评估汇总"
 */
export function summarySheet(input: SummaryInput): SheetPlan {
  const { assessment, text } = input;
  const words = text.summary;
  const parts = noParts();
  let row = header(input, parts);

  const countsTop = row;
  const results = shownResults(assessment.summary);
  const endOfPlan = assessment.summary.mode === "endOfPlan";
  const counts = placeTable(row, 0, endOfPlan ? words.endOfPlanCountsTitle : words.countsTitle, countTable(assessment, results, text));
  joinParts(parts, counts.parts);
  if (endOfPlan) for (const style of gradeHeaderStyles(counts.range, results.codes)) parts.styles.push(style);
  row = counts.next;

  // Without domains, a one-bar 未分类 chart says nothing: each indicator's realisation instead.
  const domains = hasDomains(assessment) || assessedCount(assessment) > INDICATOR_CHART_LIMIT;
  const chartTable = domains ? averageTable(assessment, text) : indicatorTable(assessment, text);
  const chartData = placeTable(row, 0, domains ? words.chartSection : words.indicatorChartSection, chartTable);
  joinParts(parts, chartData.parts);
  parts.charts.push({
    title: domains ? words.chartTitle : words.indicatorChartTitle,
    data: chartData.range,
    anchor: { row: countsTop, column: CHART_COLUMN },
    width: CHART_SIZE.width,
    height: Math.max(CHART_SIZE.height, chartTable.rows.length + 2),
  });
  row = chartData.next;

  const { behind } = results;
  const lists = assessment.summary.mode === "endOfPlan"
    ? [[words.endOfPlanBindingTitle, behind.filter((lag) => lag.binding)], [words.endOfPlanLaggingTitle, behind]] as const
    : [[words.bindingTitle, assessment.summary.bindingBehind], [words.laggingTitle, behind]] as const;
  for (const [title, lags] of lists) {
    const placed = placeTable(row, 0, title, lagTable(lags, text));
    joinParts(parts, placed.parts);
    row = placed.next;
  }

  const projections = placeTable(row, 0, words.projectionTitle, {
    header: [words.projection, words.count],
    rows: PROJECTION_ORDER.map((code) => [assessment.settings.labels[code], assessment.summary.projections[code]]),
  });
  joinParts(parts, projections.parts);
  row = projections.next;

  const older = assessment.summary.olderData;
  const olderTable = placeTable(row, 0, words.olderTitle, {
    header: [words.name, words.olderPeriod],
    rows: older.length > 0 ? older.map((item) => [item.name, formatPeriod(item.period)]) : [[words.none, null]],
  });
  joinParts(parts, olderTable.parts);
  row = olderTable.next;

  row = paragraphs(row, words.narrativeTitle, assessment.summary.narrative, parts);
  if (input.problems.length > 0) {
    paragraphs(row + 1, words.problemsTitle, input.problems.map((p) => text.detail.problem(p.cell, p.message)), parts);
  }
  return { name: text.sheets.summary, ...parts, columnWidths: [...COLUMN_WIDTHS] };
}

/**
 * The used range of a sheet plan: from A1 to the furthest cell any block writes.
 * @example usedRange(summarySheet(input)) //=> { top: 0, left: 0, bottom: 57, right: 7 }
 */
export function usedRange(sheet: Pick<SheetPlan, "blocks" | "merges">): CellRange {
  let bottom = 0;
  let right = 0;
  for (const block of sheet.blocks) {
    bottom = Math.max(bottom, block.top + block.values.length - 1);
    right = Math.max(right, block.left + block.values.reduce((widest, cells) => Math.max(widest, cells.length), 0) - 1);
  }
  for (const merge of sheet.merges) {
    bottom = Math.max(bottom, merge.bottom);
    right = Math.max(right, merge.right);
  }
  return { top: 0, left: 0, bottom, right };
}

/** Title and the plan, period, time progress, source and stamp rows; returns the next row. */
function header(input: SummaryInput, parts: SheetParts): number {
  const { assessment, mapping, text } = input;
  const words = text.summary;
  const plan = assessment.plan;
  parts.blocks.push(keepText({ top: 0, left: 0, values: [[words.title(plan.baseYear + 1, plan.targetYear)]], style: { bold: true, fontSize: 14 } }));
  parts.merges.push({ top: 0, left: 0, bottom: 0, right: SUMMARY_WIDTH - 1 });
  const source = sheetReference(mapping.sheet, userTableRange(mapping));
  const rows: CellValue[][] = [
    [words.plan, words.planValue(plan.baseYear, plan.targetYear)],
    [words.period, assessment.period ? formatPeriod(assessment.period) : words.none],
    [words.timeProgress, finiteCell(assessment.timeProgress)],
    [words.source, source],
    [words.generatedAt, displayedTime(input.generatedAt, text)],
  ];
  const formats = rows.map((_, i) => ["General", i === 2 ? PERCENT_FORMAT : "General"]);
  parts.blocks.push(keepText({ top: 2, left: 0, values: rows, numberFormat: formats }));
  parts.styles.push({ range: { top: 2, left: 0, bottom: 2 + rows.length - 1, right: 0 }, style: { bold: true } });
  parts.styles.push({ range: { top: 2, left: 1, bottom: 2 + rows.length - 1, right: 1 }, style: { horizontal: "left" } });
  return 2 + rows.length + 1;
}

/** An ISO 8601 date and time: seconds, fractions and the UTC offset optional. */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/u;

/**
 * The clock time an ISO 8601 text states, read as written: `…T14:20:09+00:00` is 14:20 whatever
 * the offset (the time is the one the run's computer showed; nothing is converted between time
 * zones). Null when the text is not such a time or names no real date.
 * @example clockTime("2026-11-22T14:20:09+00:00") //=> { year: 2026, month: 11, day: 22, hour: 14, minute: 20 }
 */
export function clockTime(iso: string): ClockTime | null {
  const match = ISO_TIME.exec(iso.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const realDate = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return realDate && hour <= 23 && minute <= 59 ? { year, month, day, hour, minute } : null;
}

/**
 * The generation time as the summary shows it (生成时间): the locale's date and clock time, or the
 * text as given when it is not an ISO time. The saved run stamp keeps the ISO text.
 * @example displayedTime("2026-11-22T14:20:09+00:00", workbookText("zh-CN").write) //=> "2026年11月22日 14:20"
 */
export function displayedTime(generatedAt: string, text: WriteText): string {
  const time = clockTime(generatedAt);
  return time ? text.summary.generatedAtValue(time) : generatedAt;
}

/**
 * Counts by result per domain and in total (statuses mid-term, end-of-plan grades at the end), with
 * each domain's average realisation.
 */
function countTable(assessment: Assessment, results: ShownResults, text: WriteText) {
  const { summary, settings, timeProgress } = assessment;
  const words = text.summary;
  const { codes } = results;
  const statusHeaders = codes.map((code) => `${STATUS_SYMBOLS[code]} ${settings.labels[code]}`);
  const countsOf = (counts: ShownResults["overall"] | undefined) => codes.map((code) => counts?.[code] ?? 0);
  const domains = hasDomains(assessment) ? summary.byCategory : [];
  const rows: CellValue[][] = domains.map((category) => [
    category.category || words.uncategorised,
    category.total,
    ...countsOf(results.byCategory.get(category.category)),
    category.averageRealisation,
    timeProgress,
  ]);
  rows.push([words.total, summary.total, ...countsOf(results.overall), summary.averageRealisation, timeProgress]);
  return {
    header: [words.category, words.count, ...statusHeaders, words.average, words.timeProgress],
    rows,
    formats: [undefined, "0", "0", "0", "0", "0", PERCENT_FORMAT, PERCENT_FORMAT],
    boldRows: [rows.length - 1],
  };
}

/** Each grade's header cell in the counts table, in the grade's fill and text colour (as the status block shows it). */
function gradeHeaderStyles(range: CellRange, codes: readonly DisplayCode[]): RangeStyle[] {
  return codes.map((code, i) => {
    const column = range.left + 2 + i;
    return { range: { top: range.top, left: column, bottom: range.top, right: column }, style: { ...STATUS_COLOURS[code] } };
  });
}

/**
 * Indicators a chart of each indicator shows at most (a real table has 30–40); a larger batch
 * without domains charts its overall average instead.
 */
const INDICATOR_CHART_LIMIT = 60;

/** How many indicators have a realisation to chart. */
function assessedCount(assessment: Assessment): number {
  return assessment.judgements.filter(charted).length;
}

/** Whether an indicator has a realisation to chart. */
function charted(judgement: Assessment["judgements"][number]): boolean {
  return judgement.status !== "no_data" && judgement.realisation !== null && Number.isFinite(judgement.realisation);
}

/** Whether the table has domains (any indicator with a 类别 of its own). */
function hasDomains(assessment: Assessment): boolean {
  return assessment.judgements.some((judgement) => Boolean(judgement.category?.trim()));
}

/** The chart's data without domains: each assessed indicator's realisation beside its time progress. */
function indicatorTable(assessment: Assessment, text: WriteText) {
  const words = text.summary;
  const assessed = assessment.judgements.filter(charted);
  const rows: CellValue[][] = assessed.map((judgement) => [judgement.name, judgement.realisation, judgement.timeProgress ?? assessment.timeProgress]);
  return {
    header: [words.name, words.realisation, words.timeProgress],
    rows: rows.length > 0 ? rows : [[words.total, assessment.summary.averageRealisation, assessment.timeProgress]],
    formats: [undefined, PERCENT_FORMAT, PERCENT_FORMAT],
  };
}

/** The chart's data: each domain's average realisation beside the time progress. */
function averageTable(assessment: Assessment, text: WriteText) {
  const words = text.summary;
  const categories = hasDomains(assessment) ? assessment.summary.byCategory : [];
  const rows: CellValue[][] = categories.map((category) => [
    category.category || words.uncategorised,
    category.averageRealisation,
    assessment.timeProgress,
  ]);
  return {
    header: [words.category, words.average, words.timeProgress],
    rows: rows.length > 0 ? rows : [[words.total, assessment.summary.averageRealisation, assessment.timeProgress]],
    formats: [undefined, PERCENT_FORMAT, PERCENT_FORMAT],
  };
}

/** Lagging indicators with their realisation, time progress and gap, or one row saying none. */
function lagTable(lags: readonly Lag[], text: WriteText) {
  const words = text.summary;
  return {
    header: [words.name, words.category, words.realisation, words.timeProgress, words.gap],
    rows: lags.length > 0 ? lags.map((lag) => [lag.name, lag.category ?? null, lag.realisation, lag.timeProgress, lag.gap]) : [[words.none]],
    formats: [undefined, undefined, PERCENT_FORMAT, PERCENT_FORMAT, PERCENT_FORMAT],
  };
}

/** A section title and its paragraphs, each in merged rows; returns the next row. */
function paragraphs(row: number, title: string, texts: readonly string[], parts: SheetParts): number {
  const titled = placeTitle(row, 0, title);
  joinParts(parts, titled.parts);
  let next = titled.next;
  for (const paragraph of texts) {
    const placed = placeParagraph(next, 0, SUMMARY_WIDTH, CHARACTERS_PER_ROW, paragraph);
    joinParts(parts, placed.parts);
    next = placed.next;
  }
  return next;
}
