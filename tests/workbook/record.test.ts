import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodOf } from "../../src/core/period";
import { defaultSettings } from "../../src/core/settings";
import type { CellValue } from "../../src/core/types";
import { recordText } from "../../src/i18n/record";
import { compareWithRecord, emptyRecord, mergeRecord, readRecord, recordKey } from "../../src/workbook/record";
import type { AssessmentRecord } from "../../src/workbook/record";
import { recordSheet } from "../../src/workbook/record-sheet";
import type { Grid } from "../../src/workbook/types";
import { assessmentOf, judgedAt, judgementOf } from "./assessments";

const labels = defaultSettings.labels;

/** The record sheet a record is written as, read back as a door reads it (numbers under a percent format as text). */
function roundTrip(record: AssessmentRecord): { record: AssessmentRecord; problems: { code: string; cell?: string }[] } {
  return readRecord(asRead(recordSheet(record, labels, recordText()).blocks[0]?.values ?? []), labels);
}

/** A grid of the record sheet, realisations as the percent text a door reads. */
function asRead(values: CellValue[][]): Grid {
  const read = values.map((row, i) => row.map((value, j) => (i >= 2 && j >= 2 && j % 2 === 1 && typeof value === "number" ? `${Number((value * 100).toPrecision(12))}%` : value)));
  return { sheet: "评估记录", top: 0, left: 0, values: read, merges: [] };
}

const at2021 = assessmentOf(
  [
    judgedAt(4, "on_track", 0.5, { category: "经济发展", name: "地区生产总值（亿元）" }),
    judgedAt(5, "behind", 0.2, { category: "经济发展", name: "人均GDP（万元）" }),
    judgementOf(6, { category: "生态环境", name: "PM2.5浓度" }),
  ],
  { period: periodOf(2021, 1) },
);

describe("the record of assessments", () => {
  it("is read back as it was written: periods, rows, statuses and realisations", () => {
    const record = mergeRecord(emptyRecord(), at2021);
    const read = roundTrip(record);
    expect(read.problems).toEqual([]);
    expect(read.record.periods.map((period) => period.code)).toEqual(["2021"]);
    expect(read.record.rows.map((row) => [row.category, row.name, row.entries.get("2021")])).toEqual([
      ["经济发展", "地区生产总值（亿元）", { status: "on_track", realisation: 0.5 }],
      ["经济发展", "人均GDP（万元）", { status: "behind", realisation: 0.2 }],
      ["生态环境", "PM2.5浓度", { status: "no_data", realisation: null }],
    ]);
  });

  it("finds each indicator by its 类别 and name when the table's rows were reordered", () => {
    const record = roundTrip(mergeRecord(emptyRecord(), at2021)).record;
    const reordered = assessmentOf(
      [
        judgedAt(4, "on_track", 0.6, { category: "经济发展", name: "人均GDP（万元）" }),
        judgedAt(9, "on_track", 0.4, { category: "经济发展", name: "地区生产总值 （亿元）" }),
      ],
      { period: periodOf(2022, 1) },
    );
    const comparison = compareWithRecord(record, reordered);
    expect(comparison.indicators.map((indicator) => [indicator.previous?.status, indicator.change])).toEqual([
      ["behind", "better"],
      ["on_track", "worse"],
    ]);
    expect(comparison.counts).toEqual({ better: 1, same: 0, worse: 1, new: 0 });
  });

  it("keeps an indicator no longer in the table with its earlier entries, and drops its entry for a period run again", () => {
    const record = mergeRecord(emptyRecord(), at2021);
    const at2022 = assessmentOf([judgedAt(4, "on_track", 0.6, { category: "经济发展", name: "地区生产总值（亿元）" })], { period: periodOf(2022, 1) });
    const merged = mergeRecord(record, at2022);
    expect(merged.periods.map((period) => period.code)).toEqual(["2021", "2022"]);
    expect(merged.rows.map((row) => [row.name, [...row.entries.keys()]])).toEqual([
      ["地区生产总值（亿元）", ["2021", "2022"]],
      ["人均GDP（万元）", ["2021"]],
      ["PM2.5浓度", ["2021"]],
    ]);
    const again2021 = assessmentOf([judgedAt(4, "ahead", 1.1, { category: "经济发展", name: "地区生产总值（亿元）" })], { period: periodOf(2021, 1) });
    const rerun = mergeRecord(merged, again2021);
    expect(rerun.rows.map((row) => row.name)).toEqual(["地区生产总值（亿元）"]);
    expect(rerun.rows[0]?.entries.get("2021")).toEqual({ status: "ahead", realisation: 1.1 });
    expect(rerun.rows[0]?.entries.get("2022")).toEqual({ status: "on_track", realisation: 0.6 });
  });

  it("sorts periods in time whatever order they were run in, and compares an earlier period only with what came before it", () => {
    const at2023H1 = assessmentOf([judgedAt(4, "on_track", 0.7, { category: "经济发展", name: "地区生产总值（亿元）" })], { period: periodOf(2023, 0.5) });
    const record = mergeRecord(mergeRecord(emptyRecord(), at2023H1), at2021);
    expect(record.periods.map((period) => period.code)).toEqual(["2021", "2023H1"]);
    expect(roundTrip(record).record.periods.map((period) => period.code)).toEqual(["2021", "2023H1"]);
    expect(compareWithRecord(record, at2021).counts).toBeNull();
  });

  it("tells two rows of the same 类别 and name apart by their order", () => {
    const twice = assessmentOf(
      [judgedAt(4, "ahead", 1.2, { category: "民生", name: "新增就业" }), judgedAt(5, "behind", 0.1, { category: "民生", name: "新增就业" })],
      { period: periodOf(2021, 1) },
    );
    const record = roundTrip(mergeRecord(emptyRecord(), twice)).record;
    const next = assessmentOf(
      [judgedAt(4, "ahead", 1.2, { category: "民生", name: "新增就业" }), judgedAt(5, "behind", 0.1, { category: "民生", name: "新增就业" })],
      { period: periodOf(2022, 1) },
    );
    expect(compareWithRecord(record, next).indicators.map((indicator) => indicator.change)).toEqual(["same", "same"]);
  });

  it("records nothing for a run without an evaluation period", () => {
    const record = mergeRecord(emptyRecord(), at2021);
    expect(mergeRecord(record, assessmentOf([], { period: null }))).toBe(record);
  });

  describe("edge cases", () => {
    it("names each cell it cannot read and reads the rest", () => {
      const grid: Grid = {
        sheet: "评估记录",
        top: 0,
        left: 0,
        values: [
          ["类别", "指标名称", "2021年", null, "明年", null],
          [null, null, "评价结果", "实现度", "评价结果", "实现度"],
          ["经济发展", "地区生产总值（亿元）", "很好", "50%", "达到进度要求", "0.5"],
          ["经济发展", "人均GDP（万元）", "未达到进度要求", "约两成", null, null],
          [null, null, "达到进度要求", "10%", null, null],
        ],
        merges: [],
      };
      const read = readRecord(grid, labels);
      expect(read.problems.map((problem) => [problem.code, problem.cell])).toEqual([
        ["record.period", "E1"],
        ["record.status", "C3"],
        ["record.realisation", "D4"],
      ]);
      expect(read.problems[0]?.message).toContain("评估记录");
      expect(read.record.rows.map((row) => [row.name, row.entries.get("2021")])).toEqual([
        ["地区生产总值（亿元）", undefined],
        ["人均GDP（万元）", { status: "behind", realisation: null }],
      ]);
    });

    it("reads statuses under renamed labels and under the default ones", () => {
      const renamed = { ...labels, behind: "滞后" };
      const grid = asRead([
        ["类别", "指标名称", "2021年", null, "2022年", null],
        [null, null, "评价结果", "实现度", "评价结果", "实现度"],
        [null, "甲", "未达到进度要求", 0.2, "滞后", 0.3],
      ]);
      const read = readRecord(grid, renamed);
      expect(read.problems).toEqual([]);
      expect([...(read.record.rows[0]?.entries.values() ?? [])].map((entry) => entry.status)).toEqual(["behind", "behind"]);
    });

    it("reads an empty sheet as an empty record", () => {
      expect(readRecord({ sheet: "评估记录", top: 0, left: 0, values: [], merges: [] }, labels)).toEqual({ record: emptyRecord(), problems: [] });
    });

    it("keys names without their spaces, full-width ones included", () => {
      expect(recordKey(" 经济 ", "地区\u3000生产总值\n（亿元）", 1)).toBe(recordKey("经济", "地区生产总值（亿元）", 1));
      expect(recordKey("经济", "甲", 0)).not.toBe(recordKey("经济", "甲", 1));
    });
  });
});

describe("any record sheet", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.string(),
    fc.constantFrom("2021年", "2023年上半年", "提前实现目标", "数据暂缺", "85.5%", "1e400%", "#N/A", "—", "=SUM(A1)"),
  );

  it("is read without throwing, every realisation finite or null, every problem naming its cell", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), (values) => {
        const read = readRecord({ sheet: "评估记录", top: 0, left: 0, values, merges: [] }, labels);
        for (const row of read.record.rows) {
          for (const entry of row.entries.values()) expect(entry.realisation === null || Number.isFinite(entry.realisation)).toBe(true);
        }
        for (const problem of read.problems) expect(problem.message).toContain(problem.cell ?? "?");
      }),
    );
  });
});
