import { describe, expect, it } from "vitest";
import { parseCell } from "../../src/core/cell";
import { isUnit, parseIndicatorName } from "../../src/core/name";
import { parseHeaderLabel } from "../../src/core/period";
import type { CellKind } from "../../src/core/types";
import { fixtureColumn, loadFixtureTable } from "../helpers/fixtures";

/** The columns of the seed tables that hold base, target and observation values. */
const VALUE_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["keqiao-14th-targets", "2020 年实绩"],
  ["keqiao-14th-targets", "2025 年目标"],
  ["yuecheng-14th-targets", "2020年预计值"],
  ["yuecheng-14th-targets", "2025年"],
  ["yuecheng-13th-final", "2020年目标值"],
  ["yuecheng-13th-final", "2020年预计值"],
  ["yuecheng-13th-final", "完成情况"],
  ["keqiao-13th-final", "“十三五”目标 2020 年"],
  ["keqiao-13th-final", "“十三五”目标 年均增长"],
  ["keqiao-13th-final", "“十三五”实绩 2020 年"],
  ["keqiao-13th-final", "“十三五”实绩 年均增长"],
];

const valueCells = VALUE_COLUMNS.flatMap(([table, header]) =>
  fixtureColumn(table, header).map(({ row, text }) => ({ table, header, row, text })),
);

describe("seed table cells", () => {
  it("finds every value column in the seed tables", () => {
    expect(valueCells.length).toBeGreaterThan(300);
  });

  it.each(valueCells)("reads $table, $header, data row $row ($text) without a problem", ({ text }) => {
    const result = parseCell(text);
    expect(result.ok ? null : result.problem).toBeNull();
  });

  it("reads each kind of cell the seed tables hold", () => {
    const kinds = new Set<CellKind>(
      valueCells.map(({ text }) => parseCell(text)).flatMap((result) => (result.ok ? [result.value.kind] : [])),
    );
    expect([...kinds].sort()).toEqual(["approx", "bound", "cumulative", "missing", "point", "qualitative", "relative"]);
  });

  it.each<[string, string, number, object]>([
    ["keqiao-14th-targets", "2025 年目标", 0, { kind: "point", value: 2200, annotations: { stretch: true } }],
    ["keqiao-14th-targets", "2025 年目标", 1, { kind: "approx", value: 20 }],
    ["keqiao-14th-targets", "2025 年目标", 12, { kind: "cumulative", value: 20, percent: false }],
    ["keqiao-14th-targets", "2025 年目标", 16, { kind: "qualitative", text: "完成上级下达任务" }],
    ["keqiao-14th-targets", "2020 年实绩", 31, { kind: "bound", op: ">", value: 98.5 }],
    ["keqiao-14th-targets", "2025 年目标", 20, { kind: "bound", op: "<", value: 30 }],
    ["yuecheng-14th-targets", "2020年预计值", 0, { kind: "missing", reason: "marker" }],
    ["yuecheng-14th-targets", "2025年", 0, { kind: "bound", op: ">=", value: 1500 }],
    ["yuecheng-14th-targets", "2020年预计值", 17, { kind: "point", value: 3.7, annotations: { year: 2019 } }],
    ["yuecheng-14th-targets", "2020年预计值", 29, { kind: "bound", op: "<", value: 35 }],
    ["yuecheng-14th-targets", "2020年预计值", 26, { kind: "qualitative", text: "完成省市下达指标" }],
    ["yuecheng-13th-final", "2020年目标值", 12, { kind: "bound", op: ">=", value: 99 }],
    ["yuecheng-13th-final", "2020年目标值", 19, { kind: "qualitative", text: "市下达指标" }],
    ["yuecheng-13th-final", "2020年预计值", 19, { kind: "qualitative", text: "完成市下达指标", met: true }],
    ["yuecheng-13th-final", "2020年目标值", 24, { kind: "missing", reason: "marker" }],
    ["yuecheng-13th-final", "完成情况", 24, { kind: "missing", reason: "marker" }],
    ["keqiao-13th-final", "“十三五”目标 2020 年", 3, { kind: "relative", relation: "faster" }],
    ["keqiao-13th-final", "“十三五”目标 2020 年", 19, { kind: "cumulative", value: 21.5, change: "decrease" }],
    ["keqiao-13th-final", "“十三五”实绩 2020 年", 13, { kind: "cumulative", value: 14.3 }],
    ["keqiao-13th-final", "“十三五”实绩 2020 年", 17, { kind: "point", value: -0.035 }],
    ["keqiao-13th-final", "“十三五”实绩 2020 年", 24, { kind: "point", value: 97.08, annotations: { notes: ["城市污水<集中>处理率"] } }],
    ["keqiao-13th-final", "“十三五”实绩 2020 年", 31, { kind: "bound", op: ">=", value: 98.5 }],
    ["keqiao-13th-final", "“十三五”实绩 年均增长", 0, { kind: "point", value: 5.4, percent: true, annotations: { notes: ["可比价"] } }],
    ["keqiao-13th-final", "“十三五”目标 年均增长", 3, { kind: "missing", reason: "empty" }],
  ])("reads %s, %s, data row %d as %o", (table, header, row, expected) => {
    const text = fixtureColumn(table, header)[row]?.text ?? null;
    expect(parseCell(text)).toMatchObject({ ok: true, value: expected });
  });
});

/** The columns of the seed tables that hold indicator names (sub-items included). */
const NAME_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["keqiao-14th-targets", "指标名称（单位）"],
  ["keqiao-13th-final", "指标名称（单位）"],
  ["yuecheng-14th-targets", "指标"],
  ["yuecheng-13th-final", "指标名称"],
  ["yuecheng-13th-final", "子项"],
];

const nameCells = NAME_COLUMNS.flatMap(([table, header]) =>
  fixtureColumn(table, header)
    .filter(({ text }) => text.trim() !== "")
    .map(({ row, text }) => ({ table, header, row, text })),
);

describe("seed table names", () => {
  it.each(nameCells)("cleans $table, $header, data row $row ($text) to a name without numbering or footnote", ({ text }) => {
    const { name } = parseIndicatorName(text);
    expect(name).not.toBe("");
    expect(name).not.toMatch(/^\d+\.\s/u);
    expect(name).not.toMatch(/[)）\u4e00-\u9fff]\d+$/u);
    expect(name).not.toMatch(/[（(][^（()）]*[)）]$/u);
    expect(name).not.toMatch(/\s/u);
  });

  it("finds the unit of every keqiao name that prints one", () => {
    for (const table of ["keqiao-14th-targets", "keqiao-13th-final"]) {
      for (const { text } of fixtureColumn(table, "指标名称（单位）")) {
        if (text.startsWith("城乡居民收入比")) continue; // a ratio: no unit printed
        expect(parseIndicatorName(text).unit, text).toBeDefined();
      }
    }
  });

  it("knows every value of yuecheng's unit column as a unit", () => {
    for (const { text } of fixtureColumn("yuecheng-14th-targets", "单位")) expect(isUnit(text), text).toBe(true);
  });

  it.each<[string, string, number, object]>([
    ["keqiao-14th-targets", "指标名称（单位）", 1, { name: "人均GDP", unit: "万元", qualifiers: ["常住"] }],
    ["keqiao-14th-targets", "指标名称（单位）", 20, { name: "PM2.5年均浓度", unit: "微克/每立方米" }],
    ["keqiao-14th-targets", "指标名称（单位）", 27, { name: "3岁以下婴幼儿托育机构覆盖率", unit: "%" }],
    ["keqiao-14th-targets", "指标名称（单位）", 28, { name: "每千人执业（助理）医师数", unit: "人", qualifiers: ["常住"] }],
    ["keqiao-13th-final", "指标名称（单位）", 15, { name: "城乡居民收入比", qualifiers: ["常住口径"] }],
    ["yuecheng-14th-targets", "指标", 18, { name: "旅游业总收入", qualifiers: [] }],
    ["yuecheng-14th-targets", "指标", 25, { name: "每千人口拥有3岁以下婴幼儿托位数" }],
  ])("cleans %s, %s, data row %d to %o", (table, header, row, expected) => {
    expect(parseIndicatorName(fixtureColumn(table, header)[row]?.text ?? "")).toMatchObject(expected);
  });
});

describe("seed table headers", () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    ["keqiao-14th-targets", "2020 年实绩", "2020", "actual"],
    ["keqiao-14th-targets", "2025 年目标", "2025", "target"],
    ["yuecheng-14th-targets", "2020年预计值", "2020", "estimate"],
    ["yuecheng-14th-targets", "2025年", "2025", undefined],
    ["yuecheng-13th-final", "2020年目标值", "2020", "target"],
    ["yuecheng-13th-final", "完成情况", undefined, "completion"],
    ["keqiao-13th-final", "“十三五”目标 2020 年", "2020", "target"],
    ["keqiao-13th-final", "“十三五”实绩 年均增长", undefined, "growth"],
  ])("reads %s's header %j as period %s, word %s", (table, header, code, word) => {
    expect(loadFixtureTable(table).header).toContain(header);
    const label = parseHeaderLabel(header);
    expect(label.period?.code).toBe(code);
    expect(label.word).toBe(word);
  });
});

describe("edge cases", () => {
  it("reads the sub-rows' empty target cells as empty", () => {
    const targets = fixtureColumn("yuecheng-13th-final", "2020年目标值").slice(21, 24);
    for (const { text } of targets) expect(parseCell(text)).toMatchObject({ ok: true, value: { kind: "missing", reason: "empty" } });
  });

  it("keeps the line break of a qualitative cell in its raw text", () => {
    const cell = fixtureColumn("keqiao-14th-targets", "2025 年目标")[17]?.text ?? "";
    expect(cell).toContain("\n");
    expect(parseCell(cell)).toMatchObject({ ok: true, value: { raw: cell, text: "完成上级下达任务", met: true } });
  });
});
