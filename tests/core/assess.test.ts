import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/core/assess";
import { latestUsablePeriod } from "./oracles";
import { judgeIndicator, readIndicator } from "../../src/core/judge";
import { periodOf } from "../../src/core/period";
import { defaultSettings } from "../../src/core/settings";
import type { CellValue, IndicatorInput, Judgement, Plan, YearFraction } from "../../src/core/types";
import { loadFixtureTable } from "../helpers/fixtures";
import { period, plan14, row } from "./rows";
import { directionReasonText } from "../../src/i18n/judge";
import { formulaText, noteText } from "../../src/i18n/notes";

/** Every number anywhere in a value, with its path. */
function numbersIn(value: unknown, path = "judgement"): { path: string; value: number }[] {
  if (typeof value === "number") return [{ path, value }];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => numbersIn(inner, `${path}.${key}`));
}

/**
 * Fails with the path of the first number that is NaN or infinite; with `texts`, also when the
 * note, formula or direction reason shows one (only where no cell text could be quoted into them).
 */
function expectAllFinite(judgement: Judgement, texts = false): void {
  const bad = numbersIn(judgement).filter((entry) => !Number.isFinite(entry.value));
  expect(bad).toEqual([]);
  if (!texts) return;
  for (const text of [noteText(judgement.note), formulaText(judgement.formula), directionReasonText(judgement.directionReason)]) {
    expect(text).not.toMatch(/NaN|Infinity|undefined|null/u);
  }
}

describe("assess", () => {
  // 柯桥区“十四五” with illustrative observations (示例数据): 2021 and 2022 a little way along,
  // 2023H1 for a few indicators only.
  const keqiao = loadFixtureTable("keqiao-14th-targets").rows.map((cells, index): IndicatorInput => {
    const [, name = "", base = "", target = "", attribute = ""] = cells;
    const baseValue = Number(base);
    const step = Number.isFinite(baseValue) ? baseValue * 0.02 : 0;
    const observations = Number.isFinite(baseValue)
      ? { "2021": baseValue + step, "2022": baseValue + 2 * step, ...(index % 3 === 0 ? { "2023H1": baseValue + 2.5 * step } : {}) }
      : { "2021": "完成", "2022": "完成" };
    return { ...row(name, base, target, observations, { attribute: { raw: attribute } }), row: index + 3 };
  });

  it("evaluates at the latest period holding a usable observation by default", () => {
    const assessment = assess({ plan: plan14, indicators: keqiao });
    expect(assessment.period).toEqual(period("2023H1"));
    expect(assessment.timeProgress).toBe(0.5);
    expect(assessment.judgements).toHaveLength(36);
    expect(assessment.settings).toEqual(defaultSettings);
    expect(assessment.summary.total).toBe(36);
  });

  it("judges indicators without a 2023H1 value on 2022, and the summary lists them", () => {
    const assessment = assess({ plan: plan14, indicators: keqiao });
    const forest = assessment.judgements.find((judgement) => judgement.label.name === "森林覆盖率");
    expect(forest?.valuePeriod).toEqual(period("2022"));
    expect(forest?.timeProgress).toBe(0.4);
    expect(forest?.flags).toContain("older_data");
    expect(assessment.summary.olderData.map((entry) => entry.row)).toContain(forest?.row);
  });

  it("takes an evaluation period when given, ignoring later observations", () => {
    const assessment = assess({ plan: plan14, period: period("2021"), indicators: keqiao });
    expect(assessment.timeProgress).toBe(0.2);
    expect(assessment.judgements.every((judgement) => judgement.valuePeriod === null || judgement.valuePeriod.year === 2021)).toBe(true);
  });

  it("applies partial settings and rejects invalid ones", () => {
    expect(assess({ plan: plan14, indicators: keqiao, settings: { tolerance: 0.1 } }).settings.tolerance).toBe(0.1);
    expect(() => assess({ plan: plan14, indicators: keqiao, settings: { path: "cubic" as "linear" } })).toThrow(RangeError);
  });

  it("compares a target relative to economic growth with the table's GDP growth rate", () => {
    const indicators = [
      { ...row("地区生产总值增速（%）", 3.5, "6 左右", { "2021": 8.5, "2022": 3.1 }), row: 1 },
      { ...row("固定资产投资增速（%）", 3.9, "与经济增长基本同步", { "2021": 10.2, "2022": 2.4 }), row: 2 },
    ];
    const [, investment] = assess({ plan: plan14, indicators }).judgements;
    // 2.4% against GDP's 3.1% of 2022: 0.7 pp below, beyond the 0.5 pp tolerance.
    expect(investment?.status).toBe("behind");
    expect(investment ? noteText(investment.note) : "").toBe("2022年增速2.4%，同期地区生产总值增速3.1%，未达到“与经济增长基本同步”的要求");
    const tolerant = assess({ plan: plan14, indicators, settings: { relativeTolerancePp: 1 } }).judgements[1];
    expect(tolerant?.status).toBe("on_track");
  });

  it("has no evaluation period, and only 数据暂缺, when nothing is usable", () => {
    const assessment = assess({ plan: plan14, indicators: [row("森林覆盖率（%）", 52.6, 53, { "2022": "—", "2023H1": "#N/A" })] });
    expect(assessment.period).toBeNull();
    expect(assessment.timeProgress).toBe(0);
    expect(assessment.judgements[0]?.status).toBe("no_data");
  });

  it("assesses an empty table", () => {
    const assessment = assess({ plan: plan14, indicators: [] });
    expect(assessment.judgements).toEqual([]);
    expect(assessment.summary.total).toBe(0);
  });
});

describe("latestUsablePeriod", () => {
  it("passes over missing markers and errors", () => {
    const rows = [
      row("森林覆盖率（%）", 52.6, 53, { "2022": 52.8, "2023H1": "—" }),
      row("人才资源总量（万人）", 27, 33, { "2022": 29, "2023H1": "#N/A", "2023": "" }),
    ].map((input) => readIndicator(input));
    expect(latestUsablePeriod(rows)).toEqual(period("2022"));
  });
});

describe("edge cases", () => {
  const cellTexts: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.constantFrom("—", "#N/A", "", "完成", "未完成", "完成上级\n下达任务", "快于经济增长", "与经济增长基本同步"),
    fc.constantFrom("<30", "≥92", "1500 以上", "5 左右", "[20]", "累计下降 21.5%", "3.7 (2019)", "1074.2（265）", "2200★"),
    fc.constantFrom("〔13.5〕", "60.6*", ">7、力争投入强度高于“十三五”时期实际", "保持在合理区间、各年度视情提出", "下降20%", "提高1岁"),
    fc.constantFrom("提高3个百分点", "下降2个百分点", "稳定在95%以上", "3-5", "3~5", "5到6", "翻一番", "比2020年翻一番"),
    fc.constantFrom("零增长", "持续下降", "逐步提高", "高于全省平均", "高于GDP增长", "8500（力争9000）", "—"),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );

  const extremes = fc.oneof(
    fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 1e-300, 5e-324, 100, 2200),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1000, max: 1000 }),
  );

  const fractions = fc.constantFrom<YearFraction>(0.25, 0.5, 0.75, 1);
  const plans: fc.Arbitrary<Plan> = fc
    .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 10 }))
    .map(([baseYear, length]) => ({ baseYear, targetYear: baseYear + length }));

  it("never throws on arbitrary cell text, and never yields NaN or Infinity", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), cellTexts, cellTexts, fc.array(cellTexts, { maxLength: 4 })), { maxLength: 6 }),
        (rows) => {
          const indicators = rows.map(([name, base, target, values], index): IndicatorInput => ({
            row: index,
            name,
            base: { raw: base },
            target: { raw: target },
            targetGrowth: index % 2 === 0 ? { raw: values[0] ?? null } : undefined,
            observations: values.map((raw, column) => ({ period: periodOf(2021 + column, 1), cell: { raw } })),
          }));
          const assessment = assess({ plan: plan14, indicators });
          for (const judgement of assessment.judgements) expectAllFinite(judgement);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never yields NaN or Infinity for any numbers, plans, periods, settings and 统计口径 words", () => {
    fc.assert(
      fc.property(
        plans,
        extremes,
        extremes,
        fc.array(fc.tuple(fc.integer({ min: -3, max: 12 }), fractions, extremes), { maxLength: 5 }),
        fc.constantFrom("level", "bound", "cumulative", "rate", "growth", "change", "percentChange", "doubling", "band", "directional", "national"),
        fc.constantFrom("森林覆盖率（%）", "地区生产总值（亿元）", "PM2.5 年均浓度", "地区生产总值增速（%）"),
        fc.record({ path: fc.constantFrom<"linear" | "compound">("linear", "compound"), tolerance: fc.double({ min: 0, max: 1, noNaN: true }) }),
        fc.tuple(fc.integer({ min: -3, max: 12 }), fractions),
        fc.constantFrom(null, "累计", "当年", "水平", "期末值", "其他"),
        (plan, base, target, points, shape, name, settings, [offset, fraction], calibre) => {
          const shapes: Record<string, CellValue> = {
            bound: `<${target}`,
            cumulative: `[${target}]`,
            change: `提高${Math.abs(target)}个百分点`,
            percentChange: `下降${Math.abs(target)}%`,
            doubling: "翻一番",
            band: `${Math.min(target, base)}-${Math.max(target, base) + 1}`,
            directional: target > 0 ? "持续下降" : "零增长",
            national: "—",
          };
          const targetCell: CellValue = shapes[shape] ?? target;
          const input: IndicatorInput = {
            row: 1,
            name,
            base: { raw: base },
            target: { raw: targetCell },
            targetGrowth: shape === "growth" ? { raw: target } : shape === "national" ? { raw: `<${target}` } : undefined,
            ...(calibre === null ? {} : { calibreOverride: { raw: calibre } }),
            observations: points.map(([yearOffset, share, value]) => ({
              period: periodOf(plan.baseYear + yearOffset, share),
              cell: { raw: value },
            })),
          };
          const judgement = judgeIndicator(input, {
            plan,
            period: periodOf(plan.baseYear + offset, fraction),
            settings: { ...defaultSettings, ...settings },
          });
          expectAllFinite(judgement, true);
          if (judgement.timeProgress !== null) {
            expect(judgement.timeProgress).toBeGreaterThanOrEqual(0);
            expect(judgement.timeProgress).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("judges base = target = 0, negatives and huge values without dividing by zero", () => {
    for (const [base, target, value] of [
      [0, 0, 0],
      [0, 0, -1],
      [-5, -5, -6],
      [0, 1e308, 1e308],
      [-1e308, 1e308, 0],
      [1e-300, 2e-300, 1.5e-300],
    ] as const) {
      const judgement = judgeIndicator(row("森林覆盖率（%）", base, target, { "2022": value }), {
        plan: plan14,
        period: period("2022"),
        settings: { ...defaultSettings, path: "compound" },
      });
      expectAllFinite(judgement, true);
    }
  });
});
