/**
 * 已保存状态: what the workbook remembers between runs — settings, the pane's choices, the run
 * stamp — as saved workbook properties. A door may bring them with a grid it read in the same round
 * trip (the Office.js door does); then nothing more is asked of the host. These are the one place
 * where "the saved property from the grid, else ask the host" and "the earlier block from the run
 * stamp" are decided, for the shared run (`run.ts`) and the use-cases of `src/app`.
 */
import { parseRangeAddress } from "./address";
import type { WorkbookHost } from "./host";
import type { BlockFingerprint } from "./fingerprint";
import type { RunStamp } from "./plan";
import { AREA_MARKER } from "./write/markers";
import type { CellRange, Grid } from "./types";

/**
 * A saved property as a grid's read brought it (keys compared case-insensitively, as Excel does):
 * its value, null when it is not saved, undefined when the door did not bring the properties.
 * @example propertyFromGrid({ sheet: "表2", top: 0, left: 0, values: [], merges: [], properties: { "PlanAssess.run": "{}" } }, "planassess.run") //=> "{}"
 */
export function propertyFromGrid(grid: Grid, name: string): string | null | undefined {
  const properties = grid.properties;
  if (!properties) return undefined;
  const key = Object.keys(properties).find((saved) => saved.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : (properties[key] ?? null);
}

/** A saved property's value: from a grid that brought the workbook's properties, else from the host. */
export type SavedPropertyReader = (grid: Grid | undefined, name: string) => Promise<string | null>;

/**
 * Reads saved properties for one run: from the grid when the door brought them with it (no round
 * trip of their own), else asked of the host, at most once per property.
 * @example await savedPropertyReader(host)(grid, "PlanAssess.run") //=> "{\"sheet\":\"主要指标\",…}"
 */
export function savedPropertyReader(host: Pick<WorkbookHost, "readProperty">): SavedPropertyReader {
  const asked = new Map<string, Promise<string | null>>();
  return (grid, name) => {
    const brought = grid ? propertyFromGrid(grid, name) : undefined;
    if (brought !== undefined) return Promise.resolve(brought);
    const known = asked.get(name.toLowerCase()) ?? host.readProperty(name);
    asked.set(name.toLowerCase(), known);
    return known;
  };
}

/** The block an earlier run wrote beside the table, where it is now, and what that run wrote in it. */
export interface EarlierBlock {
  area: CellRange;
  /** Null when the run stamp saved none (stamps of earlier versions) or belongs to another sheet. */
  fingerprint: BlockFingerprint | null;
}

/**
 * The block an earlier run wrote beside a table on a grid's sheet, or null when there is none.
 * Where the door read the workbook's names with the grid, the block is where its defined name
 * points now (Excel moves the name when the user inserts or deletes columns; a deleted block's name
 * is broken and names nothing); only without them is the area saved in the run stamp trusted.
 * @example earlierBlockOf(stamp, { sheet: "表2", names: [{ name: "PlanAssess_Area", target: { sheet: "表2", range: { top: 1, left: 6, bottom: 38, right: 10 } } }] })?.area
 * //=> { top: 1, left: 6, bottom: 38, right: 10 } (the block moved from F:J to G:K)
 */
export function earlierBlockOf(stamp: RunStamp | null, grid: Pick<Grid, "sheet" | "names">): EarlierBlock | null {
  const fingerprint = stamp && stamp.placement === "beside" && stamp.sheet === grid.sheet ? stamp.fingerprint ?? null : null;
  if (grid.names) {
    const named = grid.names.find((entry) => entry.name.toLowerCase() === AREA_MARKER.toLowerCase());
    const target = named?.target;
    if (!target || target.sheet.toLowerCase() !== grid.sheet.toLowerCase()) return null;
    return { area: target.range, fingerprint };
  }
  if (!stamp || stamp.placement !== "beside" || stamp.sheet !== grid.sheet) return null;
  const area = parseRangeAddress(stamp.area);
  return area ? { area, fingerprint } : null;
}

/**
 * The area of the block an earlier run wrote beside a table on a grid's sheet (see {@link earlierBlockOf}).
 * @example earlierBlock({ generatedAt: "…", placement: "beside", sheet: "表2", area: "F2:J39", tableSheet: "表2", period: null }, { sheet: "表2" })
 * //=> { top: 1, left: 5, bottom: 38, right: 9 }
 */
export function earlierBlock(stamp: RunStamp | null, grid: Pick<Grid, "sheet" | "names">): CellRange | null {
  return earlierBlockOf(stamp, grid)?.area ?? null;
}
