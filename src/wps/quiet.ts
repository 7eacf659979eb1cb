/**
 * A run with the host quiet: screen updating, events, automatic recalculation and alerts off
 * while the add-in writes, each restored in `finally` whatever happened — the pattern the Excel
 * object model's documentation gives for `ScreenUpdating`
 * (https://learn.microsoft.com/en-us/office/vba/api/excel.application.screenupdating) and
 * `DisplayAlerts` (https://learn.microsoft.com/en-us/office/vba/api/excel.application.displayalerts:
 * with it off, deleting a sheet does not ask the user).
 */
import { XL_CALCULATION_MANUAL } from "./constants";
import type { EtApplication } from "./port";

/**
 * Runs `work` with the application quiet, then puts each setting back as it was.
 * @example quietly(application, () => 1) //=> 1 (ScreenUpdating, EnableEvents, Calculation, DisplayAlerts as before)
 */
export function quietly<T>(application: EtApplication, work: () => T): T {
  const before = {
    screen: application.ScreenUpdating,
    events: application.EnableEvents,
    calculation: application.Calculation,
    alerts: application.DisplayAlerts,
  };
  application.ScreenUpdating = false;
  application.EnableEvents = false;
  application.Calculation = XL_CALCULATION_MANUAL;
  application.DisplayAlerts = false;
  try {
    return work();
  } finally {
    // Each restored on its own: one refusal must not leave the others off.
    const restores = [
      () => (application.Calculation = before.calculation),
      () => (application.EnableEvents = before.events),
      () => (application.DisplayAlerts = before.alerts),
      () => (application.ScreenUpdating = before.screen),
    ];
    for (const restore of restores) {
      try {
        restore();
      } catch (error) {
        console.error(error);
      }
    }
  }
}
