import { describe, expect, it } from "vitest";
import { periodOf } from "../../src/core/period";
import type { CellValue, EndOfPlanCode, Judgement } from "../../src/core/types";
import { workbookText } from "../../src/i18n/workbook";
import { detailSheet } from "../../src/workbook/detail-sheet";
import { runAssessment } from "../../src/workbook/run";
import type { RunOutcome } from "../../src/workbook/run";
import { STATUS_COLOURS } from "../../src/workbook/status-style";
import { displayWidth, placeParagraph, placeTable } from "../../src/workbook/sheet-parts";
import { summarySheet, usedRange } from "../../src/workbook/summary-sheet";
import type { SummaryInput } from "../../src/workbook/summary-sheet";
import type { SheetPlan, TableMapping } from "../../src/workbook/types";
import { loadFixtureTable } from "../helpers/fixtures";
import { midTerm as midTermSummary } from "../core/oracles";
import { assessmentOf, judgedAt, judgementOf } from "./assessments";
import { seedGrid } from "./grids";
import { MemoryHost } from "./memory-host";

const text = workbookText().write;

const MAPPING: TableMapping = {
  sheet: "表2",
  headerTop: 2,
  headerBottom: 2,
  firstRow: 3,
  lastRow: 38,
  left: 0,
  right: 4,
  columns: [],
  plan: { baseYear: 2020, targetYear: 2025 },
  planEvidence: { code: "unknown" },
  periods: [],
  problems: [],
};

const ASSESSMENT = assessmentOf([
  judgedAt(4, "on_track", 0.55, { category: "综合实力", name: "地区生产总值（GDP）（亿元）" }),
  judgedAt(5, "behind", 0.3, { category: "综合实力", name: "人均 GDP（常住）（万元）", attribute: "binding" }),
  judgedAt(6, "behind", 0.45, { category: "综合实力", name: "全社会劳动生产率（万元/人）" }),
  judgedAt(24, "ahead", 1.2, { category: "生态环境", name: "PM2.5 年均浓度（微克/每立方米）", direction: "lower" }),
  judgementOf(25, { category: "生态环境", name: "地表水考核断面水质达到或好于Ⅲ类比例（%）" }),
  judgedAt(26, "on_track", 0.6, { category: "生态环境", valuePeriod: periodOf(2022, 1), flags: ["older_data"] }),
]);

const INPUT: SummaryInput = {
  mapping: MAPPING,
  assessment: ASSESSMENT,
  generatedAt: "2024-07-15T09:00:00+08:00",
  problems: [{ code: "table.no_base_column", message: "未找到基期值列" }, { code: "parse.number", message: "数值写法有误", cell: "D7" }],
  text,
};

/** Every cell a sheet plan writes, by sheet row and column. */
function cellsOf(sheet: SheetPlan): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const block of sheet.blocks) {
    block.values.forEach((row, i) => row.forEach((value, j) => cells.set(`${block.top + i},${block.left + j}`, value)));
  }
  return cells;
}

/** The row of the first cell in column A holding a text. */
function rowOf(sheet: SheetPlan, textInA: string): number {
  const found = [...cellsOf(sheet)].find(([key, value]) => key.endsWith(",0") && value === textInA);
  if (!found) throw new Error(`No ${textInA} in column A`);
  return Number(found[0].split(",")[0]);
}

/** A row's values in columns A onwards, up to the last written cell. */
function rowValues(sheet: SheetPlan, row: number): CellValue[] {
  const cells = cellsOf(sheet);
  const values: CellValue[] = [];
  for (let column = 0; cells.has(`${row},${column}`); column += 1) values.push(cells.get(`${row},${column}`) ?? null);
  return values;
}

describe("评估汇总", () => {
  const sheet = summarySheet(INPUT);

  it("opens with the plan, the evaluation period, its time progress, the source table and the generation time", () => {
    expect(sheet.name).toBe("评估汇总");
    expect(rowValues(sheet, 0)).toEqual(["规划主要指标评估汇总（2021—2025年）"]);
    expect([2, 3, 4, 5, 6].map((row) => rowValues(sheet, row))).toEqual([
      ["规划期", "2021—2025年（基期2020年）"],
      ["评估期", "2023年上半年"],
      ["时序进度", 0.5],
      ["数据来源", "'表2'!A3:E39"],
      ["生成时间", "2024年7月15日 09:00"],
    ]);
  });

  it("counts statuses by domain and in total, with each domain's average realisation against time progress", () => {
    const header = rowOf(sheet, "类别");
    expect(rowValues(sheet, header)).toEqual(["类别", "指标数", "▲ 提前实现目标", "● 达到进度要求", "▼ 未达到进度要求", "○ 数据暂缺", "平均实现度", "时序进度"]);
    const byCategory = ASSESSMENT.summary.byCategory;
    byCategory.forEach((category, i) => {
      expect(rowValues(sheet, header + 1 + i)).toEqual([
        category.category,
        category.total,
        category.counts.ahead,
        category.counts.on_track,
        category.counts.behind,
        category.counts.no_data,
        category.averageRealisation,
        0.5,
      ]);
    });
    expect(rowValues(sheet, header + 1 + byCategory.length).slice(0, 6)).toEqual(["合计", 6, 1, 2, 2, 1]);
  });

  it("charts average realisation by domain against time progress from a table of its own, right of the tables", () => {
    const [chart] = sheet.charts;
    expect(sheet.charts).toHaveLength(1);
    const data = chart?.data;
    if (!data) throw new Error("no chart");
    expect(rowValues(sheet, data.top)).toEqual(["类别", "平均实现度", "时序进度"]);
    expect(data.bottom - data.top).toBe(ASSESSMENT.summary.byCategory.length);
    expect(data.right - data.left).toBe(2);
    expect(chart?.anchor.column).toBeGreaterThan(7);
  });

  it("lists binding indicators behind and every lagging indicator with its gap", () => {
    const binding = rowOf(sheet, "三、约束性指标未达到进度要求");
    expect(rowValues(sheet, binding + 2).slice(0, 2)).toEqual(["人均 GDP（常住）（万元）", "综合实力"]);
    const lagging = rowOf(sheet, "四、滞后指标");
    const names = midTermSummary(ASSESSMENT.summary).lagging.map((_, i) => rowValues(sheet, lagging + 2 + i)[0]);
    expect(names).toEqual(midTermSummary(ASSESSMENT.summary).lagging.map((lag) => lag.name));
    expect(names).toContain("全社会劳动生产率（万元/人）");
  });

  it("counts projections in a fixed order and lists indicators judged on older data", () => {
    const projections = rowOf(sheet, "五、预计完成情况");
    expect([2, 3, 4, 5, 6].map((offset) => rowValues(sheet, projections + offset)[0])).toEqual([
      "已实现",
      "能如期完成",
      "经努力可完成",
      "完成难度较大",
      "无法预计",
    ]);
    const older = rowOf(sheet, "六、以较早数据评价的指标");
    expect(rowValues(sheet, older + 2)).toEqual(["指标26", "2022年"]);
  });

  it("writes each drafted paragraph into merged, wrapped rows, then the reading notes", () => {
    const title = rowOf(sheet, "七、评估结论（草稿）");
    const first = ASSESSMENT.summary.narrative[0];
    expect(rowValues(sheet, title + 1)).toEqual([first]);
    expect(sheet.merges).toContainEqual(expect.objectContaining({ top: title + 1, left: 0, right: 7 }));
    const notes = rowOf(sheet, "八、数据读取说明");
    expect(rowValues(sheet, notes + 1)).toEqual(["未找到基期值列"]);
    expect(rowValues(sheet, notes + 3)).toEqual(["D7：数值写法有误"]);
  });

  it("reaches no further than its used range", () => {
    const range = usedRange(sheet);
    for (const key of cellsOf(sheet).keys()) {
      const [row, column] = key.split(",").map(Number);
      expect(row).toBeLessThanOrEqual(range.bottom);
      expect(column).toBeLessThanOrEqual(range.right);
    }
  });
});

/** The run of the 越城区“十三五” end-of-plan table through the workbook layer. */
async function yuechengFinal(): Promise<RunOutcome> {
  const outcome = await runAssessment(new MemoryHost([await seedGrid("yuecheng-13th-final")]), { generatedAt: "2021-03-01T10:00:00+08:00" });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

/** How many judgements carry each end-of-plan grade, no grade counted as 数据暂缺. */
function gradeCounts(judgements: readonly Judgement[]): Record<EndOfPlanCode | "no_data", number> {
  const counts = { complete: 0, basically_complete: 0, incomplete: 0, no_data: 0 };
  for (const judgement of judgements) counts[judgement.endOfPlan ?? "no_data"] += 1;
  return counts;
}

/** The style a sheet gives one cell alone (a one-cell range), if any. */
function cellStyles(sheet: SheetPlan, row: number, column: number) {
  return sheet.styles.filter(({ range }) => range.top === row && range.bottom === row && range.left === column && range.right === column).map(({ style }) => style);
}

describe("评估汇总 at the end of the plan (越城区“十三五”, 2016–2020)", async () => {
  const outcome = await yuechengFinal();
  const { assessment } = outcome;
  const sheet = outcome.plan.sheets.find((planned) => planned.name === "评估汇总");
  if (!sheet) throw new Error("no summary sheet");
  const expected = gradeCounts(assessment.judgements);

  it("is an end-of-plan assessment: evaluation period 2020, time progress 100%", () => {
    expect(assessment.period?.code).toBe("2020");
    expect(assessment.timeProgress).toBe(1);
  });

  it("counts 完成, 基本完成, 未完成 and 数据暂缺 with the status block's symbols, under 完成情况统计", () => {
    const header = rowOf(sheet, "类别");
    expect(rowValues(sheet, header - 1)).toEqual(["一、完成情况统计"]);
    expect(rowValues(sheet, header)).toEqual(["类别", "指标数", "● 完成", "◐ 基本完成", "▼ 未完成", "○ 数据暂缺", "平均实现度", "时序进度"]);
    const total = rowOf(sheet, "合计");
    expect(rowValues(sheet, total).slice(0, 6)).toEqual([
      "合计",
      assessment.judgements.length,
      expected.complete,
      expected.basically_complete,
      expected.incomplete,
      expected.no_data,
    ]);
  });

  it("agrees with the published 完成情况 on 31 of 32 indicators: 城镇常住居民人均可支配收入 (61860 against 63000) is 基本完成", () => {
    const published = loadFixtureTable("yuecheng-13th-final").rows.map((cells) => cells[cells.length - 1]);
    const basically = assessment.judgements.filter((judgement) => judgement.endOfPlan === "basically_complete");
    expect(basically.map((judgement) => judgement.label.name)).toEqual(["城镇常住居民人均可支配收入"]);
    expect(expected).toEqual({
      complete: published.filter((word) => word === "完成").length - 1,
      basically_complete: 1,
      incomplete: 0,
      no_data: published.filter((word) => word === "不考核").length,
    });
  });

  it("fills each grade's header cell as the status block fills the grade", () => {
    const header = rowOf(sheet, "类别");
    const codes = ["complete", "basically_complete", "incomplete", "no_data"] as const;
    codes.forEach((code, i) => expect(cellStyles(sheet, header, 2 + i)).toContainEqual(STATUS_COLOURS[code]));
  });

  it("titles the lists for 未完成 indicators and lists none when every indicator is at least 基本完成", () => {
    for (const title of ["三、未完成的约束性指标", "四、未完成的指标"]) {
      const row = rowOf(sheet, title);
      expect(rowValues(sheet, row + 2)).toEqual(["无", null, null, null, null]);
    }
  });
});

describe("评估汇总 at the end of the plan, by domain", () => {
  const endOfPlan = (row: number, status: Judgement["status"], realisation: number, grade: EndOfPlanCode, fields: Partial<Judgement> = {}) =>
    judgedAt(row, status, realisation, { timeProgress: 1, valuePeriod: periodOf(2020, 1), endOfPlan: grade, ...fields });
  const assessment = assessmentOf(
    [
      endOfPlan(4, "ahead", 1.1, "complete", { category: "经济发展" }),
      endOfPlan(5, "behind", 0.97, "basically_complete", { category: "经济发展", name: "居民人均可支配收入" }),
      endOfPlan(6, "behind", 0.8, "incomplete", { category: "生态环境", name: "森林覆盖率", attribute: "binding" }),
      endOfPlan(7, "behind", 0.9, "incomplete", { category: "生态环境", name: "城镇化率" }),
      judgementOf(8, { category: "生态环境" }),
    ],
    { plan: { baseYear: 2015, targetYear: 2020 }, period: periodOf(2020, 1) },
  );
  const sheet = summarySheet({ ...INPUT, assessment, problems: [] });

  it("counts the grades per domain and in total", () => {
    const header = rowOf(sheet, "类别");
    expect([1, 2, 3].map((offset) => rowValues(sheet, header + offset).slice(0, 6))).toEqual([
      ["经济发展", 2, 1, 1, 0, 0],
      ["生态环境", 3, 0, 0, 2, 1],
      ["合计", 5, 1, 1, 2, 1],
    ]);
  });

  it("lists the 未完成 indicators only, widest gap to the target first, binding ones also under their own title", () => {
    const lagging = rowOf(sheet, "四、未完成的指标");
    expect([2, 3, 4].map((offset) => rowValues(sheet, lagging + offset)[0])).toEqual(["森林覆盖率", "城镇化率", undefined]);
    expect(rowValues(sheet, lagging + 2)).toEqual(["森林覆盖率", "生态环境", 0.8, 1, expect.closeTo(0.2, 9)]);
    const binding = rowOf(sheet, "三、未完成的约束性指标");
    expect(rowValues(sheet, binding + 2)[0]).toBe("森林覆盖率");
    expect(rowValues(sheet, binding + 3)).toEqual([]);
  });

  it("counts an indicator judged on older data under the grade the drafted narrative gives it, not as 数据暂缺", () => {
    const older = judgedAt(9, "on_track", 0.96, { timeProgress: 0.8, valuePeriod: periodOf(2019, 1), flags: ["older_data"], endOfPlan: null });
    const withOlder = assessmentOf([endOfPlan(4, "ahead", 1.1, "complete"), older], { plan: { baseYear: 2015, targetYear: 2020 }, period: periodOf(2020, 1) });
    const summary = summarySheet({ ...INPUT, assessment: withOlder, problems: [] });
    expect(rowValues(summary, rowOf(summary, "合计")).slice(0, 6)).toEqual(["合计", 2, 1, 1, 0, 0]);
    expect(withOlder.summary.narrative[0]).toContain("1项基本完成");
  });

  it("leaves the progress-status tables as they are mid-term: statuses, no fills, 滞后指标", () => {
    const midTerm = summarySheet(INPUT);
    const header = rowOf(midTerm, "类别");
    expect(rowValues(midTerm, header - 1)).toEqual(["一、评价结果统计"]);
    expect([2, 3, 4, 5].flatMap((column) => cellStyles(midTerm, header, column))).toEqual([]);
    const lagging = rowOf(midTerm, "四、滞后指标");
    expect(rowValues(midTerm, lagging + 2)[0]).toBe(midTermSummary(ASSESSMENT.summary).lagging[0]?.name);
    expect(() => rowOf(midTerm, "四、未完成的指标")).toThrow();
  });
});

describe("评估明细", () => {
  const sheet = detailSheet(ASSESSMENT, text);

  it("has one row per indicator under a frozen header", () => {
    expect(sheet.name).toBe("评估明细");
    expect(sheet.freezeRows).toBe(1);
    expect(sheet.blocks[0]?.values).toHaveLength(ASSESSMENT.judgements.length + 1);
    expect(rowValues(sheet, 0).slice(0, 3)).toEqual(["行号", "类别", "指标名称"]);
  });

  it("shows each indicator's reading of its cells: direction and reason, kind, value and period used, formula", () => {
    const row = rowValues(sheet, 4);
    const header = rowValues(sheet, 0);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell("行号")).toBe(24);
    expect(cell("方向")).toBe("逆向");
    expect(cell("方向依据")).toBe("无方向列、目标比较符或逆向指标名称，按越高越好");
    expect(cell("评价方式")).toBe("水平值");
    expect(cell("采用值")).toBe(120);
    expect(cell("采用期")).toBe("2023年上半年");
    expect(cell("实现度")).toBe(1.2);
    expect(cell("评价结果")).toBe("▲ 提前实现目标");
    expect(cell("计算公式")).toBe("实现度 =（当期值 − 基期值）÷（目标值 − 基期值）=（120 − 0）÷（100 − 0）");
  });

  it("lists every cell problem with its address", () => {
    const assessment = assessmentOf([
      judgementOf(7, { problems: [{ code: "parse.number", message: "数值写法有误", cell: "D7" }, { code: "x", message: "另一问题" }] }),
    ]);
    const row = rowValues(detailSheet(assessment, text), 1);
    expect(row[row.length - 1]).toBe("D7：数值写法有误；另一问题");
  });

  it("colours the status column with one bounded rule per status", () => {
    expect(sheet.conditional).toHaveLength(4);
    for (const rule of sheet.conditional) expect(rule.range).toEqual({ top: 1, left: 15, bottom: 6, right: 15 });
  });
});

describe("sheet pieces", () => {
  it("places a titled table and leaves one blank row after it", () => {
    const placed = placeTable(10, 0, "三、约束性指标未达到进度要求", { header: ["指标名称"], rows: [["无"]] });
    expect(placed.range).toEqual({ top: 11, left: 0, bottom: 12, right: 0 });
    expect(placed.next).toBe(14);
  });

  it("makes a paragraph as tall as its wrapped text needs, two rows at least", () => {
    expect(placeParagraph(30, 0, 8, 60, "短句").next).toBe(32);
    expect(placeParagraph(30, 0, 8, 10, "按".repeat(35)).next).toBe(34);
  });

  it("counts CJK characters as two columns wide", () => {
    expect(displayWidth("实现度48.8%")).toBe(11);
  });
});
