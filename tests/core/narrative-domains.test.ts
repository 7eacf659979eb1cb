import { describe, expect, it } from "vitest";
import { h2023, judgement, plan14 } from "./judgements";
import { defaultSettings } from "../../src/core/settings";
import { summarise } from "../../src/core/summary";
import type { Judgement } from "../../src/core/types";

/** The drafted paragraphs at 2023H1 of the 14th plan (time progress 50%). */
function draft(judgements: Judgement[]): string[] {
  return summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings }).narrative;
}

/** Two domains: 科技创新 (ahead, on track, no data) and 民生福祉 (one behind). */
function twoDomains(): Judgement[] {
  return [
    judgement({ row: 1, name: "研发经费支出占比", category: "科技创新", status: "ahead", realisation: 1.1, projection: "reached" }),
    judgement({ row: 2, name: "高新技术产业增加值占比", category: "科技创新", realisation: 0.6 }),
    judgement({ row: 3, name: "每万人发明专利", category: "科技创新", status: "no_data", realisation: null, valuePeriod: null, timeProgress: null, projection: "unknown" }),
    judgement({ row: 4, name: "城镇调查失业率", category: "民生福祉领域", status: "behind", realisation: 0.2, projection: "difficult" }),
  ];
}

describe("the paragraphs by domain", () => {
  it("follow the overview, one per domain in table order, with the average against time progress and names by result", () => {
    const paragraphs = draft(twoDomains());
    // 科技创新: (100% clipped + 60%) ÷ 2 = 80%, 30 points ahead of 50%.
    expect(paragraphs[1]).toBe(
      "科技创新领域3项指标平均实现度为80%，快于时序进度30个百分点。其中，研发经费支出占比提前实现目标；" +
        "高新技术产业增加值占比达到进度要求；每万人发明专利因数据暂缺未评估。",
    );
    expect(paragraphs[2]).toBe("民生福祉领域1项指标平均实现度为20%，慢于时序进度30个百分点。其中，城镇调查失业率未达到进度要求。");
  });

  it("change with the results: another realisation gives another average and comparison", () => {
    const judgements = twoDomains().map((j) => (j.row === 2 ? { ...j, realisation: 0.2, status: "behind" as const } : j));
    expect(draft(judgements)[1]).toContain("科技创新领域3项指标平均实现度为60%，快于时序进度10个百分点。");
    expect(draft(judgements)[1]).toContain("高新技术产业增加值占比未达到进度要求");
  });

  it("are not written for a table without domains", () => {
    const judgements = twoDomains().map(({ category: _category, ...rest }) => rest);
    expect(draft(judgements).some((paragraph) => paragraph.includes("领域"))).toBe(false);
  });

  it("name every indicator of a result up to forty, then say 等N项", () => {
    const many = Array.from({ length: 42 }, (_, i) =>
      judgement({ row: i + 1, name: `指标${i + 1}`, category: "经济发展", realisation: 0.6 }),
    );
    const domain = draft(many).find((paragraph) => paragraph.startsWith("经济发展领域")) ?? "";
    expect(domain).toContain("指标40等42项达到进度要求");
    expect(domain).not.toContain("指标41");
  });
});

describe("the outlook by name", () => {
  it("lists each projection class with its count and every name", () => {
    const outlook = draft(twoDomains()).find((paragraph) => paragraph.startsWith("按目前进度预计")) ?? "";
    expect(outlook).toBe(
      "按目前进度预计，第一类为已实现的指标，共1项，为研发经费支出占比；第二类为能如期完成的指标，共1项，为高新技术产业增加值占比；" +
        "第三类为完成难度较大的指标，共1项，为城镇调查失业率；第四类为无法预计的指标，共1项，为每万人发明专利。" +
        "完成难度较大的指标需加大推进力度。",
    );
  });

  it("says 分别为 for a class of several", () => {
    const judgements = [
      judgement({ row: 1, name: "甲", realisation: 0.6, projection: "with_effort" }),
      judgement({ row: 2, name: "乙", realisation: 0.6, projection: "with_effort" }),
    ];
    expect(draft(judgements).at(-1)).toBe("按目前进度预计，第一类为经努力可完成的指标，共2项，分别为甲、乙。");
  });
});
