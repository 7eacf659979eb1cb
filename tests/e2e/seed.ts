/**
 * The workbook the browser tests open: 越城区“十四五”主要指标 from the seed workbook (title row,
 * category column, unit column), with four reporting periods added beside it — 2021年,
 * 2022年上半年, 2022年, 2023年上半年 — filled with illustrative values (示例数据, not statistics),
 * plus a 填报说明 sheet. The values vary in pace so every status occurs; a few cells are left blank
 * in the latest period, one value is typed ten times too large, and one cell holds markup, which
 * the pane must show as text.
 */
import { parseCell } from "../../src/core/cell";
import type { CellValue } from "../../src/core/types";
import { findTable } from "../../src/workbook/table";
import type { Grid } from "../../src/workbook/types";
import { seedGrid } from "../workbook/grids";

/** What the page's stand-in is seeded with. */
export interface PageSeed {
  sheets: Grid[];
  active: string;
  language: string;
  /** The ExcelApi version the stand-in claims (default: its own, recent). */
  apiVersion?: string;
  /** `Office.context.diagnostics.platform` (default `OfficeOnline`, the browser). */
  platform?: string;
}

/** The added periods, their header text and their time progress in a 2021–2025 plan. */
export const ADDED_PERIODS = [
  { header: "2021年", progress: 0.2, half: false },
  { header: "2022年上半年", progress: 0.3, half: true },
  { header: "2022年", progress: 0.4, half: false },
  { header: "2023年上半年", progress: 0.5, half: true },
] as const;

/** Markup typed into a cell: the pane must show it as these characters. */
export const MARKUP_CELL = `<img src=x onerror="window.__xss=1">`;

/** Pace of each row against a straight path to the target, in turn: ahead, on track, behind, backwards. */
const PACES = [1.35, 1.0, 0.85, 0.5, 0.2, 1.1, -0.1];

/** A number rounded as a bureau writes it: two decimals, whole numbers above 1,000. */
function written(value: number): number {
  return Math.abs(value) >= 1000 ? Math.round(value) : Math.round(value * 100) / 100;
}

/** The number a cell holds, when it reads as one. */
function numberIn(raw: CellValue): number | null {
  const read = parseCell(raw);
  if (!read.ok) return null;
  const reading = read.value;
  return reading.kind === "point" || reading.kind === "approx" || reading.kind === "bound" || reading.kind === "cumulative"
    ? reading.value
    : null;
}

/** The illustrative value of one row in one period. */
function illustrative(row: number, base: CellValue, target: CellValue, unit: string, period: (typeof ADDED_PERIODS)[number]): CellValue {
  const pace = PACES[row % PACES.length] ?? 1;
  const reading = parseCell(target);
  if (!reading.ok) return null;
  if (reading.value.kind === "qualitative") return pace >= 0.5 ? "完成" : "未完成";
  if (!("value" in reading.value) || reading.value.kind === "change") return null;
  const goal = reading.value.value;
  if (reading.value.kind === "cumulative") return written(goal * period.progress * pace);
  const start = numberIn(base) ?? goal * 0.8;
  const level = start + (goal - start) * period.progress * pace;
  const flow = /亿元|亿美元|万元$/u.test(unit) && !unit.includes("/");
  return written(flow && period.half ? level * 0.48 : level);
}

/**
 * Builds the page's workbook.
 * @example (await monitoringSeed()).sheets[0].sheet //=> "主要指标"
 */
export async function monitoringSeed(language = "zh-CN"): Promise<PageSeed> {
  const grid = await seedGrid("yuecheng-14th-targets");
  const found = findTable(grid);
  if (!found.ok) throw new Error(`The seed table is not found: ${found.problem.message}`);
  const mapping = found.value;
  const column = (role: string) => mapping.columns.find((entry) => entry.role === role)?.column ?? -1;
  const [base, target, unit] = [column("base"), column("target"), column("unit")];
  const first = mapping.right + 1;
  const values = grid.values.map((line) => [...line, ...ADDED_PERIODS.map((): CellValue => null)]);
  ADDED_PERIODS.forEach((period, index) => {
    const header = values[mapping.headerBottom - grid.top];
    if (header) header[first + index - grid.left] = period.header;
  });
  let row = 0;
  for (let sheetRow = mapping.firstRow; sheetRow <= mapping.lastRow; sheetRow += 1) {
    const line = values[sheetRow - grid.top];
    if (!line || typeof line[column("name") - grid.left] !== "string") continue;
    ADDED_PERIODS.forEach((period, index) => {
      const latest = index === ADDED_PERIODS.length - 1;
      let value = illustrative(row, line[base - grid.left] ?? null, line[target - grid.left] ?? null, String(line[unit - grid.left] ?? ""), period);
      if (latest && row % 5 === 3) value = null;
      if (latest && row === 6) value = MARKUP_CELL;
      if (period.header === "2022年" && row === 9 && typeof value === "number") value = written(value * 10);
      line[first + index - grid.left] = value;
    });
    row += 1;
  }
  const notes: Grid = {
    sheet: "填报说明",
    top: 0,
    left: 0,
    values: [["填报说明"], ["每半年在“主要指标”表最后一个填报期之后新增一列，填入数值；暂无数据的填“暂无”。"], ["本表数据为示例数据，不是统计数据。"]],
    merges: [],
  };
  // The bureau widens the title's merged cell over the new columns, as it does on its own sheets.
  const last = first + ADDED_PERIODS.length - 1;
  const merges = grid.merges.map((merge) =>
    merge.bottom < mapping.headerTop && merge.right === mapping.right ? { ...merge, right: last } : merge,
  );
  return { sheets: [{ ...grid, sheet: "主要指标", values, merges }, notes], active: "主要指标", language };
}
