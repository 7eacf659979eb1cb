import { describe, expect, it } from "vitest";
import { formatPeriod, periodOf } from "../../src/core/period";
import { taskpaneEnUS, taskpaneZhCN } from "../../src/i18n/taskpane";
import { evidenceText, planEvidenceText, roleNames } from "../../src/i18n/evidence";
import type { ColumnEvidence, PlanEvidence } from "../../src/workbook/types";

/** Chinese text: characters or Chinese punctuation. */
const chinese = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;

/** One evidence of every code, with what a header of a bureau table shows. */
const EVIDENCE: readonly ColumnEvidence[] = [
  { code: "keyword", header: "指标属性", role: "attribute" },
  { code: "secondNameColumn", header: "指标名称" },
  { code: "unitColumn", header: "单位" },
  { code: "categoryColumn", header: "类别" },
  { code: "generated", header: "实现度" },
  { code: "generatedArea", header: "评价结果" },
  { code: "otherKnown", header: "备注" },
  { code: "unrecognised", header: "Q" },
  { code: "emptyHeader" },
  { code: "targetWord", header: "2025年目标", year: 2025 },
  { code: "targetWord", header: "目标值", year: null },
  { code: "targetPlanYear", header: "2025年", year: 2025, source: "“十四五”主要指标" },
  { code: "targetLatestYear", header: "2025年", year: 2025 },
  { code: "extraTarget", header: "调整后目标" },
  { code: "baseWord", header: "2020年基期值", year: 2020 },
  { code: "baseWord", header: "基期值", year: null },
  { code: "baseYear", header: "2020年实绩", year: 2020, targetYear: 2025 },
  { code: "observation", header: "2023年上半年", period: periodOf(2023, 0.5) },
  { code: "observationAtTarget", header: "2025年预计值", period: periodOf(2025, 1) },
  { code: "beforeBase", header: "2019年", year: 2019 },
  { code: "noPeriod", header: "实绩" },
  { code: "targetGrowth", header: "“十四五”目标 年均增长" },
  { code: "actualGrowth", header: "“十三五”实绩 年均增长", period: periodOf(2020, 1) },
  { code: "extraGrowth", header: "年均增长" },
  { code: "published", header: "完成情况" },
  { code: "edited" },
];

/** One plan evidence of every code. */
const PLAN_EVIDENCE: readonly PlanEvidence[] = [
  { code: "fromColumns", baseHeader: "2020年实绩", baseYear: 2020, targetHeader: "2025年目标", targetYear: 2025 },
  { code: "baseFromName", source: "“十四五”", baseYear: 2020, targetHeader: "2025年", targetYear: 2025 },
  { code: "baseAssumed", targetHeader: "2025年", targetYear: 2025, baseYear: 2020 },
  { code: "fromName", source: "“十四五”", baseYear: 2020, targetYear: 2025 },
  { code: "commandLine", baseYear: 2020, targetYear: 2025 },
  { code: "unknown" },
];

describe("evidenceText", () => {
  it("renders every evidence code in Chinese for zh-CN, and without Chinese words of its own for en-US", () => {
    for (const evidence of EVIDENCE) {
      expect(evidenceText(evidence), evidence.code).toMatch(chinese);
      // Headers are quoted as written and periods labelled as the table labels them: data, not words.
      let english = evidenceText(evidence, "en-US").replace(/“[^”]*”/gu, "");
      if ("period" in evidence) english = english.replace(formatPeriod(evidence.period), "");
      expect(english, evidence.code).not.toMatch(chinese);
    }
  });

  it("names the role from the one role table, and the period as a bureau writes it", () => {
    expect(evidenceText({ code: "keyword", header: "指标属性", role: "attribute" })).toBe("表头为“指标属性”，作指标属性列");
    expect(evidenceText({ code: "keyword", header: "No.", role: "index" }, "en-US")).toBe("Header “No.”: read as No.");
    expect(evidenceText({ code: "observation", header: "2023年1-6月", period: periodOf(2023, 0.5) })).toBe(
      "表头“2023年1-6月”为报告期2023年上半年，作监测值列",
    );
  });

  it("says a role the user gave in the pane's own words", () => {
    expect(evidenceText({ code: "edited" })).toBe(taskpaneZhCN.mapping.edited);
    expect(evidenceText({ code: "edited" }, "en-US")).toBe(taskpaneEnUS.mapping.edited);
  });
});

describe("planEvidenceText", () => {
  it("renders every plan evidence code in both languages", () => {
    for (const evidence of PLAN_EVIDENCE) {
      expect(planEvidenceText(evidence), evidence.code).toMatch(chinese);
      expect(planEvidenceText(evidence, "en-US").replace(/“[^”]*”/gu, ""), evidence.code).not.toMatch(chinese);
    }
  });

  it("says the plan was given on the command line as the user typed it", () => {
    expect(planEvidenceText({ code: "commandLine", baseYear: 2020, targetYear: 2025 })).toBe("由命令行 --plan 2021-2025 指定");
  });
});

describe("roleNames", () => {
  it("is the one table the pane's drop-down and the evidence both use", () => {
    expect(taskpaneZhCN.mapping.roles).toBe(roleNames("zh-CN"));
    expect(taskpaneEnUS.mapping.roles).toBe(roleNames("en-US"));
    expect(Object.keys(roleNames("en-US"))).toEqual(Object.keys(roleNames("zh-CN")));
  });

  it("uses the bureau's words: 实绩年均增长 for the achieved rate, 监测值 for a reported period's figure", () => {
    expect(roleNames().actualGrowth).toBe("实绩年均增长");
    expect(roleNames().observation).toBe("监测值");
  });
});
