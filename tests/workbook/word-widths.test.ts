import { describe, expect, it } from "vitest";
import { displayWidth, fittedWidths, longestPiece } from "../../src/workbook/word-widths";

/** The 评价表's header on the Word page (no 类别), and rows as the report shows them. */
const HEADER = ["指标名称", "2020年", "2023年上半年", "2025年目标", "指标属性", "实现度", "评价结果", "预计完成情况"];
const ROWS = [
  ["地区生产总值（亿元）", "1516.7", "1910.2（2022年）", "2000", "预期性", "178.6%", "提前实现目标", "已实现"],
  ["单位GDP二氧化碳排放降低率（%）", "完成上级下达任务", "", "完成上级下达任务", "约束性", "", "达到进度要求", "能如期完成"],
  ["空气质量优良天数比例（%）", "89.3", "84.6", "87", "约束性", "0%", "未达到进度要求", "完成难度较大"],
];
/** Each cell's room for text: its column's width less the cell's margins. */
const PADDING = 2.4;

describe("the appendix table's widths on the Word page", () => {
  it("leaves room in every column for its longest piece that may not break, so no number is cut", () => {
    const widths = fittedWidths(HEADER, ROWS, 0);
    for (const row of ROWS) row.forEach((cell, j) => expect((widths[j] ?? 0) - PADDING + 1e-9, `${cell} in column ${j}`).toBeGreaterThanOrEqual(longestPiece(cell)));
  });

  it("gives the name column what is left of the page, the others summing with it to the page", () => {
    const widths = fittedWidths(HEADER, ROWS, 0);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(98, 0);
    expect(widths[0]).toBeGreaterThanOrEqual(16);
  });

  it("keeps a number and the bracket after it together, and breaks Chinese text between any two characters", () => {
    expect(longestPiece("1910.2（2022年）")).toBe(displayWidth("1910.2（2022"));
    expect(longestPiece("完成上级下达任务")).toBe(2);
    expect(longestPiece("178.6%")).toBe(displayWidth("178.6%"));
    expect(longestPiece("53 左右")).toBe(displayWidth("53"));
  });

  it("when the page cannot hold every column at its comfortable width, only the growth gives way", () => {
    const cell = "12345.6 完成上级下达任务";
    const wide = ["指标名称", ...Array.from({ length: 7 }, (_, i) => `第${i + 1}列`)];
    const widths = fittedWidths(wide, [["名称", ...wide.slice(1).map(() => cell)]], 0);
    const comfortable = 12 + PADDING;
    for (let j = 1; j < wide.length; j += 1) {
      expect((widths[j] ?? 0) - PADDING + 1e-9).toBeGreaterThanOrEqual(longestPiece(cell));
      expect(widths[j]).toBeLessThan(comfortable);
    }
    expect(widths[0]).toBeCloseTo(16 + PADDING, 0);
  });

  it("shrinks every column together only when not even the unbreakable pieces fit (then Word must cut)", () => {
    const many = ["指标名称", ...Array.from({ length: 12 }, (_, i) => `第${i + 1}列`)];
    const widths = fittedWidths(many, [["名称", ...many.slice(1).map(() => "12345.6")]], 0);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(98, 0);
    expect(new Set(widths.slice(1)).size).toBe(1);
  });

  describe("edge cases", () => {
    it("draws an empty column two CJK characters wide and counts empty text as nothing", () => {
      expect(displayWidth("")).toBe(0);
      expect(longestPiece("")).toBe(0);
      const widths = fittedWidths(["指标名称", "评估期数值"], [["甲", ""]], 0);
      expect(widths[1]).toBeCloseTo(4 + PADDING, 5);
    });
  });
});
