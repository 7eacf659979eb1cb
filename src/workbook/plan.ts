/**
 * The write plan: everything one run writes, host-agnostic, applied by either door. The status
 * block beside the table (or on a sheet of its own), the 评估汇总 and 评估明细 sheets, the 评估记录
 * sheet (the record after this run, with the stamp's fingerprint of it), defined names marking
 * every generated area, and custom properties (settings, mapping, run stamp).
 *
 * Safety: the user's cells are never in the plan. Beside the table, the block's rectangle must be
 * empty or the add-in's own from an earlier run; otherwise the plan is refused with a Chinese
 * message that offers the separate-sheet placement. Strings are text, never formulas (see
 * `text-cells.ts`). The same input gives the same plan: nothing reads a clock (`generatedAt` is
 * passed in), and every list keeps a fixed order.
 */
import { serialiseSettings } from "../core/settings";
import type { Assessment, CellValue, Problem, Result } from "../core/types";
import type { Locale } from "../i18n/index";
import { workbookMessages, workbookText } from "../i18n/workbook";
import type { WriteText } from "../i18n/workbook";
import { cellAddress, columnLetters, rangeAddress } from "./address";
import { besideColumn, blockArea, fitsBeside, isFreeCell, judgementsByRow, layoutBlock, statusBlock, userTableRange } from "./block";
import type { BlockLayout } from "./block";
import { findCollision } from "./collision";
import { changedCells, fingerprintOf, readFingerprint } from "./fingerprint";
import type { BlockFingerprint } from "./fingerprint";
import { detailSheet } from "./detail-sheet";
import { EVALUATION_TABLE_ROWS, evaluationSheet } from "./evaluation-sheet";
import { indexGrid } from "./lookup";
import type { GridIndex } from "./lookup";
import { HEADER_STYLE } from "./sheet-parts";
import { summarySheet, usedRange } from "./summary-sheet";
import { keepText } from "./text-cells";
import { withChangeSection } from "./change-section";
import type { Comparison, AssessmentRecord } from "./record";
import { recordSheet } from "./record-sheet";
import { recordText } from "../i18n/record";
import type { ChangeColumn } from "./block";
import type { CellRange, Grid, SheetPlan, TableMapping, WritePlan } from "./types";

/** Defined names of the generated areas (all start with `PlanAssess_`, which the doors treat as generated). */
export const PLAN_NAMES = {
  /** The status block (the doors clear this area on a re-run). */
  block: "PlanAssess_Area",
  /** The 评价结果 cells of the status block. */
  status: "PlanAssess_Status",
  summary: "PlanAssess_Summary",
  detail: "PlanAssess_Detail",
} as const;

/** Custom property keys. */
export const PLAN_PROPERTIES = {
  settings: "PlanAssess.settings",
  mapping: "PlanAssess.mapping",
  run: "PlanAssess.run",
} as const;

/** Where the status block goes. */
export type Placement = "beside" | "separateSheet";

/** Options of {@link buildWritePlan}. */
export interface WritePlanOptions {
  /** The run's time stamp, written as given (ISO text). */
  generatedAt: string;
  /** `beside` (default) or `separateSheet`. */
  placement?: Placement;
  /** The status block an earlier run wrote on the table's sheet, where it is now (its cells may be replaced). */
  previousBlock?: CellRange;
  /** What the earlier run wrote in that block: a cell that differs from it is the user's. */
  fingerprint?: BlockFingerprint | null;
  /** Problems of finding and reading the table, listed on the summary sheet. */
  problems?: Problem[];
  /** Language of the headers and sheet names (zh-CN by default). */
  locale?: Locale;
  /** The record of assessments after this run (评估记录), written whole; absent or empty: no sheet. */
  record?: AssessmentRecord;
  /** This run against the record's latest earlier period: the block's 较上期 column, the summary's counts. */
  comparison?: Comparison;
}

/** The run stamp saved with the workbook: when, where the block went, which period. */
export interface RunStamp {
  generatedAt: string;
  placement: Placement;
  sheet: string;
  area: string;
  tableSheet: string;
  period: string | null;
  /** What the run wrote in a block beside the table (absent in stamps of earlier versions). */
  fingerprint?: BlockFingerprint;
  /** What the run wrote on the 评估记录 sheet (from A1): a later run refuses to replace a changed record. */
  record?: BlockFingerprint;
}

/**
 * Builds the write plan of a run, or refuses when the columns beside the table hold the user's content.
 * @example buildWritePlan(grid, mapping, assessment, { generatedAt: "2024-07-15T09:00:00+08:00" }).ok //=> true
 */
export function buildWritePlan(
  grid: Grid,
  mapping: TableMapping,
  assessment: Assessment,
  options: WritePlanOptions,
): Result<WritePlan> {
  const text = workbookText(options.locale).write;
  const placement = options.placement ?? "beside";
  const index = indexGrid(grid);
  let layout: BlockLayout;
  const sheets: SheetPlan[] = [];
  if (placement === "beside") {
    // The run places such a table's block on the separate sheet (see `placementFor`); a caller
    // asking for it beside all the same is told why not, rather than writing past XFD.
    if (!fitsBeside(mapping)) return { ok: false, problem: noRoomBeside(mapping, text.sheets.status) };
    const left = besideColumn(mapping);
    layout = layoutBlock(mapping, mapping.sheet, left, (row, column) => isFreeCell(index, options.previousBlock, row, column));
    const collision = findCollision(index, mapping, {
      area: blockArea(layout),
      previousBlock: options.previousBlock,
      fingerprint: options.fingerprint,
      statusSheet: text.sheets.status,
    });
    if (collision) return { ok: false, problem: collision };
  } else {
    layout = layoutBlock(mapping, text.sheets.status, 1, () => true);
    sheets.push(statusSheet(layout, mapping, assessment, text));
  }
  const keep = keptBlock(index, mapping.sheet, options);

  const words = recordText(options.locale);
  const block = { ...statusBlock(layout, assessment, text, changeColumn(assessment, options.comparison, options.locale)), placement };
  let summary = summarySheet({ mapping, assessment, generatedAt: options.generatedAt, problems: options.problems ?? [], text });
  if (options.comparison) summary = withChangeSection(summary, usedRange(summary).bottom, options.comparison, words);
  const detail = detailSheet(assessment, text);
  sheets.push(summary, ...(assessment.judgements.length <= EVALUATION_TABLE_ROWS ? [evaluationSheet(assessment, text)] : []), detail);
  const record = options.record && options.record.rows.length > 0 ? recordSheet(options.record, assessment.settings.labels, words) : null;
  if (record) sheets.push(record);

  const statusCells = { top: layout.firstRow, left: layout.left + 2, bottom: layout.lastRow, right: layout.left + 2 };
  const names = [
    { name: PLAN_NAMES.block, sheet: block.sheet, range: block.area },
    { name: PLAN_NAMES.status, sheet: block.sheet, range: statusCells },
    { name: PLAN_NAMES.summary, sheet: summary.name, range: usedRange(summary) },
    { name: PLAN_NAMES.detail, sheet: detail.name, range: usedRange(detail) },
  ];
  const stamp: RunStamp = {
    generatedAt: options.generatedAt,
    placement,
    sheet: block.sheet,
    area: rangeAddress(block.area),
    tableSheet: mapping.sheet,
    period: assessment.period?.code ?? null,
  };
  const fingerprint = placement === "beside" ? (block.blocks[0] ? fingerprintOf(block.blocks[0]) : null) : null;
  if (fingerprint) stamp.fingerprint = fingerprint;
  const recordPrint = record?.blocks[0] ? fingerprintOf(record.blocks[0]) : null;
  if (recordPrint) stamp.record = recordPrint;
  return {
    ok: true,
    value: {
      block,
      sheets,
      names,
      properties: {
        [PLAN_PROPERTIES.settings]: serialiseSettings(assessment.settings),
        [PLAN_PROPERTIES.mapping]: serialiseMapping(mapping),
        [PLAN_PROPERTIES.run]: JSON.stringify(stamp),
      },
      ...(keep ? { keep: [keep] } : {}),
    },
  };
}

/**
 * Where a run puts the block: as asked, except that a table ending within five columns of XFD has
 * no room beside it, and its block goes to the separate sheet, with a problem saying so (listed on
 * the summary sheet and printed by the command line). Nothing of the user's is at stake there, so
 * the run does not stop to ask.
 * @example placementFor(keqiao14thMapping, "beside") //=> { placement: "beside", problem: null }
 */
export function placementFor(mapping: TableMapping, asked: Placement, locale?: Locale): { placement: Placement; problem: Problem | null } {
  if (asked !== "beside" || fitsBeside(mapping)) return { placement: asked, problem: null };
  return { placement: "separateSheet", problem: noRoomBeside(mapping, workbookText(locale).write.sheets.status) };
}

/** The problem of a table with no room for the block beside it, naming its last column. */
function noRoomBeside(mapping: TableMapping, statusSheet: string): Problem {
  const last = besideColumn(mapping) - 1;
  return {
    code: "plan.no_room_beside",
    message: workbookMessages.noRoomBeside(mapping.sheet, columnLetters(last), statusSheet),
    cell: cellAddress(mapping.headerBottom, last),
  };
}

/**
 * The earlier block beside the table, when cells in it differ from what the last run wrote: a run
 * that goes ahead (on the separate sheet) leaves it as it is, for it holds the user's cells now.
 */
function keptBlock(index: GridIndex, sheet: string, options: WritePlanOptions): { sheet: string; range: CellRange } | null {
  const { previousBlock, fingerprint } = options;
  if (!previousBlock || !fingerprint) return null;
  return changedCells(index, previousBlock, fingerprint).length > 0 ? { sheet, range: previousBlock } : null;
}

/**
 * A mapping as saved in the workbook: where the table is, each column's role and period, the plan
 * (evidence left out: it is rebuilt on reading). Keys in a fixed order.
 * @example JSON.parse(serialiseMapping(mapping)).columns[0] //=> { column: 0, role: "index", header: "序号" }
 */
export function serialiseMapping(mapping: TableMapping): string {
  return JSON.stringify({
    sheet: mapping.sheet,
    headerTop: mapping.headerTop,
    headerBottom: mapping.headerBottom,
    firstRow: mapping.firstRow,
    lastRow: mapping.lastRow,
    left: mapping.left,
    right: userTableRange(mapping).right,
    plan: mapping.plan ? { baseYear: mapping.plan.baseYear, targetYear: mapping.plan.targetYear } : null,
    columns: mapping.columns.filter((column) => column.role !== "generated").map((column) => ({
      column: column.column,
      role: column.role,
      header: column.header,
      ...(column.period ? { period: column.period.code } : {}),
    })),
  });
}

/**
 * Reads the run stamp saved by an earlier run, or null when it is missing or unreadable.
 * @example readRunStamp('{"generatedAt":"…","placement":"beside","sheet":"表2","area":"F2:J39","tableSheet":"表2","period":"2023H1"}')?.area //=> "F2:J39"
 */
export function readRunStamp(saved: string | null): RunStamp | null {
  if (saved === null) return null;
  try {
    const value: unknown = JSON.parse(saved);
    if (typeof value !== "object" || value === null) return null;
    const stamp = value as Partial<RunStamp> & { fingerprint?: unknown };
    if (typeof stamp.sheet !== "string" || typeof stamp.area !== "string" || typeof stamp.generatedAt !== "string") return null;
    if (stamp.placement !== "beside" && stamp.placement !== "separateSheet") return null;
    const fingerprint = readFingerprint(stamp.fingerprint);
    const record = readFingerprint((value as { record?: unknown }).record);
    return {
      generatedAt: stamp.generatedAt,
      placement: stamp.placement,
      sheet: stamp.sheet,
      area: stamp.area,
      tableSheet: typeof stamp.tableSheet === "string" ? stamp.tableSheet : stamp.sheet,
      period: typeof stamp.period === "string" ? stamp.period : null,
      ...(fingerprint ? { fingerprint } : {}),
      ...(record ? { record } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * The 较上期 column of the block: each indicator's change as shown (↑好转 …), by 0-based sheet row;
 * "—" where there is none, so that the column is never empty under its header (an empty column
 * would end the table there when a re-run reads it back).
 */
function changeColumn(assessment: Assessment, comparison: Comparison | undefined, locale: Locale | undefined): ChangeColumn {
  const words = recordText(locale);
  const byRow = new Map<number, string>();
  assessment.judgements.forEach((judgement, i) => {
    const change = comparison?.indicators[i]?.change;
    byRow.set(judgement.row - 1, change ? words.changes[change] : words.noChange);
  });
  return { byRow };
}

/** The separate status sheet: the indicator names on the table's rows, beside which the block goes. */
function statusSheet(layout: BlockLayout, mapping: TableMapping, assessment: Assessment, text: WriteText): SheetPlan {
  const byRow = judgementsByRow(assessment.judgements);
  const values: CellValue[][] = [[text.nameColumn]];
  for (let row = layout.firstRow; row <= layout.lastRow; row += 1) values.push([byRow.get(row)?.name ?? null]);
  const top = layout.headerRow;
  const gap = layout.firstRow - layout.headerRow - 1;
  const rows: CellValue[][] = [values[0] ?? [], ...new Array<CellValue[]>(Math.max(0, gap)).fill([null]), ...values.slice(1)];
  return {
    name: text.sheets.status,
    blocks: [keepText({ top, left: 0, values: rows })],
    styles: [
      { range: { top, left: 0, bottom: top, right: 0 }, style: HEADER_STYLE },
      ...(mapping.firstRow <= mapping.lastRow ? [{ range: { top: layout.firstRow, left: 0, bottom: layout.lastRow, right: 0 }, style: { border: true, wrap: true } }] : []),
    ],
    merges: [],
    conditional: [],
    charts: [],
    columnWidths: [34],
    freezeRows: layout.headerRow + 1,
  };
}
