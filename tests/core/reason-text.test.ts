import { describe, expect, it } from "vitest";
import { decideDirection, directionFromName } from "../../src/core/direction";
import { natureFromName } from "../../src/core/nature";
import { parseCell } from "../../src/core/cell";
import { directionReasonText, natureReasonText } from "../../src/i18n/judge";
import type { CellReading } from "../../src/core/types";

function read(raw: string | number): CellReading {
  const parsed = parseCell(raw);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.value;
}

describe("direction reasons are codes with data, worded by src/i18n", () => {
  it("keeps the word a name rule found, and the unit where the rule reads it", () => {
    expect(directionFromName("PM2.5年均浓度", "微克/立方米").reason).toEqual({ code: "lowerWord", word: "浓度", direction: "lower" });
    expect(directionFromName("袍江经开区全国排名", "位").reason).toEqual({ code: "ranking", word: "排名", unit: "位", direction: "lower" });
  });

  it("words each reason in zh-CN and en-US", () => {
    const concentration = directionFromName("PM2.5年均浓度", "微克/立方米").reason;
    expect(directionReasonText(concentration)).toBe("名称含“浓度”，越低越好");
    expect(directionReasonText(concentration, "en-US")).toBe("The name contains “浓度”: lower is better");
    const ranking = directionFromName("袍江经开区全国排名", "位").reason;
    expect(directionReasonText(ranking, "en-US")).toBe("The name contains “排名” and the unit is “位”: a higher place (a smaller number) is better");
    const byDefault = directionFromName("人才资源总量", "万人").reason;
    expect(directionReasonText(byDefault, "en-US")).toBe("No direction column, target comparator or lower-is-better name: higher is better");
  });

  it("carries the floor a looser target sets, worded after the reason", () => {
    const label = { raw: "城镇登记失业率（%）", name: "城镇登记失业率", unit: "%", qualifiers: [] };
    const decision = decideDirection({ label, unit: "%", base: read(1.92), target: read(3.5) });
    expect(decision.reason).toEqual({ code: "lowerWord", word: "失业率", direction: "lower", floor: { target: 3.5, base: 1.92 } });
    expect(directionReasonText(decision.reason, "en-US")).toBe(
      "The name contains “失业率”: lower is better; the target 3.5 is above the base 1.92: a ceiling not to exceed (add a direction column if the direction is wrong)",
    );
  });

  it("words a column and a comparator in en-US", () => {
    expect(directionReasonText({ code: "column", text: "逆向", direction: "lower" }, "en-US")).toBe("The direction column says “逆向”: lower is better");
    expect(directionReasonText({ code: "comparator", target: "≥92", direction: "higher" }, "en-US")).toBe("The target “≥92” is a floor: higher is better");
  });
});

describe("nature reasons are codes with data, worded by src/i18n", () => {
  it("words each reason in zh-CN and en-US", () => {
    const income = natureFromName("居民人均可支配收入", "元").reason;
    expect(income).toEqual({ code: "moneyUnit", unit: "元" });
    expect(natureReasonText(income)).toBe("单位为“元”，属时期指标，年内数据为累计数");
    expect(natureReasonText(income, "en-US")).toBe("The unit is “元”, a flow: values within a year are year-to-date totals");
    expect(natureReasonText({ code: "balance", word: "余额" }, "en-US")).toBe("The name contains “余额”, a stock");
    expect(natureReasonText({ code: "default" }, "en-US")).toBe("No sign of a flow: taken as a stock");
  });
});
