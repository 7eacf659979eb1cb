/**
 * 较上期: how each indicator changed since the latest earlier assessment kept in the record, and how
 * many got better, stayed the same or got worse.
 *
 * Choices where DOMAIN.md ("Monitoring over time") is silent:
 * - The comparison is with one period: the latest in the record that is earlier than this one
 *   (the last half year's assessment, as a bureau says 较上期). A later period in the record (a run
 *   for an earlier period after a later one) is never compared with.
 * - Better or worse goes by status first, along 滞后 (behind) < 达到进度要求 (on track) < 提前
 *   (ahead); with the same status, by realisation as shown (to 0.1 percentage point): higher is
 *   better. Same status and same realisation as shown (or neither has one) is 持平.
 * - 新增: the indicator is assessed now but was not then (no entry for it in that period, or its
 *   entry then was 数据暂缺).
 * - An indicator not assessed now (数据暂缺) has no change and is not counted.
 */
import { comparePeriods } from "./period";
import type { Period, StatusCode } from "./types";

/** An indicator's entry in the record for one period. */
export interface PreviousEntry {
  /** The period's code (`2021`, `2023H1`). */
  period: string;
  status: StatusCode;
  /** 实现度, unclipped, as recorded; null when there was none. */
  realisation: number | null;
}

/** 好转 / 持平 / 退步 / 新增. */
export type ChangeCode = "better" | "same" | "worse" | "new";

/** How many indicators took each change. */
export type ChangeCounts = Record<ChangeCode, number>;

/** Rank of an assessed status: higher is better. */
const STATUS_RANK: Record<Exclude<StatusCode, "no_data">, number> = { behind: 0, on_track: 1, ahead: 2 };

/** Realisations are compared as shown: to 0.1 percentage point (three decimals of a share). */
const SHOWN_DECIMALS = 3;

/**
 * An indicator's change since its previous entry, or null when it is not assessed now.
 * @example changeSince({ status: "ahead", realisation: 0.9 }, { period: "2021", status: "on_track", realisation: 0.5 }) //=> "better"
 * @example changeSince({ status: "on_track", realisation: 0.5004 }, { period: "2021", status: "on_track", realisation: 0.5 }) //=> "same"
 * @example changeSince({ status: "on_track", realisation: 0.45 }, { period: "2021", status: "on_track", realisation: 0.5 }) //=> "worse"
 * @example changeSince({ status: "behind", realisation: 0.2 }, null) //=> "new"
 * @example changeSince({ status: "no_data", realisation: null }, { period: "2021", status: "ahead", realisation: 1 }) //=> null
 */
export function changeSince(
  current: { status: StatusCode; realisation: number | null },
  previous: PreviousEntry | null,
): ChangeCode | null {
  if (current.status === "no_data") return null;
  if (!previous || previous.status === "no_data") return "new";
  const byStatus = STATUS_RANK[current.status] - STATUS_RANK[previous.status];
  if (byStatus !== 0) return byStatus > 0 ? "better" : "worse";
  const now = shown(current.realisation);
  const then = shown(previous.realisation);
  if (now === null || then === null || now === then) return "same";
  return now > then ? "better" : "worse";
}

/** A realisation rounded as shown, or null when there is none. */
function shown(realisation: number | null): number | null {
  if (realisation === null || !Number.isFinite(realisation)) return null;
  return Math.round(realisation * 10 ** SHOWN_DECIMALS);
}

/**
 * The counts of a list of changes (indicators without one are not counted).
 * @example countChanges(["better", "same", "better", null, "new"]) //=> { better: 2, same: 1, worse: 0, new: 1 }
 */
export function countChanges(changes: readonly (ChangeCode | null)[]): ChangeCounts {
  const counts: ChangeCounts = { better: 0, same: 0, worse: 0, new: 0 };
  for (const change of changes) if (change !== null) counts[change] += 1;
  return counts;
}

/**
 * The latest of some periods that is earlier than the given one (`2022` comes after `2022H1`), or
 * null when none is earlier.
 * @example latestEarlier([periodOf(2021, 1), periodOf(2022, 0.5), periodOf(2023, 1)], periodOf(2022, 1))?.code //=> "2022H1"
 * @example latestEarlier([periodOf(2022, 1)], periodOf(2022, 1)) //=> null
 */
export function latestEarlier(periods: readonly Period[], period: Period): Period | null {
  let latest: Period | null = null;
  for (const candidate of periods) {
    if (comparePeriods(candidate, period) >= 0) continue;
    if (latest === null || comparePeriods(candidate, latest) > 0) latest = candidate;
  }
  return latest;
}
