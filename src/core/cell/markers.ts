/**
 * The words and signs a cell may carry, as constant tables: comparators (`>`, `≥`, `以上`,
 * `不低于` …), approximation (`约`, `左右`), cumulation (`累计下降`), stretch marks (`★`), missing
 * markers (`—`, `暂无`), Excel errors, qualitative and relative targets, and the unit words a
 * value may be followed by. These are what a bureau writes into tables (input vocabulary, not
 * user-facing text), so they live beside the lexer.
 */
import type { Comparator } from "../types";

/** Comparator signs, after width folding (`＞` is already `>`, `≧` already `≥`). Longest first. */
export const COMPARATOR_SIGNS: ReadonlyArray<readonly [string, Comparator]> = [
  [">=", ">="],
  ["<=", "<="],
  ["=>", ">="],
  ["=<", "<="],
  ["≥", ">="],
  ["≤", "<="],
  [">", ">"],
  ["<", "<"],
];

/** What a marker word means where it stands. */
export type MarkerMeaning =
  /** `不低于90`, `控制在3%以内`: a comparator written before the value. */
  | { role: "boundBefore"; op: Comparator }
  /** `1500 以上`, `3%以内`: a comparator written after the value. */
  | { role: "boundAfter"; op: Comparator }
  /** `约20`. */
  | { role: "approxBefore" }
  /** `5 左右`. */
  | { role: "approxAfter" }
  /** `累计下降 21.5%`, `累计增长…` (or `累计上升…`), `累计…`: a total over the plan period. */
  | { role: "cumulative"; change?: "decrease" | "increase" }
  /** `年均增速 8%`, `年均增长7.5%`: the value is an average annual growth rate. */
  | { role: "annualGrowth" }
  /** `2200★`, `力争2200`: a stretch goal. */
  | { role: "stretch" }
  /** `达到90`: a word that adds nothing to the value. */
  | { role: "filler" };

/**
 * Marker words and signs. `控制在` is a ceiling (`控制在3%以内` and `控制在3%` both read ≤ 3);
 * `以上`, `以下`, `以内` include the number (`1500 以上` is ≥ 1500), as in statistical usage.
 * `年均增速`/`年均增长` before a value make it an average annual growth rate (`年均增速8%以上` is a
 * rate of at least 8%); a decline (`年均下降`) is not read as a rate, it stays unreadable.
 */
export const MARKER_WORDS: Readonly<Record<string, MarkerMeaning>> = {
  不低于: { role: "boundBefore", op: ">=" },
  不少于: { role: "boundBefore", op: ">=" },
  不小于: { role: "boundBefore", op: ">=" },
  高于: { role: "boundBefore", op: ">" },
  大于: { role: "boundBefore", op: ">" },
  超过: { role: "boundBefore", op: ">" },
  不高于: { role: "boundBefore", op: "<=" },
  不超过: { role: "boundBefore", op: "<=" },
  不大于: { role: "boundBefore", op: "<=" },
  不多于: { role: "boundBefore", op: "<=" },
  控制在: { role: "boundBefore", op: "<=" },
  低于: { role: "boundBefore", op: "<" },
  小于: { role: "boundBefore", op: "<" },
  及以上: { role: "boundAfter", op: ">=" },
  以上: { role: "boundAfter", op: ">=" },
  以下: { role: "boundAfter", op: "<=" },
  以内: { role: "boundAfter", op: "<=" },
  之内: { role: "boundAfter", op: "<=" },
  大约: { role: "approxBefore" },
  约为: { role: "approxBefore" },
  约: { role: "approxBefore" },
  左右: { role: "approxAfter" },
  累计下降: { role: "cumulative", change: "decrease" },
  累计降低: { role: "cumulative", change: "decrease" },
  累计减少: { role: "cumulative", change: "decrease" },
  累计增长: { role: "cumulative", change: "increase" },
  累计提高: { role: "cumulative", change: "increase" },
  累计增加: { role: "cumulative", change: "increase" },
  累计上升: { role: "cumulative", change: "increase" },
  累计: { role: "cumulative" },
  年均增速: { role: "annualGrowth" },
  年均增长率: { role: "annualGrowth" },
  年均增长: { role: "annualGrowth" },
  年均增幅: { role: "annualGrowth" },
  "★": { role: "stretch" },
  "☆": { role: "stretch" },
  力争: { role: "stretch" },
  争取: { role: "stretch" },
  达到: { role: "filler" },
  稳定在: { role: "filler" },
  保持在: { role: "filler" },
  维持在: { role: "filler" },
  保持: { role: "filler" },
  稳定: { role: "filler" },
};

/**
 * Unit words a value may be followed by (`1500亿元`, `83.5岁`); the unit is kept in the
 * annotations and the value is not rescaled. `%` and `‰` are signs, not words, and are read by the
 * lexer. A bare scale word (`1500亿`, `20万`) is not a unit: it is reported, because the scale of
 * the column cannot be guessed. Longest first where one is the start of another.
 */
export const UNIT_WORDS: readonly string[] = [
  "吨标准煤/万元",
  "立方米/万元",
  "微克/每立方米",
  "微克/立方米",
  "μg/m³",
  "μg/m3",
  "mg/m³",
  "件/万人",
  "万元/人",
  "元/人",
  "万元/亩",
  "人/亿元",
  "吨/万元",
  "亿美元",
  "万美元",
  "美元",
  "亿元",
  "万元",
  "元",
  "万人次",
  "万人",
  "人次",
  "人",
  "万件",
  "件",
  "万平方米",
  "平方米",
  "平方公里",
  "公里",
  "千米",
  "万吨",
  "吨",
  "亿斤",
  "万亩",
  "亩",
  "万户",
  "户",
  "个",
  "张",
  "倍",
  "位",
  "名",
  "家",
  "所",
  "项",
  "岁",
  "年",
  "天",
  "小时",
  "分钟",
  "辆",
  "床",
  "千瓦",
  "万千瓦",
  "标箱",
  "万标箱",
  "千瓦时",
  "万千瓦时",
  "亿千瓦时",
  "立方米",
  "万立方米",
  "公顷",
  "公斤",
  "千克",
  "个百分点",
  "百分点",
  "分",
  "篇",
  "GB",
];

/** Bare scale words (`亿`, `万`): written after a number they make its scale ambiguous. */
export const SCALE_WORDS: readonly string[] = ["亿", "万", "千", "百"];

/**
 * Missing markers, compared after removing spaces: dashes, slashes, ellipses and words saying
 * there is no figure. `不考核` (not assessed) is a missing marker too: there is nothing to judge.
 */
export const MISSING_MARKERS: ReadonlySet<string> = new Set([
  "-",
  "--",
  "---",
  "—",
  "——",
  "———",
  "/",
  "\\",
  "…",
  "……",
  "...",
  "......",
  "·",
  "x",
  "X",
  "×",
  "N/A",
  "n/a",
  "NA",
  "暂无",
  "暂无数据",
  "暂缺",
  "无",
  "无数据",
  "空",
  "待定",
  "待统计",
  "未统计",
  "不考核",
  "不适用",
]);

/** Excel's error values, shown as their text by the doors. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/**
 * Qualitative targets and judgements. A text is qualitative when it mentions a task handed down
 * (`下达`, `上级`) or opens with a judgement word. `met` comes from the opening: the "not" words
 * first (`未完成` is not met), then the "done" words (`完成…`, `已完成`, `基本完成` are met);
 * anything else (`市下达指标`) leaves `met` undecided.
 */
export const QUALITATIVE_MENTIONS: readonly string[] = ["下达", "上级", "考核要求", "目标任务"];
export const NOT_MET_OPENINGS: readonly string[] = ["未完成", "没有完成", "未达标", "未达到", "未实现", "不达标"];
export const MET_OPENINGS: readonly string[] = [
  "完成",
  "已完成",
  "基本完成",
  "全面完成",
  "超额完成",
  "达标",
  "已达标",
  "达到",
  "已达到",
  "实现",
  "已实现",
];

/**
 * Targets relative to economic growth: the text names the growth it follows and how.
 * `快于/高于/超过/领先` → faster; `同步/相适应/相协调/不低于/持平` → in step; `慢于/低于` is
 * not a relation the engine assesses and is reported.
 */
export const GROWTH_MENTIONS: readonly string[] = [
  "经济增长",
  "经济增速",
  "GDP增长",
  "GDP增速",
  "生产总值增长",
  "生产总值增速",
];
export const FASTER_WORDS: readonly string[] = ["快于", "高于", "超过", "领先于", "略高于"];
export const SLOWER_WORDS: readonly string[] = ["慢于", "低于"];

/**
 * Open targets: no number to reach (`保持在合理区间、各年度视情提出`, the national plan's GDP
 * growth). A text without digits that says one of these is read as open.
 */
export const OPEN_MENTIONS: readonly string[] = ["合理区间", "视情提出", "视情况提出", "不设具体目标"];

/** Directional targets, compared whole (spaces removed): the way the change since the base must go. */
export const DIRECTIONAL_WORDS: ReadonlyMap<string, "decrease" | "increase" | "noIncrease"> = new Map([
  ["持续下降", "decrease"],
  ["逐步下降", "decrease"],
  ["稳步下降", "decrease"],
  ["持续降低", "decrease"],
  ["逐步降低", "decrease"],
  ["持续减少", "decrease"],
  ["逐年下降", "decrease"],
  ["持续提高", "increase"],
  ["逐步提高", "increase"],
  ["稳步提高", "increase"],
  ["持续提升", "increase"],
  ["逐步提升", "increase"],
  ["稳步提升", "increase"],
  ["持续增长", "increase"],
  ["稳步增长", "increase"],
  ["逐年提高", "increase"],
  ["零增长", "noIncrease"],
  ["只减不增", "noIncrease"],
  ["不增加", "noIncrease"],
  ["负增长", "decrease"],
]);

/**
 * Words of a change relative to the base (`提高1岁`, `下降20%`), written before the number. `增长7%`
 * is not among them: on a growth row it reads as a rate, so it stays for the value grammar.
 */
export const CHANGE_WORDS: ReadonlyMap<string, "increase" | "decrease"> = new Map([
  ["提高", "increase"],
  ["提升", "increase"],
  ["增加", "increase"],
  ["下降", "decrease"],
  ["降低", "decrease"],
  ["减少", "decrease"],
]);

/** `翻一番` (×2), `翻两番` (×4), `翻三番` (×8), `翻番` (×2). */
export const DOUBLING_FACTORS: ReadonlyMap<string, number> = new Map([
  ["翻番", 2],
  ["翻一番", 2],
  ["翻两番", 4],
  ["翻二番", 4],
  ["翻三番", 8],
]);

/** References other than economic growth a relative target may name (`高于全省平均`). */
export const AVERAGE_REFERENCES: readonly string[] = ["全国平均", "全省平均", "全市平均", "全区平均", "省平均", "市平均", "平均水平"];

/** Signs and words between the two numbers of a band (`3-5`, `3～5`, `3~5`, `5到6`, `5至6`). */
export const BAND_JOINERS: readonly string[] = ["-", "~", "～", "—", "–", "到", "至"];

/** What opens the stretch part of a cell after `、` or inside a bracket (`力争9000`). */
export const STRETCH_OPENINGS: readonly string[] = ["力争", "争取"];
