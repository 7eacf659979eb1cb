/**
 * The engine's vocabulary: every type that crosses a module boundary inside `src/core`, or leaves
 * it for the workbook layer, the doors, the CLI and the task pane.
 *
 * Pure types only. The engine never sees a host type (Office, exceljs): the doors clean host
 * values into {@link CellValue} at the edge.
 */
import type { FormulaPhrase, Note } from "./phrases";
import type { Summary } from "./summary-types";

/** A spreadsheet cell as the engine receives it, after a door has cleaned the host's value. */
export type CellValue = string | number | boolean | null;

/** A half-open range of character offsets `[start, end)` in a cell's raw text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * An expected failure, carried as a value (never thrown). `code` is stable and dotted
 * (`parse.number`, `period.unknown`, `judge.flow_sub_year` …); `message` is Chinese, for users.
 * `cell` is the A1 address of the cell the problem is about, filled in by whoever knows it.
 */
export interface Problem {
  code: string;
  message: string;
  span?: Span;
  cell?: string;
}

/**
 * `{ ok: true, value } | { ok: false, problem }`: the result of anything that may not succeed, the
 * one result shape of the project. The failure is a {@link Problem} unless a caller needs another
 * value (a form's field errors, a reason code the caller words itself).
 */
export type Result<T, E = Problem> = { ok: true; value: T } | { ok: false; problem: E };

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

/** Share of a calendar year an observation covers: a quarter, a half, three quarters, a year. */
export type YearFraction = 0.25 | 0.5 | 0.75 | 1;

/**
 * 报告期: the stretch of a year an observation covers, counted from January.
 * `code` is canonical: `"2022"` (full year), `"2023H1"`, `"2023Q1"` (Jan–Mar), `"2023Q3"` (Jan–Sep).
 */
export interface Period {
  year: number;
  fraction: YearFraction;
  code: string;
}

/** 规划期: base year B (the year before the plan) and target year T (the plan's last year). */
export interface Plan {
  baseYear: number;
  targetYear: number;
}

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

/** `>` `>=` `<` `<=`, from `>10`, `≥92`, `1500 以上`, `3%以内`, `不低于90`, `不高于…`. */
export type Comparator = ">" | ">=" | "<" | "<=";

/** What a cell's text says besides its value: markers and bracketed notes. */
export interface Annotations {
  /** `2200★`: a stretch goal (争取目标). */
  stretch?: boolean;
  /** `3.7 (2019)`: the value is from another year than the column's. */
  year?: number;
  /** `1074.2（265）`: the value on an adjusted statistical caliber (调整口径). */
  adjusted?: number;
  /** Source and caliber notes kept as written: `市测`, `调查失业率`, `城市污水<集中>处理率`. */
  notes?: string[];
  /** A unit written after the value (`1500亿元` → `亿元`, `4.5‰` → `‰`); the value is not rescaled. */
  unit?: string;
  /** `年均增速 8%`, `年均增长7.5%`: the value is an average annual growth rate (a rate target). */
  annualGrowth?: true;
  /** `60.6*`: the `*` marks data of another year (the table's footnote says which). */
  starred?: true;
  /** `>7、力争…`, `8500（力争9000）`: the stretch part, shown as written, not judged. */
  stretchNote?: string;
}

/** Fields every reading of a cell carries. */
interface ReadingBase {
  /** The cell's text exactly as received (numbers rendered with `String`). */
  raw: string;
  annotations: Annotations;
}

/**
 * A cell read by `parseCell`: one tagged union for base, target and observation cells.
 * Numbers keep the scale they were written in: `3.5%` is `{ value: 3.5, percent: true }`.
 */
export type CellReading =
  | (ReadingBase & { kind: "point"; value: number; percent: boolean })
  | (ReadingBase & { kind: "approx"; value: number; percent: boolean })
  | (ReadingBase & { kind: "bound"; op: Comparator; value: number; percent: boolean })
  | (ReadingBase & {
      kind: "cumulative";
      value: number;
      percent: boolean;
      /** `累计下降 21.5%` → `"decrease"`; `[17]` → `undefined` (a plain five-year total). */
      change?: "decrease" | "increase";
    })
  | (ReadingBase & {
      kind: "qualitative";
      /** The text with line breaks and spaces removed: `完成上级下达任务`. */
      text: string;
      /** `完成`, `已完成`, `完成市下达指标` → true; `未完成` → false; `市下达指标` → undefined. */
      met?: boolean;
    })
  | (ReadingBase & {
      kind: "relative";
      /** `与经济增长基本同步` → `"sync"`; `快于经济增长` → `"faster"`. */
      relation: "sync" | "faster";
      /** A reference other than economic growth (`高于全省平均` → `全省平均`), which the table does not hold. */
      reference?: string;
    })
  | (ReadingBase & {
      kind: "change";
      /** `提高1岁`, `提高3个百分点`, `翻一番` → increase; `下降20%`, `下降2个百分点` → decrease. */
      change: "increase" | "decrease";
      /** The change: 1 (岁), 3 (百分点), 20 (%), or the factor for `翻一番` (2), `翻两番` (4). */
      value: number;
      /** `下降20%`: a relative change, a share of the base. */
      percent: boolean;
      /** `翻一番`: `value` multiplies the base. */
      factor?: true;
    })
  | (ReadingBase & {
      kind: "band";
      /** `3-5`, `3～5`, `5到6`: reached while inside [low, high]. */
      low: number;
      high: number;
      percent: boolean;
    })
  | (ReadingBase & {
      /** `保持在合理区间、各年度视情提出`: no number to reach. */
      kind: "open";
      text: string;
    })
  | (ReadingBase & {
      kind: "directional";
      /** `持续下降` → decrease; `逐步提高`, `稳步提升` → increase; `零增长`, `只减不增` → not above the base. */
      way: "decrease" | "increase" | "noIncrease";
    })
  | (ReadingBase & {
      kind: "missing";
      /** Empty cell, a missing marker (`-`, `——`, `暂无` …) or an Excel error (`#N/A`). */
      reason: "empty" | "marker" | "error";
    });

export type CellKind = CellReading["kind"];

/** `parseCell`'s answer: a reading, or a problem (`parse.*`) with the span it concerns. */
export type ParsedCell = Result<CellReading>;

/**
 * `analyseCell`'s answer: everything learnt from a cell — the reading as far as it got (null when
 * no value was found) and every problem met on the way, in the order met (none for a clean cell).
 */
export interface CellAnalysis {
  reading: CellReading | null;
  problems: Problem[];
}

/** A cleaned indicator name: `人均生产总值（常住）（万元）` → name 人均生产总值, unit 万元, qualifiers [常住]. */
export interface IndicatorName {
  raw: string;
  name: string;
  unit?: string;
  qualifiers: string[];
  /** Trailing footnote digits removed from the printed name (`旅游业总收入（亿元）4` → 4). */
  footnote?: string;
}

// ---------------------------------------------------------------------------------------------
// Indicators in
// ---------------------------------------------------------------------------------------------

/** A cell as taken from the sheet: its cleaned value and, when known, its A1 address. */
export interface SourceCell {
  raw: CellValue;
  /** A1 address on the table's sheet (`"D7"`), so problems can name the cell. */
  ref?: string;
}

/** One observation column's cell for an indicator. */
export interface Observation {
  period: Period;
  cell: SourceCell;
}

/**
 * One row of the indicator table, as the workbook layer hands it to the engine.
 * Only `name`, `base`, `target` and `observations` are required; the rest come from optional columns.
 */
export interface IndicatorInput {
  /** The indicator's sheet row, 1-based as the sheet numbers it (7 for row 7); unique in the table. */
  row: number;
  /** 类别/领域, already filled down across merged category cells. */
  category?: string;
  /** The name as written in the sheet, units and footnote digits included. */
  name: string;
  /** A separate unit column's value; wins over a unit inside the name. */
  unit?: string;
  /** 指标属性 as written: `预期性`, `约束性`. */
  attribute?: SourceCell;
  /** 基期值. */
  base: SourceCell;
  /** 目标值 for the target year. */
  target: SourceCell;
  /** 目标年均增长 column (`“十三五”目标 年均增长`): a growth-rate target beside the level target. */
  targetGrowth?: SourceCell;
  /** 实绩年均增长 column: the achieved average annual rate, as published. */
  actualGrowth?: Observation;
  /** Observations in any order; the engine sorts by period. */
  observations: Observation[];
  /** 方向 column: `正向`/`逆向` (also `越大越好`, `越小越好`). */
  directionOverride?: SourceCell;
  /** 统计类型 column: `时期`/`时点`. */
  natureOverride?: SourceCell;
  /**
   * 统计口径 column: `累计` (values are totals to date), `当年` (each year's own increment) or `水平`
   * (levels); it overrides the guess for cumulative and change targets.
   */
  calibreOverride?: SourceCell;
  /** A published 完成情况 column, kept only to compare with (never an input to the rules). */
  published?: SourceCell;
}

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

/** 评价结果 codes. Stable; their labels are settings. */
export type StatusCode = "ahead" | "on_track" | "behind" | "no_data";

/** 终期评估 labels, used when the time progress of the judgement is 100%. */
export type EndOfPlanCode = "complete" | "basically_complete" | "incomplete";

/** 预计完成情况 codes. */
export type ProjectionCode = "reached" | "on_course" | "with_effort" | "difficult" | "unknown";

/** Every user-visible label of a code, renameable (某些地区写作 快于预期 / 基本符合预期 / 滞后). */
export type StatusLabels = Record<StatusCode | EndOfPlanCode | ProjectionCode, string>;

/** The rules' knobs. Defaults match DOMAIN.md; validated and serialisable (saved in the workbook). */
export interface Settings {
  /** r ≥ t − tolerance counts as on track. Default 0. */
  tolerance: number;
  /** At the end year, r ≥ this is 基本完成. Default 0.95. */
  basicallyCompleteThreshold: number;
  /** Projection shortfall share of |g − b| up to which the target is 经努力可完成. Default 0.2. */
  projectionEffortBand: number;
  /** Path from base to target for level indicators: linear, or compound (ln v/b ÷ ln g/b). */
  path: "linear" | "compound";
  /** Relative-to-GDP targets are met when rate ≥ GDP rate − this many percentage points. Default 0.5. */
  relativeTolerancePp: number;
  /** Clip each realisation to [0, 1] before averaging. Default true. */
  capAverage: boolean;
  /** Labels for every status, end-of-plan and projection code. */
  labels: StatusLabels;
}

// ---------------------------------------------------------------------------------------------
// Judgements out
// ---------------------------------------------------------------------------------------------

/** 正向 (higher is better) or 逆向 (lower is better). */
export type Direction = "higher" | "lower";

/** How the direction was decided, in DOMAIN.md's order. */
export type DirectionSource = "column" | "comparator" | "name" | "default";

/**
 * Why a direction was decided, as a code with its data (`src/i18n/judge.ts` words it): the
 * column's text, the target's comparator, the word of the name rule, or the default; with the
 * floor (or ceiling) a target looser than the base sets.
 */
export type DirectionReason = (
  | { code: "column"; text: string }
  | { code: "comparator"; target: string }
  | { code: "reduction" | "lowerWord" | "emission"; word: string }
  | { code: "ranking" | "intensity"; word: string; unit: string }
  | { code: "default" }
) & { direction: Direction; floor?: { target: number; base: number } };

/** Why a nature (时期/时点) was decided, as a code with its data (`src/i18n/judge.ts` words it). */
export type NatureReason =
  | { code: "column"; text: string }
  | { code: "shareUnit" | "intensityUnit" | "moneyUnit"; unit: string }
  | { code: "balance" | "ratioWord" | "flowWord"; word: string }
  | { code: "default" };

/** 时期指标 (flow, accumulates within a year) or 时点/比率 (stock or ratio). */
export type Nature = "flow" | "stock";

/** How the indicator is assessed. */
export type IndicatorKind =
  | "level"
  | "bound"
  | "maintain"
  | "rate"
  | "cumulative"
  | "qualitative"
  | "relative"
  | "change"
  | "band"
  | "open"
  | "directional";

/** Marks on a judgement that the note explains. */
export type JudgementFlag =
  | "regressing" // v worse than base
  | "older_data" // judged on a period before the evaluation period
  | "sub_year_flow" // a sub-year flow value exists and was not compared with the annual target
  | "approximate_target" // 左右 / 约
  | "stretch_target" // ★
  | "adjusted_caliber" // assessed on the adjusted pair
  | "other_year_value" // a value annotated with another year, e.g. 3.7 (2019)
  | "base_is_bound" // base known only as a bound
  | "floor_target" // target looser than the base: a floor/ceiling to hold
  | "compound_path"; // realisation on the compound path

/** 评价: what the engine concludes about one indicator, with everything needed to explain it. */
export interface Judgement {
  /** The indicator's sheet row (`IndicatorInput.row`). */
  row: number;
  category?: string;
  /** As written in the sheet. */
  name: string;
  /** Cleaned name, unit and qualifiers. */
  label: IndicatorName;
  unit?: string;
  /** 约束性 or 预期性, when the attribute cell says so. */
  attribute?: "binding" | "anticipatory";
  direction: Direction;
  directionSource: DirectionSource;
  /** Why the direction (`src/i18n` words it: `名称含“浓度”，越低越好`). */
  directionReason: DirectionReason;
  nature: Nature;
  kind: IndicatorKind;
  base: CellReading | null;
  target: CellReading | null;
  /** The value the judgement rests on (after fallback, caliber choice …), or null. */
  value: number | null;
  /** The period of that value; null when none. */
  valuePeriod: Period | null;
  /** 实现度, unclipped; null when not assessable. */
  realisation: number | null;
  /** 时序进度 of `valuePeriod` (not necessarily of the evaluation period). */
  timeProgress: number | null;
  status: StatusCode;
  /** Set when `timeProgress` is 1: 完成 / 基本完成 / 未完成 (null for no_data). */
  endOfPlan: EndOfPlanCode | null;
  flags: JudgementFlag[];
  projection: ProjectionCode;
  /** Projected end-year value, when one was computed. */
  projectedValue: number | null;
  /** The formula applied, as phrases with their numbers (`src/i18n/notes.ts` words it: `(v − b) ÷ (g − b)`). */
  formula: FormulaPhrase[];
  /** The note, as phrases with their data (`src/i18n/notes.ts` words it: `2022年值1850.4，实现度48.8%，时序进度40%`). */
  note: Note;
  /** Every cell the engine could not read, each naming its cell. */
  problems: Problem[];
}

// The summary's types are in `summary-types.ts`.
export type * from "./summary-types";
export type * from "./phrases";

/** What `assess` is given. */
export interface AssessmentInput {
  plan: Plan;
  /** 评估期; default: the latest period holding any usable observation. */
  period?: Period;
  indicators: IndicatorInput[];
  settings?: Partial<Settings>;
}

/** What `assess` returns. */
export interface Assessment {
  plan: Plan;
  period: Period | null;
  timeProgress: number;
  settings: Settings;
  judgements: Judgement[];
  summary: Summary;
}
