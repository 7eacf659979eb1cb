/**
 * A column's role given by the user (列识别结果 corrected by hand), applied to a
 * {@link TableMapping}: the pane's mapping editor and the saved corrections every run applies
 * again use this one rule.
 *
 * Choices where the specification is silent: a role that names one column (基期值, 目标值, 指标名称 …)
 * moves when the user gives it to another column, and the column that had it becomes 其他; a column
 * becomes 填报期数据 only when a period can be read from its header, so the engine never sees an
 * observation without a period.
 */
import { parseHeaderLabel } from "../core/period";
import type { Period, Result } from "../core/types";
import type { ColumnEvidence, ColumnMapping, ColumnRole, TableMapping } from "./types";

/** Roles in the order the drop-down lists them: what a bureau table usually has, left to right. */
export const ROLE_CHOICES: readonly ColumnRole[] = [
  "index",
  "category",
  "name",
  "subItem",
  "unit",
  "attribute",
  "base",
  "target",
  "targetGrowth",
  "observation",
  "actualGrowth",
  "published",
  "direction",
  "nature",
  "calibre",
  "generated",
  "other",
];

/** Roles only one column of a table can have. */
const SINGLE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "index",
  "category",
  "name",
  "subItem",
  "unit",
  "attribute",
  "base",
  "target",
  "targetGrowth",
  "published",
  "direction",
  "nature",
  "calibre",
]);

/** Why a column cannot take a role: its header names no period (for 监测值). */
export interface RoleRefusal {
  reason: "periodUnreadable";
  header: string;
}

/** What changing a column's role gives: the new mapping, or why the role cannot be given. */
export type RoleChange = Result<TableMapping, RoleRefusal>;

/**
 * Gives a column a role chosen by the user (its evidence says so); a single role leaves the column
 * that had it (which becomes `other`, with the same evidence). Observation periods are listed again.
 * @example assignRole(mapping, 4, "base").ok //=> true
 */
export function assignRole(mapping: TableMapping, column: number, role: ColumnRole): RoleChange {
  const evidence: ColumnEvidence = { code: "edited" };
  const target = mapping.columns.find((entry) => entry.column === column);
  if (!target) return { ok: true, value: mapping };
  const period = role === "observation" || role === "actualGrowth" ? headerPeriod(target) : undefined;
  if (role === "observation" && !period) return { ok: false, problem: { reason: "periodUnreadable", header: target.header } };
  const columns = mapping.columns.map((entry): ColumnMapping => {
    if (entry.column === column) {
      const changed: ColumnMapping = { column, role, header: entry.header, evidence };
      if (period) changed.period = period;
      return changed;
    }
    if (SINGLE_ROLES.has(role) && entry.role === role) {
      return { column: entry.column, role: "other", header: entry.header, evidence };
    }
    return entry;
  });
  return { ok: true, value: { ...mapping, columns, periods: observationPeriods(columns) } };
}

/**
 * The observation periods of a set of columns, in column order.
 * @example observationPeriods([{ column: 5, role: "observation", header: "2021年", period, evidence: "" }])
 * //=> [period]
 */
export function observationPeriods(columns: readonly ColumnMapping[]): Period[] {
  return columns
    .filter((entry) => entry.role === "observation" && entry.period)
    .sort((a, b) => a.column - b.column)
    .map((entry) => entry.period as Period);
}

/** The period a column's header names, keeping one already read. */
function headerPeriod(column: ColumnMapping): Period | undefined {
  return column.period ?? parseHeaderLabel(column.header).period;
}
