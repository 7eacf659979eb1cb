import { describe, expect, it } from "vitest";
import { workbookText } from "../../src/i18n/workbook";
import { summarySheet, type SummaryInput } from "../../src/workbook/summary-sheet";
import type { CellValue, Judgement } from "../../src/core/types";
import type { SheetPlan, TableMapping } from "../../src/workbook/types";
import { assessmentOf, judgedAt, judgementOf } from "./assessments";

const text = workbookText().write;

const MAPPING: TableMapping = {
  sheet: "表2", headerTop: 2, headerBottom: 2, firstRow: 3, lastRow: 10, left: 0, right: 4, columns: [],
  plan: { baseYear: 2020, targetYear: 2025 }, planEvidence: { code: "unknown" }, periods: [], problems: [],
};

/** The summary sheet of some judgements. */
function summaryOf(judgements: Judgement[]): SheetPlan {
  const input: SummaryInput = { mapping: MAPPING, assessment: assessmentOf(judgements), generatedAt: "2024-07-15T09:00:00+08:00", problems: [], text };
  return summarySheet(input);
}

/** Every cell a sheet plan writes, by "row,column". */
function cellsOf(sheet: SheetPlan): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const block of sheet.blocks) block.values.forEach((row, i) => row.forEach((value, j) => cells.set(`${block.top + i},${block.left + j}`, value)));
  return cells;
}

/** The values of a rectangle of a sheet plan. */
function valuesIn(sheet: SheetPlan, range: { top: number; left: number; bottom: number; right: number }): CellValue[][] {
  const cells = cellsOf(sheet);
  return Array.from({ length: range.bottom - range.top + 1 }, (_, i) =>
    Array.from({ length: range.right - range.left + 1 }, (_, j) => cells.get(`${range.top + i},${range.left + j}`) ?? null),
  );
}

const undivided = [
  judgedAt(3, "behind", 0.3, { name: "一般公共预算收入" }),
  judgedAt(4, "on_track", 0.6, { name: "森林覆盖率" }),
  judgementOf(5, { name: "外贸出口额" }),
];

describe("评估汇总 without domains", () => {
  it("charts each assessed indicator's realisation against time progress, not a one-bar 未分类", () => {
    const sheet = summaryOf(undivided);
    const [chart] = sheet.charts;
    expect(chart?.title).toBe("各指标实现度与时序进度");
    const data = valuesIn(sheet, chart!.data);
    expect(data[0]).toEqual(["指标名称", "实现度", "时序进度"]);
    expect(data.slice(1)).toEqual([["一般公共预算收入", 0.3, 0.5], ["森林覆盖率", 0.6, 0.5]]);
    expect([...cellsOf(sheet).values()]).not.toContain("未分类");
  });

  it("keeps the domain chart and a row per domain when the table has domains", () => {
    const sheet = summaryOf(undivided.map((judgement, i) => ({ ...judgement, category: i === 0 ? "经济发展" : "生态环境" })));
    expect(sheet.charts[0]?.title).toBe("分领域平均实现度与时序进度");
    const values = [...cellsOf(sheet).values()];
    expect(values).toContain("经济发展");
    expect(values).toContain("生态环境");
  });
});

describe("评估汇总's paragraphs when printed", () => {
  it("merge enough rows for their text at about 52 CJK characters a row across A–H", () => {
    const many = Array.from({ length: 30 }, (_, i) => judgedAt(i + 3, "behind", 0.1 + i / 100, { name: `第${i + 1}项较长名称的规划指标` }));
    const sheet = summaryOf(many);
    const cells = cellsOf(sheet);
    const paragraphs = sheet.merges.filter((merge) => merge.left === 0 && merge.right === 7 && merge.bottom > merge.top);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const merge of paragraphs) {
      const paragraph = String(cells.get(`${merge.top},0`) ?? "");
      const rows = merge.bottom - merge.top + 1;
      // 126 widths across A–H; a CJK character prints about 2.4 widths wide, a digit or Latin letter half that.
      const wide = [...paragraph].filter((character) => /[\u3000-\u9fff\uff00-\uffef]/u.test(character)).length;
      const narrow = [...paragraph].length - wide;
      expect(rows * Math.floor(126 / 2.4)).toBeGreaterThanOrEqual(wide + narrow / 2);
    }
  });
});

describe("评估汇总 of a large batch without domains", () => {
  it("charts the overall average against time progress rather than thousands of bars", () => {
    const batch = Array.from({ length: 500 }, (_, i) => judgedAt(i + 3, "on_track", 0.5, { name: `指标${i + 1}` }));
    const sheet = summaryOf(batch);
    const [chart] = sheet.charts;
    expect(chart?.title).toBe("分领域平均实现度与时序进度");
    expect(valuesIn(sheet, chart!.data)).toEqual([["类别", "平均实现度", "时序进度"], ["合计", 0.5, 0.5]]);
  });
});
