/**
 * Generated inputs for door tests: an indicator table of any length (as a stand-in seed and as
 * rows), and a write plan shaped like the workbook layer's (a five-column status block beside the
 * table, a summary sheet with a chart, a detail sheet, names and long properties), so the doors'
 * sync counts and payloads can be measured at 100 and 10,000 rows.
 */
import type { CellValue } from "../../src/core/types";
import type { CellBlock, CellRange, ConditionalRule, WritePlan } from "../../src/workbook/types";
import type { SheetSeed } from "./standin";
import { DATA_BAR_COLOUR, STATUS_COLOURS, STATUS_ORDER, STATUS_SYMBOLS } from "../../src/workbook/status-style";

/** Categories cycled through by generated rows. */
const CATEGORIES = ["综合实力", "科技创新", "开放活力", "文化发展", "生态环境", "社会民生"];
/** Rows per merged category cell. */
const CATEGORY_RUN = 25;
/** Columns of the generated table: 序号 … 2023年上半年. */
export const TABLE_HEADER = ["序号", "类别", "指标名称", "单位", "属性", "2020年", "2025年目标", "2021年", "2022年上半年", "2022年", "2023年上半年"];
/** The first column right of the generated table (L). */
export const BESIDE_COLUMN = TABLE_HEADER.length;

/** One generated indicator row (row `i`, 0-based among the data rows): a mix of results, as in a real table. */
function tableRow(i: number): CellValue[] {
  const base = 100 + (i % 50);
  // Progress by 2022 between 10% and 90% of the way to a target 50% above the base.
  const progress = 0.1 + ((i * 7) % 9) * 0.1;
  const value2022 = Number((base * (1 + 0.5 * progress)).toFixed(2));
  return [
    i + 1,
    CATEGORIES[Math.floor(i / CATEGORY_RUN) % CATEGORIES.length] ?? "综合实力",
    `第${i + 1}项指标（%）`,
    "%",
    i % 7 === 0 ? "约束性" : "预期性",
    base,
    base * 1.5,
    Number((base * (1 + 0.25 * progress)).toFixed(2)),
    Number((base * (1 + 0.4 * progress)).toFixed(2)),
    value2022,
    i % 11 === 0 ? "#N/A" : Number((value2022 * 1.02).toFixed(2)),
  ];
}

/**
 * A monitoring table of `rows` indicators: a merged title row, a header row, data rows with merged
 * category cells, as a stand-in seed on sheet `name`.
 * @example indicatorSheetSeed(100).values?.length //=> 102
 */
export function indicatorSheetSeed(rows: number, name = "指标"): SheetSeed {
  const values: CellValue[][] = [["某区“十四五”规划主要指标监测表（示例数据）"], TABLE_HEADER];
  for (let i = 0; i < rows; i += 1) values.push(tableRow(i));
  const merges: CellRange[] = [{ top: 0, left: 0, bottom: 0, right: TABLE_HEADER.length - 1 }];
  for (let start = 0; start < rows; start += CATEGORY_RUN) {
    const end = Math.min(rows, start + CATEGORY_RUN) - 1;
    if (end > start) merges.push({ top: 2 + start, left: 1, bottom: 2 + end, right: 1 });
  }
  return { name, values, merges };
}

// The status texts and colours the workbook layer writes (its conditional formats are known by them).
const STATUS_NAMES: Record<(typeof STATUS_ORDER)[number], string> = { ahead: "提前实现目标", on_track: "达到进度要求", behind: "未达到进度要求", no_data: "数据暂缺" };
const STATUS_LABELS = STATUS_ORDER.map((code) => `${STATUS_SYMBOLS[code]} ${STATUS_NAMES[code]}`);
const STATUS_FILLS = STATUS_ORDER.map((code) => STATUS_COLOURS[code].fill);
const STATUS_FONTS = STATUS_ORDER.map((code) => STATUS_COLOURS[code].fontColor);
const HEADER = { bold: true, fill: "#D9E1F2", border: true, horizontal: "center", vertical: "middle", wrap: true } as const;

/** The five status cells of a row. */
function statusRow(i: number): CellValue[] {
  const status = STATUS_LABELS[i % STATUS_LABELS.length] ?? "数据暂缺";
  const noData = status === "数据暂缺";
  return [
    noData ? null : 0.3 + (i % 10) / 20,
    noData ? null : 0.5,
    status,
    noData ? "无法预计" : "能如期完成",
    noData ? "2023年上半年数据为 #N/A，按2022年值评估；总量指标半年值不与年度目标比较" : `2023年上半年值${(100 + (i % 50)) * 0.64}，实现度${30 + (i % 10) * 5}%，时序进度50%`,
  ];
}

/** Rules of a status column and a realisation data bar over rows `top`…`bottom`. */
function statusRules(top: number, bottom: number, statusColumn: number, barColumn: number): ConditionalRule[] {
  const statusRange = { top, left: statusColumn, bottom, right: statusColumn };
  return [
    ...STATUS_LABELS.map((text, i): ConditionalRule => ({
      type: "textEquals",
      range: statusRange,
      text,
      fill: STATUS_FILLS[i] ?? "#FFFFFF",
      fontColor: STATUS_FONTS[i] ?? "#000000",
    })),
    { type: "dataBar", range: { top, left: barColumn, bottom, right: barColumn }, color: DATA_BAR_COLOUR },
  ];
}

/**
 * A write plan for a table of `rows` indicators on sheet `sheet` (data from row 3): the status
 * block beside it, 评估汇总 with a chart, 评估明细 with every row, a name and long properties.
 * @example syntheticPlan(100).block.area //=> { top: 1, left: 11, bottom: 101, right: 15 }
 */
export function syntheticPlan(rows: number, sheet = "指标"): WritePlan {
  const left = BESIDE_COLUMN;
  const first = 2;
  const last = first + rows - 1;
  const blockValues: CellValue[][] = [["实现度", "时序进度", "评价结果", "预计完成情况", "说明"]];
  const blockFormats: string[][] = [["General", "General", "General", "General", "General"]];
  for (let i = 0; i < rows; i += 1) {
    blockValues.push(statusRow(i));
    blockFormats.push(["0.0%", "0.0%", "@", "@", "@"]);
  }
  const block: CellBlock = { top: first - 1, left, values: blockValues, numberFormat: blockFormats };
  const summaryRows: CellValue[][] = [["评价结果", "项数"], ...STATUS_LABELS.map((label, i) => [label, Math.round(rows / 4) + (i === 0 ? rows % 4 : 0)])];
  const detail: CellValue[][] = [["序号", "指标名称", "评价结果", "实现度", "说明"]];
  for (let i = 0; i < rows; i += 1) {
    const status = statusRow(i);
    detail.push([i + 1, `第${i + 1}项指标（亿元）`, status[2] ?? null, status[0] ?? null, status[4] ?? null]);
  }
  return {
    block: {
      sheet,
      placement: "beside",
      area: { top: first - 1, left, bottom: last, right: left + 4 },
      blocks: [block],
      styles: [{ range: { top: first - 1, left, bottom: first - 1, right: left + 4 }, style: HEADER, columnWidth: 12 }],
      conditional: statusRules(first, last, left + 2, left),
    },
    sheets: [
      {
        name: "评估汇总",
        blocks: [
          { top: 0, left: 0, values: [["评估汇总（自动生成）"]], style: { bold: true, fontSize: 14 } },
          { top: 2, left: 0, values: summaryRows },
          { top: 8, left: 0, values: [["按照“时间与进度基本一致”原则，=SUM(A1) 这段文字以等号开头也应作为文字保存。"]], style: { wrap: true } },
        ],
        styles: [{ range: { top: 2, left: 0, bottom: 2, right: 1 }, style: HEADER }],
        merges: [{ top: 8, left: 0, bottom: 10, right: 7 }],
        conditional: [],
        charts: [{ title: "评价结果分布", data: { top: 2, left: 0, bottom: 6, right: 1 }, anchor: { row: 2, column: 3 }, width: 6, height: 12 }],
        columnWidths: [18, 8],
      },
      {
        name: "评估明细",
        blocks: [{ top: 0, left: 0, values: detail, numberFormat: detail.map((_, i) => (i === 0 ? ["General", "General", "General", "General", "General"] : ["0", "@", "@", "0.0%", "@"])) }],
        styles: [{ range: { top: 0, left: 0, bottom: 0, right: 4 }, style: HEADER }],
        merges: [],
        conditional: statusRules(1, rows, 2, 3),
        charts: [],
        columnWidths: [6, 30, 14, 10, 60],
        freezeRows: 1,
      },
    ],
    names: [{ name: "PlanAssess_Block", sheet, range: { top: first - 1, left, bottom: last, right: left + 4 } }],
    properties: {
      "PlanAssess.settings": JSON.stringify({ tolerance: 0, note: "设置".repeat(200) }),
      "PlanAssess.runStamp": "2023H1",
    },
  };
}
