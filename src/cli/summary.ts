/**
 * The readable summary the command line prints without `--json`: where the table is, the plan and
 * the evaluation period, counts by result and by domain, the average realisation against time
 * progress, the lagging indicators with their gap, indicators judged on older data, projections,
 * cells that could not be read, and the drafted report paragraphs. Status words are the run's own
 * labels (the user may have renamed them). At the end of the plan (终期评估) the counts are
 * end-of-plan grades (完成 / 基本完成 / 未完成 / 数据暂缺) and the list is of the 未完成 indicators,
 * as on the summary sheet.
 */
import { formatPercent, formatPoints } from "../core/format";
import { formatPeriod } from "../core/period";
import { shownResults } from "../core/summary";
import type { ProjectionCode } from "../core/types";
import { summaryText } from "../i18n/cli";
import { planEvidenceText } from "../i18n/evidence";
import type { RunOutcome } from "../workbook/run";
import type { ChangeCode } from "../core/change";
import { recordText } from "../i18n/record";

const PROJECTION_ORDER: readonly ProjectionCode[] = ["reached", "on_course", "with_effort", "difficult", "unknown"];
/** Problems listed in full before the rest are only counted. */
const PROBLEMS_SHOWN = 20;

/**
 * The summary as lines of text.
 * @example summaryLines(outcome)[0] //=> "规划指标评估结果"
 */
export function summaryLines(outcome: RunOutcome): string[] {
  const { mapping, assessment } = outcome;
  const { summary, settings } = assessment;
  const labels = settings.labels;
  const text = summaryText;
  const lines: string[] = [text.title, ""];
  const count = assessment.judgements.length;
  lines.push(text.table({ sheet: mapping.sheet, headerRow: mapping.headerTop + 1, firstRow: mapping.firstRow + 1, lastRow: mapping.lastRow + 1, count }));
  lines.push(text.plan(assessment.plan.baseYear, assessment.plan.targetYear, planEvidenceText(mapping.planEvidence)));
  const progress = formatPercent(assessment.timeProgress);
  lines.push(assessment.period ? text.period(formatPeriod(assessment.period), progress) : text.noPeriod);

  const results = shownResults(summary);
  const { codes } = results;
  const endOfPlan = summary.mode === "endOfPlan";
  const counted = results.overall;
  lines.push(text.counts + codes.map((code) => text.count(labels[code], counted[code] ?? 0)).join(text.separator));
  if (summary.averageRealisation === null) {
    lines.push(text.noAverage);
  } else {
    const difference = summary.averageRealisation - summary.timeProgress;
    const points = formatPoints(difference);
    const relation = points === "0" || points === "0.0" ? text.level : difference > 0 ? text.faster(points) : text.slower(points);
    lines.push(text.average(formatPercent(summary.averageRealisation), formatPercent(summary.timeProgress), relation));
  }

  lines.push(changeLine(outcome));

  if (summary.byCategory.length > 1) {
    lines.push("", text.byCategory);
    for (const category of summary.byCategory) {
      const counts = results.byCategory.get(category.category) ?? {};
      const parts = codes.flatMap((code) => ((counts[code] ?? 0) > 0 ? [text.count(labels[code], counts[code] ?? 0)] : []));
      const average = category.averageRealisation === null ? "" : formatPercent(category.averageRealisation);
      lines.push(text.category(category.category, parts.join(text.separator), average));
    }
  }

  const { behind } = results;
  lines.push("", endOfPlan ? text.unfinished : text.lagging);
  if (behind.length === 0) lines.push(`  ${text.none}`);
  for (const lag of behind) {
    const realisation = formatPercent(lag.realisation);
    const gap = formatPoints(lag.gap);
    const line = { name: lag.name, realisation, gap, binding: lag.binding };
    lines.push(endOfPlan ? text.unfinishedLag(line) : text.lag({ ...line, progress: formatPercent(lag.timeProgress) }));
  }

  if (summary.olderData.length > 0) {
    const items = summary.olderData.map((older) => text.older(older.name, formatPeriod(older.period)));
    lines.push("", `${text.olderData(items.length)}${items.join(text.enumeration)}`);
  }

  lines.push("", text.projections + PROJECTION_ORDER.filter((code) => summary.projections[code] > 0).map((code) => text.count(labels[code], summary.projections[code])).join(text.separator));

  const problems = [...outcome.problems, ...assessment.judgements.flatMap((judgement) => judgement.problems)];
  if (problems.length > 0) {
    lines.push("", text.problems(problems.length));
    for (const problem of problems.slice(0, PROBLEMS_SHOWN)) lines.push(text.problem(problem.cell ?? "", problem.message));
    if (problems.length > PROBLEMS_SHOWN) lines.push(text.moreProblems(problems.length - PROBLEMS_SHOWN));
  }

  if (summary.narrative.length > 0) {
    lines.push("", text.narrative);
    for (const paragraph of summary.narrative) lines.push(`  ${paragraph}`);
  }
  return lines;
}

/** The changes in the order the line lists them. */
const CHANGE_ORDER: readonly ChangeCode[] = ["better", "same", "worse", "new"];

/**
 * The 较上期 line: the counts against the record's latest earlier period, or that there is none.
 * @example changeLine(outcome) //=> "较上期（与2021年相比）：↑好转 3 项，→持平 1 项，↓退步 1 项，新增 0 项"
 */
export function changeLine(outcome: Pick<RunOutcome, "comparison">): string {
  const words = recordText();
  const { period, counts } = outcome.comparison;
  if (!period || !counts) return words.line(null, "");
  const parts = CHANGE_ORDER.map((code) => summaryText.count(words.changes[code], counts[code]));
  return words.line(formatPeriod(period), parts.join(summaryText.separator));
}
