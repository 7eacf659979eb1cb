/**
 * The 列识别结果 list: one item per column with its letter, its header (workbook text, shown as
 * text), a labelled drop-down of roles and the evidence for the current one.
 */
import type { TaskpaneText } from "../i18n/taskpane";
import type { ColumnRole } from "../workbook/types";
import { selectField } from "./controls";
import { h } from "./dom";
import { ROLE_CHOICES, type MappingRow } from "./mapping-view";

/**
 * Renders the mapping list; `onRoleChange` runs when the user picks another role for a column.
 * @example renderMapping(rows, taskpaneZhCN, onRoleChange).querySelectorAll("select").length //=> rows.length
 */
export function renderMapping(
  rows: readonly MappingRow[],
  text: TaskpaneText,
  onRoleChange: (column: number, role: ColumnRole) => void,
): HTMLElement {
  const choices = ROLE_CHOICES.map((role) => ({ value: role, label: text.mapping.roles[role] }));
  const list = h("ul", { class: "mapping-list", "data-testid": "mapping" });
  for (const row of rows) {
    const written = row.header.replace(/\s+/gu, " ").trim();
    const header = written === "" ? text.mapping.emptyHeader : written;
    const field = selectField({
      label: text.mapping.roleFor(row.letter, header),
      visibleLabel: false,
      choices,
      value: row.role,
      name: `role-${row.letter}`,
      onChange: (value) => {
        const role = ROLE_CHOICES.find((choice) => choice === value);
        if (role) onRoleChange(row.column, role);
      },
    });
    const evidence = row.periodLabel ? `${row.periodLabel} · ${row.evidence}` : row.evidence;
    list.appendChild(
      h(
        "li",
        { class: "mapping-item", "data-column": row.letter, "data-role": row.role },
        h("span", { class: "column-letter", "aria-hidden": "true" }, row.letter),
        h("p", { class: "column-header", title: header }, header),
        field.element,
        h("p", { class: "column-evidence" }, text.mapping.evidence, evidence),
      ),
    );
  }
  return list;
}
