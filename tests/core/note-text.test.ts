import { describe, expect, it } from "vitest";
import { judgeIndicator } from "../../src/core/judge";
import { defaultSettings } from "../../src/core/settings";
import { formulaText, noteText, phraseText } from "../../src/i18n/notes";
import { period, plan14, row } from "./rows";

const context = { plan: plan14, period: period("2022"), settings: defaultSettings };

describe("judgement notes are codes with data, worded by src/i18n", () => {
  it("keeps what was compared with what as data", () => {
    const j = judgeIndicator(row("地区生产总值（GDP）（亿元）", 1516.7, "2200★", { "2022": 1850.4 }), context);
    expect(j.note.statement).toEqual([
      { code: "valueAt", period: period("2022"), value: 1850.4 },
      { code: "realisation", share: expect.closeTo(0.4884, 3) },
      { code: "timeProgress", share: 0.4 },
    ]);
    expect(j.note.reasons).toEqual([{ code: "stretch" }]);
    expect(j.formula).toEqual([{ code: "linear", base: 1516.7, target: 2200, value: 1850.4 }]);
  });

  it("words the note and the formula in zh-CN and in en-US", () => {
    const j = judgeIndicator(row("地区生产总值（GDP）（亿元）", 1516.7, "2200★", { "2022": 1850.4 }), context);
    expect(noteText(j.note)).toBe("2022年值1850.4，实现度48.8%，时序进度40%；目标含★（争取目标），按该值评价");
    expect(noteText(j.note, "en-US")).toBe("2022 value 1850.4, realisation 48.8%, time progress 40%; the target is a stretch goal (★), judged at its value");
    expect(formulaText(j.formula, "en-US")).toBe("realisation = (value − base) ÷ (target − base) = (1850.4 − 1516.7) ÷ (2200 − 1516.7)");
  });

  it("names sub-year periods in English", () => {
    const h1 = { code: "valueAt", period: period("2023H1"), value: 5 } as const;
    expect(phraseText(h1, "en-US")).toBe("2023 H1 value 5");
    expect(phraseText({ code: "olderData", evaluation: period("2023H1"), used: period("2022") }, "en-US")).toBe(
      "the evaluation period is 2023 H1; judged on the latest data available, 2022",
    );
    expect(phraseText({ code: "olderData", evaluation: period("2023H1"), used: period("2022") })).toBe("评估期为2023年上半年，按最近可用的2022年数据评价");
  });

  it("words why there is no data", () => {
    const j = judgeIndicator(row("人才资源总量（万人）", 27, 33, { "2022": "—" }), context);
    expect(j.note).toEqual({ statement: [{ code: "noValue" }], reasons: [] });
    expect(noteText(j.note, "en-US")).toBe("no usable data up to the evaluation period");
    expect(formulaText(j.formula)).toBe("");
  });
});
