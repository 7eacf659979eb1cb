/**
 * The exceljs door: {@link WorkbookHost} over an `ExcelJS.Workbook` in memory, for the command
 * line. It reads grids with `gridFromWorksheet` and applies a write plan through the same operation
 * list as the Office.js door (`src/workbook/write/operations.ts`), so both doors clear the same markers and
 * write the same cells, formats, rules and names. The host records every operation it carries out
 * ({@link XlsxHost.operations}): the command line's copy is the input package with those operations
 * carried out in it (`patch/copy.ts`), and a record-only host does nothing else (exceljs only reads).
 * Saved properties live on a very hidden sheet (`PlanAssess_Properties`) in the workbook in memory;
 * the command line also reads and writes them in the file's custom properties (`custom-properties.ts`).
 * Reading and writing the file itself is the caller's (the command line's) business.
 */
import type ExcelJS from "exceljs";
import { parseSheetReference } from "../workbook/write/references";
import { clearOperations, planOperations, type WorkbookState, type WriteOperation } from "../workbook/write/operations";
import { joinPropertyParts, propertyParts, staleParts } from "../workbook/write/properties";
import { xlsxZhCN, type XlsxText } from "../i18n/xlsx";
import { RECORD_SHEETS } from "../i18n/record";
import type { PeriodColumnPlan, SheetList, WorkbookHost } from "../workbook/host";
import type { Grid, WritePlan } from "../workbook/types";
import { applyOperation, writeSession } from "./apply";
import { XlsxDoorError } from "./errors";
import { gridFromWorksheet } from "./grid";
import { largeMergesOf } from "./large-merges";
import { writePeriodColumn, periodColumnProblem } from "./period-column";
import { PROPERTY_SHEET, propertySheet, savedProperties } from "./properties";

/**
 * What the door needs to know before writing: sheets, defined names and their targets, saved keys.
 * @example workbookState(workbook) //=> { sheets: ["表2"], names: [], propertyKeys: [] }
 */
export function workbookState(workbook: ExcelJS.Workbook): WorkbookState {
  return {
    sheets: workbook.worksheets.map((sheet) => sheet.name),
    names: workbook.definedNames.model.map((named) => ({
      name: named.name,
      target: named.ranges.length === 1 ? parseSheetReference(named.ranges[0] ?? "") : null,
    })),
    propertyKeys: savedProperties(workbook).map((saved) => saved.key),
  };
}

/**
 * An .xlsx workbook held by exceljs, as the engine's doors see it.
 * @example await new XlsxHost(workbook).listSheets() //=> { names: ["表2"], active: "表2" }
 */
export class XlsxHost implements WorkbookHost {
  readonly workbook: ExcelJS.Workbook;
  private readonly text: XlsxText;
  /** Every operation carried out, in order: what the command line's copy replays on the input package. */
  private readonly applied: WriteOperation[] = [];
  /** Whether a saved property was written or removed. */
  private propertiesTouched = false;

  /**
   * `recordOnly`: the operations are recorded for the copy (`patch/copy.ts`) and not carried out
   * on the workbook in memory, which the command line only reads — a host for one write, read
   * before it.
   */
  constructor(workbook: ExcelJS.Workbook, text: XlsxText = xlsxZhCN, options: { recordOnly?: boolean; saved?: readonly { key: string; value: string }[] } = {}) {
    this.workbook = workbook;
    this.text = text;
    this.recordOnly = options.recordOnly ?? false;
    // The properties the file keeps in its custom properties (Excel's and WPS's place, where the
    // command line writes them too) come before those on the property sheet, which only the
    // command line writes: after a run in Excel the sheet holds an older run's.
    this.recorded = options.saved && options.saved.length > 0 && this.recordOnly ? options.saved.map((property) => ({ ...property })) : null;
  }

  private readonly recordOnly: boolean;
  /** The saved properties as the recorded operations leave them (a record-only host's). */
  private recorded: { key: string; value: string }[] | null;

  async listSheets(): Promise<SheetList> {
    const visible = this.workbook.worksheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name);
    return { names: visible, active: this.activeSheet() ?? visible[0] ?? "" };
  }

  async readGrid(sheet: string): Promise<Grid> {
    // The defined names come with the grid: the add-in's block is where its name points now; and
    // the 评估记录 sheet, whose entries a run keeps.
    const worksheet = this.sheet(sheet);
    const setAside = largeMergesOf(this.workbook).get(worksheet.name) ?? [];
    const lower = new Set(RECORD_SHEETS.map((name) => name.toLowerCase()));
    const records = this.workbook.worksheets.filter((found) => lower.has(found.name.toLowerCase())).map((found) => gridFromWorksheet(found));
    return { ...gridFromWorksheet(worksheet, setAside), names: workbookState(this.workbook).names, records };
  }

  async applyPlan(plan: WritePlan): Promise<void> {
    const operations = planOperations(plan, this.stateForWrite(), this.text);
    if (!operations.ok) throw new XlsxDoorError(operations.problem);
    // The property sheet comes before the generated sheets, so a re-run keeps the sheet order
    // (the copy's writer places it so for a record-only host).
    if (Object.keys(plan.properties).length > 0 && !this.recordOnly) propertySheet(this.workbook);
    this.apply(operations.value);
  }

  async clearGenerated(): Promise<void> {
    // The 评估记录 stays: it is the history of assessments, not a result to clear.
    this.apply(clearOperations(this.stateForWrite(), [], [], RECORD_SHEETS));
  }

  async readProperty(name: string): Promise<string | null> {
    return joinPropertyParts(this.savedNow(), name);
  }

  async writeProperty(name: string, value: string): Promise<void> {
    const parts = propertyParts(name, value);
    const keys = this.savedNow().map((saved) => saved.key);
    this.apply([
      ...staleParts(keys, name, parts.length).map((key): WriteOperation => ({ kind: "deleteProperty", key })),
      ...parts.map((part): WriteOperation => ({ kind: "setProperty", key: part.key, value: part.value })),
    ]);
  }

  async addPeriodColumn(plan: PeriodColumnPlan): Promise<void> {
    const sheet = this.sheet(plan.sheet);
    const taken = periodColumnProblem(sheet, plan, this.text);
    if (taken) throw new XlsxDoorError(taken);
    writePeriodColumn(sheet, plan, this.text);
  }

  /**
   * The operations carried out so far, in order (see `patch/copy.ts`).
   * @example new XlsxHost(workbook).operations() //=> [] (before a plan is applied)
   */
  operations(): readonly WriteOperation[] {
    return this.applied;
  }

  /**
   * The saved properties as they are now, when the run wrote or removed one; null when it did not.
   * @example host.propertiesToSave() //=> [{ key: "PlanAssess.runStamp", value: "2023H1" }]
   */
  propertiesToSave(): { key: string; value: string }[] | null {
    if (!this.propertiesTouched) return null;
    return this.recordOnly ? (this.recorded ?? []) : savedProperties(this.workbook);
  }

  /** The saved properties as the operations so far leave them. */
  private savedNow(): { key: string; value: string }[] {
    return this.recordOnly ? (this.recorded ?? savedProperties(this.workbook)) : savedProperties(this.workbook);
  }

  /**
   * What a write is planned against. A record-only host's workbook does not change, so it plans
   * one write of sheets and names (a second would be planned against what the first replaced).
   */
  private stateForWrite(): WorkbookState {
    if (this.recordOnly && this.applied.some((operation) => operation.kind !== "setProperty" && operation.kind !== "deleteProperty")) {
      throw new Error("A record-only host writes one plan");
    }
    return { ...workbookState(this.workbook), propertyKeys: this.savedNow().map((saved) => saved.key) };
  }

  /** A recorded property operation applied to the recorded properties (as `properties.ts` applies it to the sheet). */
  private record(operation: WriteOperation): void {
    if (operation.kind !== "setProperty" && operation.kind !== "deleteProperty") return;
    const saved = (this.recorded ??= savedProperties(this.workbook));
    const lower = operation.key.toLowerCase();
    const at = saved.findIndex((property) => property.key.toLowerCase() === lower);
    if (operation.kind === "deleteProperty") {
      if (at >= 0) saved.splice(at, 1);
    } else if (at >= 0) saved[at] = { key: operation.key, value: operation.value };
    else saved.push({ key: operation.key, value: operation.value });
  }

  /** Applies operations in order, keeping the sheet the user had open as the active one. */
  private apply(operations: readonly WriteOperation[]): void {
    const active = this.activeSheet();
    const session = writeSession();
    for (const operation of operations) {
      this.applied.push(operation);
      if (operation.kind === "setProperty" || operation.kind === "deleteProperty") this.propertiesTouched = true;
      if (this.recordOnly) {
        this.record(operation);
        continue;
      }
      applyOperation(this.workbook, operation, session);
    }
    const index = this.workbook.worksheets.findIndex((sheet) => sheet.name === active);
    const views = this.workbook.views ?? [];
    if (index >= 0 && views.length > 0) {
      this.workbook.views = views.map((view, i) => (i === 0 ? { ...view, activeTab: index } : view));
    }
  }

  /** The name of the active sheet, when the workbook says. */
  private activeSheet(): string | undefined {
    const index = (this.workbook.views ?? [])[0]?.activeTab ?? 0;
    const sheet = this.workbook.worksheets[index];
    return sheet && sheet.name !== PROPERTY_SHEET ? sheet.name : undefined;
  }

  /** A sheet by name (case-insensitive, as Excel compares them), or the door's refusal. */
  private sheet(name: string): ExcelJS.Worksheet {
    const lower = name.toLowerCase();
    const found = this.workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === lower);
    if (found) return found;
    const names = this.workbook.worksheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name);
    throw new XlsxDoorError({ code: "xlsx.sheet_missing", message: this.text.sheetMissing(name, names) });
  }
}
