/**
 * The WPS door: {@link WorkbookHost} over WPS 表格's JavaScript object model (a WPS 加载项's
 * `window.Application`), for the task pane and the ribbon of the WPS add-in. It reads grids with
 * the same cleaning as the Office.js door (`src/workbook/office-values.ts`), applies a write plan
 * through the same operation list as the other doors (`src/workbook/write/operations.ts`) and
 * saves its settings under the same names, as custom document properties in 255-character parts
 * (`src/workbook/write/properties.ts`), each read back after writing.
 *
 * WPS's calls are synchronous: every member access is one call into the host. The door reads the
 * used range's values in one call and finds formats and merged areas by testing blocks
 * (`read.ts`); it writes each block in one call and formats whole ranges (`apply.ts`). A write
 * runs with screen updating, events, recalculation and alerts off, each restored in `finally`
 * (`quiet.ts`); the sheet the user was on is activated again when the write ends.
 *
 * Failures reject with a {@link WpsDoorError} carrying a Chinese message.
 */
import { wpsZhCN, type WpsText } from "../i18n/wps";
import { RECORD_SHEETS } from "../i18n/record";
import type { PeriodColumnPlan, SheetList, WorkbookHost } from "../workbook/host";
import type { Grid, WritePlan } from "../workbook/types";
import { clearOperations, planOperations, type WriteOperation } from "../workbook/write/operations";
import { joinPropertyParts, propertyParts, staleParts } from "../workbook/write/properties";
import { applyOperation, propertyLosses, wpsWrite } from "./apply";
import { guardedCall, WpsDoorError } from "./errors";
import { periodColumnProblem, writePeriodColumn } from "./period-column";
import type { EtPort, EtWorkbook, EtWorksheet } from "./port";
import { quietly } from "./quiet";
import { readSheetGrid } from "./read";
import { listedSheets, propertyItems, readWorkbookState, sheetNamed, visibleSheets, type WpsWorkbookState } from "./state";

/**
 * The workbook open in WPS 表格, as the engine's doors see it.
 * @example await new WpsHost({ Application: window.Application }).listSheets() //=> { names: ["表2"], active: "表2" }
 */
export class WpsHost implements WorkbookHost {
  private readonly port: EtPort;
  private readonly text: WpsText;

  constructor(port: EtPort, text: WpsText = wpsZhCN) {
    this.port = port;
    this.text = text;
  }

  async listSheets(): Promise<SheetList> {
    return this.call((workbook) => ({ names: visibleSheets(listedSheets(workbook)), active: workbook.ActiveSheet.Name }));
  }

  async readGrid(sheet: string): Promise<Grid> {
    return this.call((workbook) => {
      const grid = readSheetGrid(this.sheet(workbook, sheet));
      const state = readWorkbookState(workbook);
      // The 评估记录 sheet comes with the grid, as the other doors bring it.
      const lower = new Set(RECORD_SHEETS.map((name) => name.toLowerCase()));
      const records = state.sheets.filter((name) => lower.has(name.toLowerCase())).map((name) => readSheetGrid(this.sheet(workbook, name)));
      return { ...grid, names: state.names, properties: state.properties, records };
    });
  }

  async applyPlan(plan: WritePlan): Promise<void> {
    this.call((workbook) => {
      const state = readWorkbookState(workbook);
      const operations = planOperations(plan, state, this.text);
      if (!operations.ok) throw new WpsDoorError(operations.problem);
      this.write(workbook, operations.value, state);
    });
  }

  async clearGenerated(): Promise<void> {
    this.call((workbook) => {
      const state = readWorkbookState(workbook);
      // The 评估记录 stays: it is the history of assessments, not a result to clear.
      this.write(workbook, clearOperations(state, [], [], RECORD_SHEETS), state);
    });
  }

  async readProperty(name: string): Promise<string | null> {
    return this.call((workbook) => joinPropertyParts(propertyItems(workbook), name));
  }

  async writeProperty(name: string, value: string): Promise<void> {
    this.call((workbook) => {
      const state = readWorkbookState(workbook);
      const parts = propertyParts(name, value);
      this.write(workbook, [
        ...staleParts(state.propertyKeys, name, parts.length).map((key): WriteOperation => ({ kind: "deleteProperty", key })),
        ...parts.map((part): WriteOperation => ({ kind: "setProperty", key: part.key, value: part.value })),
      ], state);
    });
  }

  async addPeriodColumn(plan: PeriodColumnPlan): Promise<void> {
    this.call((workbook) => {
      const sheet = this.sheet(workbook, plan.sheet);
      const problem = periodColumnProblem(sheet, plan, this.text);
      if (problem) throw new WpsDoorError(problem);
      quietly(this.port.Application, () => writePeriodColumn(this.port.Application, sheet, plan, this.text));
    });
  }

  /**
   * Carries out operations quietly, refusing sheet changes in a workbook whose structure is
   * protected before anything is written; the saved properties are read back after.
   */
  private write(workbook: EtWorkbook, operations: readonly WriteOperation[], state: WpsWorkbookState): void {
    if (operations.length === 0) return;
    if (state.structureProtected && operations.some((op) => op.kind === "addSheet" || op.kind === "deleteSheet")) {
      throw new WpsDoorError({ code: "wps.structure_protected", message: this.text.structureProtected });
    }
    const application = this.port.Application;
    const active = workbook.ActiveSheet.Name;
    const write = wpsWrite(application, workbook, state.propertyKeys);
    quietly(application, () => {
      try {
        for (const operation of operations) applyOperation(write, operation);
      } finally {
        // Adding a sheet or freezing panes activates a sheet: the user's comes back to the front.
        if (operations.some((op) => op.kind === "addSheet" || op.kind === "freeze")) sheetNamed(workbook, active)?.Activate();
      }
    });
    const lost = propertyLosses(write)[0];
    if (lost) throw new WpsDoorError({ code: "wps.property_cut", message: this.text.propertyCut(lost.key, lost.written, lost.kept) });
  }

  /** A sheet by name, or the door's refusal. */
  private sheet(workbook: EtWorkbook, name: string): EtWorksheet {
    const found = sheetNamed(workbook, name);
    if (!found) throw new WpsDoorError({ code: "wps.sheet_missing", message: this.text.sheetMissing(name) });
    return found;
  }

  /** Runs a call on the open workbook, turning what WPS throws into a door error. */
  private call<T>(work: (workbook: EtWorkbook) => T): T {
    return guardedCall(() => {
      const workbook = this.port.Application.ActiveWorkbook;
      if (!workbook) throw new WpsDoorError({ code: "wps.no_workbook", message: this.text.noWorkbook });
      return work(workbook);
    }, this.text);
  }
}
