/**
 * `--plan`: the table found as a run finds it (the named sheet, else the active sheet and then the
 * others, never the add-in's own sheets), with the plan from the option in place of the one read
 * from the headers. The run then takes this mapping as given.
 */
import type { Plan, Result } from "../core/types";
import type { TableMapping } from "../workbook/types";
import { workbookMessages, workbookText } from "../i18n/workbook";
import type { WorkbookHost } from "../workbook/host";
import { PLAN_PROPERTIES, readRunStamp } from "../workbook/plan";
import { earlierBlock } from "../workbook/saved";
import { findTable } from "../workbook/table";

/**
 * The sheets a run searches, in order.
 * @example await candidateSheets(host) //=> ["表2", "备注"]
 */
export async function candidateSheets(host: WorkbookHost, sheet?: string): Promise<string[]> {
  if (sheet !== undefined) return [sheet];
  const list = await host.listSheets();
  const own = new Set((["zh-CN", "en-US"] as const).flatMap((locale) => Object.values(workbookText(locale).write.sheets)));
  return [list.active, ...list.names.filter((name) => name !== list.active)].filter((name) => list.names.includes(name) && !own.has(name));
}

/**
 * The first table found, with the plan given on the command line.
 * @example await mappingWithPlan(host, { baseYear: 2020, targetYear: 2025 }) //=> { ok: true, value: { sheet: "表2", plan: { baseYear: 2020, targetYear: 2025 }, … } }
 */
export async function mappingWithPlan(host: WorkbookHost, plan: Plan, sheet?: string): Promise<Result<TableMapping>> {
  const stamp = readRunStamp(await host.readProperty(PLAN_PROPERTIES.run));
  const sheets = await candidateSheets(host, sheet);
  let first: Result<TableMapping> | null = null;
  for (const name of sheets) {
    const grid = await host.readGrid(name);
    const area = earlierBlock(stamp, grid);
    const found = findTable(grid, area ? { previousBlock: area } : {});
    if (found.ok) return { ok: true, value: { ...found.value, plan, planEvidence: { code: "commandLine", ...plan } } };
    first ??= found;
  }
  if (first && sheets.length === 1) return first;
  return { ok: false, problem: { code: "run.no_table", message: workbookMessages.noTableInWorkbook } };
}
