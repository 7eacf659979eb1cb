/**
 * User-facing text of the workbook layer (`src/workbook`): the evidence shown for each column's
 * role in the task pane, the plan's evidence, the problems of finding and reading the table, and
 * every header, sheet name and label the write plan puts into the workbook.
 *
 * Evidence and written text come in zh-CN (the bureau's register) and en-US of the same shape;
 * problem messages are always Chinese (the `Problem` contract). Header texts are quoted as written
 * (“2020 年实绩”).
 */
import type { Locale } from "./index";
import type { ColumnRole } from "../workbook/types";

/**
 * Quotes a header or cell text as it stands in the sheet: line breaks flattened, inner “” turned
 * into ‘’ as Chinese nesting wants, long texts shortened.
 */
function q(text: string): string {
  const flat = text.replace(/\s+/gu, " ").trim().replace(/“/gu, "‘").replace(/”/gu, "’");
  return `“${flat.length > 30 ? `${flat.slice(0, 30)}…` : flat}”`;
}

/** The text of one locale. Functions take header texts as written and years as numbers. */
export interface WorkbookText {
  /** Role names, as the task pane lists them. */
  roles: Record<ColumnRole, string>;
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
    noPeriod: (header: string) => string;
    targetGrowth: (header: string) => string;
    actualGrowth: (header: string, period: string) => string;
    extraGrowth: (header: string) => string;
    published: (header: string) => string;
  };
  plan: {
    fromColumns: (baseHeader: string, baseYear: number, targetHeader: string, targetYear: number) => string;
    baseFromName: (source: string, baseYear: number, targetHeader: string, targetYear: number) => string;
    baseAssumed: (targetHeader: string, targetYear: number, baseYear: number) => string;
    fromName: (source: string, baseYear: number, targetYear: number) => string;
    mismatch: (source: string, planTarget: number, columnTarget: number) => string;
    unknown: string;
  };
}

const zhCN: WorkbookText = {
  roles: {
    index: "序号",
    category: "类别",
    name: "指标名称",
    subItem: "子项",
    unit: "单位",
    attribute: "指标属性",
    base: "基期值",
    target: "目标值",
    targetGrowth: "目标年均增长",
    actualGrowth: "实际年均增长",
    observation: "监测值",
    published: "已公布完成情况",
    direction: "指标方向",
    nature: "统计类型",
    generated: "自动生成（不读取）",
    other: "其他（不读取）",
  },
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
    targetLatestYear: (header, year) => `表头${q(header)}为表中最晚的年份（${year}年）且未注明目标，作目标值列`,
    extraTarget: (header) => `表头${q(header)}也含“目标”，已取前一目标值列，此列不参与评估`,
    baseWord: (header, year) =>
      year === null ? `表头${q(header)}含“基期”，作基期值列` : `表头${q(header)}含“基期”，作${year}年基期值列`,
    baseYear: (header, year, targetYear) =>
      `表头${q(header)}的年份${year}年为目标年${targetYear}年之前的基期年，作基期值列`,
    observation: (header, period) => `表头${q(header)}为报告期${period}，作监测值列`,
    observationAtTarget: (header, period) => `表头${q(header)}为目标年${period}的实绩或预计值，作期末监测值列`,
    beforeBase: (header, year) => `表头${q(header)}的年份${year}年不晚于基期年，不参与评估`,
    noPeriod: (header) => `表头${q(header)}未注明报告期（如“2022年”“2023年上半年”），不参与评估`,
    targetGrowth: (header) => `表头${q(header)}为目标的年均增长，作目标年均增长列`,
    actualGrowth: (header, period) => `表头${q(header)}为实绩的年均增长（至${period}），作实际年均增长列`,
    extraGrowth: (header) => `表头${q(header)}为又一年均增长列，已取前一列，此列不参与评估`,
    published: (header) => `表头为${q(header)}，为已公布的完成情况，仅作对照，不参与计算`,
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
    unknown: "未能从表头或标题确定规划期，请在设置中指定基期年和目标年",
  },
};

const enUS: WorkbookText = {
  roles: {
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
    generated: "Generated (not read)",
    other: "Other (not read)",
  },
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
    targetLatestYear: (header, year) => `Header ${q(header)}: the latest year in the table (${year}), read as target`,
    extraTarget: (header) => `Header ${q(header)} also says target: the first target column is used`,
    baseWord: (header, year) =>
      year === null ? `Header ${q(header)} says base` : `Header ${q(header)} says base for ${year}`,
    baseYear: (header, year, targetYear) =>
      `Header ${q(header)}: ${year} is the base year before the target year ${targetYear}`,
    observation: (header, period) => `Header ${q(header)}: observation for ${period}`,
    observationAtTarget: (header, period) => `Header ${q(header)}: actual or estimate for the target year ${period}`,
    beforeBase: (header, year) => `Header ${q(header)}: ${year} is not after the base year, not assessed`,
    noPeriod: (header) => `Header ${q(header)} names no period (such as 2022, 2023H1), not assessed`,
    targetGrowth: (header) => `Header ${q(header)}: target average annual growth`,
    actualGrowth: (header, period) => `Header ${q(header)}: actual average annual growth (to ${period})`,
    extraGrowth: (header) => `Header ${q(header)}: another growth column, the first is used`,
    published: (header) => `Header ${q(header)}: published result, kept for comparison only`,
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
    unknown: "The plan period could not be read from the headers or the title: set base and target years",
  },
};

/** The workbook layer's text in a locale (zh-CN by default). */
export function workbookText(locale: Locale = "zh-CN"): WorkbookText {
  return locale === "en-US" ? enUS : zhCN;
}

/** Problem messages of finding and reading the table and of writing results (always Chinese). */
export const workbookMessages = {
  emptySheet: (sheet: string) => `工作表${q(sheet)}为空，没有可评估的指标表`,
  notFound: (sheet: string) =>
    `在工作表${q(sheet)}中未找到指标表：需要一行表头，含“指标名称”（或“指标”）以及基期值、目标值或年份列（如“2020年”“2025年目标”）`,
  noNameColumn: (sheet: string) => `工作表${q(sheet)}的表头中未找到指标名称列（如“指标名称”“指标”）`,
  noTargetColumn: "未找到目标值列：表头应含“目标”或规划目标年份（如“2025年目标”“2025年”）",
  noBaseColumn: "未找到基期值列，各指标按无基期值评价（期末评估表常见）",
  noRows: (sheet: string, row: number) => `工作表${q(sheet)}第${row}行表头下方没有指标行`,
  planUnknown: "未能从表头或标题确定规划期（基期年、目标年），请在设置中指定",
  planMismatch: (source: string, planTarget: number, columnTarget: number) =>
    `${q(source)}所指规划的目标年为${planTarget}年，与目标值列的${columnTarget}年不一致，已以目标值列为准`,
  rowWithoutName: (row: number) => `第${row}行有数据但指标名称为空，未作为指标读取`,
} as const;
