/**
 * 报告指标部分: the indicator section of the bureau's report as plain blocks (title, numbered
 * headings, paragraphs, tables), in DOMAIN.md's order — 一、总体情况; 二、分领域情况 with one （一）
 * per domain; 三、需重点关注的指标 (the binding indicators behind and the lagging list, with a table
 * of their gaps); 四、预期进程展望 (mid-term only); the 评价表 as an appendix table. Host-neutral:
 * the pane and the command line render the same blocks into a Word document (`src/app/word-report.ts`).
 */
import { formatPercent, formatPoints } from "../core/format";
import { narrativeEntry, narrativeSections } from "../core";
import { planTitle } from "../i18n/summary";
import type { Assessment, CellValue, Lag } from "../core/types";
import type { WriteText } from "../i18n/workbook";
import { evaluationTable, REALISATION_COLUMN } from "./evaluation-sheet";
import { fittedWidths } from "./word-widths";

/** One block of the report. */
export type ReportBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; text: string }
  | {
      kind: "table";
      header: string[];
      rows: string[][];
      /** Relative column widths. */
      widths: number[];
      /** Column 0's cells merged down runs of the same text (the 评价表's 类别). */
      mergeFirstColumn?: boolean;
    };

/**
 * The report's blocks.
 * @example reportDocument(assessment, text.write)[0] //=> { kind: "title", text: "“十四五”规划《纲要》主要指标中期评估情况" }
 */
export function reportDocument(assessment: Assessment, text: WriteText): ReportBlock[] {
  const words = text.report;
  const { summary, plan, period, settings, judgements } = assessment;
  const end = summary.mode === "endOfPlan";
  const { narrative: _narrative, ...facts } = summary;
  const entries = judgements.map((judgement) => narrativeEntry(judgement, summary.timeProgress, settings));
  const sections = narrativeSections({ summary: facts, entries, plan, period, settings });
  const blocks: ReportBlock[] = [{ kind: "title", text: words.title(planTitle(plan.baseYear, plan.targetYear), end) }];
  let order = 0;
  const heading = (title: string) => blocks.push({ kind: "heading", text: words.heading(++order, title) });

  heading(words.overview);
  blocks.push({ kind: "paragraph", text: sections.overview });
  if (sections.domains.length > 0) {
    heading(words.domains);
    sections.domains.forEach(({ domain, paragraph }, i) => {
      blocks.push({ kind: "subheading", text: words.subheading(i + 1, domain) }, { kind: "paragraph", text: paragraph });
    });
  }
  heading(words.concern);
  if (sections.concern) blocks.push({ kind: "paragraph", text: sections.concern });
  blocks.push(lagTable(summary.mode === "endOfPlan" ? summary.unfinished : summary.lagging, text));
  if (sections.outlook) {
    heading(words.outlook);
    blocks.push({ kind: "paragraph", text: sections.outlook });
  }
  const table = evaluationTable(assessment, text);
  blocks.push({ kind: "heading", text: words.appendix(table.title) });
  blocks.push(appendixTable(table.header, table.rows.map((row) => row.cells.map((cell, i) => shown(cell, i === REALISATION_COLUMN)))));
  return blocks;
}

/** The 评价表's column of indicator names. */
const NAME_COLUMN = 1;

/**
 * The 评价表 as the report's appendix table: its 类别 column left out when no indicator has one
 * (a table without domains), the columns as wide as what they hold (`word-widths.ts`).
 */
function appendixTable(header: readonly string[], rows: readonly string[][]): ReportBlock {
  const categories = rows.some((row) => (row[0] ?? "") !== "");
  const kept = (line: readonly string[]) => (categories ? [...line] : line.slice(1));
  const shownHeader = kept(header);
  const shownRows = rows.map(kept);
  const widths = fittedWidths(shownHeader, shownRows, categories ? NAME_COLUMN : NAME_COLUMN - 1);
  return { kind: "table", header: shownHeader, rows: shownRows, widths, mergeFirstColumn: categories };
}

/** Relative widths of the lagging list's columns: name, realisation, time progress, gap. */
const LAG_WIDTHS = [50, 15, 15, 20];

/** The lagging indicators with realisation, time progress and gap. */
function lagTable(lags: readonly Lag[], text: WriteText): ReportBlock {
  const words = text.report;
  const rows = lags.map((lag) => [lag.name, formatPercent(lag.realisation), formatPercent(lag.timeProgress), words.points(formatPoints(lag.gap))]);
  return { kind: "table", header: [...words.lagHeader], widths: [...LAG_WIDTHS], rows: rows.length > 0 ? rows : [[words.noneBehind, "", "", ""]] };
}

/** A 评价表 cell as the Word table shows it: shares as percentages, numbers as written, blanks empty. */
function shown(cell: CellValue, share: boolean): string {
  if (cell === null) return "";
  if (typeof cell === "number") return share ? formatPercent(cell) : String(Number(cell.toPrecision(12)));
  return String(cell);
}
