/**
 * The 评估记录 sheet as written: 类别 | 指标名称, then per evaluation period (in time order) a pair
 * of columns 评价结果 | 实现度 under the period's name, one row per indicator. The whole sheet is one
 * block of cells from A1, so that what a run wrote can be fingerprinted and a later run can tell
 * whether the user has changed it (`fingerprint.ts`).
 */
import type { CellValue, StatusLabels } from "../core/types";
import type { RecordText } from "../i18n/record";
import { PERCENT_FORMAT } from "./block";
import { RECORD_HEADER_ROWS, RECORD_KEY_COLUMNS, recordPeriodHeader } from "./record";
import type { AssessmentRecord } from "./record";
import { HEADER_STYLE } from "./sheet-parts";
import { GENERAL_FORMAT, keepText } from "./text-cells";
import type { CellRange, RangeStyle, SheetPlan } from "./types";

/** Column widths: 类别, 指标名称, then 评价结果 and 实现度 of each period. */
const KEY_WIDTHS = [12, 34];
const PAIR_WIDTHS = [14, 9];

/**
 * The record sheet of a record.
 * @example recordSheet(record, labels, recordText()).blocks[0].values[1] //=> [null, null, "评价结果", "实现度", "评价结果", "实现度"]
 */
export function recordSheet(record: AssessmentRecord, labels: StatusLabels, text: RecordText): SheetPlan {
  const periods = record.periods;
  const width = RECORD_KEY_COLUMNS + 2 * periods.length;
  const header: CellValue[] = [text.category, text.name, ...periods.flatMap((period) => [text.periodHeader(recordPeriodHeader(period)), null])];
  const subHeader: CellValue[] = [null, null, ...periods.flatMap(() => [text.status, text.realisation])];
  const rows = record.rows.map((row): CellValue[] => [
    row.category === "" ? null : row.category,
    row.name,
    ...periods.flatMap((period) => {
      const entry = row.entries.get(period.code);
      return entry ? [labels[entry.status], entry.realisation] : [null, null];
    }),
  ]);
  const values = [header, subHeader, ...rows];
  const numberFormat = values.map((_, i) =>
    Array.from({ length: width }, (__, j) => (i >= RECORD_HEADER_ROWS && j >= RECORD_KEY_COLUMNS && (j - RECORD_KEY_COLUMNS) % 2 === 1 ? PERCENT_FORMAT : GENERAL_FORMAT)),
  );
  const right = width - 1;
  const bottom = values.length - 1;
  const styles: RangeStyle[] = [{ range: { top: 0, left: 0, bottom: RECORD_HEADER_ROWS - 1, right }, style: HEADER_STYLE }];
  if (rows.length > 0) styles.push({ range: { top: RECORD_HEADER_ROWS, left: 0, bottom, right }, style: { border: true, vertical: "middle" } });
  const merges: CellRange[] = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    ...periods.map((_, i) => ({ top: 0, left: RECORD_KEY_COLUMNS + 2 * i, bottom: 0, right: RECORD_KEY_COLUMNS + 2 * i + 1 })),
  ];
  return {
    name: text.sheet,
    blocks: [keepText({ top: 0, left: 0, values, numberFormat })],
    styles,
    merges,
    conditional: [],
    charts: [],
    columnWidths: [...KEY_WIDTHS, ...periods.flatMap(() => PAIR_WIDTHS)],
    freezeRows: RECORD_HEADER_ROWS,
  };
}
