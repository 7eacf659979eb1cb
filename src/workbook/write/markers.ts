/**
 * 生成标记: how a workbook remembers what the add-in wrote, so that a re-run or "清除评估结果"
 * removes exactly that and nothing else. Both doors (Office.js in `src/excel`, exceljs in `src/xlsx`) write and
 * read the same markers, so a workbook assessed by the command line can be re-assessed in Excel.
 *
 * The markers are workbook-level defined names, which Excel keeps pointing at the right cells when
 * the user inserts rows or renames a sheet:
 * - every name starting with {@link GENERATED_PREFIX} is generated (the plan's own names included)
 *   and is deleted on a re-run;
 * - `PlanAssess_Area` points at the status block written beside the user's table;
 * - `PlanAssess_Sheet_<hex>` points at `A1` of a sheet the add-in created; `<hex>` spells the
 *   sheet's name as created (UTF-16 code units, four hex digits each). A marked sheet whose name
 *   still matches is deleted on a re-run; one the user has renamed is theirs now and is kept (only
 *   its marker goes).
 *
 * Pure: no Office, no exceljs.
 */
import type { CellRange } from "../types";

/** Every defined name the add-in writes starts with this (compared case-insensitively). */
export const GENERATED_PREFIX = "PlanAssess_";

/** The marker of the status block beside the user's table. */
export const AREA_MARKER = "PlanAssess_Area";

/** The prefix of a generated sheet's marker. */
const SHEET_MARKER_PREFIX = "PlanAssess_Sheet_";

/** A defined name as a door reads it: its name and where it points (null when broken, `#REF!`). */
export interface NamedArea {
  name: string;
  target: { sheet: string; range: CellRange } | null;
}

/** What an earlier run left: names to delete, sheets to delete, areas to clear, sheets kept by the user. */
export interface GeneratedArtefacts {
  names: string[];
  sheets: string[];
  areas: { sheet: string; range: CellRange }[];
}

/**
 * Whether a defined name is one the add-in generated.
 * @example isGeneratedName("planassess_Block") //=> true
 */
export function isGeneratedName(name: string): boolean {
  return name.toLowerCase().startsWith(GENERATED_PREFIX.toLowerCase());
}

/**
 * The marker name of a sheet the add-in creates.
 * @example sheetMarker("评估汇总") //=> "PlanAssess_Sheet_8BC44F306C47603B"
 */
export function sheetMarker(sheet: string): string {
  let hex = "";
  for (let i = 0; i < sheet.length; i += 1) hex += sheet.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0");
  return SHEET_MARKER_PREFIX + hex;
}

/**
 * The sheet name spelled by a sheet marker, or null when the name is not a sheet marker.
 * @example sheetOfMarker("PlanAssess_Sheet_8BC44F306C47603B") //=> "评估汇总"
 */
export function sheetOfMarker(name: string): string | null {
  if (!name.toLowerCase().startsWith(SHEET_MARKER_PREFIX.toLowerCase())) return null;
  const hex = name.slice(SHEET_MARKER_PREFIX.length);
  if (hex.length === 0 || hex.length % 4 !== 0 || !/^[0-9A-Fa-f]+$/u.test(hex)) return null;
  let sheet = "";
  for (let i = 0; i < hex.length; i += 4) sheet += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return sheet;
}

/**
 * Sorts an earlier run's names into what a re-run deletes and clears. A sheet marker whose sheet
 * was renamed since keeps its sheet (the user has made it theirs); a broken name is only deleted.
 * @example generatedArtefacts([{ name: "PlanAssess_Area", target: { sheet: "表2", range: { top: 2, left: 5, bottom: 38, right: 12 } } }])
 * //=> { names: ["PlanAssess_Area"], sheets: [], areas: [{ sheet: "表2", range: { top: 2, left: 5, bottom: 38, right: 12 } }] }
 */
export function generatedArtefacts(names: readonly NamedArea[]): GeneratedArtefacts {
  const result: GeneratedArtefacts = { names: [], sheets: [], areas: [] };
  for (const named of names) {
    if (!isGeneratedName(named.name)) continue;
    result.names.push(named.name);
    const target = named.target;
    if (!target) continue;
    const created = sheetOfMarker(named.name);
    if (created !== null) {
      if (created === target.sheet && !result.sheets.includes(created)) result.sheets.push(created);
    } else if (named.name.toLowerCase() === AREA_MARKER.toLowerCase()) {
      result.areas.push({ sheet: target.sheet, range: target.range });
    }
  }
  return result;
}

/**
 * The markers a plan's run leaves: one per created sheet, and the area marker for a block written
 * beside the table (when it is not on a created sheet).
 * @example runMarkers(["评估汇总"], { sheet: "表2", range: { top: 2, left: 5, bottom: 38, right: 12 } })
 * //=> [{ name: "PlanAssess_Sheet_8BC44F306C47603B", sheet: "评估汇总", range: { top: 0, left: 0, bottom: 0, right: 0 } },
 * //    { name: "PlanAssess_Area", sheet: "表2", range: { top: 2, left: 5, bottom: 38, right: 12 } }]
 */
export function runMarkers(
  createdSheets: readonly string[],
  blockArea: { sheet: string; range: CellRange } | null,
): { name: string; sheet: string; range: CellRange }[] {
  const markers = createdSheets.map((sheet) => ({
    name: sheetMarker(sheet),
    sheet,
    range: { top: 0, left: 0, bottom: 0, right: 0 },
  }));
  if (blockArea && !createdSheets.includes(blockArea.sheet)) {
    markers.push({ name: AREA_MARKER, sheet: blockArea.sheet, range: blockArea.range });
  }
  return markers;
}
