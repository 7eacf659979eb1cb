/**
 * A selection for the stand-in, which models none: `Range.select()` records the selected range
 * (activating its sheet) and `Workbook.getSelectedRange()` returns it — enough for the pane's
 * clickable problems and its “use the selected range”. Added to the stand-in's classes on this
 * page only, and only where the stand-in lacks them.
 */
import type { ExcelStandIn, Rect } from "../../excel/standin";
import type { StandInContext } from "../../excel/standin/context";
import { findSheet } from "../../excel/standin/model";
import { StandInRange, type RangeTarget } from "../../excel/standin/range";
import { StandInWorkbook } from "../../excel/standin/workbook";

/** A selected range: its sheet and rectangle (0-based). */
export interface Selected {
  sheet: string;
  rect: Rect;
}

/** Reaches a stand-in object's request context (kept protected by the stand-in). */
function contextOf(object: object): StandInContext {
  return (object as unknown as { context: StandInContext }).context;
}

/** Gives the stand-in a selection, starting at A1 of the active sheet; `record` hears each change. */
export function addSelection(standIn: ExcelStandIn, record: (selected: Selected) => void): void {
  let selected: Selected = { sheet: standIn.model.active, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  const range = StandInRange.prototype as unknown as Record<string, unknown>;
  if ("select" in range) {
    // The stand-in selects (refusing a sheet not in view); the page records each selection too.
    const native = range.select as (this: StandInRange) => void;
    range.select = function select(this: StandInRange): void {
      native.call(this);
      contextOf(this).queueWrite("Range.select.record", null, () => {
        const target = this.live();
        selected = { sheet: target.sheet.name, rect: { ...target.rect } };
        record(selected);
      });
    };
  } else {
    range.select = function select(this: StandInRange): void {
      contextOf(this).queueWrite("Range.select", null, () => {
        const target = this.live();
        standIn.model.active = target.sheet.name;
        selected = { sheet: target.sheet.name, rect: { ...target.rect } };
        record(selected);
      });
    };
  }
  const workbook = StandInWorkbook.prototype as unknown as Record<string, unknown>;
  if (!("getSelectedRange" in workbook)) {
    workbook.getSelectedRange = function getSelectedRange(this: StandInWorkbook): StandInRange {
      const context = contextOf(this.worksheets);
      return new StandInRange(context, (): RangeTarget | null => {
        const sheet = findSheet(context.model, selected.sheet);
        return sheet ? { sheet, rect: selected.rect } : null;
      });
    };
  }
}
