import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { h2023, judgement, period, plan14, plan15 } from "./judgements";
import { defaultSettings } from "../../src/core/settings";
import { summarise } from "../../src/core/summary";
import type { Judgement, Period, Plan, ProjectionCode, Settings, StatusCode } from "../../src/core/types";
import { nameList, planTitle } from "../../src/i18n/summary";


/** The drafted paragraphs for judgements at an evaluation period (default 2023H1 of the 14th plan). */
function draft(
  judgements: Judgement[],
  options: { plan?: Plan; at?: Period | null; settings?: Settings } = {},
): string[] {
  const at = options.at === undefined ? h2023 : options.at;
  return summarise(judgements, { plan: options.plan ?? plan14, period: at, settings: options.settings ?? defaultSettings }).narrative;
}

/** 越城区-style mid-term results: one of each status, two behind. */
function midTerm(revenueRealisation = 0.3): Judgement[] {
  return [
    judgement({ row: 1, name: "全区生产总值", status: "ahead", realisation: 1.2, projection: "reached" }),
    judgement({ row: 2, name: "人均生产总值", realisation: 0.55 }),
    judgement({
      row: 3,
      name: "一般公共预算收入",
      status: "behind",
      realisation: revenueRealisation,
      projection: "difficult",
    }),
    judgement({ row: 4, name: "固定资产投资", status: "behind", realisation: 0.45, projection: "with_effort" }),
    judgement({
      row: 11,
      name: "每万人高价值发明专利拥有量",
      status: "no_data",
      realisation: null,
      valuePeriod: null,
      timeProgress: null,
      projection: "unknown",
    }),
  ];
}

describe("the mid-term paragraphs", () => {
  it("open with the period and time progress, then counts and the average against time progress", () => {
    expect(draft(midTerm())[0]).toBe(
      "截至2023年上半年，“十四五”规划实施时序进度为50%。按照“时间与进度基本一致”原则，5项指标中，" +
        "1项提前实现目标，1项达到进度要求，2项未达到进度要求，1项因数据暂缺未评估（每万人高价值发明专利拥有量）。" +
        "已评估的4项指标平均实现度为57.5%，快于时序进度7.5个百分点。",
    );
  });

  it("name the lagging indicators, widest gap first, with realisation and time progress", () => {
    expect(draft(midTerm())[1]).toBe(
      "未达到进度要求的指标为：一般公共预算收入（实现度30%，时序进度50%）、固定资产投资（实现度45%，时序进度50%）。",
    );
  });

  it("close with the projection counts, naming the targets that will be hard to complete", () => {
    expect(draft(midTerm())[2]).toBe(
      "按目前进度预计，第一类为已实现的指标，共1项，为全区生产总值；第二类为能如期完成的指标，共1项，为人均生产总值；" +
        "第三类为经努力可完成的指标，共1项，为固定资产投资；第四类为完成难度较大的指标，共1项，为一般公共预算收入；" +
        "第五类为无法预计的指标，共1项，为每万人高价值发明专利拥有量。" +
        "完成难度较大的指标需加大推进力度。",
    );
  });

  it("change with the results: another realisation gives another average, gap and figure", () => {
    const [overview, lagging] = draft(midTerm(0.2));
    expect(overview).toContain("已评估的4项指标平均实现度为55%，快于时序进度5个百分点。");
    expect(lagging).toContain("一般公共预算收入（实现度20%，时序进度50%）");
  });

  it("say 慢于 when the average trails time progress", () => {
    const judgements = [
      judgement({ row: 1, name: "人才资源总量", status: "behind", realisation: 0.2 }),
      judgement({ row: 2, name: "常住人口城镇化率", status: "behind", realisation: 0.3 }),
    ];
    expect(draft(judgements)[0]).toContain("2项指标平均实现度为25%，慢于时序进度25个百分点，均未达到进度要求。");
  });

  it("say 与时序进度持平 when the average equals time progress", () => {
    const judgements = [
      judgement({ row: 1, name: "人才资源总量", realisation: 0.5 }),
      judgement({ row: 2, name: "常住人口城镇化率", realisation: 0.5 }),
    ];
    expect(draft(judgements)[0]).toContain("2项指标平均实现度为50%，与时序进度持平，均达到进度要求。");
  });

  it("call out binding indicators behind, and show a growth rate or a slipping value as such", () => {
    const judgements = [
      judgement({ row: 16, name: "人均期望寿命", realisation: 0.6 }),
      judgement({ row: 12, name: "全社会劳动生产率", kind: "rate", status: "behind", realisation: 0.9 }),
      judgement({
        row: 30,
        name: "PM2.5 年均浓度",
        attribute: "binding",
        status: "behind",
        realisation: -0.1,
        flags: ["regressing"],
      }),
      judgement({
        row: 28,
        name: "主要污染物排放降低率",
        kind: "qualitative",
        attribute: "binding",
        status: "behind",
        realisation: null,
      }),
    ];
    expect(draft(judgements)[1]).toBe(
      "未达到进度要求的指标为：主要污染物排放降低率、PM2.5 年均浓度（实现度-10%，时序进度50%，较基期有所倒退）、" +
        "全社会劳动生产率（实现度90%）。约束性指标中，主要污染物排放降低率、PM2.5 年均浓度未达到进度要求，需重点关注。",
    );
  });

  it("say so when binding indicators are all on track while others lag", () => {
    const judgements = [
      judgement({ row: 1, name: "全年优良天气达标率", attribute: "binding", realisation: 0.7 }),
      judgement({ row: 2, name: "外贸出口", status: "behind", realisation: 0.3 }),
    ];
    expect(draft(judgements)[1]).toBe(
      "未达到进度要求的指标为：外贸出口（实现度30%，时序进度50%）。约束性指标中无未达到进度要求的情况。",
    );
  });

  it("say no indicator lags when results differ but none is behind", () => {
    const judgements = [
      judgement({ row: 1, name: "外贸出口", status: "ahead", realisation: 1.1 }),
      judgement({ row: 2, name: "人才资源总量", realisation: 0.6 }),
    ];
    expect(draft(judgements)[1]).toBe("已评估指标中无未达到进度要求的情况。");
  });

  it("tell which indicators rest on older data, newest period first", () => {
    const judgements = [
      judgement({ row: 1, name: "全区生产总值", valuePeriod: period(2022), timeProgress: 0.4, flags: ["older_data"] }),
      judgement({ row: 14, name: "外贸出口", valuePeriod: period(2021), timeProgress: 0.2, flags: ["older_data"] }),
      judgement({ row: 15, name: "社会消费品零售总额", valuePeriod: period(2022), flags: ["older_data"] }),
      judgement({ row: 2, name: "人均生产总值" }),
    ];
    expect(draft(judgements)[0]).toMatch(
      /。因尚无2023年上半年数据，全区生产总值、社会消费品零售总额按2022年数据评估，外贸出口按2021年数据评估。$/u,
    );
  });

  it("average only over indicators with a realisation, and say which", () => {
    const judgements = [
      judgement({ row: 1, name: "人均生产总值", realisation: 0.6 }),
      judgement({ row: 2, name: "主要污染物排放降低率", kind: "qualitative", realisation: null }),
      judgement({ row: 3, name: "外贸出口", status: "behind", realisation: 0.2 }),
    ];
    expect(draft(judgements)[0]).toContain(
      "3项指标中，2项达到进度要求，1项未达到进度要求。可计算实现度的2项指标平均实现度为40%，慢于时序进度10个百分点。",
    );
  });

  it("name the only indicator with a realisation instead of averaging one", () => {
    const judgements = [
      judgement({ row: 1, name: "主要污染物排放降低率", kind: "qualitative", realisation: null }),
      judgement({ row: 2, name: "人均生产总值", realisation: 0.6 }),
    ];
    expect(draft(judgements)[0]).toContain(
      "2项指标均达到进度要求。可计算实现度的指标为人均生产总值，实现度为60%，快于时序进度10个百分点。",
    );
  });

  it("say the data are too few to project when no projection could be made", () => {
    const judgements = [
      judgement({ row: 1, name: "人才资源总量", projection: "unknown" }),
      judgement({ row: 2, name: "外贸出口", projection: "unknown" }),
    ];
    expect(draft(judgements)).toContain("现有数据暂不足以预计规划期末完成情况。");
  });

  it("name the plan by its cycle: the 15th plan in its first half year", () => {
    expect(draft([judgement({ row: 1, name: "人均生产总值", realisation: 0.12, timeProgress: 0.1 })], {
      plan: plan15,
      at: period(2026, 0.5),
    })[0]).toMatch(/^截至2026年上半年，“十五五”规划实施时序进度为10%。/u);
  });
});

describe("every case reads grammatically", () => {
  it("all on track: one 均 clause and no lagging paragraph", () => {
    const judgements = [
      judgement({ row: 1, name: "人才资源总量", realisation: 0.55 }),
      judgement({ row: 2, name: "常住人口城镇化率", realisation: 0.6 }),
    ];
    const paragraphs = draft(judgements);
    expect(paragraphs[0]).toContain("2项指标平均实现度为57.5%，快于时序进度7.5个百分点，均达到进度要求。");
    expect(paragraphs.join("")).not.toContain("未达到进度要求");
    expect(paragraphs).toHaveLength(2);
  });

  it("a status nobody has is left out, never written as 0项", () => {
    const text = draft(midTerm().filter((j) => j.status !== "ahead")).join("");
    expect(text).not.toMatch(/(?<![\d.])0项/u);
    expect(text).not.toContain("提前实现目标");
  });

  it("nothing assessed: says why, with no average and no projection", () => {
    const judgements = ["外贸出口", "人才资源总量", "旅游业总收入"].map((name, i) =>
      judgement({ row: i, name, status: "no_data", realisation: null, projection: "unknown" }),
    );
    expect(draft(judgements)).toEqual([
      "截至2023年上半年，“十四五”规划实施时序进度为50%。3项指标均因数据暂缺未评估，暂无法计算平均实现度。",
    ]);
  });

  it("no indicators at all", () => {
    expect(draft([])).toEqual(["截至2023年上半年，“十四五”规划实施时序进度为50%。本次评估未识别到规划指标。"]);
  });

  it("one indicator: named, not counted", () => {
    const judgements = [
      judgement({ row: 3, name: "一般公共预算收入", status: "behind", realisation: 0.3, projection: "difficult" }),
    ];
    expect(draft(judgements)).toEqual([
      "截至2023年上半年，“十四五”规划实施时序进度为50%。按照“时间与进度基本一致”原则，一般公共预算收入实现度为30%，慢于时序进度20个百分点，未达到进度要求。",
      "按目前进度预计，一般公共预算收入完成难度较大。完成难度较大的指标需加大推进力度。",
    ]);
  });

  it("one growth-rate indicator: its realisation is not compared with time progress", () => {
    const judgements = [judgement({ row: 5, name: "全社会研发经费投入增长", kind: "rate", status: "on_track", realisation: 1.557 })];
    const overview = draft(judgements)[0] ?? "";
    expect(overview).toContain("全社会研发经费投入增长实现度为155.7%");
    expect(overview).not.toContain("时序进度105.7");
    expect(overview).not.toMatch(/快于时序进度|慢于时序进度/u);
  });

  it("one level indicator past its target: clipped to 100% before the comparison (100% − 50% = 50 points)", () => {
    const judgements = [judgement({ row: 5, name: "地表水达到或好于Ⅲ类水体比例", status: "ahead", realisation: 2.8125 })];
    expect(draft(judgements)[0]).toContain("地表水达到或好于Ⅲ类水体比例实现度为100%，快于时序进度50个百分点");
  });

  it("leaves growth-rate targets out of the average: (0.4 + 0.6) ÷ 2 = 50%, the rate's 1.557 not counted", () => {
    const judgements = [
      judgement({ row: 1, name: "甲", status: "behind", realisation: 0.4 }),
      judgement({ row: 2, name: "乙", status: "on_track", realisation: 0.6 }),
      judgement({ row: 3, name: "丙", kind: "rate", status: "on_track", realisation: 1.557 }),
    ];
    const summary = summarise(judgements, { plan: plan14, period: h2023, settings: defaultSettings });
    expect(summary.averageRealisation).toBeCloseTo(0.5, 10);
    expect(summary.narrative[0]).toContain("可计算实现度的2项指标平均实现度为50%，与时序进度持平");
  });

  it("one indicator without data", () => {
    const judgements = [judgement({ row: 1, name: "营商环境便利度", status: "no_data", realisation: null })];
    expect(draft(judgements)[0]).toMatch(/营商环境便利度因数据暂缺未评估。$/u);
  });

  it("long lists name five indicators, then 等N项", () => {
    const missing = ["外贸出口", "人才资源总量", "旅游业总收入", "人均期望寿命", "粮食总产量", "外贸进口", "森林覆盖率"];
    const judgements = [
      judgement({ row: 1, name: "人均生产总值" }),
      ...missing.map((name, i) => judgement({ row: 100 + i, name, status: "no_data", realisation: null })),
    ];
    expect(draft(judgements)[0]).toContain(
      "7项因数据暂缺未评估（外贸出口、人才资源总量、旅游业总收入、人均期望寿命、粮食总产量等7项）",
    );
  });

  it("uses the labels the user renamed", () => {
    const settings: Settings = {
      ...defaultSettings,
      labels: {
        ...defaultSettings.labels,
        ahead: "快于预期",
        on_track: "基本符合预期",
        behind: "滞后",
        no_data: "无数据",
        difficult: "难度较大",
      },
    };
    const text = draft(midTerm(), { settings }).join("\n");
    expect(text).toContain("1项快于预期，1项基本符合预期，2项滞后，1项因无数据未评估（每万人高价值发明专利拥有量）");
    expect(text).toContain("滞后的指标为：一般公共预算收入");
    expect(text).toContain("第四类为难度较大的指标，共1项，为一般公共预算收入");
    for (const label of ["提前实现目标", "达到进度要求", "数据暂缺", "完成难度较大"]) expect(text).not.toContain(label);
  });

  it("writes Chinese punctuation only (a point only inside a number)", () => {
    const text = [...draft(midTerm()), ...draft(endOfPlan(), { at: period(2025) })].join("");
    expect(text).not.toMatch(/[,;:()"'?!]/u);
    expect(text).not.toMatch(/\.(?!\d)|(?<!\d)\./u);
  });

  it("never writes -0: a realisation a hair below zero is 0%", () => {
    const judgements = [judgement({ row: 1, name: "外贸出口", status: "behind", realisation: -0.0001 })];
    expect(draft(judgements)[0]).toContain("外贸出口实现度为0%，慢于时序进度50个百分点");
  });

  it("without an evaluation period, compares nothing with time progress", () => {
    const judgements = [
      judgement({ row: 1, name: "人才资源总量", realisation: 0.5 }),
      judgement({ row: 2, name: "常住人口城镇化率", realisation: 0.6 }),
    ];
    const [overview] = draft(judgements, { at: null });
    expect(overview).toBe("按照“时间与进度基本一致”原则，2项指标平均实现度为55%，均达到进度要求。");
  });
});

/** 越城区-style results at the end of the plan, every judgement with its end-of-plan label. */
function endOfPlan(): Judgement[] {
  const at2025 = { valuePeriod: period(2025), timeProgress: 1 };
  return [
    judgement({ row: 1, name: "全区生产总值", status: "ahead", realisation: 1.1, endOfPlan: "complete", ...at2025 }),
    judgement({ row: 2, name: "人均生产总值", realisation: 1, endOfPlan: "complete", ...at2025 }),
    judgement({ row: 3, name: "一般公共预算收入", status: "behind", realisation: 0.96, endOfPlan: "basically_complete", ...at2025 }),
    judgement({
      row: 29,
      name: "全年优良天气达标率",
      kind: "bound",
      attribute: "binding",
      status: "behind",
      realisation: 0.5,
      endOfPlan: "incomplete",
      ...at2025,
    }),
    judgement({ row: 31, name: "人均公园绿地面积", status: "behind", realisation: 0.8, endOfPlan: "incomplete", ...at2025 }),
  ];
}

describe("the end-of-plan paragraphs", () => {
  it("count 完成, 基本完成 and 未完成 instead of progress", () => {
    expect(draft(endOfPlan(), { at: period(2025) })[0]).toBe(
      "截至“十四五”规划期末（2025年），5项指标平均实现度为85.2%。其中2项完成，1项基本完成，2项未完成。",
    );
  });

  it("list the unfinished indicators, lowest realisation first, and call out binding ones", () => {
    expect(draft(endOfPlan(), { at: period(2025) })[1]).toBe(
      "未完成的指标为：全年优良天气达标率（实现度50%）、人均公园绿地面积（实现度80%）。" +
        "基本完成的指标为：一般公共预算收入（实现度96%）。约束性指标中，全年优良天气达标率未完成，需重点关注。",
    );
  });

  it("speak neither of time progress nor of projection", () => {
    const text = draft(endOfPlan(), { at: period(2025) }).join("");
    expect(text).not.toContain("时序进度");
    expect(text).not.toContain("按目前进度预计");
    expect(draft(endOfPlan(), { at: period(2025) })).toHaveLength(2);
  });

  it("count an indicator judged on older data by its realisation against the whole target", () => {
    const judgements = [
      ...endOfPlan().slice(0, 2),
      judgement({ row: 19, name: "旅游业总收入", realisation: 0.85, valuePeriod: period(2024), timeProgress: 0.8, flags: ["older_data"] }),
    ];
    const [overview, unfinished] = draft(judgements, { at: period(2025) });
    expect(overview).toContain("其中2项完成，1项未完成。因尚无2025年数据，旅游业总收入按2024年数据评估。");
    expect(unfinished).toBe("未完成的指标为：旅游业总收入（实现度85%）。");
  });

  it("say every assessed indicator is complete when none is short", () => {
    const judgements = [
      ...endOfPlan().slice(0, 2),
      judgement({ row: 11, name: "每万人高价值发明专利拥有量", status: "no_data", realisation: null }),
    ];
    const [overview, closing] = draft(judgements, { at: period(2025) });
    expect(overview).toContain("3项指标中，2项完成，1项因数据暂缺未评估（每万人高价值发明专利拥有量）。已评估的2项指标平均实现度为100%。");
    expect(closing).toBe("已评估指标均完成。");
  });

  it("name the 13th plan at its end", () => {
    expect(draft(endOfPlan(), { plan: { baseYear: 2015, targetYear: 2020 }, at: period(2020) })[0]).toMatch(
      /^截至“十三五”规划期末（2020年），/u,
    );
  });
});

describe("edge cases", () => {
  it("lists names as a report does", () => {
    expect(nameList([])).toBe("");
    expect(nameList(["外贸出口"])).toBe("外贸出口");
    expect(nameList(["甲", "乙", "丙", "丁", "戊"])).toBe("甲、乙、丙、丁、戊");
    expect(nameList(["甲", "乙", "丙", "丁", "戊", "己"])).toBe("甲、乙、丙、丁、戊等6项");
  });

  it.each([
    [2005, 2010, "“十一五”规划"],
    [2015, 2020, "“十三五”规划"],
    [2020, 2025, "“十四五”规划"],
    [2025, 2030, "“十五五”规划"],
    [2045, 2050, "“十九五”规划"],
    [2050, 2055, "“二十五”规划"],
    [2000, 2005, "规划"],
    [2020, 2035, "规划"],
    [2021, 2025, "规划"],
  ])("a plan from %d to %d is called %s", (baseYear, targetYear, title) => {
    expect(planTitle(baseYear, targetYear)).toBe(title);
  });
});

// ---------------------------------------------------------------------------------------------

const statuses: StatusCode[] = ["ahead", "on_track", "behind", "no_data"];
const projections: ProjectionCode[] = ["reached", "on_course", "with_effort", "difficult", "unknown"];

const arbitraryJudgement = fc
  .record({
    index: fc.nat(),
    status: fc.constantFrom(...statuses),
    realisation: fc.option(fc.double({ min: -2, max: 3, noNaN: true }), { nil: null }),
    projection: fc.constantFrom(...projections),
    binding: fc.boolean(),
  })
  .map(({ index, binding, ...rest }) =>
    judgement({ row: index, name: `指标${index}`, attribute: binding ? "binding" : "anticipatory", ...rest }),
  );

const arbitraryPeriod = fc
  .record({ year: fc.integer({ min: 2021, max: 2025 }), fraction: fc.constantFrom(0.5, 1) as fc.Arbitrary<Period["fraction"]> })
  .map(({ year, fraction }) => period(year, fraction));

describe("properties", () => {
  it("the figures agree: average minus time progress is the gap written in points", () => {
    fc.assert(
      fc.property(fc.array(arbitraryJudgement, { minLength: 2, maxLength: 30 }), arbitraryPeriod, (judgements, at) => {
        const [overview = ""] = draft(judgements, { at });
        const progress = /时序进度为(-?[\d.]+)%/u.exec(overview);
        const average = /平均实现度为(-?[\d.]+)%，(?:(快于|慢于)时序进度([\d.]+)个百分点|与时序进度持平)/u.exec(overview);
        if (!progress || !average) return;
        const difference = Math.round((Number(average[1]) - Number(progress[1])) * 10);
        const written = average[2] === undefined ? 0 : Math.round(Number(average[3]) * 10);
        expect(Math.abs(difference)).toBe(written);
        if (written !== 0) expect(average[2]).toBe(difference > 0 ? "快于" : "慢于");
      }),
    );
  });

  it("every count written matches the summary", () => {
    fc.assert(
      fc.property(fc.array(arbitraryJudgement, { minLength: 2, maxLength: 30 }), arbitraryPeriod, (judgements, at) => {
        const summary = summarise(judgements, { plan: plan14, period: at, settings: defaultSettings });
        const text = summary.narrative.join("");
        if (at.year === 2025) return;
        for (const status of ["ahead", "on_track", "behind"] as const) {
          const n = summary.counts[status];
          const label = defaultSettings.labels[status];
          if (n > 0 && n < summary.total) expect(text).toContain(`${n}项${label}`);
        }
      }),
    );
  });
});
