/**
 * 预计完成情况: the end-year value projected at the pace since the base, and its shortfall s as a
 * share of |g − b| sorted into bands: reached already → 已实现; s ≤ 0 → 能如期完成;
 * 0 < s ≤ band (default 20%) → 经努力可完成; s > band or moving the wrong way → 完成难度较大;
 * nothing to project from → 无法预计.
 *
 * Choices where DOMAIN.md is silent:
 * - When no time is left (the value is for the target year), a target not satisfied is
 *   完成难度较大: there is no pace left to make up the gap.
 * - A maintain target (g = b) does not trend: the projected value is the latest value and the
 *   shortfall is measured as a share of |g|.
 * - A growth-rate target projects the average rate achieved so far; the shortfall is a share of
 *   the target rate.
 * - A cumulative target projects the total to date at its average yearly pace.
 * - Time is counted in years from the end of the base year (the base value's own year when it is
 *   annotated, `3.7 (2019)`) to the end of the value's period.
 */
import { compoundAnnualRate, finiteOrNull, isWorse } from "./realisation";
import type { Direction, ProjectionCode } from "./types";

/** A projection: the code, and the projected end-year value when one was computed. */
export interface Projection {
  code: ProjectionCode;
  projected: number | null;
}

/** Nothing to project from (a new object each time: callers may keep it). */
function unknown(): Projection {
  return { code: "unknown", projected: null };
}

/**
 * Sorts a shortfall (share of the distance to cover) into a band.
 * @example projectionBand(0.1, 0.2) //=> "with_effort"
 */
export function projectionBand(shortfall: number, effortBand: number): ProjectionCode {
  if (shortfall <= 0) return "on_course";
  return shortfall <= effortBand ? "with_effort" : "difficult";
}

/** What a level or bound projection is computed from. */
export interface LevelProjectionInput {
  base: number;
  target: number;
  value: number;
  direction: Direction;
  /** The target is satisfied now. */
  satisfied: boolean;
  /** Years from the base value to the value; years left from the value to the target year. */
  elapsed: number;
  remaining: number;
  compound: boolean;
  effortBand: number;
}

/**
 * Projects a level toward its target at the pace since the base (linear, or compound when chosen
 * and every value is positive).
 * @example projectLevel({ base: 1516.7, target: 2200, value: 1850.4, direction: "higher", satisfied: false, elapsed: 2, remaining: 3, compound: false, effortBand: 0.2 })
 * //=> { code: "on_course", projected: 2350.95 }
 */
export function projectLevel(input: LevelProjectionInput): Projection {
  const { base, target, value, direction } = input;
  if (input.satisfied) return { code: "reached", projected: value };
  if (input.remaining <= 0) return { code: "difficult", projected: value };
  if (input.elapsed <= 0) return unknown();
  const projected = projectedLevel(input);
  if (projected === null) return unknown();
  if (isWorse(value, base, direction)) return { code: "difficult", projected };
  const distance = Math.abs(target - base);
  if (distance === 0 || !Number.isFinite(distance)) return { code: "difficult", projected };
  const gap = direction === "higher" ? target - projected : projected - target;
  const shortfall = finiteOrNull(gap / distance);
  if (shortfall === null) return { code: gap > 0 ? "difficult" : "on_course", projected };
  return { code: projectionBand(shortfall, input.effortBand), projected };
}

/** The end-year value at the pace since the base; compound when chosen and possible. */
function projectedLevel(input: LevelProjectionInput): number | null {
  const { base, value, elapsed, remaining } = input;
  if (input.compound) {
    const rate = compoundAnnualRate(base, value, elapsed);
    const projected = rate === null ? null : finiteOrNull(value * Math.pow(1 + rate / 100, remaining));
    if (projected !== null) return projected;
  }
  return finiteOrNull(value + ((value - base) / elapsed) * remaining);
}

/**
 * Projects a maintain target (g = b): held → on course (reached at the end); otherwise the gap
 * to the target as a share of |g|.
 * @example projectMaintain({ target: 100, value: 99.5, direction: "higher", remaining: 3, effortBand: 0.2 }) //=> { code: "with_effort", projected: 99.5 }
 */
export function projectMaintain(input: {
  target: number;
  value: number;
  direction: Direction;
  remaining: number;
  effortBand: number;
}): Projection {
  return projectSteady({ ...input, current: input.value });
}

/**
 * Projects a growth-rate target: the average so far is taken to hold to the end.
 * @example projectRate({ achieved: 6.2, target: 7, direction: "higher", remaining: 3, effortBand: 0.2 }) //=> { code: "with_effort", projected: 6.2 }
 */
export function projectRate(input: {
  achieved: number;
  target: number;
  direction: Direction;
  remaining: number;
  effortBand: number;
}): Projection {
  return projectSteady({ ...input, current: input.achieved });
}

/**
 * A figure taken to stay where it is to the end (a maintained level, an average rate): met now is
 * on course (reached when no time is left); otherwise the shortfall is its gap as a share of |g|.
 */
function projectSteady(input: { current: number; target: number; direction: Direction; remaining: number; effortBand: number }): Projection {
  const { current, target, direction, remaining, effortBand } = input;
  const met = !isWorse(current, target, direction);
  if (remaining <= 0) return { code: met ? "reached" : "difficult", projected: current };
  if (met) return { code: "on_course", projected: current };
  const shortfall = target === 0 ? null : finiteOrNull(Math.abs(target - current) / Math.abs(target));
  return { code: shortfall === null ? "difficult" : projectionBand(shortfall, effortBand), projected: current };
}

/**
 * Projects a cumulative target `[c]`: the total to date grows at its average yearly pace.
 * @example projectCumulative({ toDate: 6, total: 20, elapsed: 2, remaining: 3, effortBand: 0.2 }) //=> { code: "difficult", projected: 15 }
 */
export function projectCumulative(input: {
  toDate: number;
  total: number;
  elapsed: number;
  remaining: number;
  effortBand: number;
}): Projection {
  const { toDate, total } = input;
  if (total > 0 && toDate >= total) return { code: "reached", projected: toDate };
  if (input.remaining <= 0) return { code: "difficult", projected: toDate };
  if (input.elapsed <= 0 || total <= 0) return unknown();
  const projected = finiteOrNull(toDate + (toDate / input.elapsed) * input.remaining);
  if (projected === null) return unknown();
  if (toDate < 0) return { code: "difficult", projected };
  const shortfall = finiteOrNull((total - projected) / total);
  return { code: shortfall === null ? "difficult" : projectionBand(shortfall, input.effortBand), projected };
}

/**
 * Projects a target judged met or not (qualitative, relative to GDP growth): met → on course
 * (reached at the end); not met → difficult at the end, otherwise unknown; no judgement → unknown.
 * @example projectJudged(true, 3) //=> { code: "on_course", projected: null }
 */
export function projectJudged(met: boolean | null, remaining: number): Projection {
  if (met === null) return unknown();
  if (remaining <= 0) return { code: met ? "reached" : "difficult", projected: null };
  return { code: met ? "on_course" : "unknown", projected: null };
}
