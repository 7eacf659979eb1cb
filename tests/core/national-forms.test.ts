import { describe, expect, it } from "vitest";
import { analyseCell, parseCell } from "../../src/core/cell";
import { decideDirection } from "../../src/core/direction";
import { isGdpName } from "../../src/core/gdp";
import { parseIndicatorName } from "../../src/core/name";
import { formulaText, noteText } from "../../src/i18n/notes";
import { judge, row } from "./rows";

// The forms the national plan (专栏1) and the provinces that copy it write. Plan 2021–2025, so a
// 2022 value is held to time progress t = (2022 − 2020 − 1 + 1) ÷ 5 = 40%.

describe("reading the national forms (structure pinned)", () => {
  it.each([
    ["〔13.5〕", { kind: "cumulative", value: 13.5, percent: false }],
    ["【5】", { kind: "cumulative", value: 5, percent: false }],
    ["60.6*", { kind: "point", value: 60.6, annotations: { starred: true } }],
    ["77.3*", { kind: "point", value: 77.3, annotations: { starred: true } }],
    ["23.2*", { kind: "point", value: 23.2, annotations: { starred: true } }],
    [">7、力争投入强度高于“十三五”时期实际", { kind: "bound", op: ">", value: 7, annotations: { stretchNote: "力争投入强度高于“十三五”时期实际" } }],
    ["8500（力争9000）", { kind: "point", value: 8500, annotations: { stretchNote: "力争9000" } }],
    ["保持在合理区间、各年度视情提出", { kind: "open", text: "保持在合理区间、各年度视情提出" }],
    ["下降20%", { kind: "change", change: "decrease", value: 20, percent: true, annotations: {} }],
    ["降低15%", { kind: "change", change: "decrease", value: 15, percent: true }],
    ["提高1岁", { kind: "change", change: "increase", value: 1, percent: false, annotations: { unit: "岁" } }],
    ["提高3个百分点", { kind: "change", change: "increase", value: 3, percent: false, annotations: { unit: "个百分点" } }],
    ["下降2个百分点", { kind: "change", change: "decrease", value: 2, percent: false, annotations: { unit: "个百分点" } }],
    ["翻一番", { kind: "change", change: "increase", value: 2, factor: true }],
    ["比2020年翻一番", { kind: "change", change: "increase", value: 2, factor: true }],
    ["翻两番", { kind: "change", change: "increase", value: 4, factor: true }],
    ["稳定在95%以上", { kind: "bound", op: ">=", value: 95, percent: true }],
    ["保持在95%以上", { kind: "bound", op: ">=", value: 95, percent: true }],
    ["保持95%以上", { kind: "bound", op: ">=", value: 95, percent: true }],
    ["3-5", { kind: "band", low: 3, high: 5, percent: false }],
    ["3~5", { kind: "band", low: 3, high: 5 }],
    ["3～5", { kind: "band", low: 3, high: 5 }],
    ["5到6", { kind: "band", low: 5, high: 6 }],
    ["零增长", { kind: "directional", way: "noIncrease" }],
    ["只减不增", { kind: "directional", way: "noIncrease" }],
    ["持续下降", { kind: "directional", way: "decrease" }],
    ["逐步提高", { kind: "directional", way: "increase" }],
    ["稳步提升", { kind: "directional", way: "increase" }],
    ["高于全省平均", { kind: "relative", relation: "faster", reference: "全省平均" }],
    ["高于GDP增长", { kind: "relative", relation: "faster" }],
    ["与GDP增长基本同步", { kind: "relative", relation: "sync" }],
    ["<5.5", { kind: "bound", op: "<", value: 5.5 }],
  ])("reads %s as %o, keeping the raw text", (text, expected) => {
    const analysis = analyseCell(text);
    expect(analysis.problems).toEqual([]);
    expect(analysis.reading).toMatchObject({ ...expected, raw: text });
  });

  it("does not take a falling pair (5-3) for a band, nor 增长7% for a change", () => {
    expect(parseCell("5-3").ok).toBe(false);
    expect(analyseCell("增长7%").reading?.kind).not.toBe("change");
  });
});

describe("change targets relative to the base", () => {
  it("judges 提高1岁 on levels: base 78, 2022 78.3, g = 79, r = 0.3 ÷ 1 = 30% < 40% → behind", () => {
    const j = judge(row("人均预期寿命（岁）", 78, "提高1岁", { "2022": 78.3 }));
    expect(j.kind).toBe("change");
    expect(j.realisation).toBeCloseTo(0.3, 10);
    expect(j.status).toBe("behind");
    expect(noteText(j.note)).toBe(
      "2022年值78.3，实现度30%，时序进度40%；目标“提高1岁”为较基期的变化，监测值为水平值，按基期值78折算目标值79评价",
    );
    expect(formulaText(j.formula)).toBe("实现度 =（当期值 − 基期值）÷（目标值 − 基期值）=（78.3 − 78）÷（79 − 78）");
  });

  it("judges 提高3个百分点 on 常住人口城镇化率 60 → 61.5: r = 1.5 ÷ 3 = 50% ≥ 40% → on track", () => {
    const j = judge(row("常住人口城镇化率（%）", 60, "提高3个百分点", { "2022": 61.5 }));
    expect(j.realisation).toBeCloseTo(0.5, 10);
    expect(j.status).toBe("on_track");
  });

  it("judges 下降2个百分点 on 城镇调查失业率 5.5 → 4.5 as lower-is-better: g = 3.5, r = −1 ÷ −2 = 50%", () => {
    const j = judge(row("城镇调查失业率（%）", 5.5, "下降2个百分点", { "2022": 4.5 }));
    expect(j.direction).toBe("lower");
    expect(j.directionSource).toBe("comparator");
    expect(j.realisation).toBeCloseTo(0.5, 10);
    expect(j.status).toBe("on_track");
  });

  it("judges 下降20% on a level: 0.5 → 0.45 吨标准煤/万元, (0.5 − 0.45) ÷ 0.5 = 10% of a 20% fall, r = 50%", () => {
    const j = judge(row("单位GDP能耗（吨标准煤/万元）", 0.5, "下降20%", { "2022": 0.45 }));
    expect(j.kind).toBe("change");
    expect(j.realisation).toBeCloseTo(0.5, 10);
    expect(j.note.reasons).toContainEqual({ code: "changeAsLevels", text: "下降20%", base: 0.5, goal: 0.4 });
  });

  it("judges 下降20% on a name that states the change as the change itself: 10 ÷ 20 = 50%", () => {
    const j = judge(row("单位GDP能源消耗降低（%）", null, "下降20%", { "2022": 10 }));
    expect(j.kind).toBe("change");
    expect(j.direction).toBe("higher");
    expect(j.realisation).toBeCloseTo(0.5, 10);
    expect(j.status).toBe("on_track");
    expect(j.note.reasons).toContainEqual({ code: "changeAsChanges", text: "下降20%" });
  });

  it("judges 翻一番 from a base of 500 toward 1000: 750 gives r = 250 ÷ 500 = 50%", () => {
    const j = judge(row("数字经济核心产业增加值（亿元）", 500, "翻一番", { "2022": 750 }));
    expect(j.realisation).toBeCloseTo(0.5, 10);
    expect(j.status).toBe("on_track");
  });

  it("gives a change with no base no data, with the reason", () => {
    const j = judge(row("数字经济核心产业增加值（亿元）", "—", "翻一番", { "2022": 750 }));
    expect(j.status).toBe("no_data");
    expect(noteText(j.note)).toBe("目标“翻一番”以基期值为起点，缺少基期值，无法评价");
  });

  it("reaches a change once the level is there: 77.3 〔1〕 at 78.4 is ahead", () => {
    const j = judge(row("人均预期寿命（岁）", "77.3*", "〔1〕", { "2022": 78.4 }));
    expect(j.kind).toBe("change");
    expect(j.status).toBe("ahead");
  });

  it("keeps a plan total on a flow a five-year sum: 实际利用外资 2.3 [20] stays cumulative", () => {
    expect(judge(row("实际利用外资（亿美元）", 2.3, "[20]", { "2022": 9 })).kind).toBe("cumulative");
  });
});

describe("band targets", () => {
  it("reaches 3-5 while inside: 3.2 → ahead, r = 100%", () => {
    const j = judge(row("人口自然增长率（‰）", 2.5, "3-5", { "2022": 3.2 }));
    expect(j.kind).toBe("band");
    expect(j.status).toBe("ahead");
    expect(j.realisation).toBe(1);
    expect(formulaText(j.formula)).toBe("当期值处于3—5之内，实现度计为100%");
  });

  it("judges a value below the band toward its near edge: base 1, 2.2, edge 3, r = 1.2 ÷ 2 = 60% ≥ 40%", () => {
    const j = judge(row("人口自然增长率（‰）", 1, "3～5", { "2022": 2.2 }));
    expect(j.realisation).toBeCloseTo(0.6, 10);
    expect(j.status).toBe("on_track");
    expect(j.note.reasons).toContainEqual({ code: "bandEdge", edge: 3 });
  });

  it("counts leaving the band from inside as slipping back: base 4, 5.5 → behind, r = 0", () => {
    const j = judge(row("人口自然增长率（‰）", 4, "3~5", { "2022": 5.5 }));
    expect(j.realisation).toBe(0);
    expect(j.status).toBe("behind");
  });
});

describe("open, directional and unheld references", () => {
  it("gives an open target no data with its reason", () => {
    const j = judge(row("国内生产总值增长（%）", 2.3, "保持在合理区间、各年度视情提出", { "2022": 3 }));
    expect(j.kind).toBe("open");
    expect(j.status).toBe("no_data");
    expect(noteText(j.note)).toBe("目标为“保持在合理区间、各年度视情提出”，未设可比较的数值，不作评价");
  });

  it("meets 持续下降 when the value is below the base (1.0 → 0.9), never ahead, lower is better", () => {
    const j = judge(row("单位GDP二氧化碳排放（吨/万元）", 1, "持续下降", { "2022": 0.9 }));
    expect(j.kind).toBe("directional");
    expect(j.direction).toBe("lower");
    expect(j.status).toBe("on_track");
    expect(j.realisation).toBeNull();
    expect(noteText(j.note)).toBe("2022年值0.9，基期值1，低于基期值");
  });

  it("does not meet 持续下降 at 1.1 from 1.0: behind, regressing", () => {
    const j = judge(row("单位GDP二氧化碳排放（吨/万元）", 1, "持续下降", { "2022": 1.1 }));
    expect(j.status).toBe("behind");
    expect(j.flags).toContain("regressing");
  });

  it("meets 零增长 at the base (500 → 500) and not above it (510)", () => {
    expect(judge(row("能源消费总量（万吨标准煤）", 500, "零增长", { "2022": 500 })).status).toBe("on_track");
    expect(judge(row("能源消费总量（万吨标准煤）", 500, "零增长", { "2022": 510 })).status).toBe("behind");
  });

  it("meets 逐步提高 above the base: 10 → 10.5", () => {
    expect(judge(row("研发投入强度（%）", 10, "逐步提高", { "2022": 10.5 })).status).toBe("on_track");
  });

  it("gives 高于全省平均 no data: the table holds no provincial average", () => {
    const j = judge(row("居民人均可支配收入增长（%）", 5, "高于全省平均", { "2022": 6 }));
    expect(j.kind).toBe("relative");
    expect(j.status).toBe("no_data");
    expect(noteText(j.note)).toBe("目标以全省平均为参照，表中无全省平均数据，需人工判断");
  });
});

describe("floors in words, stretch notes, starred values, no base", () => {
  it("holds 稳定在95%以上 as a floor: 97 → ahead, r = 100%", () => {
    const j = judge(row("基本养老保险参保率（%）", 96, "稳定在95%以上", { "2022": 97 }));
    expect(j.kind).toBe("bound");
    expect(j.status).toBe("ahead");
  });

  it("judges 8500（力争9000） at 8500 and shows the 力争 part", () => {
    const j = judge(row("地区生产总值（亿元）", 6000, "8500（力争9000）", { "2022": 7000 }));
    expect(j.realisation).toBeCloseTo(1000 / 2500, 10);
    expect(noteText(j.note)).toContain("“力争9000”为争取目标，列示备查，不作评价");
  });

  it("uses a starred value and says so", () => {
    const j = judge(row("森林覆盖率（%）", 23.2, 24.1, { "2022": "23.8*" }));
    expect(j.value).toBe(23.8);
    expect(j.note.reasons).toContainEqual({ code: "valueStarred" });
  });

  it("counts a target already met without a base as reached", () => {
    const j = judge(row("地表水达到或好于Ⅲ类水体比例（%）", "—", 85, { "2022": 86 }));
    expect(j.status).toBe("ahead");
    expect(j.projection).toBe("reached");
  });
});

describe("the national layout's 年均/累计 column", () => {
  it("reads <5.5 there as a bound on a rate's own level when the target year holds —", () => {
    const j = judge(row("城镇调查失业率（%）", 5.2, "—", { "2022": 5.3 }, { targetGrowth: { raw: "<5.5" } }));
    expect(j.kind).toBe("bound");
    expect(j.status).toBe("ahead");
  });

  it("reads >7 there as a bound on the annual growth of a growth row", () => {
    const j = judge(row("全社会研发经费投入增长（%）", "—", "—", { "2021": 8, "2022": 6 }, { targetGrowth: { raw: ">7" } }));
    expect(j.kind).toBe("rate");
    // √(1.08 × 1.06) − 1 = √1.1448 − 1 = 6.995% < 7%
    expect(j.value).toBeCloseTo(6.995, 3);
    expect(j.status).toBe("behind");
  });

  it("takes the target-year value when both hold one, and reports the unused 年均/累计 cell", () => {
    const j = judge(row("常住人口城镇化率（%）", 60, 65, { "2022": 62 }, { targetGrowth: { raw: "〔5〕", ref: "E7" } }));
    expect(j.kind).toBe("level");
    expect(j.realisation).toBeCloseTo(0.4, 10);
    expect(j.problems.map((p) => [p.code, p.cell])).toEqual([["judge.growth_unused", "E7"]]);
  });
});

describe("direction words and the GDP reference", () => {
  it.each(["劣Ⅴ类水体比例", "劣V类水体比例", "PM2.5超标天数", "生产安全事故死亡人数", "贫困发生率", "初中辍学率", "商品房空置率"])(
    "takes %s as lower-is-better by its name",
    (name) => {
      expect(decideDirection({ label: parseIndicatorName(`${name}（%）`), target: null })).toMatchObject({ direction: "lower", source: "name" });
    },
  );

  it("recognises 国内生产总值（GDP）增长 as the table's GDP growth, not 人均国内生产总值", () => {
    expect(isGdpName("国内生产总值（GDP）增长")).toBe(true);
    expect(isGdpName("国内生产总值增长")).toBe(true);
    expect(isGdpName("人均国内生产总值")).toBe(false);
  });
});

describe("cumulative values observed as yearly increments, and the 统计口径 column", () => {
  it("sums yearly increments when the run falls: 棚户区改造 39.6 + 41.3 + 14.5 = 95.4 of 110, r = 86.7%", () => {
    const j = judge(row("棚户区住房改造（万套）", null, "〔110〕", { "2021": 39.6, "2022": 41.3, "2023": 14.5 }));
    expect(j.kind).toBe("cumulative");
    expect(j.value).toBeCloseTo(95.4, 10);
    expect(j.realisation).toBeCloseTo(95.4 / 110, 10);
    // 2023 → t = 60%: 86.7% ≥ 60%
    expect(j.status).toBe("on_track");
    expect(noteText(j.note)).toContain("监测值有升有降，为各年当年数，累计值按3个年度相加");
  });

  it("reads a rising run as totals to date: 39.6, 41.3 → 41.3 of 110", () => {
    const j = judge(row("棚户区住房改造（万套）", null, "〔110〕", { "2021": 39.6, "2022": 41.3 }));
    expect(j.value).toBe(41.3);
    expect(j.note.reasons).toEqual([]);
  });

  it("sums a rising run when the 统计口径 column says 当年: 39.6 + 41.3 = 80.9", () => {
    const j = judge(row("棚户区住房改造（万套）", null, "〔110〕", { "2021": 39.6, "2022": 41.3 }, { calibreOverride: { raw: "当年" } }));
    expect(j.value).toBeCloseTo(80.9, 10);
    expect(j.note.reasons).toEqual([{ code: "incrementsByColumn", years: 2 }]);
  });

  it("reads 〔1〕 on 人均预期寿命 as the change itself when the 统计口径 column says 累计: 0.9 ÷ 1 = 90%", () => {
    const j = judge(row("人均预期寿命（岁）", 77.3, "〔1〕", { "2022": 0.9 }, { calibreOverride: { raw: "累计" } }));
    expect(j.kind).toBe("cumulative");
    expect(j.realisation).toBeCloseTo(0.9, 10);
  });

  it("reads 下降20% on a reduction name as levels when the 统计口径 column says 水平: 0.5 → 0.45, r = 50%", () => {
    const j = judge(row("单位GDP能源消耗降低（%）", 0.5, "下降20%", { "2022": 0.45 }, { calibreOverride: { raw: "水平" } }));
    expect(j.kind).toBe("change");
    expect(j.note.reasons).toContainEqual({ code: "changeAsLevels", text: "下降20%", base: 0.5, goal: 0.4 });
  });

  it.each([
    ["累计值", "toDate"],
    ["当年值", "yearly"],
    ["年度", "yearly"],
    ["水平值", "level"],
    ["期末值", "level"],
  ] as const)("reads the 统计口径 word %s as %s and says the reading came from the column", (word, calibre) => {
    const j = judge(row("人均预期寿命（岁）", 77.3, "〔1〕", { "2021": 77.9, "2022": 78.2 }, { calibreOverride: { raw: word, ref: "H7" } }));
    expect(j.problems).toEqual([]);
    const fromColumn = calibre === "yearly" ? { code: "incrementsByColumn", years: 2 } : { code: "calibreColumn", calibre };
    expect(j.note.reasons).toContainEqual(fromColumn);
  });

  it("reads 〔1〕 on 人均预期寿命 as levels when the column says 水平, the note saying so: (78.2 − 77.3) ÷ 1 = 90%", () => {
    const j = judge(row("人均预期寿命（岁）", 77.3, "〔1〕", { "2022": 78.2 }, { calibreOverride: { raw: "水平" } }));
    expect(j.kind).toBe("change");
    expect(j.realisation).toBeCloseTo(0.9, 10);
    expect(noteText(j.note)).toContain("统计口径栏为“水平”，监测值按水平值读取");
  });

  it("reads 下降20% on a level name as the change itself when the column says 累计: 12 ÷ 20 = 60%", () => {
    // Without the column 单位GDP能耗 (吨标准煤/万元) 0.5 → 下降20% would be judged on levels toward 0.4.
    const j = judge(row("单位GDP能耗（吨标准煤/万元）", 0.5, "下降20%", { "2022": 12 }, { calibreOverride: { raw: "累计" } }));
    expect(j.kind).toBe("change");
    expect(j.realisation).toBeCloseTo(0.6, 10);
    expect(noteText(j.note)).toContain("统计口径栏为“累计”，监测值按截至当期的累计数读取");
  });

  it("reports a 统计口径 cell it cannot read, naming the cell", () => {
    const j = judge(row("棚户区住房改造（万套）", null, "〔110〕", { "2022": 41.3 }, { calibreOverride: { raw: "其他", ref: "H7" } }));
    expect(j.problems.map((p) => [p.code, p.cell])).toEqual([["judge.calibre", "H7"]]);
  });
});
