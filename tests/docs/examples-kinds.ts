/**
 * Worked examples of docs/rules.md sections 五 to 八: each kind's realisation, status, the end of the
 * plan and the projection to the end year.
 */
import { assess, formatNumber, formatRate, progressStatus } from "../../src/core/index";
import { judgeAt, label, period, plan13, plan14, row, share, type DocExample } from "./doc-rows";
import { noteText } from "../../src/i18n/notes";

/** 柯桥区“十三五”地区生产总值: target growth 7%, published actual growth 5.4% (可比价). */
const keqiaoGdp = row("地区生产总值（亿元）", null, 1683, { "2020": 1516.7 }, {
  targetGrowth: { raw: "7%", ref: "E4" },
  actualGrowth: { period: period("2020"), cell: { raw: "5.4% (可比价)", ref: "G4" } },
});

/** The investment row judged beside a GDP growth row of 6.5% in 2022. */
function investmentAgainstGdp(rate: number): string {
  const gdp = { ...row("地区生产总值增速（%）", 3.5, 6, { "2022": 6.5 }), row: 5 };
  const investment = { ...row("固定资产投资增速（%）", 7.8, "快于经济增长", { "2022": rate }), row: 6 };
  const judgement = assess({ plan: plan14, indicators: [gdp, investment] }).judgements[1];
  return judgement ? noteText(judgement.note) : "";
}

export const kindExamples: readonly DocExample[] = [
  {
    example: "水平值目标：常住人口城镇化率 78 → 83，2022 年 80，实现度 40%",
    printed: ["40%", "达到进度要求"],
    engine: () => {
      const j = judgeAt(row("常住人口城镇化率（%）", 78, 83, { "2022": 80 }), "2022");
      return [share(j.realisation), label(j.status)];
    },
    passage: "r = (80 − 78) ÷ (83 − 78) = 2 ÷ 5 = 40%。\n> 时序进度 40%，达到进度要求。",
  },
  {
    example: "逆向水平值目标：袍江经开区全国排名 91 → 50 位，2022 年 80 位，实现度 26.8%",
    printed: ["26.8%", "未达到进度要求"],
    engine: () => {
      const j = judgeAt(row("袍江经开区全国排名", 91, 50, { "2022": 80 }, { unit: "位" }), "2022");
      return [share(j.realisation), label(j.status)];
    },
    passage: "> r = (80 − 91) ÷ (50 − 91) = (−11) ÷ (−41) = 26.8%，时序进度 40%，未达到进度要求。",
  },
  {
    example: "争取目标按其数值评价：地区生产总值 1516.7 → 2200★，2022 年 1850.4，实现度 48.8%",
    printed: ["48.8%", "达到进度要求", "2022年值1850.4，实现度48.8%，时序进度40%；目标含★（争取目标），按该值评价"],
    engine: () => {
      const j = judgeAt(row("地区生产总值（GDP）（亿元）", 1516.7, "2200★", { "2022": 1850.4 }), "2022");
      return [share(j.realisation), label(j.status), noteText(j.note)];
    },
    passage:
      "= 333.7 ÷ 683.3 = 48.8%，时序进度 40%，达到进度要求。\n> 说明栏为「2022年值1850.4，实现度48.8%，时序进度40%；目标含★（争取目标），按该值评价」。",
  },
  {
    example: "复合路径：100 → 121 在 110 为 50%（线性 47.6%），地区生产总值为 53.5%",
    printed: ["50%", "47.6%", "53.5%"],
    engine: () => {
      const compound = { settings: { path: "compound" as const } };
      return [
        share(judgeAt(row("某指标", 100, 121, { "2022": 110 }), "2022", compound).realisation),
        share(judgeAt(row("某指标", 100, 121, { "2022": 110 }), "2022").realisation),
        share(judgeAt(row("地区生产总值（GDP）（亿元）", 1516.7, "2200★", { "2022": 1850.4 }), "2022", compound).realisation),
      ];
    },
    passage:
      "复合路径 r = ln 1.1 ÷ ln 1.21 = 50%；\n> 线性路径 r = 10 ÷ 21 = 47.6%。上面的地区生产总值按复合路径为 ln(1850.4 ÷ 1516.7) ÷ ln(2200 ÷ 1516.7) = 53.5%。",
  },
  {
    example: "区间目标 >65：未满足时按水平值推进（49.5%），满足时提前实现目标、实现度 100%",
    printed: ["49.5%", "达到进度要求", "2022年值66，已达到目标（>65），实现度100%，时序进度40%"],
    engine: () => {
      const toward = judgeAt(row("高新技术产业增加值占工业增加值比重（%）", 55.5, ">65", { "2022": 60.2 }), "2022");
      const met = judgeAt(row("高新技术产业增加值占工业增加值比重（%）", 55.5, ">65", { "2022": 66 }), "2022");
      return [share(toward.realisation), label(toward.status), noteText(met.note)];
    },
    passage:
      "= 4.7 ÷ 9.5 = 49.5%，时序进度 40%，\n> 达到进度要求。若 v = 66，已满足 `>65`：提前实现目标，说明栏为「2022年值66，已达到目标（>65），实现度100%，时序进度40%」。",
  },
  {
    example: "区间目标 <3：基期满足而当期不满足为倒退，实现度 0",
    printed: [
      "提前实现目标",
      "未达到进度要求",
      "2022年值3.2，实现度0%，时序进度40%；基期值已满足目标，当期值已不满足，实现度计为0；较基期值1.8退步",
    ],
    engine: () => {
      const met = judgeAt(row("城镇登记失业率（%）", 1.8, "<3", { "2022": 2.5 }), "2022");
      const slipped = judgeAt(row("城镇登记失业率（%）", 1.8, "<3", { "2022": 3.2 }), "2022");
      return [label(met.status), label(slipped.status), noteText(slipped.note)];
    },
    passage:
      "2022 年 v = 2.5，满足：提前实现目标。若 v = 3.2，不满足，而基期 1.8\n> 满足：较基期倒退，r = 0，未达到进度要求，说明栏为「2022年值3.2，实现度0%，时序进度40%；基期值已满足目标，当期值已不满足，实现度计为0；较基期值1.8退步」。",
  },
  {
    example: "比基期宽松的目标是底线：空气质量优良天数比例 89.3 → 87",
    printed: [
      "提前实现目标",
      "2022年值88，已达到目标（≥87），实现度100%，时序进度40%；目标值87低于基期值89.3，视为须守住的底线",
      "0%",
      "未达到进度要求",
    ],
    engine: () => {
      const held = judgeAt(row("空气质量优良天数比例（%）", 89.3, 87, { "2022": 88 }), "2022");
      const slipped = judgeAt(row("空气质量优良天数比例（%）", 89.3, 87, { "2022": 86 }), "2022");
      return [label(held.status), noteText(held.note), share(slipped.realisation), label(slipped.status)];
    },
    passage:
      "满足：提前实现目标，说明栏为\n> 「2022年值88，已达到目标（≥87），实现度100%，时序进度40%；目标值87低于基期值89.3，视为须守住的底线」；\n> v = 86 < 87，基期满足：较基期倒退，r = 0，未达到进度要求。",
  },
  {
    example: "逆向指标比基期宽松的目标是上限",
    printed: ["2022年值4.8，已达到目标（≤5），实现度100%，时序进度40%；目标值5高于基期值4.2，视为不得突破的上限"],
    engine: () => [noteText(judgeAt(row("城镇调查失业率（%）", 4.2, 5, { "2022": 4.8 }), "2022").note)],
    passage: "> 「2022年值4.8，已达到目标（≤5），实现度100%，时序进度40%；目标值5高于基期值4.2，视为不得突破的上限」。",
  },
  {
    example: "保持型目标：粮食总产量 6.76 → 6.76，保持住 100%，6.50 为 96.2%",
    printed: ["达到进度要求", "2022年值6.8，保持目标值6.76，实现度100%；基期值为2019年数据", "96.2%", "未达到进度要求"],
    engine: () => {
      const held = judgeAt(row("粮食总产量（万吨）", "6.76 (2019)", 6.76, { "2022": 6.8 }), "2022");
      const lost = judgeAt(row("粮食总产量（万吨）", "6.76 (2019)", 6.76, { "2022": 6.5 }), "2022");
      return [label(held.status), noteText(held.note), share(lost.realisation), label(lost.status)];
    },
    passage:
      "保持住，r = 100%，达到进度要求，说明栏为\n> 「2022年值6.8，保持目标值6.76，实现度100%；基期值为2019年数据」；\n> v = 6.50，r = 6.50 ÷ 6.76 = 96.2%，未达到进度要求。",
  },
  {
    example: "逆向保持型目标：城乡居民收入比 1.66 → 1.66，2022 年 1.70 为 97.6%",
    printed: ["97.6%", "未达到进度要求"],
    engine: () => {
      const j = judgeAt(row("城乡居民收入比", 1.66, 1.66, { "2022": 1.7 }), "2022");
      return [share(j.realisation), label(j.status)];
    },
    passage: "r = 1.66 ÷ 1.70 = 97.6%，未达到进度要求。",
  },
  {
    example: "增速目标：8.5% 与 3.1% 的几何平均 5.77%，对 7% 实现度 82.4%",
    printed: ["5.77%", "82.4%", "未达到进度要求", "2021年至2022年年均增长5.77%，目标年均增长7%，实现度82.4%"],
    engine: () => {
      const j = judgeAt(row("地区生产总值增速（%）", "—", 7, { "2021": 8.5, "2022": 3.1 }), "2022");
      return [formatRate(j.value ?? Number.NaN), share(j.realisation), label(j.status), noteText(j.note)];
    },
    passage:
      "= √1.118635 − 1 = 5.77%（精确值 5.7655%），\n> r = 5.7655 ÷ 7 = 82.4%，未达到进度要求。说明栏为「2021年至2022年年均增长5.77%，目标年均增长7%，实现度82.4%」。",
  },
  {
    example: "目标写作年均增长 8%：地区生产总值 8.5%、3.1% 的几何平均 5.7655%，实现度 72.07%",
    printed: ["5.7655%", "72.07%", "未达到进度要求", "2021年至2022年年均增长5.77%，目标年均增长8%，实现度72.1%"],
    engine: () => {
      const j = judgeAt(row("地区生产总值（亿元）", 1516.7, "年均增长 8%", { "2021": 8.5, "2022": 3.1 }), "2022");
      const exact = (value: number | null, digits: number) => `${(value ?? Number.NaN).toFixed(digits)}%`;
      return [exact(j.value, 4), exact((j.realisation ?? Number.NaN) * 100, 2), label(j.status), noteText(j.note)];
    },
    passage:
      "两栏填的是当年增速 8.5、3.1：年均增速 = √(1.085 × 1.031) − 1 = 5.7655%，r = 5.7655 ÷ 8 = 72.07%，未达到进度要求，\n> 说明栏为「2021年至2022年年均增长5.77%，目标年均增长8%，实现度72.1%」。",
  },
  {
    example: "增速目标只有一年增速时直接使用并注明",
    printed: ["88.6%", "2022年增长6.2%，目标年均增长7%，实现度88.6%；仅有2022年一期增速，按该期增速评价"],
    engine: () => {
      const j = judgeAt(row("地区生产总值增速（%）", "—", 7, { "2022": 6.2 }), "2022");
      return [share(j.realisation), noteText(j.note)];
    },
    passage: "r = 6.2 ÷ 7 = 88.6%，说明栏为「2022年增长6.2%，目标年均增长7%，实现度88.6%；仅有2022年一期增速，按该期增速评价」。",
  },
  {
    example: "增速目标按实绩年均增长栏：柯桥区“十三五”地区生产总值 5.4% 对 7%，实现度 77.1%",
    printed: ["77.1%", "实绩年均增长5.4%，目标年均增长7%，实现度77.1%；按“实绩年均增长”栏评价"],
    engine: () => {
      const j = judgeAt(keqiaoGdp, "2020", { plan: plan13 });
      return [share(j.realisation), noteText(j.note)];
    },
    passage: "> r = 5.4 ÷ 7 = 77.1%，说明栏为「实绩年均增长5.4%，目标年均增长7%，实现度77.1%；按“实绩年均增长”栏评价」。",
  },
  {
    example: "期末增速未达标、实现度低于 95% 为未完成",
    printed: ["77.1%", "未完成"],
    engine: () => {
      const j = judgeAt(keqiaoGdp, "2020", { plan: plan13 });
      return [share(j.realisation), label(j.endOfPlan)];
    },
    passage: "> 柯桥区“十三五”`地区生产总值` 增速目标 7%，实绩 5.4%：r = 77.1% < 95%，未完成。",
  },
  {
    example: "增速目标由水平值折算：1516.7 到 1850.4 两年，年均 10.45%，实现度 149.3%",
    printed: ["10.45%", "149.3%", "达到进度要求"],
    engine: () => {
      const input = row("地区生产总值（GDP）（亿元）", 1516.7, "—", { "2022": 1850.4 }, { targetGrowth: { raw: "7%" } });
      const j = judgeAt(input, "2022");
      return [formatRate(j.value ?? Number.NaN), share(j.realisation), label(j.status)];
    },
    passage: "= √1.2200 − 1 = 10.45%，r = 10.45 ÷ 7 = 149.3%，达到进度要求。",
  },
  {
    example: "累计目标 [20]：截至 2022 年 9 为 45%，截至 2023 年上半年 11 为 55%",
    printed: ["45%", "40%", "55%", "50%", "达到进度要求"],
    engine: () => {
      const year = judgeAt(row("实际利用外资（亿美元）", 2.3, "[20]", { "2022": 9 }), "2022");
      const half = judgeAt(row("实际利用外资（亿美元）", 2.3, "[20]", { "2023H1": 11 }), "2023H1");
      return [
        share(year.realisation),
        share(year.timeProgress),
        share(half.realisation),
        share(half.timeProgress),
        label(half.status),
      ];
    },
    passage: "r = 9 ÷ 20 = 45%，时序进度 40%，达到进度要求。\n> 截至 2023 年上半年累计 11：r = 55%，时序进度 50%，达到进度要求。",
  },
  {
    example: "累计降幅目标：截至 2017 年累计下降 7.8% 对 21.5%，实现度 36.3%",
    printed: ["36.3%", "40%", "未达到进度要求"],
    engine: () => {
      const j = judgeAt(row("单位生产总值能耗（吨标准煤/万元）", null, "累计下降 21.5%", { "2017": "累计下降 7.8%" }), "2017", { plan: plan13 });
      return [share(j.realisation), share(j.timeProgress), label(j.status)];
    },
    passage: "> r = 7.8 ÷ 21.5 = 36.3%，2017 年时序进度 (2017 − 2015 − 1 + 1) ÷ 5 = 40%，未达到进度要求。",
  },
  {
    example: "累计目标已达到：新增城镇就业人数 [9]，实绩 [24.4]，实现度 271.1%",
    printed: ["271.1%", "提前实现目标"],
    engine: () => {
      const j = judgeAt(row("新增城镇就业人数（万人）", null, "[9]", { "2020": "[24.4]" }), "2020", { plan: plan13 });
      return [share(j.realisation), label(j.status)];
    },
    passage: "r = 24.4 ÷ 9 = 271.1%，提前实现目标。",
  },
  {
    example: "相反方向的累计变化按负数计，标注倒退",
    printed: ["「截至2017年累计-2，规划期目标21.5，实现度-9.3%，时序进度40%；目标为规划期累计降幅，按截至当期的累计降幅评价；累计值为负，与目标方向相反」"],
    engine: () => {
      const input = row("单位生产总值能耗（吨标准煤/万元）", null, "累计下降 21.5%", { "2017": "累计增长 2%" });
      return [`「${noteText(judgeAt(input, "2017", { plan: plan13 }).note)}」`];
    },
    passage: "「截至2017年累计-2，规划期目标21.5，实现度-9.3%，时序进度40%；目标为规划期累计降幅，按截至当期的累计降幅评价；累计值为负，与目标方向相反」。",
  },
  {
    example: "定性目标：完成为达到进度要求，未完成为未达到，空白为数据暂缺",
    printed: ["达到进度要求", "「2022年完成情况为“完成”」", "未达到进度要求", "数据暂缺", "「目标为“完成上级下达任务”，尚无完成情况（如“完成”“未完成”）」"],
    engine: () => {
      const judged = (cell: string) =>
        judgeAt(row("单位 GDP 二氧化碳排放降低率（%）", "完成上级\n下达任务", "完成上级\n下达任务", { "2022": cell }), "2022");
      const done = judged("完成");
      const none = judged("");
      const undone = judged("未完成");
      return [label(done.status), `「${noteText(done.note)}」`, label(undone.status), label(none.status), `「${noteText(none.note)}」`];
    },
    passage:
      "2022 年填 `完成`，达到进度要求，说明栏为\n> 「2022年完成情况为“完成”」；填 `未完成`，未达到进度要求；一栏空白，数据暂缺，说明栏为\n> 「目标为“完成上级下达任务”，尚无完成情况（如“完成”“未完成”）」。",
  },
  {
    example: "相对目标：投资增长 9.1% 对 GDP 6.5% 达到，5.8% 未达到",
    printed: [
      "2022年增速9.1%，同期地区生产总值增速6.5%，快于经济增长",
      "2022年增速5.8%，同期地区生产总值增速6.5%，未达到“快于经济增长”的要求",
    ],
    engine: () => [investmentAgainstGdp(9.1), investmentAgainstGdp(5.8)],
    passage:
      "说明栏为「2022年增速9.1%，同期地区生产总值增速6.5%，快于经济增长」；\n> 若投资增长 5.8%，5.8 < 6.0，未达到进度要求，说明栏为「2022年增速5.8%，同期地区生产总值增速6.5%，未达到“快于经济增长”的要求」。",
  },
  {
    example: "相对目标没有同期 GDP 增速时用其实绩年均增长",
    printed: ["2020年增速7.8%，同期地区生产总值增速5.4%，快于经济增长；地区生产总值增速取其实绩年均增长"],
    engine: () => {
      const investment = { ...row("固定资产投资增速（%）", null, "快于经济增长", { "2020": 7.8 }), row: 8 };
      const judgement = assess({ plan: plan13, indicators: [keqiaoGdp, investment] }).judgements[1];
      return [judgement ? noteText(judgement.note) : ""];
    },
    passage: "7.8 ≥ 5.4 − 0.5，达到，说明栏为「2020年增速7.8%，同期地区生产总值增速5.4%，快于经济增长；地区生产总值增速取其实绩年均增长」。",
  },
  {
    example: "没有基期值：目标已满足为提前实现目标，未满足且未到目标年为数据暂缺",
    printed: ["提前实现目标", "缺少基期值，且尚未达到目标，无法计算实现度"],
    engine: () => [
      label(judgeAt(row("营商环境便利度（%）", "—", ">90", { "2022": 92 }), "2022").status),
      noteText(judgeAt(row("每万人高价值发明专利拥有量（件/万人）", "—", 18, { "2022": 12 }), "2022").note),
    ],
    passage:
      "`营商环境便利度（%）` 基期 `—`、目标 `>90`，2022 年 92：提前实现目标。\n  - 目标未满足、尚未到目标年 → 数据暂缺，说明栏为「缺少基期值，且尚未达到目标，无法计算实现度」。",
  },
  {
    example: "容差：t = 50% 时 r = 46% 未达到，容差 0.05 时达到",
    printed: ["达到进度要求", "未达到进度要求", "达到进度要求"],
    engine: () => [
      label(progressStatus(0.525, 0.5, 0)),
      label(progressStatus(0.46, 0.5, 0)),
      label(progressStatus(0.46, 0.5, 0.05)),
    ],
    passage:
      "> t = 50% 时，r = 52.5% 达到进度要求，r = 46% 未达到进度要求；若容差设为 0.05（5 个百分点），\n> r = 46% ≥ 50% − 5% = 45%，达到进度要求。",
  },
  {
    example: "期末没有基期值按 v ÷ g：61860 ÷ 63000 = 98.2%，基本完成",
    printed: ["98.2%", "基本完成"],
    engine: () => {
      const j = judgeAt(row("城镇常住居民人均可支配收入（元）", null, 63000, { "2020": 61860 }), "2020", { plan: plan13 });
      return [share(j.realisation), label(j.endOfPlan)];
    },
    passage: "> r = 61860 ÷ 63000 = 98.2% ≥ 95%，基本完成。",
  },
  {
    example: "期末区间目标满足为完成：城乡居民收入比 <1.7，2020 年 1.60",
    printed: ["完成"],
    engine: () => {
      const j = judgeAt(row("城乡居民收入比", null, "<1.7", { "2020": 1.6 }), "2020", { plan: plan13 });
      return [label(j.endOfPlan)];
    },
    passage: "> `城乡居民收入比` 目标 `<1.7`，2020 年 1.60：满足，完成。",
  },
  {
    example: "预计完成情况：地区生产总值预计 2350.95，能如期完成",
    printed: ["2350.95", "能如期完成"],
    engine: () => {
      const j = judgeAt(row("地区生产总值（GDP）（亿元）", 1516.7, 2200, { "2022": 1850.4 }), "2022");
      return [formatNumber(j.projectedValue ?? Number.NaN), label(j.projection)];
    },
    passage: "> 预计值 = 1850.4 + 333.7 ÷ 2 × 3 = 2350.95；s = (2200 − 2350.95) ÷ 683.3 = −22.1% ≤ 0，能如期完成。",
  },
  {
    example: "预计完成情况分档：100 → 200，135 经努力可完成，120 与 95 完成难度较大",
    printed: ["187.5", "经努力可完成", "150", "完成难度较大", "完成难度较大"],
    engine: () => {
      const at = (value: number) => judgeAt(row("某指标", 100, 200, { "2022": value }), "2022");
      const [effort, hard, wrongWay] = [at(135), at(120), at(95)];
      return [
        formatNumber(effort.projectedValue ?? Number.NaN),
        label(effort.projection),
        formatNumber(hard.projectedValue ?? Number.NaN),
        label(hard.projection),
        label(wrongWay.projection),
      ];
    },
    passage:
      "预计值 = 135 + 35 ÷ 2 × 3 = 187.5，s = (200 − 187.5) ÷ 100 = 12.5%，\n> 经努力可完成；若 v = 120：预计值 = 120 + 10 × 3 = 150，s = 50%，完成难度较大；若 v = 95（低于基期），\n> 完成难度较大。",
  },
  {
    example: "保持型、增速、累计目标的预计完成情况",
    printed: ["经努力可完成", "经努力可完成", "22.5", "能如期完成"],
    engine: () => {
      const maintained = judgeAt(row("“掌上办事”政务服务事项覆盖率（%）", 100, 100, { "2022": 99.5 }), "2022");
      const rate = judgeAt(row("地区生产总值增速（%）", "—", 7, { "2021": 8.5, "2022": 3.1 }), "2022");
      const total = judgeAt(row("实际利用外资（亿美元）", 2.3, "[20]", { "2022": 9 }), "2022");
      return [
        label(maintained.projection),
        label(rate.projection),
        formatNumber(total.projectedValue ?? Number.NaN),
        label(total.projection),
      ];
    },
    passage:
      "缺口 0.5 ÷ 100 = 0.5%，经努力可完成。\n- **增速目标**按已实现的年均增速延续，缺口按占目标增速的比例计。例：年均增速 5.77%、目标 7%，缺口\n  (7 − 5.77) ÷ 7 = 17.6%，经努力可完成。\n- **累计目标**按截至当期的年均累计速度推算。例：`[20]` 截至 2022 年累计 9，预计 9 + 9 ÷ 2 × 3 = 22.5 ≥ 20，能如期完成。",
  },
];
