/**
 * Memos for one assessment: what depends only on a period or on a name and unit is worked out
 * once per distinct period or name, not once per row. A memo lives as long as the call that made
 * it (`assess` makes one per table); nothing is kept between calls.
 */
import { directionFromName, type DirectionDecision } from "../direction";
import { natureFromName, type NatureDecision } from "../nature";
import { formatPeriod } from "../period";
import type { Period } from "../types";

/** Memoised helpers of the rules. */
export interface JudgeMemo {
  /** `formatPeriod`, by period code. */
  periodName(period: Period): string;
  /** `directionFromName`, by compact name and unit. */
  nameDirection(compactName: string, unit: string): DirectionDecision;
  /** `natureFromName`, by compact name and unit. */
  nameNature(compactName: string, unit: string): NatureDecision;
}

/**
 * A fresh memo.
 * @example createJudgeMemo().periodName(periodOf(2023, 0.5)) //=> "2023年上半年"
 */
export function createJudgeMemo(): JudgeMemo {
  const periods = new Map<string, string>();
  const directions = new Map<string, Map<string, DirectionDecision>>();
  const natures = new Map<string, Map<string, NatureDecision>>();
  return {
    periodName: (period) => periods.get(period.code) ?? kept(periods, period.code, formatPeriod(period)),
    nameDirection: (name, unit) => {
      const memo = byUnit(directions, unit);
      return memo.get(name) ?? kept(memo, name, directionFromName(name, unit));
    },
    nameNature: (name, unit) => {
      const memo = byUnit(natures, unit);
      return memo.get(name) ?? kept(memo, name, natureFromName(name, unit));
    },
  };
}

/** The memo of one unit (keys are never concatenated: no string is built per lookup). */
function byUnit<T>(memo: Map<string, Map<string, T>>, unit: string): Map<string, T> {
  return memo.get(unit) ?? kept(memo, unit, new Map<string, T>());
}

/** Keeps a value computed on a miss, and answers it (no closure is made per lookup). */
function kept<T>(memo: Map<string, T>, key: string, value: T): T {
  memo.set(key, value);
  return value;
}
