/**
 * Reading the indicator rows of a mapped table into the engine's {@link IndicatorInput}s: names as
 * written, categories filled down, every cell with its A1 address, sub-item rows named after their
 * parent; empty, section and footnote rows skipped.
 *
 * Choices:
 * - Ids are `r` + the sheet row as the user sees it (`r7` for row 7), so an id and a cell address
 *   name the same row.
 * - A category is filled down across merged cells and across blank category cells (a bureau writes
 *   a domain once); a section row (`一、综合实力` alone on its row) sets the category when the table
 *   has no category column, its leading numbering removed.
 * - Sub-items (`主要污染物排放` with 化学需氧量排放, 氨氮排放 … in a 子项 column) are one indicator
 *   each, named `主要污染物排放—化学需氧量排放（万吨）`: the parent's name without its bracketed unit,
 *   an em dash, the sub-item as written (the parent's unit is appended when the sub-item has none).
 *   Rows that continue a parent (name cell empty) take the parent's base, target, attribute, unit,
 *   direction, nature and 统计口径 cells where their own are empty: one target (`市下达指标`) covers the group.
 *   Each sub-item is judged on its own observation.
 * - A row with values but no name is not read and gives a problem naming the row.
 * - A value cell that is not what it looks like — a date (2023-06-30 is not 2023), a formula with
 *   no saved result, a number that is not finite — is read as no value, with a problem naming it.
 */
import type { CellValue, IndicatorInput, Observation, Problem, SourceCell } from "../core/types";
import { workbookMessages } from "../i18n/workbook";
import { cellAddress } from "./address";
import { cellText, columnsIn, filledDown, holderOf, indexGrid, markAt, ownValue, rowsIn } from "./lookup";
import type { GridIndex } from "./lookup";
import { classifyRow } from "./rows";
import type { ColumnMapping, ColumnRole, Grid, TableMapping } from "./types";

/** What {@link readIndicators} returns. */
export interface ReadIndicators {
  indicators: IndicatorInput[];
  problems: Problem[];
}

/** Single-column roles read for each row. */
type CellRole = "base" | "target" | "attribute" | "targetGrowth" | "direction" | "nature" | "calibre" | "published";

/** Roles a sub-item row takes from its parent row when its own cell is empty. */
const INHERITED: ReadonlyArray<CellRole | "unit"> = ["base", "target", "attribute", "unit", "direction", "nature", "calibre"];

/** Separator between a parent indicator's name and a sub-item's. */
const SUB_ITEM_SEPARATOR = "—";

/**
 * Reads the indicators of a mapped table.
 * @example readIndicators(yuecheng14thGrid, mapping).indicators[0]
 * //=> { row: 3, category: "综合实力", name: "1. 全区生产总值", unit: "亿元",
 * //     base: { raw: "—", ref: "D3" }, target: { raw: "1500 以上", ref: "E3" }, attribute: { raw: "预期性", ref: "F3" }, observations: [] }
 */
export function readIndicators(grid: Grid, mapping: TableMapping): ReadIndicators {
  const index = indexGrid(grid);
  const first = (role: ColumnRole): number | undefined => mapping.columns.find((c) => c.role === role)?.column;
  const nameColumn = first("name");
  const indicators: IndicatorInput[] = [];
  const problems: Problem[] = [];
  if (nameColumn === undefined) return { indicators, problems };

  const categoryColumn = first("category");
  const subItemColumn = first("subItem");
  let category = "";
  let parent: { name: string; row: number } | null = null;

  // Rows holding nothing are empty rows of the table: only the rows holding something are read.
  for (const row of rowsIn(index, mapping.firstRow, mapping.lastRow)) {
    const kind = classifyRow(index, row, mapping.left, mapping.right, nameColumn);
    if (kind === "section" && categoryColumn === undefined) category = sectionCategory(index, row, mapping);
    if (kind !== "indicator") continue;

    if (categoryColumn !== undefined) category = cellText(filledDown(index, row, categoryColumn)) || category;
    const ownName = cellText(ownValue(index, row, nameColumn));
    const name = cellText(filledDown(index, row, nameColumn));
    const subItem = subItemColumn === undefined ? "" : cellText(filledDown(index, row, subItemColumn));
    if (ownName !== "") parent = { name: ownName, row };
    else if (name === "" && subItem === "") parent = null;

    if (name === "" && subItem === "") {
      if (hasValues(index, row, mapping)) problems.push({ code: "read.row_without_name", message: workbookMessages.rowWithoutName(row + 1), cell: cellAddress(row, nameColumn) });
      continue;
    }
    const fullName = subItem === "" ? name : subItemName(parent?.name ?? name, subItem);
    const from = ownName === "" && parent !== null ? parent.row : null;
    indicators.push(readRow(index, row, from, mapping, fullName, category));
  }
  for (const problem of markedCellProblems(index, mapping)) problems.push(problem);
  return { indicators, problems };
}

/** Roles whose cells the engine reads as values. */
const READ_ROLES: ReadonlySet<ColumnRole> = new Set(["base", "target", "targetGrowth", "actualGrowth", "observation"]);

/**
 * A problem naming each cell of a read column that is not what it looks like: a date, a formula
 * with no saved result, a number that is not finite. Such a cell is read as no value.
 */
function markedCellProblems(index: GridIndex, mapping: TableMapping): Problem[] {
  const problems: Problem[] = [];
  const columns = mapping.columns.filter((c) => READ_ROLES.has(c.role)).map((c) => c.column);
  for (const row of rowsIn(index, mapping.firstRow, mapping.lastRow)) {
    for (const column of columns) {
      const kind = markAt(index, row, column);
      const cell = cellAddress(row, column);
      if (kind === "date") problems.push({ code: "read.date_cell", message: workbookMessages.dateCell(cell, cellText(ownValue(index, row, column))), cell });
      if (kind === "uncalculated") problems.push({ code: "read.uncalculated_cell", message: workbookMessages.uncalculatedCell(cell), cell });
      if (kind === "notFinite") problems.push({ code: "read.not_finite_cell", message: workbookMessages.notFiniteCell(cell), cell });
    }
  }
  return problems;
}

/** Whether a cell's value is unusable as it stands: a date, a formula never calculated, a number not finite. */
function unusable(index: GridIndex, row: number, column: number): boolean {
  const kind = markAt(index, row, column);
  return kind === "date" || kind === "uncalculated" || kind === "notFinite";
}

/** One indicator from its row; `inheritFrom` is the parent row of a sub-item row, if any. */
function readRow(
  index: GridIndex,
  row: number,
  inheritFrom: number | null,
  mapping: TableMapping,
  name: string,
  category: string,
): IndicatorInput {
  const column = (role: ColumnRole): ColumnMapping | undefined => mapping.columns.find((c) => c.role === role);
  const cellOf = (role: CellRole | "unit"): SourceCell | undefined => {
    const found = column(role);
    if (!found) return undefined;
    const own = sourceCell(index, row, found.column);
    if (inheritFrom === null || own.raw !== null || !INHERITED.includes(role)) return own;
    return sourceCell(index, inheritFrom, found.column);
  };
  const indicator: IndicatorInput = {
    row: row + 1,
    name,
    base: cellOf("base") ?? { raw: null },
    target: cellOf("target") ?? { raw: null },
    observations: mapping.columns
      .filter((c) => c.role === "observation" && c.period)
      .map((c): Observation | null => (c.period ? { period: c.period, cell: sourceCell(index, row, c.column) } : null))
      .filter((o): o is Observation => o !== null),
  };
  if (category !== "") indicator.category = category;
  const unit = cellText(cellOf("unit")?.raw ?? null);
  if (unit !== "") indicator.unit = unit;
  const optional: ReadonlyArray<readonly [CellRole, "attribute" | "targetGrowth" | "directionOverride" | "natureOverride" | "calibreOverride" | "published"]> = [
    ["attribute", "attribute"],
    ["targetGrowth", "targetGrowth"],
    ["direction", "directionOverride"],
    ["nature", "natureOverride"],
    ["calibre", "calibreOverride"],
    ["published", "published"],
  ];
  for (const [role, field] of optional) {
    const cell = cellOf(role);
    if (cell) indicator[field] = cell;
  }
  const growth = column("actualGrowth");
  if (growth?.period) indicator.actualGrowth = { period: growth.period, cell: sourceCell(index, row, growth.column) };
  return indicator;
}

/**
 * A cell's value (a vertical merge's value in every row it covers) and the address that holds it;
 * no value where the cell is a date, a formula never calculated or a number not finite (each has
 * its problem, naming the cell).
 */
function sourceCell(index: GridIndex, row: number, column: number): SourceCell {
  const holder = holderOf(index, row, column);
  const raw: CellValue = unusable(index, holder.row, holder.column) ? null : filledDown(index, row, column);
  return { raw, ref: cellAddress(holder.row, holder.column) };
}

/**
 * A sub-item's indicator name: the parent's name without its last bracketed note (the unit), an em dash,
 * the sub-item as written; the parent's unit follows when the sub-item has none.
 * @example subItemName("主要污染物排放（万吨）", "氨氮排放（万吨）") //=> "主要污染物排放—氨氮排放（万吨）"
 */
export function subItemName(parent: string, subItem: string): string {
  const brackets = /([（(][^（）()]*[）)])\s*$/u.exec(parent.trim());
  const stem = brackets ? parent.trim().slice(0, brackets.index).trim() : parent.trim();
  const unit = brackets && !/[（(][^（）()]*[）)]\s*$/u.test(subItem) ? brackets[1]?.trim() ?? "" : "";
  return `${stem}${SUB_ITEM_SEPARATOR}${subItem}${unit}`;
}

/** The category a section row names, its leading numbering (`一、`, `（一）`) removed. */
function sectionCategory(index: GridIndex, row: number, mapping: TableMapping): string {
  for (const column of columnsIn(index, row, mapping.left, mapping.right)) {
    const text = cellText(ownValue(index, row, column));
    if (text !== "") return text.replace(/^([一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）])\s*/u, "");
  }
  return "";
}

/** Whether a row holds a value in a column the engine reads (base, target, growth, observations). */
function hasValues(index: GridIndex, row: number, mapping: TableMapping): boolean {
  const read = new Set<ColumnRole>(["base", "target", "targetGrowth", "actualGrowth", "observation"]);
  return mapping.columns.some((c) => read.has(c.role) && cellText(ownValue(index, row, c.column)) !== "");
}
