import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { h2023, judgement, period, plan14, plan15 } from "./judgements";
import { defaultSettings } from "../../src/core/settings";
import { averageRealisation, countProjections, countStatuses, midTerm } from "./oracles";
import {
  categoryOf,
  displayName,
  endOfPlanOf,
  isHeldToTimeProgress,
  lagsOf,
  summarise,
} from "../../src/core/summary";
import type {
  IndicatorKind,
  Judgement,
  JudgementFlag,
  Period,
  ProjectionCode,
  Settings,
  StatusCode,
} from "../../src/core/types";


/** The data rows of a seed table, each cell as printed. */
function seedRows(name: string): string[][] {
  const file = fileURLToPath(new URL(`../fixtures/${name}.csv`, import.meta.url));
  const [, ...rows] = parse(readFileSync(file, "utf8"), { bom: true }) as string[][];
  return rows;
}

describe("summarise: counts", () => {
  const judgements = [
    judgement({ row: 1, name: "全区生产总值", status: "ahead", realisation: 1.2 }),
    judgement({ row: 2, name: "人均生产总值" }),
    judgement({ row: 3, name: "一般公共预算收入", status: "behind", realisation: 0.3 }),
    judgement({ row: 4, name: "固定资产投资", status: "behind", realisation: 0.1 }),
    judgement({ row: 5, name: "每万人高价值发明专利拥有量", status: "no_data", realisation: null }),
  ];

  it("counts every indicator once under its status", () => {
    const summary = summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings });
    expect(summary.total).toBe(5);
    expect(summary.counts).toEqual({ ahead: 1, on_track: 1, behind: 2, no_data: 1 });
  });

  it("counts projections to the end year by code", () => {
    const projections: ProjectionCode[] = ["reached", "on_course", "on_course", "difficult", "unknown"];
    const projected = judgements.map((j, i) => ({ ...j, projection: projections[i] ?? "unknown" }));
    expect(summarise(projected, { plan: plan14, period: h2023, settings: defaultSettings }).projections).toEqual({
      reached: 1,
      on_course: 2,
      with_effort: 0,
      difficult: 1,
      unknown: 1,
    });
  });
});

describe("summarise: by category", () => {
  it("lists the categories of 越城区's table in the order they first appear", () => {
    const judgements = seedRows("yuecheng-14th-targets").map(([category, name], i) =>
      judgement({ row: i + 2, name: name ?? "", category }),
    );
    const categories = summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }).byCategory;
    expect(categories.map((c) => c.category)).toEqual([
      "综合实力",
      "科技创新",
      "开放活力",
      "文化发展",
      "社会民生",
      "生态环境",
      "治理体系",
    ]);
    expect(categories.map((c) => c.total)).toEqual([6, 7, 4, 2, 7, 5, 3]);
  });

  it("keeps a category's first position when its indicators are not adjacent", () => {
    const judgements = [
      judgement({ row: 1, name: "甲", category: "社会民生" }),
      judgement({ row: 2, name: "乙", category: "生态环境" }),
      judgement({ row: 3, name: "丙", category: "社会民生", status: "behind", realisation: 0.1 }),
    ];
    const [first, second] = summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }).byCategory;
    expect(first).toEqual({
      category: "社会民生",
      counts: { ahead: 0, on_track: 1, behind: 1, no_data: 0 },
      total: 2,
      averageRealisation: 0.3,
    });
    expect(second?.category).toBe("生态环境");
  });

  it("puts indicators without a category under 未分类", () => {
    const judgements = [
      judgement({ row: 1, name: "甲", category: "综合实力" }),
      judgement({ row: 2, name: "乙" }),
      judgement({ row: 3, name: "丙", category: "  " }),
    ];
    const categories = summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }).byCategory;
    expect(categories.map((c) => [c.category, c.total])).toEqual([
      ["综合实力", 1],
      ["未分类", 2],
    ]);
  });

  it("gives a category with nothing assessed a null average", () => {
    const judgements = [judgement({ row: 1, name: "甲", category: "科技创新", status: "no_data", realisation: null })];
    expect(summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }).byCategory[0]?.averageRealisation).toBeNull();
  });
});

describe("summarise: average realisation", () => {
  it("clips each realisation to [0, 1] before averaging by default", () => {
    const judgements = [
      judgement({ row: 1, name: "甲", status: "ahead", realisation: 1.4 }),
      judgement({ row: 2, name: "乙", status: "behind", realisation: 0.2 }),
      judgement({ row: 3, name: "丙", status: "behind", realisation: -0.3, flags: ["regressing"] }),
    ];
    expect(summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }).averageRealisation).toBeCloseTo(0.4, 12);
  });

  it("averages the realisations as they are when clipping is switched off", () => {
    const judgements = [
      judgement({ row: 1, name: "甲", status: "ahead", realisation: 1.4 }),
      judgement({ row: 2, name: "乙", status: "behind", realisation: 0.2 }),
      judgement({ row: 3, name: "丙", status: "behind", realisation: -0.3 }),
    ];
    const settings: Settings = { ...defaultSettings, capAverage: false };
    expect(summarise(judgements, { plan: plan14, period: h2023, settings: settings }).averageRealisation).toBeCloseTo(0.4333333, 6);
  });

  it("leaves out indicators without data and those without a realisation", () => {
    const judgements = [
      judgement({ row: 1, name: "甲", realisation: 0.6 }),
      judgement({ row: 2, name: "乙", status: "no_data", realisation: 0.9 }),
      judgement({ row: 3, name: "丙", kind: "qualitative", realisation: null }),
    ];
    expect(summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }).averageRealisation).toBe(0.6);
  });

  it("is null, not NaN, when nothing is assessed", () => {
    const judgements = [
      judgement({ row: 1, name: "甲", status: "no_data", realisation: null }),
      judgement({ row: 2, name: "乙", status: "no_data", realisation: null }),
    ];
    expect(summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }).averageRealisation).toBeNull();
    expect(averageRealisation([], true)).toBeNull();
  });
});

describe("summarise: time progress of the evaluation period", () => {
  it.each([
    [plan14, period(2022), 0.4],
    [plan14, period(2023, 0.5), 0.5],
    [plan14, period(2025), 1],
    [plan15, period(2026, 0.5), 0.1],
  ])("for plan %o and period %o is %d", (plan, at, expected) => {
    expect(summarise([], { plan: plan, period: at, settings: defaultSettings }).timeProgress).toBeCloseTo(expected, 12);
  });

  it("is 0 when there is no evaluation period", () => {
    expect(summarise([], { plan: plan14, period: null, settings: defaultSettings }).timeProgress).toBe(0);
  });
});

describe("summarise: lagging indicators", () => {
  const judgements = [
    judgement({ row: 3, name: "一般公共预算收入", status: "behind", realisation: 0.3 }),
    judgement({ row: 4, name: "人才资源总量", realisation: 0.7 }),
    judgement({
      row: 29,
      name: "全年优良天气达标率",
      category: "生态环境",
      attribute: "binding",
      kind: "bound",
      status: "behind",
      realisation: 0,
      flags: ["regressing"],
    }),
    judgement({
      row: 15,
      name: "社会消费品零售总额",
      status: "behind",
      realisation: 0.32,
      timeProgress: 0.4,
      valuePeriod: period(2022),
      flags: ["older_data"],
    }),
  ];

  it("lists indicators behind, widest gap between time progress and realisation first", () => {
    const lagging = midTerm(summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings })).lagging;
    expect(lagging.map((lag) => [lag.row, lag.gap])).toEqual([
      [29, 0.5],
      [3, 0.2],
      [15, expect.closeTo(0.08, 12)],
    ]);
  });

  it("holds an indicator judged on older data to that period's time progress", () => {
    const lag = midTerm(summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings })).lagging.find((l) => l.row === 15);
    expect(lag).toMatchObject({ realisation: 0.32, timeProgress: 0.4 });
  });

  it("carries the category and whether the indicator is binding", () => {
    const [first] = midTerm(summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings })).lagging;
    expect(first).toMatchObject({ name: "全年优良天气达标率", category: "生态环境", binding: true });
  });

  it("collects the binding indicators behind separately", () => {
    const summary = midTerm(summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }));
    expect(summary.bindingBehind.map((lag) => lag.row)).toEqual([29]);
  });

  it("measures a growth-rate or maintained target against its whole target, not time progress", () => {
    const lags = lagsOf(
      [
        judgement({ row: 7, name: "全社会劳动生产率", kind: "rate", status: "behind", realisation: 0.9 }),
        judgement({ row: 13, name: "粮食总产量", kind: "maintain", status: "behind", realisation: 0.97 }),
      ],
      0.5,
    );
    expect(lags.map((lag) => [lag.row, lag.gap])).toEqual([
      [7, expect.closeTo(0.1, 12)],
      [13, expect.closeTo(0.03, 12)],
    ]);
  });

  it("lists a qualitative task not completed with realisation 0 against its whole target", () => {
    const [lag] = lagsOf(
      [judgement({ row: 17, name: "主要污染物排放降低率", kind: "qualitative", status: "behind", realisation: null })],
      0.5,
    );
    expect(lag).toMatchObject({ realisation: 0, gap: 1 });
  });

  it("keeps the table's order between equal gaps", () => {
    const lags = lagsOf(
      [
        judgement({ row: 24, name: "甲", status: "behind", realisation: 0.25 }),
        judgement({ row: 25, name: "乙", status: "behind", realisation: 0.25 }),
      ],
      0.5,
    );
    expect(lags.map((lag) => lag.row)).toEqual([24, 25]);
  });

  it("names indicators by their cleaned name, without units and footnote digits", () => {
    const [lag] = lagsOf(
      [
        judgement({
          row: 20,
          name: "旅游业总收入（亿元）4",
          label: { raw: "旅游业总收入（亿元）4", name: "旅游业总收入", unit: "亿元", qualifiers: [], footnote: "4" },
          status: "behind",
          realisation: 0.2,
        }),
      ],
      0.5,
    );
    expect(lag?.name).toBe("旅游业总收入");
  });
});

describe("summarise: indicators judged on older data", () => {
  it("lists those flagged older_data with the period they rest on", () => {
    const judgements = [
      judgement({ row: 1, name: "全区生产总值", valuePeriod: period(2022), flags: ["older_data", "sub_year_flow"] }),
      judgement({ row: 2, name: "人均生产总值" }),
      judgement({ row: 14, name: "外贸出口", valuePeriod: period(2021), flags: ["older_data"] }),
    ];
    expect(summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }).olderData).toEqual([
      { row: 1, name: "全区生产总值", period: period(2022) },
      { row: 14, name: "外贸出口", period: period(2021) },
    ]);
  });
});

describe("end-of-plan labels", () => {
  it("take the judgement's own label when it has one", () => {
    const j = judgement({ row: 1, name: "甲", realisation: 0.5, endOfPlan: "complete" });
    expect(endOfPlanOf(j, defaultSettings)).toBe("complete");
  });

  it.each([
    ["ahead", 0.8, "complete"],
    ["on_track", 1, "complete"],
    ["on_track", 0.96, "basically_complete"],
    ["behind", 0.95, "basically_complete"],
    ["behind", 0.94, "incomplete"],
    ["no_data", null, null],
  ] as const)("for older data read %s with realisation %s as %s", (status, realisation, expected) => {
    const j = judgement({ row: 1, name: "甲", status, realisation, flags: ["older_data"] });
    expect(endOfPlanOf(j, defaultSettings)).toBe(expected);
  });

  it("follow the 基本完成 threshold in the settings", () => {
    const j = judgement({ row: 1, name: "甲", status: "behind", realisation: 0.92 });
    expect(endOfPlanOf(j, { ...defaultSettings, basicallyCompleteThreshold: 0.9 })).toBe("basically_complete");
  });
});

describe("edge cases", () => {
  it("summarises an empty table without failing", () => {
    const summary = summarise([], { plan: plan14, period: null, settings: defaultSettings });
    expect(summary).toMatchObject({
      mode: "midTerm",
      total: 0,
      counts: { ahead: 0, on_track: 0, behind: 0, no_data: 0 },
      byCategory: [],
      averageRealisation: null,
      lagging: [],
      olderData: [],
    });
  });

  it("treats a realisation that is not a finite number as none", () => {
    const judgements = [
      judgement({ row: 1, name: "甲", realisation: Number.NaN }),
      judgement({ row: 2, name: "乙", realisation: Number.POSITIVE_INFINITY }),
      judgement({ row: 3, name: "丙", realisation: 0.8 }),
    ];
    expect(summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }).averageRealisation).toBe(0.8);
  });

  it("counts -0 as a realisation of 0", () => {
    expect(averageRealisation([judgement({ row: 1, name: "甲", realisation: -0 })], true)).toBe(0);
  });

  it("falls back to the written name when the cleaned one is empty", () => {
    const j = judgement({ row: 1, name: " 城乡居民收入比 ", label: { raw: "", name: "", qualifiers: [] } });
    expect(displayName(j)).toBe("城乡居民收入比");
  });

  it("trims category names before grouping", () => {
    expect(categoryOf({ category: " 生态环境 " })).toBe("生态环境");
  });

  it("holds level, bound and cumulative targets to time progress and the others to their target", () => {
    const kinds: IndicatorKind[] = ["level", "bound", "maintain", "rate", "cumulative", "qualitative", "relative", "change", "band", "open", "directional"];
    expect(kinds.filter(isHeldToTimeProgress)).toEqual(["level", "bound", "cumulative", "change", "band"]);
  });

  it("counts nothing for an empty list", () => {
    expect(countStatuses([])).toEqual({ ahead: 0, on_track: 0, behind: 0, no_data: 0 });
    expect(countProjections([])).toEqual({ reached: 0, on_course: 0, with_effort: 0, difficult: 0, unknown: 0 });
  });
});

// ---------------------------------------------------------------------------------------------

const statuses: StatusCode[] = ["ahead", "on_track", "behind", "no_data"];
const projections: ProjectionCode[] = ["reached", "on_course", "with_effort", "difficult", "unknown"];
const kinds: IndicatorKind[] = ["level", "bound", "maintain", "rate", "cumulative", "qualitative", "relative", "change", "band", "open", "directional"];
const flags: JudgementFlag[] = ["regressing", "older_data", "sub_year_flow", "floor_target"];
const names = seedRows("keqiao-14th-targets").map((row) => row[1] ?? "");

const arbitraryPeriod = fc
  .record({ year: fc.integer({ min: 2015, max: 2035 }), fraction: fc.constantFrom(0.25, 0.5, 0.75, 1) as fc.Arbitrary<Period["fraction"]> })
  .map(({ year, fraction }) => period(year, fraction));

const arbitraryJudgement = fc
  .record({
    index: fc.nat(),
    name: fc.constantFrom(...names, "", "甲"),
    category: fc.option(fc.constantFrom("综合实力", "生态环境", " ", ""), { nil: undefined }),
    attribute: fc.option(fc.constantFrom("binding", "anticipatory") as fc.Arbitrary<"binding" | "anticipatory">, { nil: undefined }),
    kind: fc.constantFrom(...kinds),
    status: fc.constantFrom(...statuses),
    realisation: fc.option(fc.double(), { nil: null }),
    timeProgress: fc.option(fc.double(), { nil: null }),
    valuePeriod: fc.option(arbitraryPeriod, { nil: null }),
    endOfPlan: fc.constantFrom(null, "complete", "basically_complete", "incomplete") as fc.Arbitrary<Judgement["endOfPlan"]>,
    flags: fc.subarray(flags),
    projection: fc.constantFrom(...projections),
  })
  .map(({ index, ...rest }) => judgement({ row: index, ...rest }));

const arbitrarySettings = fc.record({
  capAverage: fc.boolean(),
  basicallyCompleteThreshold: fc.double({ min: 0.5, max: 1, noNaN: true }),
  renamed: fc.boolean(),
}).map(({ capAverage, basicallyCompleteThreshold, renamed }): Settings => ({
  ...defaultSettings,
  capAverage,
  basicallyCompleteThreshold,
  labels: renamed
    ? { ...defaultSettings.labels, ahead: "快于预期", on_track: "基本符合预期", behind: "滞后", no_data: "无数据" }
    : defaultSettings.labels,
}));

/** Every number anywhere inside a value. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

describe("properties", () => {
  it("summarise never throws, never yields NaN, and its counts add up to the total", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryJudgement, { maxLength: 40 }),
        fc.constantFrom(plan14, plan15),
        fc.option(arbitraryPeriod, { nil: null }),
        arbitrarySettings,
        (judgements, plan, at, settings) => {
          const summary = summarise(judgements, { plan: plan, period: at, settings: settings });
          expect(numbersIn(summary).filter(Number.isNaN)).toEqual([]);
          const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
          expect(sum(summary.counts)).toBe(summary.total);
          expect(sum(summary.projections)).toBe(summary.total);
          expect(summary.byCategory.reduce((a, c) => a + c.total, 0)).toBe(summary.total);
          for (const category of summary.byCategory) expect(sum(category.counts)).toBe(category.total);
          if (summary.mode === "midTerm") {
            expect(summary.lagging).toHaveLength(summary.counts.behind);
          } else {
            expect(sum(summary.grades)).toBe(summary.total);
            expect(summary.unfinished).toHaveLength(summary.grades.incomplete);
          }
        },
      ),
    );
  });

  it("the average, when clipped, lies within [0, 1]", () => {
    fc.assert(
      fc.property(fc.array(arbitraryJudgement, { maxLength: 40 }), (judgements) => {
        const average = averageRealisation(judgements, true);
        if (average !== null) {
          expect(average).toBeGreaterThanOrEqual(0);
          expect(average).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("the narrative never shows NaN, undefined, null, Infinity or -0.0", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryJudgement, { maxLength: 40 }),
        fc.constantFrom(plan14, plan15),
        fc.option(arbitraryPeriod, { nil: null }),
        arbitrarySettings,
        (judgements, plan, at, settings) => {
          const text = summarise(judgements, { plan: plan, period: at, settings: settings }).narrative.join("\n");
          expect(text).not.toMatch(/NaN|undefined|null|Infinity|-0\.0|-0%/u);
        },
      ),
    );
  });
});
