import { describe, expect, it } from "vitest";
import { assess } from "../../src/core/assess";
import { periodOf } from "../../src/core/period";
import type { EndOfPlanCode, IndicatorInput, Judgement } from "../../src/core/types";
import { loadFixtureTable } from "../helpers/fixtures";

// 终期评估 on the two 13th-plan tables: plan 2016–2020, evaluated at 2020, so t = 100%. The tables
// print no base values; a level target with no base is graded at the end by v ÷ g (g ÷ v when
// lower is better): 完成 when the target is met, 基本完成 when that share is at least 95%.

const plan13 = { baseYear: 2015, targetYear: 2020 };
const year2020 = periodOf(2020, 1);

const GRADE_WORDS: Record<EndOfPlanCode, string> = {
  complete: "完成",
  basically_complete: "基本完成",
  incomplete: "未完成",
};

/** What a judgement says at the end of the plan, in the words of a 完成情况 column. */
function gradeWord(judgement: Judgement): string {
  return judgement.endOfPlan ? GRADE_WORDS[judgement.endOfPlan] : "数据暂缺";
}

/** 柯桥区“十三五”: 目标 2020年 / 目标 年均增长 / 实绩 2020年 / 实绩 年均增长. */
function keqiaoRows(): IndicatorInput[] {
  return loadFixtureTable("keqiao-13th-final").rows.map((cells, index) => {
    const [, name = "", attribute = "", target = "", targetGrowth = "", actual = "", actualGrowth = ""] = cells;
    const input: IndicatorInput = {
      row: index + 3,
      name,
      attribute: { raw: attribute },
      base: { raw: null },
      target: { raw: target, ref: `D${index + 3}` },
      observations: [{ period: year2020, cell: { raw: actual, ref: `F${index + 3}` } }],
    };
    if (targetGrowth !== "") input.targetGrowth = { raw: targetGrowth, ref: `E${index + 3}` };
    if (actualGrowth !== "") input.actualGrowth = { period: year2020, cell: { raw: actualGrowth, ref: `G${index + 3}` } };
    return input;
  });
}

/**
 * 越城区“十三五”: 2020年目标值 / 2020年预计值 / 完成情况. Sub-rows (子项) are indicators of their own,
 * named by the sub-item, with the parent's target filled down.
 */
function yuechengRows(): IndicatorInput[] {
  let parentTarget = "";
  return loadFixtureTable("yuecheng-13th-final").rows.map((cells, index) => {
    const [, name = "", subItem = "", target = "", estimate = "", published = ""] = cells;
    if (name !== "") parentTarget = target;
    return {
      row: index + 2,
      name: subItem !== "" ? subItem : name,
      base: { raw: null },
      target: { raw: target !== "" || name !== "" ? target : parentTarget },
      observations: [{ period: year2020, cell: { raw: estimate, ref: `E${index + 2}` } }],
      published: { raw: published },
    };
  });
}

describe("end of plan on 越城区“十三五”完成情况", () => {
  const rows = yuechengRows();
  const judgements = assess({ plan: plan13, indicators: rows }).judgements;

  it("agrees with the published 完成情况 except where the bureau was generous", () => {
    const compared = judgements.map((judgement, index) => {
      const published = String(rows[index]?.published?.raw ?? "");
      const ours = gradeWord(judgement);
      const agree = ours === published || (ours === "数据暂缺" && published === "不考核");
      return { name: judgement.label.name, published, ours, agree };
    });
    const agreeing = compared.filter((entry) => entry.agree).length;
    const disagreeing = compared.filter((entry) => !entry.agree);
    console.info(
      `越城区“十三五”：${agreeing}/${compared.length} agree with the published 完成情况; ` +
        disagreeing.map((entry) => `${entry.name}: published ${entry.published}, ours ${entry.ours}`).join("; "),
    );
    // 城镇常住居民人均可支配收入: 61860 against 63000 is 98.2% of the target, 基本完成 by the rules;
    // the bureau published 完成.
    expect(disagreeing).toEqual([
      { name: "城镇常住居民人均可支配收入", published: "完成", ours: "基本完成", agree: false },
    ]);
    expect(agreeing).toBe(compared.length - 1);
  });

  it("reads a bound met by a value known only as a bound (≥99 against ≥99) as 完成", () => {
    const insured = judgements.find((judgement) => judgement.label.name === "城乡居民医疗保险参保率");
    expect(insured).toMatchObject({ kind: "bound", status: "ahead", endOfPlan: "complete" });
  });

  it("judges each of the four pollutant sub-items on its own 完成市下达指标", () => {
    const pollutants = judgements.filter((judgement) => /排放（万吨）$/u.test(judgement.name));
    expect(pollutants.map((judgement) => [judgement.kind, judgement.endOfPlan])).toEqual([
      ["qualitative", "complete"],
      ["qualitative", "complete"],
      ["qualitative", "complete"],
      ["qualitative", "complete"],
    ]);
  });

  it("has no data for the indicator not assessed (——)", () => {
    const carbon = judgements.find((judgement) => judgement.label.name === "单位生产总值二氧化碳排放量");
    expect(carbon).toMatchObject({ status: "no_data", endOfPlan: null });
  });
});

describe("end of plan on 柯桥区“十三五”完成情况", () => {
  const judgements = assess({ plan: plan13, indicators: keqiaoRows() }).judgements;
  const byName = new Map(judgements.map((judgement) => [judgement.label.name, judgement]));
  const grade = (name: string) => byName.get(name)?.endOfPlan;

  it("evaluates at 2020 with time progress 100%", () => {
    const assessment = assess({ plan: plan13, indicators: keqiaoRows() });
    expect(assessment.period).toEqual(year2020);
    expect(assessment.timeProgress).toBe(1);
  });

  it.each([
    // Rates from the 年均增长 columns: achieved ÷ target.
    ["地区生产总值", "incomplete", "5.4% ÷ 7% = 77.1%"],
    ["人均生产总值", "incomplete", "3.9% ÷ 7% = 55.7%"],
    ["一般公共预算收入", "complete", "7% ÷ 7%"],
    ["社会消费品零售总额", "incomplete", "8.4% ÷ 10% = 84%"],
    ["城镇常住居民人均可支配收入", "complete", "7.1% ≥ 7%"],
    ["农村常住居民人均可支配收入", "complete", "8.3% ≥ 7.5%"],
    // 快于经济增长: 7.8% against GDP's 5.4%.
    ["固定资产投资增速", "complete", "7.8% ≥ 5.4% − 0.5"],
    // Levels met.
    ["规上战略性新兴产业增加值占规上工业比重", "complete", "40.6 ≥ 34"],
    ["规上高新技术产业增加值占规上工业比重", "complete", "37.2 ≥ 35"],
    ["研究与试验发展经费支出占生产总值比重", "complete", "3 ≥ 2.8"],
    ["万人发明专利拥有量", "complete", "17 ≥ 16"],
    ["人才资源总量", "complete", "27 ≥ 20.7"],
    ["出口占全国市场份额", "complete", "4.821 ≥ 4.564"],
    ["城市化率", "complete", "72 ≥ 72"],
    ["人均期望寿命", "complete", "83.3 ≥ 81.5"],
    ["空气质量优良天数占比", "complete", "89.3 ≥ 85"],
    ["地表水断面水质达到或优于Ⅲ类比例", "complete", "100 ≥ 60"],
    ["高等教育毛入学率", "complete", "68 ≥ 66"],
    ["每千人拥有医生数", "complete", "4.5 ≥ 4.5"],
    ["每百名老人拥有养老床位数", "complete", "5 ≥ 5"],
    // Bounds met.
    ["城乡居民收入比", "complete", "1.66 < 1.7"],
    ["城镇登记失业率", "complete", "1.92 < 3.5"],
    ["人口自然增长率", "complete", "−0.035 < 3.5"],
    // Cumulative totals: to date ÷ c.
    ["实际到位外资", "complete", "14.3 ≥ 12"],
    ["单位生产总值能耗", "complete", "累计下降 21.5% ≥ 21.5%"],
    ["单位工业增加值用水量", "complete", "累计下降 28.3% ≥ 24%"],
    ["新增城镇就业人数", "complete", "24.4 ≥ 9"],
    // Qualitative.
    ["主要污染物排放量", "complete", "完成省市下达任务"],
    // Levels missed by more than 5%.
    ["全社会劳动生产率", "incomplete", "20.8 ÷ 23 = 90.4%"],
    ["森林覆盖率", "incomplete", "52.6 ÷ 56 = 93.9%"],
  ])("grades %s as %s (%s)", (name, expected) => {
    expect(grade(name)).toBe(expected);
  });

  it("never calls a target not reached 完成: 51 vs 49, 100 vs 97.08 (another caliber), 100 vs 98.5 以上", () => {
    // v ÷ g is 96.1%, 97.1% and 98.5%: 基本完成 by the rules, but a caliber note or a value known
    // only as a bound leaves room for a bureau's own reading.
    for (const name of ["服务业增加值占生产总值比重", "城区生活污水集中处理率", "全民参保登记率"]) {
      expect(grade(name)).not.toBe("complete");
      expect(byName.get(name)?.status).toBe("behind");
    }
    expect(grade("服务业增加值占生产总值比重")).toBe("basically_complete");
  });

  it("reads every cell of the table without a problem", () => {
    expect(judgements.flatMap((judgement) => judgement.problems)).toEqual([]);
  });
});
