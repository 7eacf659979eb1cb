/**
 * What the document's worked examples are built from: indicator rows written as a monitoring sheet
 * has them (name, base, target, observations by period code; the rows of the engine's own
 * specification, `tests/core/rows.ts`), judged through the engine's public API
 * (`src/core/index.ts`) only, and the shape of one worked example.
 */
import { defaultSettings, formatPercent, judgeIndicator } from "../../src/core/index";
import { period } from "../core/rows";
import type {
  EndOfPlanCode,
  IndicatorInput,
  Judgement,
  Plan,
  ProjectionCode,
  Settings,
  StatusCode,
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

export { period, row } from "../core/rows";

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
