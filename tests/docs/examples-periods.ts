/**
 * Worked examples of docs/rules.md sections 一 to 四: plans and time progress, the value a judgement
 * rests on, direction, and flows against stocks.
 */
import {
  decideNature,
  directionFromName,
  formatPercent,
  labelLike,
  parsePeriod,
  planFromName,
  periodOf,
  timeProgress,
} from "../../src/core/index";
import type { Plan } from "../../src/core/index";
import { directionReasonText, natureReasonText } from "../../src/i18n/judge";
import { judgeAt, label, plan14, plan15, row, share, type DocExample } from "./doc-rows";
import { noteText } from "../../src/i18n/notes";

/** The time progress of a period label, as the document's tables print it; 不作为报告期 when it names none. */
function progressOf(plan: Plan, header: string): string {
  const read = parsePeriod(header);
  return read === null ? "不作为报告期" : formatPercent(timeProgress(plan, read));
}

export const periodExamples: readonly DocExample[] = [
  {
    example: "“十四五”2022 年的时序进度为 40%",
    printed: ["40%"],
    engine: () => [progressOf(plan14, "2022年")],
    passage: "| 2022 年 | 1 + 1 = 2 | 40% |",
  },
  {
    example: "“十四五”2023 年一季度（1-3月）的时序进度为 45%",
    printed: ["45%"],
    engine: () => [progressOf(plan14, "2023年1-3月")],
    passage: "| 2023 年一季度 | 2 + 0.25 = 2.25 | 45% |",
  },
  {
    example: "“十四五”2023 年上半年（6月底）的时序进度为 50%",
    printed: ["50%"],
    engine: () => [progressOf(plan14, "2023年6月底")],
    passage: "| 2023 年上半年 | 2 + 0.5 = 2.5 | 50% |",
  },
  {
    example: "“十四五”2023 年前三季度的时序进度为 55%",
    printed: ["55%"],
    engine: () => [progressOf(plan14, "2023年前三季度")],
    passage: "| 2023 年前三季度 | 2 + 0.75 = 2.75 | 55% |",
  },
  {
    example: "“十五五”2026 年上半年的时序进度为 10%",
    printed: ["10%"],
    engine: () => [progressOf(plan15, "2026H1")],
    passage: "| 2026 年上半年 | 0 + 0.5 = 0.5 | 10% |",
  },
  {
    example: "“十五五”2027 年前三季度（1-9月）的时序进度为 35%",
    printed: ["35%"],
    engine: () => [progressOf(plan15, "2027年1-9月")],
    passage: "| 2027 年前三季度 | 1 + 0.75 = 1.75 | 35% |",
  },
  {
    example: "下半年和单独的月份不是报告期",
    printed: ["不作为报告期", "不作为报告期"],
    engine: () => [progressOf(plan14, "2023年下半年"), progressOf(plan14, "2023年6月")],
    passage:
      "`2023年下半年`、`2023H2`（7—12 月）和 `2023Q2`、`2023年二季度`（4—6 月）都不是从 1 月起算\n的累计期，不作为报告期；单独的月份（`2023年6月`）可能只是当月数据，也不作为报告期。",
  },
  {
    example: "“十五”单独出现是 2001—2005 年的第十个五年计划",
    printed: ["2001—2005 年", "2000"],
    engine: () => {
      const plan = planFromName("十五");
      return plan ? [`${plan.baseYear + 1}—${plan.targetYear} 年`, String(plan.baseYear)] : [];
    },
    passage: "| `十五`（单独出现） | 2001—2005 年（第十个五年计划） | 2000 |",
  },
  {
    example: "新增报告期的表头沿用已有写法",
    printed: ["`2024年1～9月`", "`2024年1-12月`"],
    engine: () => [
      `\`${labelLike(periodOf(2024, 0.75), "2023年1～6月")}\``,
      `\`${labelLike(periodOf(2024, 1), "2023年1-6月")}\``,
    ],
    passage: "已有 `2023年1～6月` 的写 `2024年1～9月`（连接号照抄），按月份写法的全年写作\n`2024年1-12月`",
  },
  {
    example: "“十五五”森林覆盖率 2026 年上半年 53.2：实现度 20%，时序进度 10%",
    printed: ["20%", "10%", "达到进度要求", "2026年上半年值53.2，实现度20%，时序进度10%；目标“54 左右”为约数，按其数值评价"],
    engine: () => {
      const j = judgeAt(row("森林覆盖率（%）", 53, "54 左右", { "2026H1": 53.2 }), "2026H1", { plan: plan15 });
      return [share(j.realisation), share(j.timeProgress), label(j.status), noteText(j.note)];
    },
    passage:
      "> 实现度 = (53.2 − 53) ÷ (54 − 53) = 20%，时序进度 10%，达到进度要求。\n> 说明栏为「2026年上半年值53.2，实现度20%，时序进度10%；目标“54 左右”为约数，按其数值评价」。",
  },
  {
    example: "按较早数据评价的指标对照该期的时序进度（2022 年 40%，不是评估期的 50%）",
    printed: ["50%", "40%", "达到进度要求", "2022年值30，实现度50%，时序进度40%；评估期为2023年上半年，按最近可用的2022年数据评价"],
    engine: () => {
      const j = judgeAt(row("人才资源总量（万人）", 27, 33, { "2022": 30, "2023H1": "" }), "2023H1");
      return [share(j.realisation), share(j.timeProgress), label(j.status), noteText(j.note)];
    },
    passage:
      "> 达到进度要求。说明栏为「2022年值30，实现度50%，时序进度40%；评估期为2023年上半年，按最近可用的2022年数据评价」，",
  },
  {
    example: "方向由目标的比较符决定：PM2.5 年均浓度 <28 为逆向",
    printed: ["目标值“<28”为上限，越低越好"],
    engine: () => [directionReasonText(judgeAt(row("PM2.5 年均浓度（μg/m³）", 30.6, "<28", { "2022": 29 }), "2022").directionReason)],
    passage: "例：`PM2.5 年均浓度` 目标 `<28` → 逆向，依据为「目标值“<28”为上限，越低越好」；",
  },
  {
    example: "名称说明降低幅度的为正向",
    printed: ["名称含“降低率”，表示降低幅度，降幅越大越好"],
    engine: () => [directionReasonText(directionFromName("万元GDP综合能耗降低率", "%").reason)],
    passage: "例：`万元 GDP 综合能耗降低率` → 正向，依据为「名称含“降低率”，表示降低幅度，降幅越大越好」。",
  },
  {
    example: "目标为数值时，失业率按名称为逆向",
    printed: ["名称含“失业率”，越低越好"],
    engine: () => [directionReasonText(judgeAt(row("城镇登记失业率（%）", null, 3.5, { "2022": 2.5 }), "2022").directionReason)],
    passage: "例：`城镇登记失业率` 目标为数值 3.5 → 逆向，依据为「名称含“失业率”，越低越好」。",
  },
  {
    example: "单位为“位”的排名为逆向",
    printed: ["名称含“排名”且单位为“位”，位次越靠前（数值越小）越好"],
    engine: () => [directionReasonText(judgeAt(row("袍江经开区全国排名", 91, 50, { "2022": 80 }, { unit: "位" }), "2022").directionReason)],
    passage: "依据为「名称含“排名”且单位为“位”，位次越靠前（数值越小）越好」。",
  },
  {
    example: "以万元计的能耗是强度指标，为逆向",
    printed: ["名称含“能耗”、单位为“吨标准煤/万元”，属强度指标，越低越好"],
    engine: () => [directionReasonText(directionFromName("单位GDP能耗", "吨标准煤/万元").reason)],
    passage: "例：`单位GDP能耗`（吨标准煤/万元）→ 逆向，依据为「名称含“能耗”、单位为“吨标准煤/万元”，属强度指标，越低越好」；",
  },
  {
    example: "其余默认为正向",
    printed: ["无方向列、目标比较符或逆向指标名称，按越高越好"],
    engine: () => [directionReasonText(directionFromName("人才资源总量", "万人").reason)],
    passage: "如 `人才资源总量`，依据为「无方向列、目标比较符或逆向指标名称，按越高越好」。",
  },
  {
    example: "目标比基期宽松的，方向依据写明是须守住的底线",
    printed: [
      "无方向列、目标比较符或逆向指标名称，按越高越好；目标值87低于基期值89.3，视为须守住的底线（如方向有误，可增加方向列更正）",
    ],
    engine: () => [directionReasonText(judgeAt(row("空气质量优良天数比例（%）", 89.3, 87, { "2022": 88 }), "2022").directionReason)],
    passage:
      "「无方向列、目标比较符或逆向指标名称，按越高越好；目标值87低于基期值89.3，视为须守住的底线（如方向有误，可增加方向列更正）」。",
  },
  {
    example: "时期指标用最近的全年数评价：一般公共预算收入 2022 年 160.1，实现度 36.5%",
    printed: [
      "36.5%",
      "40%",
      "未达到进度要求",
      "2022年值160.1，实现度36.5%，时序进度40%；评估期为2023年上半年，按最近可用的2022年数据评价；2023年上半年值95.3为年内累计数（时期指标），不与全年目标比较",
    ],
    engine: () => {
      const j = judgeAt(row("一般公共预算收入（亿元）", 137.2, 200, { "2022": 160.1, "2023H1": 95.3 }), "2023H1");
      return [share(j.realisation), share(j.timeProgress), label(j.status), noteText(j.note)];
    },
    passage:
      "> 对照 2022 年的时序进度 40%，未达到进度要求。说明栏为「2022年值160.1，实现度36.5%，时序进度40%；评估期为2023年上半年，按最近可用的2022年数据评价；2023年上半年值95.3为年内累计数（时期指标），不与全年目标比较」。",
  },
  {
    example: "时期指标只有年内数时为数据暂缺",
    printed: ["数据暂缺", "仅有2021年上半年值80.2，为时期指标的年内累计数，不能与全年目标比较，基期后尚无全年数据"],
    engine: () => {
      const j = judgeAt(row("一般公共预算收入（亿元）", 137.2, 200, { "2021H1": 80.2 }), "2021H1");
      return [label(j.status), noteText(j.note)];
    },
    passage:
      "则为数据暂缺，说明栏为\n> 「仅有2021年上半年值80.2，为时期指标的年内累计数，不能与全年目标比较，基期后尚无全年数据」。",
  },
  {
    example: "比率指标年内数直接比较：常住人口城市化率 2023 年上半年 83.1，实现度 52.5%",
    printed: ["52.5%", "50%", "达到进度要求"],
    engine: () => {
      const j = judgeAt(row("常住人口城市化率（%）", 81, "85 左右", { "2023H1": 83.1 }), "2023H1");
      return [share(j.realisation), share(j.timeProgress), label(j.status)];
    },
    passage: "> 实现度 = (83.1 − 81) ÷ (85 − 81) = 2.1 ÷ 4 = 52.5%，时序进度 50%，达到进度要求（目标为约数，已注明）。",
  },
  {
    example: "以货币计的人均指标是时期指标",
    printed: ["单位为“元”，属时期指标，年内数据为累计数"],
    engine: () => [natureReasonText(decideNature("城镇常住居民人均可支配收入", "元").reason)],
    passage: "依据写作「单位为“元”，属时期指标，年内数据为累计数」",
  },
];
