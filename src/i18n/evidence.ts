/**
 * The text of what the table finder found (`src/workbook/table.ts`): the one table of column-role
 * names, and the sentences that render each column's evidence and the plan's evidence from their
 * codes (`ColumnEvidence`, `PlanEvidence`), shown in the task pane's 列识别结果 and in the command
 * line's summary. zh-CN in the bureau's register, en-US of the same shape; header texts are quoted
 * as written (“2020 年实绩”).
 */
import { formatPeriod } from "../core/period";
import type { ColumnEvidence, ColumnRole, PlanEvidence } from "../workbook/types";
import type { Locale } from "./index";

/**
 * Quotes a header or cell text as it stands in the sheet: line breaks flattened, inner “” turned
 * into ‘’ as Chinese nesting wants, long texts shortened.
 * @example quoted("2020 年\n实绩") //=> "“2020 年 实绩”"
 */
export function quoted(text: string): string {
  const flat = text.replace(/\s+/gu, " ").trim().replace(/“/gu, "‘").replace(/”/gu, "’");
  return `“${flat.length > 30 ? `${flat.slice(0, 30)}…` : flat}”`;
}

const q = quoted;

/**
 * The names of the column roles, one table for the task pane's drop-down and the evidence. The
 * wording is the bureau table's own where it has one: 类别, 指标名称, 基期值, 目标值, 目标年均增长,
 * 实绩年均增长 (the “十三五”实绩 年均增长 header and the judgement notes), 监测值 (the word of the
 * rules document for a reported period's figure); 评估结果（自动生成） is the group header the
 * add-in writes over its own columns.
 */
const ROLE_NAMES: Readonly<Record<Locale, Readonly<Record<ColumnRole, string>>>> = {
  "zh-CN": {
    index: "序号",
    category: "类别",
    name: "指标名称",
    subItem: "子项",
    unit: "单位",
    attribute: "指标属性",
    base: "基期值",
    target: "目标值",
    targetGrowth: "目标年均增长",
    actualGrowth: "实绩年均增长",
    observation: "监测值",
    published: "已公布完成情况",
    direction: "指标方向",
    nature: "统计类型",
    calibre: "统计口径",
    generated: "评估结果（自动生成）",
    other: "其他（不参与评估）",
  },
  "en-US": {
    index: "No.",
    category: "Domain",
    name: "Indicator",
    subItem: "Sub-item",
    unit: "Unit",
    attribute: "Attribute",
    base: "Base value",
    target: "Target",
    targetGrowth: "Target annual growth",
    actualGrowth: "Actual annual growth",
    observation: "Observation",
    published: "Published result",
    direction: "Direction",
    nature: "Flow/stock",
    calibre: "Calibre",
    generated: "Assessment (generated)",
    other: "Other (not assessed)",
  },
};

/**
 * The names of the column roles in a locale (zh-CN by default).
 * @example roleNames("zh-CN").actualGrowth //=> "实绩年均增长"
 */
export function roleNames(locale: Locale = "zh-CN"): Readonly<Record<ColumnRole, string>> {
  return ROLE_NAMES[locale];
}

/** The evidence sentences of one locale. Functions take header texts as written and years as numbers. */
export interface EvidenceText {
  evidence: {
    keyword: (header: string, role: string) => string;
    secondNameColumn: (header: string) => string;
    unitColumn: (header: string) => string;
    categoryColumn: (header: string) => string;
    generated: (header: string) => string;
    generatedArea: (header: string) => string;
    otherKnown: (header: string) => string;
    unrecognised: (header: string) => string;
    emptyHeader: string;
    targetWord: (header: string, year: number | null) => string;
    targetPlanYear: (header: string, year: number, source: string) => string;
    targetLatestYear: (header: string, year: number) => string;
    extraTarget: (header: string) => string;
    baseWord: (header: string, year: number | null) => string;
    baseYear: (header: string, year: number, targetYear: number) => string;
    observation: (header: string, period: string) => string;
    observationAtTarget: (header: string, period: string) => string;
    beforeBase: (header: string, year: number) => string;
    afterTarget: (header: string, year: number) => string;
    duplicatePeriod: (header: string, first: string) => string;
    noPeriod: (header: string) => string;
    targetGrowth: (header: string) => string;
    actualGrowth: (header: string, period: string) => string;
    extraGrowth: (header: string) => string;
    published: (header: string) => string;
    edited: string;
  };
  plan: {
    fromColumns: (baseHeader: string, baseYear: number, targetHeader: string, targetYear: number) => string;
    baseFromName: (source: string, baseYear: number, targetHeader: string, targetYear: number) => string;
    baseAssumed: (targetHeader: string, targetYear: number, baseYear: number) => string;
    fromName: (source: string, baseYear: number, targetYear: number) => string;
    mismatch: (source: string, planTarget: number, columnTarget: number) => string;
    commandLine: (baseYear: number, targetYear: number) => string;
    unknown: string;
  };
}

const zhCN: EvidenceText = {
  evidence: {
    keyword: (header, role) => `表头为${q(header)}，作${role}列`,
    secondNameColumn: (header) => `表头${q(header)}跨两列，第二列作子项（同一指标的分项）`,
    unitColumn: (header) => `表头为${q(header)}，作单位列（优先于名称中括注的单位）`,
    categoryColumn: (header) => `表头为${q(header)}，作类别列；合并单元格和空白单元格向下填充`,
    generated: (header) => `${q(header)}为本工具此前生成的评估列，重新评估时整体替换，不作数据读取`,
    generatedArea: (header) => `${q(header)}位于上次生成的评估结果区域内，重新评估时整体替换，不作数据读取`,
    otherKnown: (header) => `表头为${q(header)}，保留原样，不参与评估`,
    unrecognised: (header) => `未能识别表头${q(header)}，保留原样，不参与评估；如有误可手动指定`,
    emptyHeader: "表头为空，保留原样，不参与评估",
    targetWord: (header, year) =>
      year === null ? `表头${q(header)}含“目标”，作目标值列` : `表头${q(header)}含“目标”，作${year}年目标值列`,
    targetPlanYear: (header, year, source) =>
      `表头${q(header)}的年份${year}年为${q(source)}规划的目标年，作目标值列`,
    targetLatestYear: (header, year) =>
      `表头${q(header)}为表中最晚的年份（${year}年），与${year - 5}年相隔一个五年规划期，作目标值列`,
    extraTarget: (header) => `表头${q(header)}也含“目标”，已取前一目标值列，此列不参与评估`,
    baseWord: (header, year) =>
      year === null ? `表头${q(header)}含“基期”，作基期值列` : `表头${q(header)}含“基期”，作${year}年基期值列`,
    baseYear: (header, year, targetYear) =>
      `表头${q(header)}的年份${year}年为目标年${targetYear}年之前的基期年，作基期值列`,
    observation: (header, period) => `表头${q(header)}为报告期${period}，作监测值列`,
    observationAtTarget: (header, period) => `表头${q(header)}为目标年${period}的实绩或预计值，作期末监测值列`,
    beforeBase: (header, year) => `表头${q(header)}的年份${year}年不晚于基期年，不参与评估`,
    afterTarget: (header, year) => `表头${q(header)}的年份${year}年晚于规划目标年，不属于本规划期，不参与评估`,
    duplicatePeriod: (header, first) => `表头${q(header)}与左侧的${q(first)}是同一填报期，只使用左侧一列`,
    noPeriod: (header) => `表头${q(header)}未注明报告期（如“2022年”“2023年上半年”），不参与评估`,
    targetGrowth: (header) => `表头${q(header)}为目标的年均增长，作目标年均增长列`,
    actualGrowth: (header, period) => `表头${q(header)}为实绩的年均增长（至${period}），作实际年均增长列`,
    extraGrowth: (header) => `表头${q(header)}为又一年均增长列，已取前一列，此列不参与评估`,
    published: (header) => `表头为${q(header)}，为已公布的完成情况，仅作对照，不参与计算`,
    edited: "已手动指定",
  },
  plan: {
    fromColumns: (baseHeader, baseYear, targetHeader, targetYear) =>
      `基期年${baseYear}年取自${q(baseHeader)}列，目标年${targetYear}年取自${q(targetHeader)}列`,
    baseFromName: (source, baseYear, targetHeader, targetYear) =>
      `目标年${targetYear}年取自${q(targetHeader)}列，基期年${baseYear}年取自${q(source)}`,
    baseAssumed: (targetHeader, targetYear, baseYear) =>
      `目标年${targetYear}年取自${q(targetHeader)}列，未找到基期列，按五年规划期推定基期年为${baseYear}年`,
    fromName: (source, baseYear, targetYear) =>
      `规划期取自${q(source)}：基期年${baseYear}年，目标年${targetYear}年`,
    mismatch: (source, planTarget, columnTarget) =>
      `${q(source)}所指规划的目标年为${planTarget}年，与目标值列的${columnTarget}年不一致，以目标值列为准`,
    commandLine: (baseYear, targetYear) => `由命令行 --plan ${baseYear + 1}-${targetYear} 指定`,
    unknown: "未能从表头或标题确定规划期，请在设置中指定基期年和目标年",
  },
};

const enUS: EvidenceText = {
  evidence: {
    keyword: (header, role) => `Header ${q(header)}: read as ${role}`,
    secondNameColumn: (header) => `Header ${q(header)} spans two columns: the second holds sub-items`,
    unitColumn: (header) => `Header ${q(header)}: unit column (wins over a unit inside the name)`,
    categoryColumn: (header) => `Header ${q(header)}: domain column, filled down across merged and blank cells`,
    generated: (header) => `${q(header)} was generated by an earlier run: replaced on a re-run, never read`,
    generatedArea: (header) => `${q(header)} lies in the area an earlier run generated: replaced, never read`,
    otherKnown: (header) => `Header ${q(header)}: kept as is, not assessed`,
    unrecognised: (header) => `Header ${q(header)} not recognised: kept as is, not assessed; correct it if needed`,
    emptyHeader: "Empty header: kept as is, not assessed",
    targetWord: (header, year) =>
      year === null ? `Header ${q(header)} says target` : `Header ${q(header)} says target for ${year}`,
    targetPlanYear: (header, year, source) =>
      `Header ${q(header)}: ${year} is the target year of the plan named in ${q(source)}`,
    targetLatestYear: (header, year) =>
      `Header ${q(header)}: the latest year in the table (${year}), a five-year plan after ${year - 5}: read as target`,
    extraTarget: (header) => `Header ${q(header)} also says target: the first target column is used`,
    baseWord: (header, year) =>
      year === null ? `Header ${q(header)} says base` : `Header ${q(header)} says base for ${year}`,
    baseYear: (header, year, targetYear) =>
      `Header ${q(header)}: ${year} is the base year before the target year ${targetYear}`,
    observation: (header, period) => `Header ${q(header)}: observation for ${period}`,
    observationAtTarget: (header, period) => `Header ${q(header)}: actual or estimate for the target year ${period}`,
    beforeBase: (header, year) => `Header ${q(header)}: ${year} is not after the base year, not assessed`,
    afterTarget: (header, year) => `Header ${q(header)}: ${year} is after the plan's target year, not assessed`,
    duplicatePeriod: (header, first) => `Header ${q(header)} is the same period as ${q(first)} to its left; only that column is used`,
    noPeriod: (header) => `Header ${q(header)} names no period (such as 2022, 2023H1), not assessed`,
    targetGrowth: (header) => `Header ${q(header)}: target average annual growth`,
    actualGrowth: (header, period) => `Header ${q(header)}: actual average annual growth (to ${period})`,
    extraGrowth: (header) => `Header ${q(header)}: another growth column, the first is used`,
    published: (header) => `Header ${q(header)}: published result, kept for comparison only`,
    edited: "Set by hand",
  },
  plan: {
    fromColumns: (baseHeader, baseYear, targetHeader, targetYear) =>
      `Base year ${baseYear} from ${q(baseHeader)}, target year ${targetYear} from ${q(targetHeader)}`,
    baseFromName: (source, baseYear, targetHeader, targetYear) =>
      `Target year ${targetYear} from ${q(targetHeader)}, base year ${baseYear} from ${q(source)}`,
    baseAssumed: (targetHeader, targetYear, baseYear) =>
      `Target year ${targetYear} from ${q(targetHeader)}; no base column, so a five-year plan from ${baseYear}`,
    fromName: (source, baseYear, targetYear) => `Plan from ${q(source)}: base year ${baseYear}, target year ${targetYear}`,
    mismatch: (source, planTarget, columnTarget) =>
      `${q(source)} names a plan ending ${planTarget}, the target column says ${columnTarget}: the column wins`,
    commandLine: (baseYear, targetYear) => `Given on the command line: --plan ${baseYear + 1}-${targetYear}`,
    unknown: "The plan period could not be read from the headers or the title: set base and target years",
  },
};

/**
 * The evidence sentences of a locale (zh-CN by default).
 * @example evidenceTable("en-US").edited //=> "Set by hand"
 */
export function evidenceTable(locale: Locale = "zh-CN"): EvidenceText {
  return locale === "en-US" ? enUS : zhCN;
}

/**
 * The sentence of a column's evidence in a locale (zh-CN by default).
 * @example evidenceText({ code: "baseWord", header: "2020年基期值", year: 2020 }, "en-US") //=> "Header “2020年基期值” says base for 2020"
 */
export function evidenceText(evidence: ColumnEvidence, locale: Locale = "zh-CN"): string {
  const text = evidenceTable(locale).evidence;
  switch (evidence.code) {
    case "keyword":
      return text.keyword(evidence.header, roleNames(locale)[evidence.role]);
    case "targetWord":
    case "baseWord":
      return text[evidence.code](evidence.header, evidence.year);
    case "targetPlanYear":
      return text.targetPlanYear(evidence.header, evidence.year, evidence.source);
    case "targetLatestYear":
    case "beforeBase":
    case "afterTarget":
      return text[evidence.code](evidence.header, evidence.year);
    case "baseYear":
      return text.baseYear(evidence.header, evidence.year, evidence.targetYear);
    case "observation":
    case "observationAtTarget":
    case "actualGrowth":
      return text[evidence.code](evidence.header, formatPeriod(evidence.period));
    case "emptyHeader":
    case "edited":
      return text[evidence.code];
    case "duplicatePeriod":
      return text.duplicatePeriod(evidence.header, evidence.first);
    case "secondNameColumn":
    case "unitColumn":
    case "categoryColumn":
    case "generated":
    case "generatedArea":
    case "otherKnown":
    case "unrecognised":
    case "extraTarget":
    case "noPeriod":
    case "targetGrowth":
    case "extraGrowth":
    case "published":
      return text[evidence.code](evidence.header);
    default: {
      const unexpected: never = evidence;
      return unexpected;
    }
  }
}

/**
 * The sentence of where the plan comes from, in a locale (zh-CN by default).
 * @example planEvidenceText({ code: "commandLine", baseYear: 2020, targetYear: 2025 }) //=> "由命令行 --plan 2021-2025 指定"
 */
export function planEvidenceText(evidence: PlanEvidence, locale: Locale = "zh-CN"): string {
  const text = evidenceTable(locale).plan;
  switch (evidence.code) {
    case "fromColumns":
      return text.fromColumns(evidence.baseHeader, evidence.baseYear, evidence.targetHeader, evidence.targetYear);
    case "baseFromName":
      return text.baseFromName(evidence.source, evidence.baseYear, evidence.targetHeader, evidence.targetYear);
    case "baseAssumed":
      return text.baseAssumed(evidence.targetHeader, evidence.targetYear, evidence.baseYear);
    case "fromName":
      return text.fromName(evidence.source, evidence.baseYear, evidence.targetYear);
    case "commandLine":
      return text.commandLine(evidence.baseYear, evidence.targetYear);
    case "unknown":
      return text.unknown;
    default: {
      const unexpected: never = evidence;
      return unexpected;
    }
  }
}
