/**
 * Worked examples of docs/rules.md section 五, 9–13: change, band, open and directional targets,
 * and the national table's 年均/累计 column.
 */
import { assess, formatNumber } from "../../src/core/index";
import { noteText } from "../../src/i18n/notes";
import { judgeAt, label, plan14, row, share, type DocExample } from "./doc-rows";

export const nationalExamples: readonly DocExample[] = [
  {
    example: "逐年数相加：棚户区改造 39.6、41.3、14.5 对 〔110〕，实现度 86.7%",
    printed: ["95.4", "86.7%", "60%", "达到进度要求"],
    engine: () => {
      const j = judgeAt(row("棚户区住房改造（万套）", null, "〔110〕", { "2021": 39.6, "2022": 41.3, "2023": 14.5 }), "2023");
      return [formatNumber(j.value ?? Number.NaN), share(j.realisation), share(j.timeProgress), label(j.status)];
    },
    passage: "累计 95.4，r = 95.4 ÷ 110 = 86.7%，2023 年时序进度 60%，达到进度要求。",
  },
  {
    example: "较基期变化目标按水平值：人均预期寿命 78，提高1岁，2022 年 78.3，实现度 30%",
    printed: ["30%", "未达到进度要求", "2022年值78.3，实现度30%，时序进度40%；目标“提高1岁”为较基期的变化，监测值为水平值，按基期值78折算目标值79评价"],
    engine: () => {
      const j = judgeAt(row("人均预期寿命（岁）", 78, "提高1岁", { "2022": 78.3 }), "2022");
      return [share(j.realisation), label(j.status), noteText(j.note)];
    },
    passage:
      "目标值 79，r = (78.3 − 78) ÷ (79 − 78) = 30%，\n> 时序进度 40%，未达到进度要求。说明栏为「2022年值78.3，实现度30%，时序进度40%；目标“提高1岁”为较基期的变化，监测值为水平值，按基期值78折算目标值79评价」。",
  },
  {
    example: "全国表的 〔1〕：人均预期寿命 77.3* → 78.2，实现度 90%",
    printed: ["90%", "达到进度要求"],
    engine: () => {
      const j = judgeAt(row("13.人均预期寿命（岁）", "77.3*", "—", { "2022": 78.2 }, { targetGrowth: { raw: "〔1〕" } }), "2022");
      return [share(j.realisation), label(j.status)];
    },
    passage: "r = (78.2 − 77.3) ÷ 1 = 90%，时序进度 40%，达到进度要求。",
  },
  {
    example: "下降20% 按水平值：0.5 → 0.45，实现度 50%",
    printed: ["50%", "达到进度要求"],
    engine: () => {
      const j = judgeAt(row("单位GDP能耗（吨标准煤/万元）", 0.5, "下降20%", { "2022": 0.45 }), "2022");
      return [share(j.realisation), label(j.status)];
    },
    passage: "r = (0.45 − 0.5) ÷ (0.4 − 0.5) = 50%，达到进度要求。",
  },
  {
    example: "下降20% 按变化量：单位GDP能源消耗降低 10，实现度 50%",
    printed: ["50%", "达到进度要求"],
    engine: () => {
      const j = judgeAt(row("单位GDP能源消耗降低（%）", null, "下降20%", { "2022": 10 }), "2022");
      return [share(j.realisation), label(j.status)];
    },
    passage: "名称即变化量，r = 10 ÷ 20 = 50%，达到进度要求。",
  },
  {
    example: "翻一番：500 → 750，实现度 50%",
    printed: ["50%", "达到进度要求"],
    engine: () => {
      const j = judgeAt(row("数字经济核心产业增加值（亿元）", 500, "翻一番", { "2022": 750 }), "2022");
      return [share(j.realisation), label(j.status)];
    },
    passage: "目标值 1000，r = (750 − 500) ÷ (1000 − 500) = 50%，达到进度要求。",
  },
  {
    example: "数值区间目标：3-5 内、区间下方、越出区间",
    printed: ["提前实现目标", "100%", "60%", "达到进度要求", "0%", "未达到进度要求"],
    engine: () => {
      const inside = judgeAt(row("人口自然增长率（‰）", 2.5, "3-5", { "2022": 3.2 }), "2022");
      const below = judgeAt(row("人口自然增长率（‰）", 1, "3-5", { "2022": 2.2 }), "2022");
      const left = judgeAt(row("人口自然增长率（‰）", 4, "3-5", { "2022": 5.5 }), "2022");
      return [label(inside.status), share(inside.realisation), share(below.realisation), label(below.status), share(left.realisation), label(left.status)];
    },
    passage:
      "在区间内，提前实现目标，实现度 100%。\n> 基期 1，2022 年 2.2：按端点 3 评价，r = (2.2 − 1) ÷ (3 − 1) = 60%，时序进度 40%，达到进度要求。\n> 基期 4，2022 年 5.5：已越出区间，r = 0%，未达到进度要求。",
  },
  {
    example: "开放性目标：保持在合理区间、各年度视情提出，数据暂缺",
    printed: ["数据暂缺", "目标为“保持在合理区间、各年度视情提出”，未设可比较的数值，不作评价"],
    engine: () => {
      const j = judgeAt(row("1.国内生产总值（GDP）增长（%）", 2.3, "—", { "2022": 3 }, { targetGrowth: { raw: "保持在合理区间、各年度视情提出" } }), "2022");
      return [label(j.status), noteText({ statement: j.note.statement, reasons: [] })];
    },
    passage: "评价结果为数据暂缺，\n说明栏为「目标为“保持在合理区间、各年度视情提出”，未设可比较的数值，不作评价」。",
  },
  {
    example: "方向性目标：持续下降 1 → 0.9 达到，1.1 未达到；零增长 500 → 500 达到",
    printed: ["达到进度要求", "2022年值0.9，基期值1，低于基期值", "未达到进度要求", "达到进度要求"],
    engine: () => {
      const down = judgeAt(row("单位GDP二氧化碳排放（吨/万元）", 1, "持续下降", { "2022": 0.9 }), "2022");
      const up = judgeAt(row("单位GDP二氧化碳排放（吨/万元）", 1, "持续下降", { "2022": 1.1 }), "2022");
      const zero = judgeAt(row("能源消费总量（万吨标准煤）", 500, "零增长", { "2022": 500 }), "2022");
      return [label(down.status), noteText(down.note), label(up.status), label(zero.status)];
    },
    passage:
      "2022 年 0.9：达到进度要求，说明栏为「2022年值0.9，基期值1，低于基期值」；\n> 2022 年 1.1：未达到进度要求。`能源消费总量` 目标 `零增长`，基期 500，2022 年 500：达到进度要求。",
  },
  {
    example: "年均/累计栏的 <5.5：城镇调查失业率 5.2 → 5.6，实现度 0%，倒退",
    printed: ["0%", "未达到进度要求"],
    engine: () => {
      const j = judgeAt(row("8.城镇调查失业率（%）", 5.2, "—", { "2022": 5.6 }, { targetGrowth: { raw: "<5.5" } }), "2022");
      return [share(j.realisation), label(j.status)];
    },
    passage: "实现度 0%，未达到进度要求，标注“倒退”。",
  },
  {
    example: "高于GDP增长：全员劳动生产率增长 4.2% 对国内生产总值（GDP）增长 3%，达到",
    printed: ["4.2%", "3%", "达到进度要求"],
    engine: () => {
      const gdp = { ...row("1.国内生产总值（GDP）增长（%）", 2.3, "—", { "2022": 3 }, { targetGrowth: { raw: "保持在合理区间、各年度视情提出" } }), row: 3 };
      const labour = { ...row("2.全员劳动生产率增长（%）", 2.5, "—", { "2022": 4.2 }, { targetGrowth: { raw: "高于GDP增长" } }), row: 4 };
      const judgement = assess({ plan: plan14, indicators: [gdp, labour] }).judgements[1];
      const statement = judgement?.note.statement[0];
      const rates = statement?.code === "relative" ? [`${statement.rate}%`, `${statement.gdpRate}%`] : [];
      return [...rates, label(judgement?.status ?? null)];
    },
    passage: "2022 年 4.2%，表中 `国内生产总值（GDP）增长` 2022 年为 3%：达到进度要求。",
  },
  {
    example: "高于GDP增长的说明栏用表中 GDP 指标的名称：国内生产总值",
    printed: ["2022年增速4.2%，同期国内生产总值增速3%，快于经济增长；目标年一栏无数值，按“年均/累计”栏的“高于GDP增长”评价"],
    engine: () => {
      const gdp = { ...row("1.国内生产总值（GDP）增长（%）", 2.3, "—", { "2022": 3 }, { targetGrowth: { raw: "保持在合理区间、各年度视情提出" } }), row: 3 };
      const labour = { ...row("2.全员劳动生产率增长（%）", 2.5, "—", { "2022": 4.2 }, { targetGrowth: { raw: "高于GDP增长" } }), row: 4 };
      const judgement = assess({ plan: plan14, indicators: [gdp, labour] }).judgements[1];
      return [judgement ? noteText(judgement.note) : ""];
    },
    passage: "说明栏为「2022年增速4.2%，同期国内生产总值增速3%，快于经济增长；目标年一栏无数值，按“年均/累计”栏的“高于GDP增长”评价」。",
  },
  {
    example: "目标隐含增速：城镇化率 60 → 65，年均/累计栏 1.6%，按 65 评价，实现度 40%",
    printed: ["40%", "达到进度要求", "“年均/累计”栏年均增长1.6%为目标隐含增速（由基期值至目标值折合年均增长1.61%），列示备查，不作评价", "不列问题"],
    engine: () => {
      const j = judgeAt(row("常住人口城镇化率（%）", 60, 65, { "2022": 62 }, { targetGrowth: { raw: "1.6%" } }), "2022");
      const clause = noteText({ statement: [], reasons: j.note.reasons.filter((r) => r.code === "impliedGrowth") }).replace(/^；/u, "");
      return [share(j.realisation), label(j.status), clause, j.problems.length === 0 ? "不列问题" : "列为问题"];
    },
    passage:
      "r = (62 − 60) ÷ (65 − 60) = 40%，时序进度 40%，达到进度要求；由 60 到 65 五年折合年均增长 (65 ÷ 60)^(1/5) − 1 = 1.61%，\n> 与 1.6% 相差不到 0.5 个百分点，不列问题，说明栏注明「“年均/累计”栏年均增长1.6%为目标隐含增速（由基期值至目标值折合年均增长1.61%），列示备查，不作评价」。",
  },
  {
    example: "目标隐含增速与目标不符：1516.7 → 2200 折合 7.72%，年均/累计栏 7%，列为问题",
    printed: ["单元格 F7（目标年均增长）“7%”与目标值不符：由基期值至目标值折合年均增长7.72%，相差超过0.5个百分点，已按目标年一栏评价"],
    engine: () => {
      const j = judgeAt(row("地区生产总值（亿元）", 1516.7, 2200, { "2022": 1850.4 }, { targetGrowth: { raw: "7%", ref: "F7" } }), "2022");
      return j.problems.map((p) => p.message);
    },
    passage: "列为问题「单元格 F7（目标年均增长）“7%”与目标值不符：由基期值至目标值折合年均增长7.72%，相差超过0.5个百分点，已按目标年一栏评价」。",
  },
  {
    example: "统计口径栏为累计：人均预期寿命 〔1〕，2022 年 0.9，实现度 90%",
    printed: ["90%", "40%", "达到进度要求", "统计口径栏为“累计”，监测值按截至当期的累计数读取"],
    engine: () => {
      const j = judgeAt(row("人均预期寿命（岁）", 77.3, "—", { "2022": 0.9 }, { targetGrowth: { raw: "〔1〕" }, calibreOverride: { raw: "累计" } }), "2022");
      const clause = noteText({ statement: [], reasons: j.note.reasons.filter((r) => r.code === "calibreColumn") }).replace(/^；/u, "");
      return [share(j.realisation), share(j.timeProgress), label(j.status), clause];
    },
    passage: "r = 0.9 ÷ 1 = 90%，时序进度 40%，达到进度要求，说明栏注明「统计口径栏为“累计”，监测值按截至当期的累计数读取」。",
  },
  {
    example: "统计口径栏为水平：人均预期寿命 〔1〕，2022 年 78.2，实现度 90%",
    printed: ["90%", "统计口径栏为“水平”，监测值按水平值读取"],
    engine: () => {
      const j = judgeAt(row("人均预期寿命（岁）", 77.3, "—", { "2022": 78.2 }, { targetGrowth: { raw: "〔1〕" }, calibreOverride: { raw: "水平" } }), "2022");
      const clause = noteText({ statement: [], reasons: j.note.reasons.filter((r) => r.code === "calibreColumn") }).replace(/^；/u, "");
      return [share(j.realisation), clause];
    },
    passage: "r = (78.2 − 77.3) ÷ 1 = 90%，注明「统计口径栏为“水平”，监测值按水平值读取」。",
  },
  {
    example: "高于全省平均：表中没有全省平均，数据暂缺",
    printed: ["目标以全省平均为参照，表中无全省平均数据，需人工判断"],
    engine: () => [noteText(judgeAt(row("居民人均可支配收入增长（%）", 5, "高于全省平均", { "2022": 6 }), "2022").note)],
    passage: "说明栏为「目标以全省平均为参照，表中无全省平均数据，需人工判断」",
  },
];
