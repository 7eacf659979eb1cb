/**
 * The event Excel hands a function command (`Office.AddinCommands.Event`), as strict as Office: its
 * `completed()` "must be called at the end of a function which was invoked by … a function command
 * button" (https://learn.microsoft.com/javascript/api/office/office.addincommands.event), and the
 * runtime is closed five minutes after the press whether or not it was: "the add-in times out
 * after 5 minutes if it hasn't completed by then"
 * (https://learn.microsoft.com/en-us/javascript/api/manifest/action, quoted in office-js-docs-pr
 * #4840; https://learn.microsoft.com/en-us/office/dev/add-ins/testing/runtimes). A completion after
 * that lands in a runtime Office has already closed, so the stand-in counts it as late.
 */

/** Office's limit on a function command, from the press. */
export const COMMAND_TIMEOUT_MS = 5 * 60 * 1000;

/** What became of a press: completed in time (after how long), completed too late, or never. */
export type CommandVerdict = { state: "completed"; afterMs: number } | { state: "late"; afterMs: number } | { state: "pending" };

/** A pressed button's event and the verdict on it. */
export interface CommandEventStandIn {
  event: { completed(): void };
  verdict(): CommandVerdict;
}

/**
 * The event of one press at `clock()`; only the first `completed()` counts.
 * @example const press = commandEvent(); press.event.completed(); press.verdict() //=> { state: "completed", afterMs: 0 }
 */
export function commandEvent(clock: () => number = Date.now): CommandEventStandIn {
  const pressedAt = clock();
  let completedAfter: number | null = null;
  return {
    event: {
      completed: () => {
        completedAfter ??= clock() - pressedAt;
      },
    },
    verdict: () => {
      if (completedAfter === null) return { state: "pending" };
      return { state: completedAfter <= COMMAND_TIMEOUT_MS ? "completed" : "late", afterMs: completedAfter };
    },
  };
}
