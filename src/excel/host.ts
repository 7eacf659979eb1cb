/**
 * The Office.js door: {@link WorkbookHost} over `Excel.run`, for the task pane and the ribbon's
 * one-click command.
 *
 * Every method is one `Excel.run` with few syncs:
 * - `listSheets`, `readProperty`: 1 sync;
 * - `readGrid`: 1 for a used area within the sheet's first 1,000 rows and 64 columns (the extent,
 *   merged areas, the cells holding formulas, the sheet's conditional formats, the workbook's
 *   sheets, names, protection and the add-in's own saved properties, the cells, and the 评估记录
 *   sheet when the last sheet list or write showed it, together; one more when the first sync
 *   shows a record sheet the door did not know of: `record-read.ts`), one more per band of the
 *   rest, each band sized to the budget by the measured rows (a 10,000-row table: 2); a band Excel
 *   still refuses as too large is read again in bands of half the rows; without merged areas when
 *   Excel refuses them (more than 512);
 * - `applyPlan`: 1 write sync with screen updating suspended while the plan fits one 4 MB request
 *   (any real table: 30–40 rows weigh some 40 KB), one more per further 4 MB (a 10,000-row plan,
 *   with its 评估记录, is three) — plus 1 to learn the workbook's state and 1 for the conditional
 *   formats of the sheet whose area it clears (the add-in's own are deleted by id: `rules.ts`),
 *   unless it directly follows a `readGrid` of this host, which learnt both;
 * - `clearGenerated`: 2, and 1 more for the conditional formats of a sheet whose area it clears;
 *   `writeProperty`, `addPeriodColumn`: 2 (what is there, then the writes).
 * An assessment run (sheet list, grid, plan) of a real table therefore takes 3 syncs; of a
 * 10,000-row one, 6.
 *
 * Saved properties are the add-in's own keys only, loaded by key, written in 120-character parts
 * and read back in the sync that writes them; a part Excel did not keep whole fails the write with
 * `excel.property_cut` after the rest is written (`properties.ts`).
 *
 * Failures reject with an {@link ExcelDoorError} carrying a Chinese message; Excel older than
 * ExcelApi 1.9 is refused before anything is sent.
 */
import { excelZhCN, type ExcelText } from "../i18n/excel";
import type { PeriodColumnPlan, SheetList, WorkbookHost } from "../workbook/host";
import type { Grid, WritePlan } from "../workbook/types";
import { DEFAULT_PAYLOAD_BUDGET, packOperations } from "./budget";
import { ExcelDoorError, guarded, isOfficeError } from "./errors";
import { recordSheetsAmong } from "./record-read";
import { RECORD_SHEETS } from "../i18n/record";
import { clearOperations, planOperations, type WriteOperation } from "../workbook/write/operations";
import { officeOrder, type OfficeOperation } from "./order";
import { queuePeriodColumn, readPeriodColumnProblem } from "./period-column";
import { officePropertyOperations, queuePropertyCheck, type PropertyLoss } from "./properties";
import { queueOperation } from "./queue";
import {
  isPayloadRefusal,
  PartialRead,
  readSavedProperty,
  readSheetList,
  readUsedGrid,
  readWorkbookState,
  worthRetryingWithoutMerges,
  type GridRead,
  type GridReadOptions,
  type OfficeWorkbookState,
} from "./read";
import { queueOwnRules, type OwnRules } from "./rules";
import { excelSupportProblem, MERGED_AREAS_EXCEL_API, supportsExcelApi, type OfficeRequirements } from "./requirements";

/** `Excel.run` as the door calls it (replaceable for tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** How the door is set up. */
export interface ExcelHostOptions {
  /** Defaults to the global `Excel.run`. */
  run?: ExcelRun;
  /** Defaults to the global `Office`. */
  office?: OfficeRequirements;
  /** Estimated bytes one sync may carry; defaults to 4 MB (Excel on the web refuses over 5 MB). */
  payloadBudget?: number;
  text?: ExcelText;
}

/** The global `Excel.run`, looked up when called so a test stand-in installed later is found. */
const globalRun: ExcelRun = (batch) =>
  (globalThis as unknown as { Excel: { run: ExcelRun } }).Excel.run(batch);

/** The global `Office`, looked up when called. */
function globalOffice(): OfficeRequirements | undefined {
  return (globalThis as { Office?: OfficeRequirements }).Office;
}

/**
 * The workbook open in Excel, as the engine's doors see it.
 * @example await new ExcelHost().listSheets() //=> { names: ["表2"], active: "表2" }
 */
export class ExcelHost implements WorkbookHost {
  private readonly run: ExcelRun;
  private readonly office: () => OfficeRequirements | undefined;
  private readonly budget: number;
  private readonly text: ExcelText;
  /**
   * The workbook's state as the last grid read saw it, for the `applyPlan` that directly follows
   * that read; any other call on this host drops it (the state might have changed in between).
   */
  private readState: OfficeWorkbookState | null = null;
  /**
   * The 评估记录 sheets the last sheet list or grid read saw: a grid read asks for them in its
   * first sync (a sheet asked for by name must exist, or the sync fails: `record-read.ts`).
   */
  private knownRecords: string[] = [];

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? globalRun;
    const office = options.office;
    this.office = office ? () => office : globalOffice;
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.text = options.text ?? excelZhCN;
  }

  async listSheets(): Promise<SheetList> {
    this.readState = null;
    const list = await this.excel((context) => readSheetList(context));
    this.knownRecords = recordSheetsAmong(list.names);
    return list;
  }

  async readGrid(sheet: string): Promise<Grid> {
    this.readState = null;
    const result = await this.readGridTrying(sheet, {
      merges: supportsExcelApi(MERGED_AREAS_EXCEL_API, this.office()),
      head: true,
      budget: this.budget,
      text: this.text,
      records: this.knownRecords,
    });
    this.readState = result.state;
    this.knownRecords = recordSheetsAmong(result.state.sheets);
    return result.grid;
  }

  /**
   * One grid read, and the fallbacks Excel's refusals call for: without the head when the first
   * response was too large; in bands of half the rows when a band was; without merged areas when
   * Excel refused them (more than 512); then without the formula areas.
   */
  private async readGridTrying(sheet: string, options: GridReadOptions): Promise<GridRead> {
    try {
      return await this.excel((context) => readUsedGrid(context, sheet, options));
    } catch (error) {
      const cause = error instanceof ExcelDoorError ? error.cause : undefined;
      if ((options.records ?? []).length > 0 && isOfficeError(cause) && cause.code === "ItemNotFound") {
        // A record sheet known from an earlier list is gone: read again, learning the sheets first.
        return this.readGridTrying(sheet, { ...options, records: [] });
      }
      if (cause instanceof PartialRead) {
        return this.readGridTrying(sheet, { ...options, rowsPerBand: Math.floor(cause.rowsPerBand / 2) });
      }
      if (isPayloadRefusal(cause) && options.head) return this.readGridTrying(sheet, { ...options, head: false });
      if (options.merges && error instanceof ExcelDoorError && worthRetryingWithoutMerges(cause)) {
        return this.readGridTrying(sheet, { ...options, merges: false });
      }
      // Last, without the formula areas (`getSpecialCellsOrNullObject`), should a host refuse
      // them: the cells are read as before, a formula whose result is empty then seen as empty.
      if (options.formulas !== false && error instanceof ExcelDoorError && worthRetryingWithoutMerges(cause)) {
        return this.readGridTrying(sheet, { ...options, merges: false, formulas: false });
      }
      throw error;
    }
  }

  applyPlan(plan: WritePlan): Promise<void> {
    const known = this.readState;
    this.readState = null;
    return this.excel(async (context) => {
      const state = known ?? (await readWorkbookState(context));
      const operations = planOperations(plan, state, this.text);
      if (!operations.ok) throw new ExcelDoorError(operations.problem);
      await this.write(context, operations.value, state);
      // The record sheet the plan wrote is known to exist: the next grid read asks for it in its first sync.
      this.knownRecords = recordSheetsAmong([...state.sheets, ...plan.sheets.map((sheet) => sheet.name)]);
    });
  }

  clearGenerated(): Promise<void> {
    this.readState = null;
    return this.excel(async (context) => {
      const state = await readWorkbookState(context);
      // The 评估记录 stays: it is the history of assessments, not a result to clear.
      await this.write(context, clearOperations(state, [], [], RECORD_SHEETS), state);
    });
  }

  readProperty(name: string): Promise<string | null> {
    this.readState = null;
    return this.excel((context) => readSavedProperty(context, name));
  }

  writeProperty(name: string, value: string): Promise<void> {
    this.readState = null;
    return this.excel(async (context) => {
      const state = await readWorkbookState(context, [name]);
      await this.write(context, [{ kind: "setProperty", key: name, value }], state);
    });
  }

  addPeriodColumn(plan: PeriodColumnPlan): Promise<void> {
    this.readState = null;
    return this.excel(async (context) => {
      const problem = await readPeriodColumnProblem(context, plan, this.text);
      if (problem) throw new ExcelDoorError(problem);
      context.application.suspendScreenUpdatingUntilNextSync();
      queuePeriodColumn(context, plan, this.text);
      await context.sync();
    });
  }

  /**
   * Puts the operations in Excel's order and syncs: one request while they fit the payload
   * budget, one more per further budget. A write that adds or deletes sheets in a workbook whose
   * structure is protected is refused before anything is sent; saved properties are read back in
   * the sync that writes them.
   */
  private async write(context: Excel.RequestContext, planned: readonly WriteOperation[], state: OfficeWorkbookState): Promise<void> {
    if (planned.length === 0) return;
    if (state.structureProtected && planned.some((op) => op.kind === "addSheet" || op.kind === "deleteSheet")) {
      throw new ExcelDoorError({ code: "excel.structure_protected", message: this.text.structureProtected });
    }
    const ownRules = await this.ownRulesFor(context, planned, state);
    const operations = officePropertyOperations<OfficeOperation>(officeOrder(planned, state.veryHidden, ownRules), state.propertyKeys);
    const losses: PropertyLoss[] = [];
    const packs = packOperations(operations, this.budget);
    // Only a write over the payload budget has more than one pack: one sync per further request.
    for (const pack of packs) {
      context.application.suspendScreenUpdatingUntilNextSync();
      for (const operation of pack) queueOperation(context, operation);
      const written = pack.flatMap((op) => (op.kind === "setProperty" ? [{ key: op.key, value: op.value }] : []));
      const check = written.length > 0 ? queuePropertyCheck(context, written) : null;
      await context.sync();
      if (check) losses.push(...check());
    }
    const lost = losses[0];
    if (lost) throw new ExcelDoorError({ code: "excel.property_cut", message: this.text.propertyCut(lost.key, lost.written, lost.kept) });
  }

  /**
   * The add-in's own conditional formats on every sheet where the write clears an area: as the
   * read that preceded it loaded them, else loaded now (one sync, only when a sheet's are not known).
   */
  private async ownRulesFor(context: Excel.RequestContext, planned: readonly WriteOperation[], state: OfficeWorkbookState): Promise<OwnRules> {
    const cleared = [...new Set(planned.flatMap((op) => (op.kind === "clearArea" ? [op.sheet] : [])))];
    const unknown = cleared.filter((sheet) => state.ownRules[sheet.toLowerCase()] === undefined);
    if (unknown.length === 0) return state.ownRules;
    const loaded = queueOwnRules(context, unknown);
    await context.sync();
    return { ...state.ownRules, ...loaded() };
  }

  /** Runs a batch after the version check, turning any failure into a door error. */
  private excel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return guarded(async () => {
      const problem = excelSupportProblem(this.office(), this.text);
      if (problem) throw new ExcelDoorError(problem);
      return await this.run(batch);
    }, this.text);
  }
}
