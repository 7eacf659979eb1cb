/**
 * Table mappings built from the seed tables' real headers, for the pane's view logic. The
 * observation columns (2021年, 2022年上半年 …) are illustrative: the seed tables hold none.
 */
import { parseHeaderLabel } from "../../src/core/period";
import type { ColumnMapping, ColumnRole, TableMapping } from "../../src/workbook/types";

/** A mapping of the given columns (role, header), starting at column A, data rows 3–38. */
export function mappingOf(columns: readonly (readonly [ColumnRole, string])[], sheet = "主要指标"): TableMapping {
  const entries: ColumnMapping[] = columns.map(([role, header], column) => {
    const entry: ColumnMapping = { column, role, header, evidence: { code: "keyword", header, role } };
    const period = parseHeaderLabel(header).period;
    if (role === "observation" && period) entry.period = period;
    return entry;
  });
  return {
    sheet,
    headerTop: 1,
    headerBottom: 1,
    firstRow: 2,
    lastRow: 37,
    left: 0,
    right: columns.length - 1,
    columns: entries,
    plan: { baseYear: 2020, targetYear: 2025 },
    planEvidence: { code: "fromColumns", baseHeader: "2020 年实绩", baseYear: 2020, targetHeader: "2025 年目标", targetYear: 2025 },
    periods: entries.flatMap((entry) => (entry.role === "observation" && entry.period ? [entry.period] : [])),
    problems: [],
  };
}

/** 柯桥区“十四五”主要指标's columns as printed. */
export const keqiaoColumns = [
  ["index", "序号"],
  ["name", "指标名称（单位）"],
  ["base", "2020 年实绩"],
  ["target", "2025 年目标"],
  ["attribute", "指标属性"],
] as const;

/** 越城区“十四五”主要指标's columns as printed. */
export const yuechengColumns = [
  ["category", "类别"],
  ["name", "指标"],
  ["unit", "单位"],
  ["base", "2020年预计值"],
  ["target", "2025年"],
  ["attribute", "指标属性"],
] as const;
