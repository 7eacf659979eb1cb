/**
 * The benchmark's generated indicator rows, shared by `bench/run.ts` and `bench/engine.ts`.
 */
import { periodOf } from "../src/core/period";
import type { IndicatorInput } from "../src/core/types";

/** Indicator rows modelled on a 14th-plan table: levels, bounds, cumulative and qualitative targets. */
const TEMPLATES: [string, string | number, string | number][] = [
  ["地区生产总值（亿元）", 1516.7, "2200★"],
  ["常住人口城市化率（%）", 81, "85 左右"],
  ["实际利用外资（亿美元）", 2.3, "[20]"],
  ["PM2.5 年均浓度（微克/立方米）", 30.6, "<30"],
  ["空气质量优良天数比例（%）", 89.3, 87],
  ["单位 GDP 能耗降低率（%）", 6.4, "完成上级\n下达任务"],
  ["城镇登记失业率（%）", 1.92, "<2"],
  ["全民参保率（%）", ">98.5", 99],
  ["粮食综合生产能力（亿斤）", 1.68, 1.68],
  ["规上高新技术产业增加值占比（%）", 37.2, 60],
];

/** `count` engine inputs cycling through the templates, with four observations each. */
export function engineInputs(count: number): IndicatorInput[] {
  const periods = [periodOf(2021, 1), periodOf(2022, 0.5), periodOf(2022, 1), periodOf(2023, 0.5)];
  return Array.from({ length: count }, (_, i) => {
    const [name, base, target] = TEMPLATES[i % TEMPLATES.length] ?? TEMPLATES[0]!;
    const start = typeof base === "number" ? base : 98.5;
    const qualitative = typeof target === "string" && target.startsWith("完成");
    return {
      row: i + 4,
      category: ["综合实力", "生态环境", "社会民生"][i % 3],
      name,
      attribute: { raw: i % 4 === 0 ? "约束性" : "预期性" },
      base: { raw: base },
      target: { raw: target },
      observations: periods.map((period, k) => ({
        period,
        cell: { raw: qualitative ? "完成" : k === 3 && i % 13 === 0 ? "#N/A" : Number((start * (1 + ((i % 7) - 2) * 0.01 * (k + 1))).toFixed(3)) },
      })),
    };
  });
}
