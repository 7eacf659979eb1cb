import { describe, expect, it } from "vitest";
import { parseCell } from "../../src/core/cell";
import { compactNameOf, decideDirection, directionFromName } from "../../src/core/direction";
import { parseIndicatorName } from "../../src/core/name";
import type { CellReading, Direction, DirectionSource } from "../../src/core/types";
import { loadFixtureTable } from "../helpers/fixtures";
import { directionReasonText } from "../../src/i18n/judge";

/** A decision with its reason worded as the user reads it (zh-CN). */
function worded<T extends { reason: Parameters<typeof directionReasonText>[0] }>(decision: T): Omit<T, "reason"> & { reason: string } {
  return { ...decision, reason: directionReasonText(decision.reason) };
}

const DEFAULT = "无方向列、目标比较符或逆向指标名称，按越高越好";
const upper = (target: string) => `目标值“${target}”为上限，越低越好`;
const lower = (target: string) => `目标值“${target}”为下限，越高越好`;
const reduction = (word: string) => `名称含“${word}”，表示降低幅度，降幅越大越好`;
const ranking = "名称含“排名”且单位为“位”，位次越靠前（数值越小）越好";

type Expected = [name: string, direction: Direction, source: DirectionSource, reason: string];

function reading(raw: string): CellReading | null {
  const parsed = parseCell(raw);
  return parsed.ok ? parsed.value : null;
}

/** Decides the direction of every row of a seed table, by its columns. */
function directionsOf(table: string, columns: { name: number; unit?: number; base: number; target: number }) {
  return loadFixtureTable(table).rows.map((row) => {
    const label = parseIndicatorName(row[columns.name] ?? "");
    const unit = columns.unit === undefined ? label.unit : row[columns.unit];
    const decision = decideDirection({
      label,
      unit,
      base: reading(row[columns.base] ?? ""),
      target: reading(row[columns.target] ?? ""),
    });
    return [label.name, decision.direction, decision.source, directionReasonText(decision.reason)];
  });
}

describe("decideDirection on the 14th-plan seed tables", () => {
  it("gives every indicator of 柯桥区“十四五” its direction and reason", () => {
    const expected: Expected[] = [
      ["地区生产总值", "higher", "default", DEFAULT],
      ["人均GDP", "higher", "default", DEFAULT],
      ["全社会劳动生产率", "higher", "default", DEFAULT],
      ["一般公共预算收入", "higher", "default", DEFAULT],
      ["常住人口城市化率", "higher", "default", DEFAULT],
      ["研究与试验发展经费支出占GDP比重", "higher", "default", DEFAULT],
      ["每万人高价值发明专利拥有量", "higher", "default", DEFAULT],
      ["人才资源总量", "higher", "default", DEFAULT],
      ["数字经济核心产业增加值占GDP比重", "higher", "default", DEFAULT],
      ["规上战略性新兴产业增加值占规上工业比重", "higher", "default", DEFAULT],
      ["规上高新技术产业增加值占规上工业比重", "higher", "default", DEFAULT],
      ["外贸出口额", "higher", "default", DEFAULT],
      ["实际利用外资", "higher", "default", DEFAULT],
      ["社会消费品零售总额", "higher", "default", DEFAULT],
      ["“掌上办事”政务服务事项覆盖率", "higher", "default", DEFAULT],
      ["文化产业增加值占GDP比重", "higher", "default", DEFAULT],
      ["单位GDP能耗降低率", "higher", "name", reduction("降低率")],
      ["单位GDP二氧化碳排放降低率", "higher", "name", reduction("降低率")],
      ["单位GDP用水量下降率", "higher", "name", reduction("下降率")],
      [
        "空气质量优良天数比例",
        "higher",
        "default",
        `${DEFAULT}；目标值87低于基期值89.3，视为须守住的底线（如方向有误，可增加方向列更正）`,
      ],
      ["PM2.5年均浓度", "lower", "comparator", upper("<30")],
      ["地表水考核断面水质达到或好于Ⅲ类比例", "higher", "default", DEFAULT],
      ["森林覆盖率", "higher", "default", DEFAULT],
      ["全体居民人均可支配收入", "higher", "default", DEFAULT],
      ["城乡居民收入比", "lower", "comparator", upper("<1.63")],
      ["城镇登记失业率", "lower", "comparator", upper("<2")],
      ["高等教育毛入学率", "higher", "default", DEFAULT],
      ["3岁以下婴幼儿托育机构覆盖率", "higher", "default", DEFAULT],
      ["每千人执业（助理）医师数", "higher", "default", DEFAULT],
      ["每万名老年人拥有持证养老护理员数", "higher", "default", DEFAULT],
      ["人均期望寿命", "higher", "default", DEFAULT],
      ["全民参保率", "higher", "default", DEFAULT],
      ["人均体育场地面积", "higher", "default", DEFAULT],
      ["亿元GDP生产安全事故死亡率", "lower", "comparator", upper("<0.01")],
      ["粮食综合生产能力", "higher", "default", DEFAULT],
      ["综合行政执法事项占比", "higher", "default", DEFAULT],
    ];
    expect(directionsOf("keqiao-14th-targets", { name: 1, base: 2, target: 3 })).toEqual(expected);
  });

  it("gives every indicator of 越城区“十四五” its direction and reason", () => {
    const expected: Expected[] = [
      ["全区生产总值", "higher", "comparator", lower("1500 以上")],
      ["人均生产总值", "higher", "default", DEFAULT],
      ["一般公共预算收入", "higher", "default", DEFAULT],
      ["固定资产投资", "higher", "default", DEFAULT],
      ["袍江经开区全国排名", "lower", "name", ranking],
      ["绍兴高新区全国排名", "lower", "name", ranking],
      ["数字经济核心产业增加值占GDP比重", "higher", "default", DEFAULT],
      ["高新技术产业增加值占工业增加值比重", "higher", "comparator", lower(">65")],
      ["全社会研发费用投入占生产总值比重", "higher", "default", DEFAULT],
      ["人才资源总量", "higher", "default", DEFAULT],
      ["每万人高价值发明专利拥有量", "higher", "default", DEFAULT],
      ["规上工业企业亩均税收", "higher", "default", DEFAULT],
      ["规上工业企业亩均增加值", "higher", "default", DEFAULT],
      ["外贸出口", "higher", "default", DEFAULT],
      ["社会消费品零售总额", "higher", "default", DEFAULT],
      ["营商环境便利度", "higher", "comparator", lower(">90")],
      ["“掌上办事”政府服务事项覆盖率", "higher", "comparator", lower(">90")],
      ["文化产业增加值占GDP比重", "higher", "default", DEFAULT],
      ["旅游业总收入", "higher", "default", DEFAULT],
      ["常住人口城镇化率", "higher", "default", DEFAULT],
      ["城镇登记失业率", "lower", "comparator", upper("<3")],
      ["城镇常住居民人均可支配收入", "higher", "default", DEFAULT],
      ["农村常住居民人均可支配收入", "higher", "default", DEFAULT],
      ["城乡居民收入比", "lower", "comparator", upper("<1.6")],
      ["人均期望寿命", "higher", "default", DEFAULT],
      ["每千人口拥有3岁以下婴幼儿托位数", "higher", "default", DEFAULT],
      ["万元GDP综合能耗降低率", "higher", "name", reduction("降低率")],
      ["主要污染物排放降低率", "higher", "name", reduction("降低率")],
      ["全年优良天气达标率", "higher", "comparator", lower("≥92")],
      ["PM2.5年均浓度", "lower", "comparator", upper("<28")],
      ["人均公园绿地面积", "higher", "default", DEFAULT],
      ["亿元生产总值生产安全事故死亡率", "lower", "comparator", upper("<0.01")],
      ["粮食总产量", "higher", "default", DEFAULT],
      ["综合行政执法事项占比", "higher", "default", DEFAULT],
    ];
    expect(directionsOf("yuecheng-14th-targets", { name: 1, unit: 2, base: 3, target: 4 })).toEqual(expected);
  });
});

describe("decideDirection's order", () => {
  const label = parseIndicatorName("PM2.5 年均浓度（微克/立方米）");

  it("lets a direction column win over the comparator and the name", () => {
    const decision = decideDirection({ label, target: reading("<30"), override: { raw: "正向", ref: "G9" } });
    expect(worded(decision)).toEqual({ direction: "higher", source: "column", reason: "方向列为“正向”，越高越好" });
  });

  it.each([
    ["逆向", "lower"],
    ["越小越好", "lower"],
    ["↓", "lower"],
    ["越大越好", "higher"],
    ["↑", "higher"],
    [" 正 向 ", "higher"],
  ])("reads the direction column's %j as %s", (raw, direction) => {
    const decision = decideDirection({ label: parseIndicatorName("森林覆盖率（%）"), target: reading("56"), override: { raw } });
    expect(decision.direction).toBe(direction);
    expect(decision.source).toBe("column");
  });

  it("reports an unreadable direction cell with its address and decides by the next rule", () => {
    const decision = decideDirection({ label, target: reading("30"), override: { raw: "高", ref: "G9" } });
    expect(decision.direction).toBe("lower");
    expect(decision.source).toBe("name");
    expect(decision.problem).toEqual({
      code: "judge.direction",
      message: "单元格 G9 的方向“高”无法识别，应为“正向”“逆向”“越大越好”“越小越好”“↑”或“↓”，已按其他依据判断",
      cell: "G9",
    });
  });

  it("ignores an empty direction cell", () => {
    const decision = decideDirection({ label, target: reading("30"), override: { raw: null } });
    expect(worded(decision)).toEqual({ direction: "lower", source: "name", reason: "名称含“浓度”，越低越好" });
  });

  it("takes the comparator before the name: 以上 is a floor even for 失业率", () => {
    const decision = decideDirection({ label: parseIndicatorName("城镇调查失业率（%）"), target: reading("3 以上") });
    expect(worded(decision)).toEqual({ direction: "higher", source: "comparator", reason: lower("3 以上") });
  });

  it("never decides from base against target: a target below the base stays higher-is-better", () => {
    const decision = decideDirection({ label: parseIndicatorName("粮食总产量（万吨）"), base: reading("6.9"), target: reading("6.76") });
    expect(decision.direction).toBe("higher");
    expect(decision.source).toBe("default");
    expect(directionReasonText(decision.reason)).toContain("目标值6.76低于基期值6.9，视为须守住的底线");
  });

  it("calls a target above the base of a lower-is-better indicator a ceiling", () => {
    const decision = decideDirection({ label: parseIndicatorName("城镇登记失业率（%）"), base: reading("1.92"), target: reading("3.5") });
    expect(decision.direction).toBe("lower");
    expect(directionReasonText(decision.reason)).toBe("名称含“失业率”，越低越好；目标值3.5高于基期值1.92，视为不得突破的上限（如方向有误，可增加方向列更正）");
  });
});

describe("directionFromName", () => {
  it.each([
    ["PM2.5年均浓度", "微克/立方米", "lower", "名称含“浓度”，越低越好"],
    ["城镇登记失业率", "%", "lower", "名称含“失业率”，越低越好"],
    ["孕产妇死亡率", "1/10万", "lower", "名称含“死亡率”，越低越好"],
    ["城乡居民收入比", "", "lower", "名称含“收入比”，越低越好"],
    ["儿童青少年总体近视率", "%", "lower", "名称含“近视率”，越低越好"],
    ["袍江经开区全国排名", "位", "lower", ranking],
    ["单位生产总值能耗", "吨标准煤/万元", "lower", "名称含“能耗”、单位为“吨标准煤/万元”，属强度指标，越低越好"],
    ["单位工业增加值用水量", "立方米/万元", "lower", "名称含“用水量”、单位为“立方米/万元”，属强度指标，越低越好"],
    ["单位GDP能耗", "", "lower", "名称含“能耗”，属强度指标，越低越好"],
    ["主要污染物排放量", "万吨", "lower", "名称含“排放量”，越低越好"],
    ["单位GDP二氧化碳排放强度", "吨/万元", "lower", "名称含“排放强度”，越低越好"],
    ["单位GDP能耗降低率", "%", "higher", reduction("降低率")],
    ["单位GDP用水量下降率", "%", "higher", reduction("下降率")],
    ["单位GDP能耗下降", "%", "higher", reduction("下降")],
    ["万元GDP用水量降低", "%", "higher", reduction("降低")],
  ])("decides %s (%s) as %s", (name, unit, direction, reason) => {
    expect(worded(directionFromName(name, unit))).toEqual({ direction, source: "name", reason });
  });

  it("needs the unit 位 for a ranking, and an intensity for 能耗", () => {
    expect(directionFromName("全国百强区排名提升", "个").source).toBe("default");
    expect(directionFromName("能耗总量", "万吨标准煤").source).toBe("default");
  });
});

describe("edge cases", () => {
  it("decides with no target, no base and an empty name", () => {
    const decision = decideDirection({ label: parseIndicatorName(""), target: null });
    expect(worded(decision)).toEqual({ direction: "higher", source: "default", reason: DEFAULT });
  });

  it("reads spaces inside a name as typesetting", () => {
    expect(compactNameOf({ raw: "单位 GDP 能耗", name: "单位 GDP 能耗", qualifiers: [] })).toBe("单位GDP能耗");
  });

  it("says nothing of a floor when base equals target (a target to maintain)", () => {
    const decision = decideDirection({ label: parseIndicatorName("粮食综合生产能力（亿斤）"), base: reading("1.68"), target: reading("1.68") });
    expect(directionReasonText(decision.reason)).toBe(DEFAULT);
  });

  it("reads a full-width comparator in the target", () => {
    const decision = decideDirection({ label: parseIndicatorName("森林覆盖率（%）"), target: reading("＜30") });
    expect(decision).toMatchObject({ direction: "lower", source: "comparator" });
  });
});
