/**
 * What the document's worked examples are built from: indicator rows written as a monitoring sheet
 * has them (name, base, target, observations by period code), judged through the engine's public
 * API (`src/core/index.ts`) only, and the shape of one worked example.
 */
import { defaultSettings, formatPercent, judgeIndicator, periodOf } from "../../src/core/index";
import type {
  CellValue,
  EndOfPlanCode,
  IndicatorInput,
  Judgement,
  Period,
  Plan,
  ProjectionCode,
  Settings,
  StatusCode,
  YearFraction,
} from "../../src/core/index";

/** One worked example of docs/rules.md: the figures it prints, what the engine gives, where it prints them. */
export interface DocExample {
  /** What the example shows, as the document's section says it. */
  example: string;
  /** The figures as the document prints them. */
  printed: readonly string[];
  /** The same figures from the engine, written as the engine writes them. */
  engine: () => readonly string[];
  /** The passage of docs/rules.md that prints every figure (an exact excerpt, line breaks included). */
  passage: string;
}

/** “十三五”: 2016–2020, base year 2015. */
export const plan13: Plan = { baseYear: 2015, targetYear: 2020 };
/** “十四五”: 2021–2025, base year 2020. */
export const plan14: Plan = { baseYear: 2020, targetYear: 2025 };
/** “十五五”: 2026–2030, base year 2025. */
export const plan15: Plan = { baseYear: 2025, targetYear: 2030 };

const FRACTIONS: Readonly<Record<string, YearFraction>> = { Q1: 0.25, H1: 0.5, Q3: 0.75 };

/**
 * A period from its code.
 * @example period("2023H1") //=> { year: 2023, fraction: 0.5, code: "2023H1" }
 */
export function period(code: string): Period {
  const fraction = code.length > 4 ? FRACTIONS[code.slice(4)] : 1;
  if (fraction === undefined) throw new Error(`Bad period code ${code}`);
  return periodOf(Number(code.slice(0, 4)), fraction);
}

/**
 * A row of the sheet; its observation cells get the addresses F, G, H … of row 7 in time order.
 * @example row("森林覆盖率（%）", 52.6, "53 左右", { "2022": 52.8 }).observations[0]?.cell.ref //=> "F7"
 */
export function row(
  name: string,
  base: CellValue,
  target: CellValue,
  observations: Record<string, CellValue> = {},
  extras: Partial<Omit<IndicatorInput, "name" | "base" | "target" | "observations">> = {},
): IndicatorInput {
  const inTime = (a: string, b: string) => period(a).year - period(b).year || period(a).fraction - period(b).fraction;
  const codes = Object.keys(observations).sort(inTime);
  return {
    id: "r7",
    name,
    base: { raw: base, ref: "D7" },
    target: { raw: target, ref: "E7" },
    observations: codes.map((code, index) => ({
      period: period(code),
      cell: { raw: observations[code] ?? null, ref: `${String.fromCharCode(70 + index)}7` },
    })),
    ...extras,
  };
}

/**
 * Judges a row at an evaluation period (a period code), for a plan (default “十四五”).
 * @example judgeAt(row("人才资源总量（万人）", 27, 33, { "2022": 30 }), "2022").status //=> "on_track"
 */
export function judgeAt(
  input: IndicatorInput,
  at: string,
  options: { plan?: Plan; settings?: Partial<Settings> } = {},
): Judgement {
  return judgeIndicator(input, {
    plan: options.plan ?? plan14,
    period: period(at),
    settings: { ...defaultSettings, ...options.settings },
  });
}

/**
 * The default label of a status, end-of-plan or projection code.
 * @example label("on_track") //=> "达到进度要求"
 */
export function label(code: StatusCode | EndOfPlanCode | ProjectionCode | null): string {
  return code === null ? "—" : defaultSettings.labels[code];
}

/**
 * A realisation as the document prints it (`48.8%`), or `—` when there is none.
 * @example share(0.4883) //=> "48.8%"
 */
export function share(value: number | null): string {
  return value === null ? "—" : formatPercent(value);
}
