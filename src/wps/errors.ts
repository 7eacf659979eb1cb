/**
 * The WPS door's refusals: an `Error` carrying a {@link Problem} with a Chinese message
 * (`wps.sheet_missing`, `excel.sheet_taken` …), as the other doors' errors do, so the pane and the
 * ribbon show `problem.message` and never an English stack. A call WPS itself refused (it throws
 * synchronously, with a message of its own) becomes `wps.refused`, with WPS's message kept.
 */
import type { Problem } from "../core/types";
import type { WpsText } from "../i18n/wps";

/**
 * A door failure with the problem to show the user.
 * @example new WpsDoorError({ code: "wps.no_workbook", message: "当前没有打开的工作簿。…" }).code //=> "wps.no_workbook"
 */
export class WpsDoorError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.message);
    this.name = "WpsDoorError";
    this.problem = problem;
  }

  /** The stable code of the problem. */
  get code(): string {
    return this.problem.code;
  }
}

/**
 * Runs a door call, turning what WPS throws into a {@link WpsDoorError} (a door error passes as it is).
 * @example guardedCall(() => { throw new Error("1004") }, wpsZhCN) // throws WpsDoorError { code: "wps.refused" }
 */
export function guardedCall<T>(work: () => T, text: WpsText): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof WpsDoorError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new WpsDoorError({ code: "wps.refused", message: text.refused(message) });
  }
}
