/**
 * 评价表: the assessment table in the published layout (the seeds' 表1-1 主要指标中期完成评价表), the
 * table a bureau pastes into its report: a title from the plan, one header row (类别 | 指标名称 |
 * base year | the value used | target | 指标属性 | 实现度 | 评价结果 | 预计完成情况, 完成情况 at the
 * end of the plan), one row per indicator with its domain merged down consecutive rows, borders,
 * wrapped names. It prints on A4 portrait, one page wide, the header row repeated on every page,
 * with 第&P页，共&N页 in the footer.
 *
 * The value used carries its period in brackets where it is not the evaluation period's (an
 * indicator judged on older data), so the printed table never passes an older figure off as current.
 */
import { formatPeriod } from "../core/period";
import type { Assessment, CellValue, Judgement } from "../core/types";
import { planTitle } from "../i18n/summary";
import type { WriteText } from "../i18n/workbook";
import { PERCENT_FORMAT } from "./block";
import { HEADER_STYLE } from "./sheet-parts";
import { keepText } from "./text-cells";
import { displayCode } from "./status-style";
import type { CellRange, PrintSetup, RangeStyle, SheetPlan } from "./types";

/**
 * Column widths (characters): 类别, 指标名称, base, value, target, 属性, 实现度, 评价结果, outlook.
 * The value column holds an older value with its period on one line (`1910.2（2022年）`, 16
 * characters): rows keep their height, so a value that wrapped would print over the row below.
 */
const EVALUATION_WIDTHS: readonly number[] = [10, 30, 10, 16, 12, 8, 8, 14, 13];
const NAME_COLUMN = 1;
/** The realisation column (a share, shown as a percentage). */
export const REALISATION_COLUMN = 6;
/** The header row (the title is row 0). */
const HEADER_ROW = 1;

/**
 * Print setup of 评价表: A4 portrait (the nine columns fit one page's width), header row repeated,
 * margins in inches (2 cm top and bottom, 1.5 cm left and right) and the page footer.
 */
export function evaluationPrint(footer: string): PrintSetup {
  return {
    orientation: "portrait",
    titleRows: { top: HEADER_ROW, bottom: HEADER_ROW },
    margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    footer,
  };
}

/** One 评价表 row as plain values (the same the Word report's table shows). */
export interface EvaluationRow {
  category: string;
  cells: CellValue[];
}

/**
 * The 评价表's title, header and rows, as the sheet and the Word report both show them.
 * @example evaluationTable(assessment, text.write).header[0] //=> "类别"
 */
export function evaluationTable(assessment: Assessment, text: WriteText): { title: string; header: string[]; rows: EvaluationRow[] } {
  const words = text.evaluation;
  const { plan, period } = assessment;
  const endOfPlan = assessment.summary.mode === "endOfPlan";
  const header = [
    words.category,
    words.name,
    words.base(plan.baseYear),
    words.value(period ? formatPeriod(period) : null),
    words.target(plan.targetYear),
    words.attribute,
    words.realisation,
    words.result,
    words.outlook(endOfPlan),
  ];
  const rows = assessment.judgements.map((judgement) => ({
    category: judgement.category?.trim() ?? "",
    cells: rowCells(judgement, assessment, text),
  }));
  return { title: words.title(planTitle(plan.baseYear, plan.targetYear), endOfPlan), header, rows };
}

/**
 * The most indicators a 评价表 is written for: the table a bureau hands in has 30–40 rows, and a
 * printed table of thousands is no one's; a larger batch gets the other sheets only (and the Office
 * door's write stays within its requests).
 */
export const EVALUATION_TABLE_ROWS = 500;

/**
 * Builds the 评价表 sheet.
 * @example evaluationSheet(assessment, text.write).name //=> "评价表"
 */
export function evaluationSheet(assessment: Assessment, text: WriteText): SheetPlan {
  const { title, header, rows } = evaluationTable(assessment, text);
  const right = header.length - 1;
  const last = HEADER_ROW + rows.length;
  const percentRow = header.map((_, column) => (column === REALISATION_COLUMN ? PERCENT_FORMAT : "General"));
  const styles: RangeStyle[] = [
    { range: { top: 0, left: 0, bottom: 0, right }, style: { bold: true, fontSize: 14, horizontal: "center", vertical: "middle", wrap: true } },
    { range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW, right }, style: HEADER_STYLE },
  ];
  if (rows.length > 0) {
    styles.push({ range: { top: HEADER_ROW + 1, left: 0, bottom: last, right }, style: { border: true, vertical: "middle", horizontal: "center", wrap: true } });
    styles.push({ range: { top: HEADER_ROW + 1, left: NAME_COLUMN, bottom: last, right: NAME_COLUMN }, style: { horizontal: "left" } });
  }
  return {
    name: text.sheets.evaluation,
    blocks: [
      keepText({ top: 0, left: 0, values: [[title]] }),
      keepText({
        top: HEADER_ROW,
        left: 0,
        values: [header, ...rows.map((row) => row.cells)],
        numberFormat: [header.map(() => "General"), ...rows.map(() => percentRow)],
      }),
    ],
    styles,
    merges: [{ top: 0, left: 0, bottom: 0, right }, ...categoryMerges(rows, HEADER_ROW + 1)],
    conditional: [],
    charts: [],
    columnWidths: [...EVALUATION_WIDTHS],
    print: evaluationPrint(text.evaluation.footer),
  };
}

/**
 * The 类别 cells merged down each run of rows of the same (non-empty) domain.
 * @example categoryMerges([{ category: "甲", cells: [] }, { category: "甲", cells: [] }], 2) //=> [{ top: 2, left: 0, bottom: 3, right: 0 }]
 */
export function categoryMerges(rows: readonly EvaluationRow[], top: number): CellRange[] {
  const merges: CellRange[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i += 1) {
    const current = rows[start]?.category ?? "";
    if (i < rows.length && rows[i]?.category === current) continue;
    if (i - start > 1 && current !== "") merges.push({ top: top + start, left: 0, bottom: top + i - 1, right: 0 });
    start = i;
  }
  return merges;
}

/** One indicator's cells in the published order. */
function rowCells(judgement: Judgement, assessment: Assessment, text: WriteText): CellValue[] {
  const labels = assessment.settings.labels;
  const words = text.evaluation;
  const endOfPlan = assessment.summary.mode === "endOfPlan";
  const older = judgement.valuePeriod !== null && assessment.period !== null && judgement.valuePeriod.code !== assessment.period.code;
  const value = finite(judgement.value);
  const shown: CellValue = value !== null && older && judgement.valuePeriod
    ? words.valueWithPeriod(String(Number(value.toPrecision(12))), formatPeriod(judgement.valuePeriod))
    : value;
  const outcome = endOfPlan ? labels[judgement.endOfPlan ?? "no_data"] : labels[judgement.projection];
  return [
    judgement.category?.trim() || null,
    judgement.name,
    judgement.base?.raw ?? null,
    shown,
    judgement.target?.raw ?? null,
    judgement.attribute ? text.detail.attribute[judgement.attribute] : null,
    judgement.status === "no_data" ? null : finite(judgement.realisation),
    // At the end of the plan the result is 完成 / 基本完成 / 未完成, as the status block shows it,
    // not the mid-term progress wording.
    labels[displayCode(judgement)],
    outcome,
  ];
}

/** A number, or null for null and non-finite values. */
function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
