/**
 * 历次评估: what a run learns of the earlier assessments before it replaces the 评估记录 sheet —
 * the record as it stands, read from the sheet the door brought with the grid (else read here) —
 * or why the run stops.
 *
 * The record is history the add-in keeps, so a cell of it that differs from what the last run
 * wrote there (the run stamp's fingerprint of the sheet) stops the run, naming the cells, as a
 * changed status block does: replacing the sheet would lose what the user changed, and keeping a
 * changed history would pass the change off as the add-in's. The user undoes the change, or
 * renames the sheet (it is theirs then, and the record starts again). A record without a
 * fingerprint (the stamp is missing) is read as it is.
 */
import type { Problem, Result, StatusLabels } from "../core/types";
import type { Locale } from "../i18n/index";
import { recordMessages, recordText } from "../i18n/record";
import { cellAddress } from "./address";
import { changedSheetCells } from "./fingerprint";
import type { BlockFingerprint } from "./fingerprint";
import type { SheetList, WorkbookHost } from "./host";
import { indexGrid } from "./lookup";
import { emptyRecord, readRecord } from "./record";
import type { AssessmentRecord } from "./record";
import type { Grid } from "./types";
import { sheetMarker } from "./write/markers";

/** Cells named in the message when the record was changed. */
const NAMED_CELLS = 5;

/** Options of {@link readHistory}. */
export interface HistoryOptions {
  /** The record sheet's fingerprint from the last run's stamp, when it saved one. */
  fingerprint: BlockFingerprint | null;
  labels: StatusLabels;
  locale?: Locale;
  /** The sheet list, listed at most once per run. */
  sheets: () => Promise<SheetList>;
}

/**
 * The record as it stands and the problems of reading it, or the problem that stops the run (the
 * user changed the record).
 * @example await readHistory(host, grid, { fingerprint: null, labels, sheets: () => host.listSheets() }) //=> { ok: true, value: { record: { periods: [], rows: [] }, problems: [] } }
 */
export async function readHistory(host: WorkbookHost, grid: Grid, options: HistoryOptions): Promise<Result<{ record: AssessmentRecord; problems: Problem[] }>> {
  const recordGrid = await recordGridOf(host, grid, options);
  // A sheet of that name that the add-in did not create is the user's: not read (the write then refuses to replace it).
  if (!recordGrid || !isAddInSheet(grid, recordGrid.sheet)) return { ok: true, value: { record: emptyRecord(), problems: [] } };
  if (options.fingerprint) {
    const changed = changedRecordCells(recordGrid, options.fingerprint);
    if (changed.length > 0) {
      const cells = changed.slice(0, NAMED_CELLS).join("、");
      return { ok: false, problem: { code: "record.edited", message: recordMessages.edited(recordGrid.sheet, cells, changed.length), cell: changed[0] } };
    }
  }
  return { ok: true, value: readRecord(recordGrid, options.labels) };
}

/** The record sheet's grid: brought with the table's grid, else read when the sheet exists. */
async function recordGridOf(host: WorkbookHost, grid: Grid, options: HistoryOptions): Promise<Grid | null> {
  const name = recordText(options.locale).sheet.toLowerCase();
  if (grid.records) return grid.records.find((record) => record.sheet.toLowerCase() === name) ?? null;
  const list = await options.sheets();
  const sheet = list.names.find((candidate) => candidate.toLowerCase() === name);
  return sheet === undefined ? null : host.readGrid(sheet);
}

/** Whether the add-in created a sheet, by its marker, when the door brought the names (else taken as the add-in's). */
function isAddInSheet(grid: Grid, sheet: string): boolean {
  if (!grid.names) return true;
  const marker = sheetMarker(sheet).toLowerCase();
  return grid.names.some((named) => named.name.toLowerCase() === marker && named.target?.sheet.toLowerCase() === sheet.toLowerCase());
}

/** Addresses of the record's cells that differ from what the last run wrote (from A1). */
function changedRecordCells(grid: Grid, fingerprint: BlockFingerprint): string[] {
  return changedSheetCells(indexGrid(grid), fingerprint).map((cell) => cellAddress(cell.row, cell.column));
}
