/**
 * 列识别结果 as the pane lists it: one row per column of the table with its role, header and
 * evidence, and the user's corrections applied back to the {@link TableMapping}.
 *
 * Choices where the specification is silent: a role that names one column (基期值, 目标值, 指标名称 …)
 * moves when the user gives it to another column, and the column that had it becomes 其他; a column
 * becomes 填报期数据 only when a period can be read from its header, so the engine never sees an
 * observation without a period.
 */
import { comparePeriods, formatPeriod } from "../core/period";
import type { Period } from "../core/types";
import type { TaskpaneText } from "../i18n/taskpane";
import { columnLetters } from "../workbook/address";
import type { ColumnRole, TableMapping } from "../workbook/types";

export { assignRole, observationPeriods, ROLE_CHOICES, type RoleChange, type RoleRefusal } from "../workbook/assign-role";

/** One row of the mapping list. */
export interface MappingRow {
  column: number;
  /** `D`. */
  letter: string;
  /** The header as written (workbook text: shown as text only). */
  header: string;
  role: ColumnRole;
  /** `2023年上半年` for observation and actual-growth columns. */
  periodLabel: string | null;
  /** Why the column has its role, in the pane's language. */
  evidence: string;
}

/**
 * Lists the table's columns for the mapping editor, left to right, each with its evidence rendered.
 * @example mappingRows(mapping, taskpaneZhCN)[0]
 * //=> { column: 0, letter: "A", header: "序号", role: "index", periodLabel: null, evidence: "表头为“序号”，作序号列" }
 */
export function mappingRows(mapping: TableMapping, text: TaskpaneText): MappingRow[] {
  return [...mapping.columns]
    .sort((a, b) => a.column - b.column)
    .map((column) => ({
      column: column.column,
      letter: columnLetters(column.column),
      header: column.header,
      role: column.role,
      periodLabel: column.period ? formatPeriod(column.period) : null,
      evidence: text.mapping.evidenceOf(column.evidence),
    }));
}

/**
 * The periods of a mapping in time order, each once (a table may hold the same period twice).
 * @example periodsInTimeOrder(mapping).map((p) => p.code) //=> ["2021", "2022H1", "2022"]
 */
export function periodsInTimeOrder(mapping: TableMapping): Period[] {
  const byCode = new Map<string, Period>();
  for (const period of mapping.periods) byCode.set(period.code, period);
  return [...byCode.values()].sort(comparePeriods);
}
