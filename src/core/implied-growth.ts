/**
 * 目标隐含增速: a 年均/累计 (目标年均增长) figure beside a target-year value. The year value is the
 * target; the growth figure is the average annual growth the target implies, kept in the note and
 * not judged. It is a problem only when it contradicts the target: more than half a percentage
 * point away from the growth from base to target, ((g ÷ b)^(1/(T − base year)) − 1) × 100.
 *
 * Choices where the specification is silent: the check needs a positive base and target level (a
 * level, bound, maintain or change target) and a row whose name does not state a growth rate (a
 * rate row's year value is itself a rate); otherwise the figure is only shown. The tolerance is 0.5 percentage points, the one relative targets use by default.
 */
import { isNumeric } from "./cell/kinds";
import type { Classification } from "./kinds/classification";
import { isGrowthRateName } from "./kinds/classification";
import type { ReasonPhrase } from "./phrases";
import type { CellReading, IndicatorKind, Plan } from "./types";

/** How far (in percentage points) a stated growth may be from the target's own before it contradicts it. */
export const IMPLIED_GROWTH_TOLERANCE_PP = 0.5;

/** Kinds whose numbers are a base level and a target level. */
const LEVEL_KINDS: ReadonlySet<IndicatorKind> = new Set<IndicatorKind>(["level", "bound", "maintain", "change"]);

/** What a row tells of its target's implied growth. */
export interface ImpliedGrowth {
  /** The note's clause. */
  reason: ReasonPhrase;
  /** The growth from base to target, when it can be computed, and whether the stated figure contradicts it. */
  computed: number | null;
  contradicts: boolean;
}

/**
 * The stated growth beside a target-year value, read as the target's implied growth; null when the
 * row has no such pair (no numeric growth cell, or the growth figure is itself the target).
 * @example impliedGrowth({ growth: parseCell("7%").value, compactName: "地区生产总值", classification: { kind: "level", base: 1516.7, target: 2200, baseYear: 2020 }, plan: { baseYear: 2020, targetYear: 2025 } }).contradicts //=> true
 */
export function impliedGrowth(row: {
  growth: CellReading | null;
  compactName: string;
  classification: Pick<Classification, "kind" | "base" | "target" | "baseYear" | "rateSource">;
  plan: Plan;
}): ImpliedGrowth | null {
  const { growth, classification: c } = row;
  // A rate judged on the growth figure itself (no year target beside it) leaves nothing to show.
  if (!isNumeric(growth) || (c.kind === "rate" && c.rateSource === "levels")) return null;
  const text = growth.raw.replace(/\s+/gu, "");
  const computed = growthFromBaseToTarget(c, row.plan, row.compactName);
  if (computed === null) return { reason: { code: "impliedGrowthShown", text }, computed: null, contradicts: false };
  const contradicts = Math.abs(computed - growth.value) > IMPLIED_GROWTH_TOLERANCE_PP;
  return { reason: { code: "impliedGrowth", text, rate: growth.value, computed }, computed, contradicts };
}

/** ((g ÷ b)^(1/years) − 1) × 100, or null where it means nothing (no positive pair, a rate row, no years). */
function growthFromBaseToTarget(c: Pick<Classification, "kind" | "base" | "target" | "baseYear">, plan: Plan, compactName: string): number | null {
  const years = plan.targetYear - c.baseYear;
  if (!LEVEL_KINDS.has(c.kind)) return null;
  if (c.base === null || c.target === null || c.base <= 0 || c.target <= 0 || years <= 0) return null;
  if (isGrowthRateName(compactName)) return null;
  const rate = (Math.pow(c.target / c.base, 1 / years) - 1) * 100;
  return Number.isFinite(rate) ? rate : null;
}
