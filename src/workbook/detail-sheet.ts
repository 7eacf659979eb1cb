/**
 * 评估明细: one row per indicator with the engine's reading of its cells, so a reviewer can check
 * every judgement: sheet row, domain, name as written, unit, attribute, direction and its reason,
 * flow or stock, kind, base and target as written, the value and period used, realisation, time
 * progress, status, projection, the formula applied, the note and every cell problem.
 */
import { formatPeriod } from "../core/period";
import type { Assessment, CellValue, Judgement } from "../core/types";
import { directionReasonText } from "../i18n/judge";
import { formulaText, noteText } from "../i18n/notes";
import type { WriteText } from "../i18n/workbook";
import { PERCENT_FORMAT } from "./block";
import { HEADER_STYLE } from "./sheet-parts";
import { displayCode, statusRules, statusText } from "./status-style";
import { GENERAL_FORMAT, keepText } from "./text-cells";
import type { RangeStyle, SheetPlan } from "./types";

/** The detail sheet's columns, in order, with their width and number format. */
const COLUMNS = [
  ["row", 6, "0"],
  ["category", 10, undefined],
  ["name", 34, undefined],
  ["unit", 10, undefined],
  ["attribute", 8, undefined],
  ["direction", 8, undefined],
  ["directionReason", 26, undefined],
  ["nature", 8, undefined],
  ["kind", 12, undefined],
  ["base", 12, undefined],
  ["target", 14, undefined],
  ["value", 10, undefined],
  ["valuePeriod", 14, undefined],
  ["realisation", 9, PERCENT_FORMAT],
  ["timeProgress", 9, PERCENT_FORMAT],
  ["status", 16, undefined],
  ["projection", 13, undefined],
  ["projectedValue", 11, undefined],
  ["formula", 22, undefined],
  ["note", 48, undefined],
  ["problems", 40, undefined],
] as const;

type DetailColumn = (typeof COLUMNS)[number][0];

/**
 * Builds the 评估明细 sheet.
 * @example detailSheet(assessment, text.write).blocks[0].values[0][2] //=> "指标名称"
 */
export function detailSheet(assessment: Assessment, text: WriteText): SheetPlan {
  const header = COLUMNS.map(([key]) => text.detail.headers[key]);
  const rows = assessment.judgements.map((judgement) => {
    const cells = detailCells(judgement, assessment, text);
    return COLUMNS.map(([key]) => cells[key]);
  });
  const numberFormat = [header.map(() => GENERAL_FORMAT), ...rows.map(() => COLUMNS.map(([, , format]) => format ?? GENERAL_FORMAT))];
  const right = COLUMNS.length - 1;
  const last = rows.length;
  const styles: RangeStyle[] = [{ range: { top: 0, left: 0, bottom: 0, right }, style: HEADER_STYLE }];
  if (rows.length > 0) {
    styles.push({ range: { top: 1, left: 0, bottom: last, right }, style: { border: true, vertical: "top" } });
    for (const key of ["directionReason", "formula", "note", "problems"] as const) {
      const column = columnOf(key);
      styles.push({ range: { top: 1, left: column, bottom: last, right: column }, style: { wrap: true } });
    }
  }
  const status = columnOf("status");
  return {
    name: text.sheets.detail,
    blocks: [keepText({ top: 0, left: 0, values: [header, ...rows], numberFormat })],
    styles,
    merges: [],
    conditional: rows.length > 0 ? statusRules({ top: 1, left: status, bottom: last, right: status }, assessment.judgements, assessment.settings.labels) : [],
    charts: [],
    columnWidths: COLUMNS.map(([, width]) => width),
    freezeRows: 1,
  };
}

/** The column index of a detail column. */
function columnOf(key: DetailColumn): number {
  return COLUMNS.findIndex(([name]) => name === key);
}

/** One indicator's cells, by column. */
function detailCells(judgement: Judgement, assessment: Assessment, text: WriteText): Record<DetailColumn, CellValue> {
  const words = text.detail;
  const labels = assessment.settings.labels;
  return {
    row: judgement.row,
    category: judgement.category ?? null,
    name: judgement.name,
    unit: judgement.unit ?? judgement.label.unit ?? null,
    attribute: judgement.attribute ? words.attribute[judgement.attribute] : null,
    direction: words.direction[judgement.direction],
    directionReason: directionReasonText(judgement.directionReason),
    nature: words.nature[judgement.nature],
    kind: words.kinds[judgement.kind],
    base: judgement.base?.raw ?? null,
    target: judgement.target?.raw ?? null,
    value: finite(judgement.value),
    valuePeriod: judgement.valuePeriod ? formatPeriod(judgement.valuePeriod) : null,
    realisation: finite(judgement.realisation),
    timeProgress: finite(judgement.timeProgress),
    status: statusText(displayCode(judgement), labels),
    projection: labels[judgement.projection],
    projectedValue: finite(judgement.projectedValue),
    formula: formulaText(judgement.formula) || null,
    note: noteText(judgement.note) || null,
    problems: judgement.problems.map((p) => words.problem(p.cell, p.message)).join(words.problemSeparator) || null,
  };
}

/** A number, or null for null and non-finite values. */
function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
