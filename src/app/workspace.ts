/**
 * What the pane asks of the workbook, in the pane's terms: detect the table on a sheet, assess it,
 * add a period column, clear the results, save and load the pane's choices, select a cell. The
 * implementation (`session.ts`) goes through `WorkbookHost` and the shared use-cases; the
 * pane's controller (`src/taskpane/app.ts`) depends only on this interface, so it can be driven by a fake in tests.
 */
import type { Comparison } from "../workbook/record";
import type { Assessment, IndicatorInput, Period, Problem, Result } from "../core/types";
import type { SheetList } from "../workbook/host";
import type { CellRange, Grid, TableMapping } from "../workbook/types";
import type { PaneChoices, RoleCorrection } from "./choices";

export type { PaneChoices, RoleCorrection } from "./choices";

/** The table found on a sheet, read and ready to assess. */
export interface Detection {
  sheet: string;
  grid: Grid;
  /** With the user's saved column corrections applied. */
  mapping: TableMapping;
  inputs: IndicatorInput[];
  /** Problems of finding and reading the table (each naming its cell when it can). */
  problems: Problem[];
  /** Where the add-in's status block sits on this sheet, if an earlier run wrote one. */
  generatedArea: CellRange | null;
  /** Cells of that block the user has changed or typed since (A1), when any: the block is not cleared over them. */
  editedCells?: string[];
}

/** Steps of a run, for the progress bar. */
export type RunStep = "reading" | "assessing" | "writing" | "saving";

/** How far a run is: its step and the share done (0–1). */
export interface RunProgress {
  step: RunStep;
  share: number;
}

/** What an assessment gives the pane. */
export interface AssessOutcome {
  assessment: Assessment;
  inputs: IndicatorInput[];
  problems: Problem[];
  /** This run against the latest earlier period of the 评估记录 (较上期), when the run made one. */
  comparison?: Comparison;
}

/** Where the new period column went. */
export interface AddedPeriod {
  header: string;
  column: number;
  period: Period;
  /** The add-in's earlier results stood in that column and were cleared first. */
  clearedFirst: boolean;
}

/** The workbook, as the pane uses it. Failures of Excel reject; expected failures are values. */
export interface Workspace {
  sheets(): Promise<SheetList>;
  loadChoices(): Promise<PaneChoices>;
  saveChoices(choices: PaneChoices): Promise<void>;
  detect(sheet: string, corrections: readonly RoleCorrection[], area?: CellRange): Promise<Result<Detection>>;
  assess(detection: Detection, choices: PaneChoices, onProgress: (progress: RunProgress) => void): Promise<Result<AssessOutcome>>;
  addPeriod(detection: Detection): Promise<Result<AddedPeriod>>;
  /** 清除评估结果, or the problem that stopped it (cells of the add-in's block the user changed). */
  clear(): Promise<Result<void>>;
  select(sheet: string, ref: string): Promise<void>;
  selection(): Promise<{ sheet: string; range: CellRange } | null>;
}
