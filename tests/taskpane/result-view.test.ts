import { describe, expect, it } from "vitest";
import { assess } from "../../src/core/assess";
import { parsePeriod } from "../../src/core/period";
import type { Assessment, IndicatorInput } from "../../src/core/types";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { lackingCell, problemItems, resultCard, statusCounts } from "../../src/taskpane/result-view";
import { readIndicators } from "../../src/workbook/read";
import { findTable } from "../../src/workbook/table";
import { monitoringSeed } from "../e2e/seed";

/** The browser tests' table (越城区 with illustrative periods) assessed at a period. */
async function assessedAt(label?: string): Promise<{ assessment: Assessment; inputs: IndicatorInput[] }> {
  const grid = (await monitoringSeed()).sheets[0]!;
  const found = findTable(grid);
  if (!found.ok || !found.value.plan) throw new Error("the seeded table must be found");
  const inputs = readIndicators(grid, found.value).indicators;
  const period = label ? parsePeriod(label) : null;
  return { assessment: assess({ plan: found.value.plan, indicators: inputs, ...(period ? { period } : {}) }), inputs };
}

describe("statusCounts", () => {
  it("counts every indicator once, under the four statuses in report order with their labels", async () => {
    const { assessment } = await assessedAt("2022年");
    const counts = statusCounts(assessment);
    expect(counts.map((count) => count.code)).toEqual(["ahead", "on_track", "behind", "no_data"]);
    expect(counts.map((count) => count.label)).toEqual(["提前实现目标", "达到进度要求", "未达到进度要求", "数据暂缺"]);
    expect(Object.fromEntries(counts.map((count) => [count.code, count.count]))).toEqual(assessment.summary.counts);
  });

  it("uses the labels the user renamed", async () => {
    const { assessment } = await assessedAt("2022年");
    const renamed = { ...assessment, settings: { ...assessment.settings, labels: { ...assessment.settings.labels, behind: "滞后" } } };
    expect(statusCounts(renamed).find((count) => count.code === "behind")?.label).toBe("滞后");
  });

  it("counts an end-of-plan judgement under its 完成 / 基本完成 / 未完成 label", async () => {
    const { assessment } = await assessedAt("2022年");
    const [first, ...rest] = assessment.judgements;
    const ended = { ...assessment, judgements: [{ ...first!, status: "on_track" as const, endOfPlan: "basically_complete" as const }, ...rest] };
    const counts = statusCounts(ended);
    expect(counts.find((count) => count.code === "basically_complete")).toEqual({ code: "basically_complete", label: "基本完成", count: 1 });
    expect(counts.reduce((sum, count) => sum + count.count, 0)).toBe(assessment.judgements.length);
  });
});

describe("problemItems", () => {
  it("lists unreadable cells with their cells, then indicators lacking data at their evaluation-period cell", async () => {
    const { assessment, inputs } = await assessedAt("2022年");
    const items = problemItems({ assessment, inputs, tableProblems: [], text: taskpaneZhCN });
    const lacking = assessment.judgements.filter((judgement) => judgement.status === "no_data");
    expect(items.length).toBe(assessment.judgements.flatMap((judgement) => judgement.problems).length + lacking.length);
    const cellProblems = items.slice(0, items.length - lacking.length);
    expect(cellProblems.every((item) => item.ref !== null && /^[A-Z]+\d+$/u.test(item.ref))).toBe(true);
    const lackingItems = items.slice(items.length - lacking.length);
    expect(lackingItems.map((item) => item.ref)).toEqual(lacking.map((judgement) => `I${judgement.row}`));
    expect(lackingItems[0]?.text).toContain(lacking[0]!.name);
  });

  it("puts the table's own problems first", async () => {
    const { assessment, inputs } = await assessedAt("2022年");
    const items = problemItems({
      assessment,
      inputs,
      tableProblems: [{ code: "read.no_name", message: "第 40 行有数值但没有指标名称", cell: "B40" }],
      text: taskpaneZhCN,
    });
    expect(items[0]).toEqual({ ref: "B40", text: "第 40 行有数值但没有指标名称" });
  });
});

describe("lackingCell", () => {
  it("falls back to the latest cell, then the target cell, then none", () => {
    const input: IndicatorInput = {
      row: 5,
      name: "营商环境便利度（%）",
      base: { raw: "—", ref: "D5" },
      target: { raw: ">90", ref: "E5" },
      observations: [{ period: parsePeriod("2021年")!, cell: { raw: null, ref: "G5" } }],
    };
    expect(lackingCell(input, "2021")).toBe("G5");
    expect(lackingCell(input, "2022")).toBe("G5");
    expect(lackingCell({ ...input, observations: [] }, "2022")).toBe("E5");
    expect(lackingCell(undefined, "2022")).toBeNull();
  });
});

describe("resultCard", () => {
  it("compares average realisation with time progress in words and keeps every drafted paragraph", async () => {
    const { assessment, inputs } = await assessedAt("2022年");
    const card = resultCard({ assessment, inputs, tableProblems: [], text: taskpaneZhCN });
    const average = assessment.summary.averageRealisation!;
    expect(card.average).toBe(average);
    expect(card.timeProgress).toBe(0.4);
    expect(card.comparison).toBe(taskpaneZhCN.result.comparison(average, 0.4));
    expect(card.comparison).toMatch(average >= 0.4 ? /^平均实现度快于时序进度/u : /^平均实现度慢于时序进度/u);
    expect(card.paragraphs).toEqual(assessment.summary.narrative);
    expect(card.total).toBe(34);
  });

  describe("edge cases", () => {
    it("says so when no indicator could be given a realisation", async () => {
      const { assessment, inputs } = await assessedAt("2022年");
      const none = { ...assessment, summary: { ...assessment.summary, averageRealisation: null } };
      expect(resultCard({ assessment: none, inputs, tableProblems: [], text: taskpaneZhCN }).comparison).toBe(taskpaneZhCN.result.noComparison);
    });
  });
});

describe("the card's 较上期 counts", () => {
  it("lists each change with its symbol and word against the period compared with, and nothing when nothing was compared", async () => {
    const { assessment, inputs } = await assessedAt("2022年");
    const comparison = { period: parsePeriod("2021年"), indicators: [], counts: { better: 3, same: 1, worse: 2, new: 0 } };
    const card = resultCard({ assessment, inputs, tableProblems: [], text: taskpaneZhCN, comparison });
    expect(card.changes).toEqual({
      period: "2021年",
      counts: [
        { code: "better", label: "↑好转", count: 3 },
        { code: "same", label: "→持平", count: 1 },
        { code: "worse", label: "↓退步", count: 2 },
        { code: "new", label: "新增", count: 0 },
      ],
    });
    expect(resultCard({ assessment, inputs, tableProblems: [], text: taskpaneZhCN }).changes).toBeNull();
    const none = { period: null, indicators: [], counts: null };
    expect(resultCard({ assessment, inputs, tableProblems: [], text: taskpaneZhCN, comparison: none }).changes).toBeNull();
  });
});
