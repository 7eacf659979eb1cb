import { describe, expect, it } from "vitest";
import { compactNameOf } from "../../src/core/direction";
import { parseIndicatorName } from "../../src/core/name";
import { decideNature, natureFromName } from "../../src/core/nature";
import { natureReasonText } from "../../src/i18n/judge";

/** A decision with its reason worded as the user reads it (zh-CN). */
function worded<T extends { reason: Parameters<typeof natureReasonText>[0] }>(decision: T): Omit<T, "reason"> & { reason: string } {
  return { ...decision, reason: natureReasonText(decision.reason) };
}

/** The nature guessed from a printed name, its unit read from the name. */
function natureOfPrinted(printed: string, unitColumn?: string) {
  const label = parseIndicatorName(printed);
  return natureFromName(compactNameOf(label), unitColumn ?? label.unit ?? "").nature;
}

describe("natureFromName", () => {
  it.each([
    ["地区生产总值（GDP）（亿元）", "flow"],
    ["一般公共预算收入（亿元）", "flow"],
    ["外贸出口额（亿元）", "flow"],
    ["实际利用外资（亿美元）", "flow"],
    ["社会消费品零售总额（亿元）", "flow"],
    ["旅游业总收入（亿元）4", "flow"],
    ["第三产业增加值（亿元）", "flow"],
    ["全体居民人均可支配收入（万元）", "flow"],
    ["城镇常住居民人均可支配收入（元）", "flow"],
    ["人均生产总值（常住）（万元）", "flow"],
    ["全社会劳动生产率（万元/人）", "flow"],
    ["专利授权量（件）", "flow"],
    ["新增城镇就业人数（万人）", "flow"],
    ["粮食总产量（万吨）", "flow"],
  ])("calls %s a flow (时期指标)", (printed, nature) => {
    expect(natureOfPrinted(printed)).toBe(nature);
  });

  it.each([
    ["服务业增加值占生产总值比重（%）", "stock"],
    ["城乡居民收入比（常住口径）", "stock"],
    ["万人发明专利拥有量（件/万人）", "stock"],
    ["人均期望寿命（岁）", "stock"],
    ["人均体育场地面积（平方米）", "stock"],
    ["单位生产总值能耗（吨标准煤/万元）", "stock"],
    ["亿元 GDP 生产安全事故死亡率（人/亿元）", "stock"],
    ["人才资源总量（万人）", "stock"],
    ["粮食综合生产能力（亿斤）", "stock"],
    ["PM2.5 年均浓度（微克/每立方米）", "stock"],
    ["住户存款余额（亿元）", "stock"],
  ])("calls %s a stock or ratio (时点指标)", (printed, nature) => {
    expect(natureOfPrinted(printed)).toBe(nature);
  });

  it("reads a unit column instead of the name's unit", () => {
    expect(natureOfPrinted("1. 全区生产总值", "亿元")).toBe("flow");
    expect(natureOfPrinted("7. 数字经济核心产业增加值占 GDP 比重", "%")).toBe("stock");
  });

  it("gives its reason", () => {
    expect(worded(natureFromName("居民人均可支配收入", "元"))).toEqual({
      nature: "flow",
      source: "unit",
      reason: "单位为“元”，属时期指标，年内数据为累计数",
    });
  });
});

describe("decideNature", () => {
  it("lets a 统计类型 column override the guess", () => {
    expect(worded(decideNature("地区生产总值", "亿元", { raw: "时点" }))).toEqual({
      nature: "stock",
      source: "column",
      reason: "统计类型列为“时点”",
    });
    expect(decideNature("人才资源总量", "万人", { raw: "时期" }).nature).toBe("flow");
  });

  it("reports an unreadable 统计类型 cell and guesses", () => {
    const decision = decideNature("地区生产总值", "亿元", { raw: "年度", ref: "J5" });
    expect(decision.nature).toBe("flow");
    expect(decision.problem).toEqual({
      code: "judge.nature",
      message: "单元格 J5 的统计类型“年度”无法识别，应为“时期”或“时点”，已按名称和单位判断",
      cell: "J5",
    });
  });
});

describe("edge cases", () => {
  it("calls a name with nothing to go on a stock", () => {
    expect(worded(decideNature("", ""))).toEqual({ nature: "stock", source: "default", reason: "未见时期指标特征，按时点指标" });
  });

  it("ignores an empty 统计类型 cell", () => {
    expect(decideNature("外贸出口", "亿元", { raw: "  " }).source).toBe("unit");
  });
});
