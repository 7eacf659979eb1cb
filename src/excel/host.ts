/**
 * The Office.js door: {@link WorkbookHost} over `Excel.run`, for the task pane and the ribbon's
 * one-click command.
 *
 * Every method is one `Excel.run` with a fixed number of syncs:
 * - `listSheets`, `readProperty`: 1 sync;
 * - `readGrid`: 2 (extent, merged areas and the workbook's names, sheets and property keys; then
 *   values and number formats);
 * - `applyPlan`, `clearGenerated`: 1 write sync with screen updating suspended — 2 when the plan
 *   is larger than one 4 MB request (a 10,000-row table) — plus 1 to learn the workbook's names
 *   and sheets unless a `readGrid` of this host learnt them in the last 30 seconds with no write
 *   since (as in every assessment run: read, assess, write);
 * - `writeProperty`, `addPeriodColumn`: 2 (what is there, then the writes).
 * A sync never sits in a loop, except the overflow path of a read larger than one 5 MB response or
 * a write larger than two 4 MB requests, which takes one more sync per extra 4 MB.
 *
 * Failures reject with an {@link ExcelDoorError} carrying a Chinese message; Excel older than
 * ExcelApi 1.9 is refused before anything is sent.
 */
import { excelZhCN, type ExcelText } from "../i18n/excel";
import type { PeriodColumnPlan, SheetList, WorkbookHost } from "../workbook/host";
import type { Grid, WritePlan } from "../workbook/types";
import { DEFAULT_PAYLOAD_BUDGET, packOperations } from "./budget";
import { ExcelDoorError, guarded } from "./errors";
import { clearOperations, planOperations, type WorkbookState, type WriteOperation } from "./operations";
import { queuePeriodColumn, readPeriodColumnProblem } from "./period-column";
import { propertyParts, staleParts } from "./properties";
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

/** How long the workbook state learnt by a grid read stands in for a fresh look before a write. */
const PREFETCH_MS = 30_000;

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
  /** The workbook's state as the last grid read saw it, until a write or its time runs out. */
  private prefetched: { state: WorkbookState; at: number } | null = null;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? globalRun;
    const office = options.office;
    this.office = office ? () => office : globalOffice;
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.text = options.text ?? excelZhCN;
  }

  listSheets(): Promise<SheetList> {
    return this.excel((context) => readSheetList(context));
  }

  async readGrid(sheet: string): Promise<Grid> {
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
    this.prefetched = { state: result.state, at: Date.now() };
    return result.grid;
  }

  applyPlan(plan: WritePlan): Promise<void> {
    const known = this.takePrefetched();
    return this.excel(async (context) => {
      const state = known ?? (await readWorkbookState(context));
      const operations = planOperations(plan, state, this.text);
      if (!operations.ok) throw new ExcelDoorError(operations.problem);
      await this.write(context, operations.value);
    });
  }

  clearGenerated(): Promise<void> {
    const known = this.takePrefetched();
    return this.excel(async (context) => {
      const state = known ?? (await readWorkbookState(context));
      await this.write(context, clearOperations(state));
    });
  }

  readProperty(name: string): Promise<string | null> {
    return this.excel((context) => readSavedProperty(context, name));
  }

  writeProperty(name: string, value: string): Promise<void> {
    this.prefetched = null;
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
    this.prefetched = null;
    return this.excel(async (context) => {
      const problem = await readPeriodColumnProblem(context, plan, this.text);
      if (problem) throw new ExcelDoorError(problem);
      context.application.suspendScreenUpdatingUntilNextSync();
      queuePeriodColumn(context, plan, this.text);
      await context.sync();
    });
  }

  /** The state a recent grid read learnt, once (a write makes it stale), or null. */
  private takePrefetched(): WorkbookState | null {
    const prefetched = this.prefetched;
    this.prefetched = null;
    return prefetched && Date.now() - prefetched.at <= PREFETCH_MS ? prefetched.state : null;
  }

  /**
   * Queues the operations in packs under the payload budget: one sync, a second when the plan
   * exceeds one request (a table of many thousand rows), one more per 4 MB beyond two requests.
   */
  private async write(context: Excel.RequestContext, operations: readonly WriteOperation[]): Promise<void> {
    if (operations.length === 0) return;
    const [first = [], second = [], ...overflow] = packOperations(operations, this.budget);
    context.application.suspendScreenUpdatingUntilNextSync();
    for (const operation of first) queueOperation(context, operation);
    await context.sync();
    if (second.length > 0) {
      context.application.suspendScreenUpdatingUntilNextSync();
      for (const operation of second) queueOperation(context, operation);
      await context.sync();
    }
    // Only a write larger than two requests reaches this loop: one sync per further pack.
    for (const pack of overflow) {
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
