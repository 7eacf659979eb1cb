/**
 * The Office.js door: {@link WorkbookHost} over `Excel.run`, for the task pane and the ribbon's
 * one-click command.
 *
 * Every method is one `Excel.run` with few syncs:
 * - `listSheets`, `readProperty`: 1 sync;
 * - `readGrid`: 2 (extent, merged areas, and the workbook's sheets, names and saved properties —
 *   handed back on the grid; then values and number formats); 3 when Excel refuses the merged
 *   areas (more than 512 of them) and the extent is read again without them;
 * - `applyPlan`: 1 write sync with screen updating suspended while the plan fits one 4 MB request
 *   (any real table: 30–40 rows weigh some 40 KB), one more per further 4 MB (a 10,000-row plan is
 *   two) — plus 1 to learn the workbook's names and sheets, unless it directly follows a `readGrid`
 *   of this host (as in every assessment run: read, assess, write), which learnt them;
 * - `clearGenerated`, `writeProperty`, `addPeriodColumn`: 2 (what is there, then the writes).
 * An assessment run (`runAssessment`: sheet list, grid, plan) therefore takes 4 syncs, 5 for a
 * plan over 4 MB.
 *
 * 支持规模 (the supported size): a sheet read in one response (up to 125,000 cells: 11,360 rows of
 * an 11-column table) and a plan within two 4 MB requests (about 12,000 indicator rows at some 650
 * bytes a row). Beyond, because Excel on the web refuses any request or response over 5 MB, a read
 * takes one more sync per further 125,000 cells and a write one more per further 4 MB. The count
 * never depends on the clock.
 *
 * Failures reject with an {@link ExcelDoorError} carrying a Chinese message; Excel older than
 * ExcelApi 1.9 is refused before anything is sent.
 */
import { excelZhCN, type ExcelText } from "../i18n/excel";
import type { PeriodColumnPlan, SheetList, WorkbookHost } from "../workbook/host";
import type { Grid, WritePlan } from "../workbook/types";
import { DEFAULT_PAYLOAD_BUDGET, packOperations } from "./budget";
import { ExcelDoorError, guarded } from "./errors";
import { clearOperations, planOperations, type WorkbookState, type WriteOperation } from "../workbook/write/operations";
import { queuePeriodColumn, readPeriodColumnProblem } from "./period-column";
import { propertyParts, staleParts } from "../workbook/write/properties";
import { queueOperation } from "./queue";
import { readSavedProperty, readSheetList, readUsedGrid, readWorkbookState, worthRetryingWithoutMerges, type GridRead } from "./read";
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
  private readState: WorkbookState | null = null;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? globalRun;
    const office = options.office;
    this.office = office ? () => office : globalOffice;
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.text = options.text ?? excelZhCN;
  }

  listSheets(): Promise<SheetList> {
    this.readState = null;
    return this.excel((context) => readSheetList(context));
  }

  async readGrid(sheet: string): Promise<Grid> {
    this.readState = null;
    const read = (merges: boolean) => this.excel((context) => readUsedGrid(context, sheet, { merges, budget: this.budget, text: this.text }));
    const merges = supportsExcelApi(MERGED_AREAS_EXCEL_API, this.office());
    let result: GridRead;
    try {
      result = await read(merges);
    } catch (error) {
      // Excel refuses more than 512 merged areas: read the grid without them.
      if (!merges || !(error instanceof ExcelDoorError) || !worthRetryingWithoutMerges(error.cause)) throw error;
      result = await read(false);
    }
    this.readState = result.state;
    return result.grid;
  }

  applyPlan(plan: WritePlan): Promise<void> {
    const known = this.readState;
    this.readState = null;
    return this.excel(async (context) => {
      const state = known ?? (await readWorkbookState(context));
      const operations = planOperations(plan, state, this.text);
      if (!operations.ok) throw new ExcelDoorError(operations.problem);
      await this.write(context, operations.value);
    });
  }

  clearGenerated(): Promise<void> {
    this.readState = null;
    return this.excel(async (context) => {
      const state = await readWorkbookState(context);
      await this.write(context, clearOperations(state));
    });
  }

  readProperty(name: string): Promise<string | null> {
    this.readState = null;
    return this.excel((context) => readSavedProperty(context, name));
  }

  writeProperty(name: string, value: string): Promise<void> {
    this.readState = null;
    return this.excel(async (context) => {
      const state = await readWorkbookState(context);
      const parts = propertyParts(name, value);
      const operations: WriteOperation[] = [
        ...staleParts(state.propertyKeys, name, parts.length).map((key): WriteOperation => ({ kind: "deleteProperty", key })),
        ...parts.map((part): WriteOperation => ({ kind: "setProperty", key: part.key, value: part.value })),
      ];
      await this.write(context, operations);
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
   * Queues the operations and syncs: one request while they fit the payload budget; a write over
   * it is cut into requests under the budget, one sync each.
   */
  private async write(context: Excel.RequestContext, operations: readonly WriteOperation[]): Promise<void> {
    if (operations.length === 0) return;
    const [first = [], ...further] = packOperations(operations, this.budget);
    context.application.suspendScreenUpdatingUntilNextSync();
    for (const operation of first) queueOperation(context, operation);
    await context.sync();
    // Only a write over the payload budget reaches this loop: one sync per further request.
    for (const pack of further) {
      context.application.suspendScreenUpdatingUntilNextSync();
      for (const operation of pack) queueOperation(context, operation);
      await context.sync();
    }
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
