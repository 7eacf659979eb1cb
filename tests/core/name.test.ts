import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUnit, parseIndicatorName } from "../../src/core/name";
import type { IndicatorName } from "../../src/core/types";

describe("parseIndicatorName", () => {
  it.each<[string, string, string | undefined, string[]]>([
    ["人均生产总值（常住）（万元）", "人均生产总值", "万元", ["常住"]],
    ["地区生产总值（GDP）（亿元）", "地区生产总值", "亿元", ["GDP"]],
    ["每千人执业（助理）医师数（人）（常住）", "每千人执业（助理）医师数", "人", ["常住"]],
    ["人均 GDP（常住）（万元）", "人均GDP", "万元", ["常住"]],
    ["PM2.5 年均浓度（微克/每立方米）", "PM2.5年均浓度", "微克/每立方米", []],
    ["城乡居民收入比（常住口径）", "城乡居民收入比", undefined, ["常住口径"]],
    ["出口占全国市场份额（‰）", "出口占全国市场份额", "‰", []],
    ["每万人高价值发明专利拥有量（件）", "每万人高价值发明专利拥有量", "件", []],
    ["3 岁以下婴幼儿托育机构覆盖率（%）", "3岁以下婴幼儿托育机构覆盖率", "%", []],
    ["人均生产总值（户籍）（万元）", "人均生产总值", "万元", ["户籍"]],
    ["单位生产总值能耗（吨标准煤/万元）", "单位生产总值能耗", "吨标准煤/万元", []],
    ["单位工业增加值用水量（立方米/万元）", "单位工业增加值用水量", "立方米/万元", []],
    ["万人发明专利拥有量（件/万人）", "万人发明专利拥有量", "件/万人", []],
    ["亿元 GDP 生产安全事故死亡率（人/亿元）", "亿元GDP生产安全事故死亡率", "人/亿元", []],
    ["实际到位外资（亿美元）", "实际到位外资", "亿美元", []],
    ["人均期望寿命（岁）", "人均期望寿命", "岁", []],
    ["城镇登记失业率（％）", "城镇登记失业率", "%", []],
    ["GDP 增速（%）（可比价）", "GDP增速", "%", ["可比价"]],
    ["城乡居民收入比", "城乡居民收入比", undefined, []],
  ])("reads %j as name %j, unit %j, qualifiers %j", (raw, name, unit, qualifiers) => {
    const expected: IndicatorName = unit === undefined ? { raw, name, qualifiers } : { raw, name, unit, qualifiers };
    expect(parseIndicatorName(raw)).toEqual(expected);
  });

  it("removes a footnote number printed after the name", () => {
    expect(parseIndicatorName("旅游业总收入（亿元）4")).toEqual({
      raw: "旅游业总收入（亿元）4",
      name: "旅游业总收入",
      unit: "亿元",
      qualifiers: [],
      footnote: "4",
    });
    expect(parseIndicatorName("旅游业总收入4（亿元）")).toMatchObject({ name: "旅游业总收入", footnote: "4" });
    expect(parseIndicatorName("外贸出口额（亿元） 12")).toMatchObject({ name: "外贸出口额", footnote: "12" });
    expect(parseIndicatorName("森林覆盖率①")).toMatchObject({ name: "森林覆盖率", footnote: "①" });
    expect(parseIndicatorName("森林覆盖率（%）*")).toMatchObject({ name: "森林覆盖率", unit: "%", footnote: "*" });
  });

  it("removes printed numbering from the front", () => {
    expect(parseIndicatorName("1. 全区生产总值")).toEqual({ raw: "1. 全区生产总值", name: "全区生产总值", qualifiers: [] });
    expect(parseIndicatorName("12. 规上工业企业亩均税收").name).toBe("规上工业企业亩均税收");
    expect(parseIndicatorName("3、人才资源总量").name).toBe("人才资源总量");
    expect(parseIndicatorName("（一）地区生产总值").name).toBe("地区生产总值");
    expect(parseIndicatorName("二、外贸出口").name).toBe("外贸出口");
  });

  it("keeps digits that belong to the name", () => {
    expect(parseIndicatorName("3 岁以下婴幼儿托育机构覆盖率（%）").name).toBe("3岁以下婴幼儿托育机构覆盖率");
    expect(parseIndicatorName("PM2.5 年均浓度").name).toBe("PM2.5年均浓度");
    expect(parseIndicatorName("PM10").name).toBe("PM10");
    expect(parseIndicatorName("5G 基站数（个）")).toMatchObject({ name: "5G基站数", unit: "个" });
    expect(parseIndicatorName("26. 每千人口拥有 3 岁以下婴幼儿托位数").name).toBe("每千人口拥有3岁以下婴幼儿托位数");
  });
});

describe("isUnit", () => {
  it.each(["%", "％", "‰", "亿元", "万元", "元", "亿美元", "万人", "人", "件", "件/万人", "万元/人", "岁", "年", "平方米",
    "吨标准煤/万元", "立方米/万元", "微克/立方米", "微克/每立方米", "μg/m³", "个", "张", "倍", "位", "亿斤", "万吨",
    "人/亿元", "吨/万元", "万元/亩", "个/千人"])("knows %j as a unit", (text) => {
    expect(isUnit(text)).toBe(true);
  });

  it.each(["常住", "户籍", "GDP", "常住口径", "可比价", "助理", "市测", ""])("does not take %j for a unit", (text) => {
    expect(isUnit(text)).toBe(false);
  });
});

describe("edge cases", () => {
  it("reads an empty name as empty", () => {
    expect(parseIndicatorName("")).toEqual({ raw: "", name: "", qualifiers: [] });
    expect(parseIndicatorName("  \n ")).toEqual({ raw: "  \n ", name: "", qualifiers: [] });
  });

  it("keeps a name that is only a bracket whole rather than leaving it empty", () => {
    expect(parseIndicatorName("（万元）")).toEqual({ raw: "（万元）", name: "（万元）", qualifiers: [] });
  });

  it("keeps an unclosed bracket in the name", () => {
    expect(parseIndicatorName("人口（万人")).toEqual({ raw: "人口（万人", name: "人口（万人", qualifiers: [] });
  });

  it("removes line breaks inside a name", () => {
    expect(parseIndicatorName("单位 GDP 二氧化碳\n排放降低率（%）")).toMatchObject({ name: "单位GDP二氧化碳排放降低率", unit: "%" });
  });

  it("keeps spaces between Latin words", () => {
    expect(parseIndicatorName("GDP per capita (yuan)").name).toBe("GDP per capita");
  });

  it("takes the last of two unit brackets as the unit", () => {
    expect(parseIndicatorName("能耗（万元）（吨标准煤/万元）")).toEqual({
      raw: "能耗（万元）（吨标准煤/万元）",
      name: "能耗",
      unit: "吨标准煤/万元",
      qualifiers: ["万元"],
    });
  });

  it("never throws and never loses the raw text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (raw) => {
        const name = parseIndicatorName(raw);
        return name.raw === raw && typeof name.name === "string" && Array.isArray(name.qualifiers);
      }),
    );
  });
});
