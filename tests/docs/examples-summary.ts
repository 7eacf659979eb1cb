/**
 * Worked examples of docs/rules.md sections 九 to 十四: the summary and the drafted paragraphs, the
 * problems reported, the settings, and the comparison with 越城区“十三五”'s published 完成情况.
 */
import { assess, formatPercent, formatPoints, parseCell, settingsProblems } from "../../src/core/index";
import type { Assessment, IndicatorInput } from "../../src/core/index";
import { loadFixtureTable } from "../helpers/fixtures";
import { midTerm } from "../core/oracles";
import { judgeAt, label, period, plan13, plan14, row, share, type DocExample } from "./doc-rows";

/** Gives a row its own sheet row, so rows of one table can be told apart. */
function at(row: number, input: IndicatorInput): IndicatorInput {
  return { ...input, row };
}

/** The five indicators of section 九 at 2023H1 (示例数据). */
function fiveIndicators(capAverage = true): Assessment {
  const indicators = [
    at(4, row("人才资源总量（万人）", 27, 33, { "2023H1": 34.2 })),
    at(5, row("高等教育毛入学率（%）", 68, 72, { "2023H1": 70.2 })),
    at(6, row("每万名老年人拥有持证养老护理员数（人）", 6.5, 10, { "2023H1": 7.55 })),
    at(7, row("文化产业增加值占 GDP 比重（%）", 7.2, 9, { "2023H1": 8.01 })),
    at(8, row("每万人高价值发明专利拥有量（件）", 4.5, 8, { "2023H1": "" })),
  ];
  return assess({ plan: plan14, indicators, settings: { capAverage } });
}

/** Four lagging indicators: two held to 2023H1, one on 2022 data, one binding growth rate. */
function fourLagging(): Assessment {
  const indicators = [
    at(6, row("每万名老年人拥有持证养老护理员数（人）", 6.5, 10, { "2023H1": 7.55 })),
    at(7, row("文化产业增加值占 GDP 比重（%）", 7.2, 9, { "2023H1": 8.01 })),
    at(9, row("每千人口拥有 3 岁以下婴幼儿托位数（个）", 1.5, 3.5, { "2022": 2.14 })),
    at(10, row("地区生产总值增速（%）", null, 7, { "2023H1": 6.3 }, { attribute: { raw: "约束性" } })),
  ];
  return assess({ plan: plan14, indicators });
}

/** The end-of-plan example of section 九 (越城区“十四五” names, 示例数据 for 2025). */
function endOfPlan(): Assessment {
  const binding = { attribute: { raw: "约束性" } };
  return assess({
    plan: plan14,
    indicators: [
      at(3, row("1. 全区生产总值（亿元）", "—", "1500 以上", { "2025": 1620 })),
      at(4, row("2. 人均生产总值（元）", 127500, 170000, { "2025": 174750 })),
      at(5, row("3. 一般公共预算收入（亿元）", 78.74, 110, { "2025": 108.75 })),
      at(31, row("29. 全年优良天气达标率（%）", 85, "≥92", { "2025": 88.5 }, binding)),
      at(33, row("31. 人均公园绿地面积（平方米）", 15, 17, { "2025": 16.6 })),
    ],
  });
}

/**
 * 越城区“十三五”完成情况 as printed: sub-items named after their parent (`主要污染物排放—氨氮排放（万吨）`)
 * and taking its target, the 2020 estimate the only observation, 完成情况 kept to compare with.
 */
function yuecheng13th(): IndicatorInput[] {
  let parent = { name: "", target: "" };
  return loadFixtureTable("yuecheng-13th-final").rows.map((cells, index) => {
    const [, name = "", subItem = "", target = "", estimate = "", published = ""] = cells;
    if (name !== "") parent = { name, target };
    const stem = parent.name.replace(/（[^（）]*）$/u, "");
    return {
      row: index + 3,
      name: subItem === "" ? name : `${stem}—${subItem}`,
      base: { raw: null },
      target: { raw: name === "" ? parent.target : target, ref: `D${index + 3}` },
      observations: [{ period: period("2020"), cell: { raw: estimate, ref: `E${index + 3}` } }],
      published: { raw: published },
    };
  });
}

/** The engine's end-of-plan word for a judgement, as a 完成情况 column writes it. */
function gradeWord(assessment: Assessment, index: number): string {
  const judgement = assessment.judgements[index];
  return judgement?.endOfPlan ? label(judgement.endOfPlan) : label("no_data");
}

/** 越城区“十三五” judged at the end, and the indicators whose grade differs from the published one. */
function yuechengComparison(): { rows: IndicatorInput[]; differing: { name: string; published: string; ours: string }[] } {
  const rows = yuecheng13th();
  const assessment = assess({ plan: plan13, indicators: rows });
  const compared = rows.map((input, index) => ({
    name: input.name,
    published: String(input.published?.raw ?? ""),
    ours: gradeWord(assessment, index),
  }));
  const agrees = ({ published, ours }: { published: string; ours: string }) =>
    ours === published || (ours === label("no_data") && published === "不考核");
  return { rows, differing: compared.filter((entry) => !agrees(entry)) };
}

export const summaryExamples: readonly DocExample[] = [
  {
    example: "五项指标各自的实现度、评价结果和预计完成情况",
    printed: [
      "| 120% | 提前实现目标 | 已实现 |",
      "| 55% | 达到进度要求 | 能如期完成 |",
      "| 30% | 未达到进度要求 | 完成难度较大 |",
      "| 45% | 未达到进度要求 | 经努力可完成 |",
      "| — | 数据暂缺 | 无法预计 |",
    ],
    engine: () => fiveIndicators().judgements.map((j) => `| ${share(j.realisation)} | ${label(j.status)} | ${label(j.projection)} |`),
    passage: [
      "> | 人才资源总量（万人） | 27 | 33 | 34.2 | 120% | 提前实现目标 | 已实现 |",
      "> | 高等教育毛入学率（%） | 68 | 72 | 70.2 | 55% | 达到进度要求 | 能如期完成 |",
      "> | 每万名老年人拥有持证养老护理员数（人） | 6.5 | 10 | 7.55 | 30% | 未达到进度要求 | 完成难度较大 |",
      "> | 文化产业增加值占 GDP 比重（%） | 7.2 | 9 | 8.01 | 45% | 未达到进度要求 | 经努力可完成 |",
      "> | 每万人高价值发明专利拥有量（件） | 4.5 | 8 | （空白） | — | 数据暂缺 | 无法预计 |",
    ].join("\n"),
  },
  {
    example: "平均实现度截取后 57.5%，快于时序进度 7.5 个百分点；不截取为 62.5%",
    printed: ["57.5%", "50%", "7.5", "62.5%"],
    engine: () => {
      const capped = fiveIndicators().summary;
      const average = capped.averageRealisation ?? Number.NaN;
      const uncapped = fiveIndicators(false).summary.averageRealisation ?? Number.NaN;
      const ahead = formatPoints(average - capped.timeProgress);
      return [formatPercent(average), formatPercent(capped.timeProgress), ahead, formatPercent(uncapped)];
    },
    passage:
      "平均 = 230% ÷ 4 = 57.5%；评估期 2023 年上半年时序进度 50%，\n> 快于时序进度 7.5 个百分点。若关闭截取，平均 = (120% + 55% + 30% + 45%) ÷ 4 = 62.5%。",
  },
  {
    example: "五项指标的三段报告段落",
    printed: [
      "截至2023年上半年，“十四五”规划实施时序进度为50%。按照“时间与进度基本一致”原则，5项指标中，1项提前实现目标，1项达到进度要求，2项未达到进度要求，1项因数据暂缺未评估（每万人高价值发明专利拥有量）。已评估的4项指标平均实现度为57.5%，快于时序进度7.5个百分点。",
      "未达到进度要求的指标为：每万名老年人拥有持证养老护理员数（实现度30%，时序进度50%）、文化产业增加值占GDP比重（实现度45%，时序进度50%）。",
      "按目前进度预计，第一类为已实现的指标，共1项，为人才资源总量；第二类为能如期完成的指标，共1项，为高等教育毛入学率；第三类为经努力可完成的指标，共1项，为文化产业增加值占GDP比重；第四类为完成难度较大的指标，共1项，为每万名老年人拥有持证养老护理员数；第五类为无法预计的指标，共1项，为每万人高价值发明专利拥有量。完成难度较大的指标需加大推进力度。",
    ],
    engine: () => fiveIndicators().summary.narrative,
    passage: [
      "> 截至2023年上半年，“十四五”规划实施时序进度为50%。按照“时间与进度基本一致”原则，5项指标中，1项提前实现目标，1项达到进度要求，2项未达到进度要求，1项因数据暂缺未评估（每万人高价值发明专利拥有量）。已评估的4项指标平均实现度为57.5%，快于时序进度7.5个百分点。",
      ">",
      "> 未达到进度要求的指标为：每万名老年人拥有持证养老护理员数（实现度30%，时序进度50%）、文化产业增加值占GDP比重（实现度45%，时序进度50%）。",
      ">",
      "> 按目前进度预计，第一类为已实现的指标，共1项，为人才资源总量；第二类为能如期完成的指标，共1项，为高等教育毛入学率；第三类为经努力可完成的指标，共1项，为文化产业增加值占GDP比重；第四类为完成难度较大的指标，共1项，为每万名老年人拥有持证养老护理员数；第五类为无法预计的指标，共1项，为每万人高价值发明专利拥有量。完成难度较大的指标需加大推进力度。",
    ].join("\n"),
  },
  {
    example: "差距：对照各自报告期的时序进度（20、5、8 个百分点），增速目标对照 100%（10 个百分点）",
    printed: ["20", "10", "8", "5"],
    engine: () => midTerm(fourLagging().summary).lagging.map((lag) => formatPoints(lag.gap)),
    passage: [
      "差距 50% − 30% = 20 个百分点；`文化产业增加值占GDP比重`",
      "> r = 45%，差距 5 个百分点。另有依据 2022 年数据评估、r = 32% 的 `每千人口拥有3岁以下婴幼儿托位数`，差距是",
      "> 40% − 32% = 8 个百分点（对照 2022 年的 40%）；增速目标 r = 90% 的 `地区生产总值增速`（设为约束性指标），差距是",
      "> 100% − 90% = 10 个百分点。",
    ].join("\n"),
  },
  {
    example: "滞后指标按差距排列，约束性指标单独点名",
    printed: [
      "未达到进度要求的指标为：每万名老年人拥有持证养老护理员数（实现度30%，时序进度50%）、地区生产总值增速（实现度90%）、每千人口拥有3岁以下婴幼儿托位数（实现度32%，时序进度40%）、文化产业增加值占GDP比重（实现度45%，时序进度50%）。约束性指标中，地区生产总值增速未达到进度要求，需重点关注。",
    ],
    engine: () => [fourLagging().summary.narrative[1] ?? ""],
    passage:
      "> 未达到进度要求的指标为：每万名老年人拥有持证养老护理员数（实现度30%，时序进度50%）、地区生产总值增速（实现度90%）、每千人口拥有3岁以下婴幼儿托位数（实现度32%，时序进度40%）、文化产业增加值占GDP比重（实现度45%，时序进度50%）。约束性指标中，地区生产总值增速未达到进度要求，需重点关注。",
  },
  {
    example: "依据较早数据评估的指标在报告段落中点名",
    printed: ["因尚无2023年上半年数据，每千人口拥有3岁以下婴幼儿托位数按2022年数据评估。"],
    engine: () => {
      const overview = fourLagging().summary.narrative[0] ?? "";
      return [overview.slice(overview.indexOf("因尚无"))];
    },
    passage: "“因尚无2023年上半年数据，每千人口拥有3岁以下婴幼儿托位数按2022年数据评估。”",
  },
  {
    example: "规划期末：平均实现度 85.2%，2 项完成、1 项基本完成、2 项未完成",
    printed: [
      "截至“十四五”规划期末（2025年），5项指标平均实现度为85.2%。其中2项完成，1项基本完成，2项未完成。",
      "未完成的指标为：全年优良天气达标率（实现度50%）、人均公园绿地面积（实现度80%）。基本完成的指标为：一般公共预算收入（实现度96%）。约束性指标中，全年优良天气达标率未完成，需重点关注。",
    ],
    engine: () => endOfPlan().summary.narrative,
    passage: [
      "> 截至“十四五”规划期末（2025年），5项指标平均实现度为85.2%。其中2项完成，1项基本完成，2项未完成。",
      ">",
      "> 未完成的指标为：全年优良天气达标率（实现度50%）、人均公园绿地面积（实现度80%）。基本完成的指标为：一般公共预算收入（实现度96%）。约束性指标中，全年优良天气达标率未完成，需重点关注。",
    ].join("\n"),
  },
  {
    example: "规划期末各项的实现度：区间目标满足为 100%，人均生产总值 111.2%",
    printed: ["r = 100%", "r = 111.2%", "r = 96%", "r = 50%", "r = 80%"],
    engine: () => endOfPlan().judgements.map((j) => `r = ${share(j.realisation)}`),
    passage: [
      "r = 100%；",
      "> `2. 人均生产总值` 127500 → 170000，2025 年 174750，r = 111.2%（均完成）；`3. 一般公共预算收入` 78.74 → 110，",
      "> 2025 年 108.75，r = 96%（基本完成）；约束性指标 `29. 全年优良天气达标率` 85 → `≥92`，2025 年 88.5，r = 50%，",
      "> `31. 人均公园绿地面积` 15 → 17，2025 年 16.6，r = 80%（均未完成）。",
    ].join("\n"),
  },
  {
    example: "单元格读不出时，问题说明写明单元格和原因",
    printed: [
      "「单元格 F7“abc”无法识别为数值：无法识别「abc」：应为数值（如“8500”“3.5%”）、区间（如“>90”“98.5 以上”）、约数（如“5 左右”）、累计值（如“[20]”“累计下降 21.5%”）、文字目标（如“完成省下达指标”）或缺失标记（如“—”“暂无”）」",
    ],
    engine: () => judgeAt(row("森林覆盖率（%）", 52.6, 53.5, { "2022": "abc" }), "2022").problems.map((p) => `「${p.message}」`),
    passage:
      "「单元格 F7“abc”无法识别为数值：无法识别「abc」：应为数值（如“8500”“3.5%”）、区间（如“>90”“98.5 以上”）、约数（如“5 左右”）、累计值（如“[20]”“累计下降 21.5%”）、文字目标（如“完成省下达指标”）或缺失标记（如“—”“暂无”）」；",
  },
  {
    example: "错误值被跳过并列为问题，改用更早一期（#N/A 之前的 2022 年 80）",
    printed: ["「单元格 G7“#N/A”为错误值，已跳过」", "实现度 40%，时序进度 40%，达到进度要求"],
    engine: () => {
      const j = judgeAt(row("常住人口城镇化率（%）", 78, 83, { "2022": 80, "2023H1": "#N/A" }), "2023H1");
      const result = `实现度 ${share(j.realisation)}，时序进度 ${share(j.timeProgress)}，${label(j.status)}`;
      return [...j.problems.map((p) => `「${p.message}」`), result];
    },
    passage: "> 「单元格 G7“#N/A”为错误值，已跳过」，按 2022 年的 80 评价：实现度 40%，时序进度 40%，达到进度要求，",
  },
  {
    example: "单元格读取问题的编码和说明",
    printed: [
      "| `parse.number` | `12..3` | 数值「12..3」写法有误，应为如“8500”“1,516.7”“3.5%”的数字 |",
      "| `parse.expected_number` | `>abc` | 「>abc」中「abc」处应为数字，例如“>90”“1500 以上”“[20]”“5 左右” |",
      "| `parse.trailing` | `5 abc` | 「5 abc」在数值之后还有无法识别的内容「abc」，可写作数值加单位或括号注释，如“82.87（市测）” |",
      "| `parse.unclosed` | `(5` | 「(5」中的括号「(」没有闭合 |",
      "| `parse.conflict` | `不低于5以下` | 「不低于5以下」中「以下」与前面的限定词重复或矛盾，一个单元格只能有一个比较关系 |",
      "| `parse.scale` | `1500亿` | 「1500亿」中的「亿」只是数量级，无法确定计量单位，请写全单位（如“亿元”）或只填数值 |",
      "| `parse.relation` | `慢于经济增长` | 「慢于经济增长」要求慢于经济增长，本工具只评价“与经济增长同步”“快于经济增长”两类相对目标，请人工研判 |",
    ],
    engine: () =>
      ["12..3", ">abc", "5 abc", "(5", "不低于5以下", "1500亿", "慢于经济增长"].map((raw) => {
        const read = parseCell(raw);
        return read.ok ? `\`${raw}\` 读作 ${read.value.kind}` : `| \`${read.problem.code}\` | \`${raw}\` | ${read.problem.message} |`;
      }),
    passage: [
      "| `parse.number` | `12..3` | 数值「12..3」写法有误，应为如“8500”“1,516.7”“3.5%”的数字 | 改正数字的写法 |",
      "| `parse.expected_number` | `>abc` | 「>abc」中「abc」处应为数字，例如“>90”“1500 以上”“[20]”“5 左右” | 在比较符、“约”“累计”之后写上数字 |",
      "| `parse.trailing` | `5 abc` | 「5 abc」在数值之后还有无法识别的内容「abc」，可写作数值加单位或括号注释，如“82.87（市测）” | 多余文字放进括号作注释，或删去 |",
      "| `parse.unclosed` | `(5` | 「(5」中的括号「(」没有闭合 | 补全括号 |",
      "| `parse.conflict` | `不低于5以下` | 「不低于5以下」中「以下」与前面的限定词重复或矛盾，一个单元格只能有一个比较关系 | 只保留一个比较关系；区间、约数、累计不混写 |",
      "| `parse.scale` | `1500亿` | 「1500亿」中的「亿」只是数量级，无法确定计量单位，请写全单位（如“亿元”）或只填数值 | 写全单位（`1500亿元`）或只填数值 |",
      "| `parse.relation` | `慢于经济增长` | 「慢于经济增长」要求慢于经济增长，本工具只评价“与经济增长同步”“快于经济增长”两类相对目标，请人工研判 | 人工研判 |",
    ].join("\n"),
  },
  {
    example: "设置有误时逐条列出问题",
    printed: [
      "| `settings.unknown` | 参数 `colour` | 未知的评估参数“colour” |",
      "| `settings.type` | `capAverage` 写 `yes` | 平均实现度是否封顶应为“是”或“否”（true/false），现为“yes” |",
      "| `settings.range` | `tolerance` 写 2 | 进度容差应在 0 至 1 之间，现为 2 |",
      "| `settings.range` | `basicallyCompleteThreshold` 写 0 | 基本完成阈值应大于 0 且不超过 1，现为 0 |",
      "| `settings.path` | `path` 写 `cubic` | 实现度计算路径应为“linear”（线性）或“compound”（复合增长），现为“cubic” |",
      "| `settings.label` | 名称为空 | 评价结果“ahead”的名称不能为空 |",
    ],
    engine: () => {
      const cases: readonly [string, string, unknown][] = [
        ["参数 `colour`", "colour", "red"],
        ["`capAverage` 写 `yes`", "capAverage", "yes"],
        ["`tolerance` 写 2", "tolerance", 2],
        ["`basicallyCompleteThreshold` 写 0", "basicallyCompleteThreshold", 0],
        ["`path` 写 `cubic`", "path", "cubic"],
        ["名称为空", "labels", { ahead: " " }],
      ];
      return cases.flatMap(([shown, key, value]) =>
        settingsProblems({ [key]: value }).map((p) => `| \`${p.code}\` | ${shown} | ${p.message} |`),
      );
    },
    passage: [
      "| `settings.unknown` | 参数 `colour` | 未知的评估参数“colour” |",
      "| `settings.type` | `capAverage` 写 `yes` | 平均实现度是否封顶应为“是”或“否”（true/false），现为“yes” |",
      "| `settings.range` | `tolerance` 写 2 | 进度容差应在 0 至 1 之间，现为 2 |",
      "| `settings.range` | `basicallyCompleteThreshold` 写 0 | 基本完成阈值应大于 0 且不超过 1，现为 0 |",
      "| `settings.path` | `path` 写 `cubic` | 实现度计算路径应为“linear”（线性）或“compound”（复合增长），现为“cubic” |",
      "| `settings.label` | 名称为空 | 评价结果“ahead”的名称不能为空 |",
    ].join("\n"),
  },
  {
    example: "越城区“十三五”：32 项中 31 项与公布的完成情况一致",
    printed: ["**32 项中 31 项一致**"],
    engine: () => {
      const { rows, differing } = yuechengComparison();
      return [`**${rows.length} 项中 ${rows.length - differing.length} 项一致**`];
    },
    passage: "本工具的终期评价与公布的完成情况 **32 项中 31 项一致**：",
  },
  {
    example: "越城区“十三五”唯一的差异：城镇常住居民人均可支配收入公布为完成，本工具为基本完成",
    printed: ["`城镇常住居民人均可支配收入（元）`", "公布为“完成”", "**基本完成**"],
    engine: () => {
      const { differing } = yuechengComparison();
      return differing.flatMap(({ name, published, ours }) => [`\`${name}\``, `公布为“${published}”`, `**${ours}**`]);
    },
    passage: [
      "- **唯一的差异**是 `城镇常住居民人均可支配收入（元）`：目标 63000 元，2020 年预计 61860 元，公布为“完成”，本工具评为",
      "  **基本完成**",
    ].join("\n"),
  },
  {
    example: "越城区“十三五”的期末报告段落",
    printed: [
      "截至“十三五”规划期末（2020年），32项指标中，30项完成，1项基本完成，1项因数据暂缺未评估（单位生产总值二氧化碳排放量）。可计算实现度的26项指标平均实现度为99.9%。",
      "基本完成的指标为：城镇常住居民人均可支配收入（实现度98.2%）。",
    ],
    engine: () => assess({ plan: plan13, indicators: yuecheng13th() }).summary.narrative,
    passage: [
      "> 截至“十三五”规划期末（2020年），32项指标中，30项完成，1项基本完成，1项因数据暂缺未评估（单位生产总值二氧化碳排放量）。可计算实现度的26项指标平均实现度为99.9%。",
      ">",
      "> 基本完成的指标为：城镇常住居民人均可支配收入（实现度98.2%）。",
    ].join("\n"),
  },
];
