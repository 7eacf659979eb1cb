/**
 * User-facing text of the workbook layer (`src/workbook`): the one table of column-role names, the
 * sentences that render each column's and the plan's evidence codes (shown in the task pane's
 * 列识别结果 and the command line's summary), the problems of finding and reading the table, and
 * every header, sheet name and label the write plan puts into the workbook.
 *
 * Evidence and written text come in zh-CN (the bureau's register) and en-US of the same shape;
 * problem messages are always Chinese (the `Problem` contract). Header texts are quoted as written
 * (“2020 年实绩”).
 */
import { formatPeriod } from "../core/period";
import type { Locale } from "./index";
import type { ColumnEvidence, ColumnRole, PlanEvidence } from "../workbook/types";

/**
 * Quotes a header or cell text as it stands in the sheet: line breaks flattened, inner “” turned
 * into ‘’ as Chinese nesting wants, long texts shortened.
 */
function q(text: string): string {
  const flat = text.replace(/\s+/gu, " ").trim().replace(/“/gu, "‘").replace(/”/gu, "’");
  return `“${flat.length > 30 ? `${flat.slice(0, 30)}…` : flat}”`;
}

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

/** The text of one locale. Functions take header texts as written and years as numbers. */
export interface WorkbookText {
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
  /** Everything the write plan puts into the workbook. */
  write: WriteText;
}

/** A date and clock time, as numbers (month 1–12). */
export interface ClockTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Two digits: `7` → `07`. */
function twoDigits(value: number): string {
  return String(value).padStart(2, "0");
}

/** Headers, sheet names and labels the write plan writes. */
export interface WriteText {
  /** Group header over the status block; its 自动生成 marks the block as generated. */
  group: string;
  /** Appended to each status header when there is no row for the group header. */
  generatedSuffix: string;
  columns: { realisation: string; timeProgress: string; status: string; projection: string; note: string };
  sheets: { summary: string; detail: string; status: string };
  /** The indicator name column copied onto the separate status sheet. */
  nameColumn: string;
  summary: {
    title: (firstYear: number, targetYear: number) => string;
    plan: string;
    planValue: (baseYear: number, targetYear: number) => string;
    period: string;
    timeProgress: string;
    source: string;
    generatedAt: string;
    /** The generation time as the reader reads it (the clock time as written, no time zone). */
    generatedAtValue: (time: ClockTime) => string;
    none: string;
    countsTitle: string;
    /** The counts' title at the end of the plan, when they are end-of-plan grades. */
    endOfPlanCountsTitle: string;
    category: string;
    count: string;
    average: string;
    total: string;
    uncategorised: string;
    chartTitle: string;
    chartSection: string;
    bindingTitle: string;
    laggingTitle: string;
    /** The two lists' titles at the end of the plan, when they hold the 未完成 indicators. */
    endOfPlanBindingTitle: string;
    endOfPlanLaggingTitle: string;
    name: string;
    realisation: string;
    gap: string;
    projectionTitle: string;
    projection: string;
    olderTitle: string;
    olderPeriod: string;
    narrativeTitle: string;
    problemsTitle: string;
  };
  detail: {
    headers: {
      row: string;
      category: string;
      name: string;
      unit: string;
      attribute: string;
      direction: string;
      directionReason: string;
      nature: string;
      kind: string;
      base: string;
      target: string;
      value: string;
      valuePeriod: string;
      realisation: string;
      timeProgress: string;
      status: string;
      projection: string;
      projectedValue: string;
      formula: string;
      note: string;
      problems: string;
    };
    attribute: { binding: string; anticipatory: string };
    direction: { higher: string; lower: string };
    nature: { flow: string; stock: string };
    kinds: Record<"level" | "bound" | "maintain" | "rate" | "cumulative" | "qualitative" | "relative", string>;
    /** How a problem is listed: `D7：…`. */
    problem: (cell: string | undefined, message: string) => string;
    problemSeparator: string;
  };
}

const zhCN: WorkbookText = {
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
  write: {
    group: "评估结果（自动生成）",
    generatedSuffix: "（自动生成）",
    columns: { realisation: "实现度", timeProgress: "时序进度", status: "评价结果", projection: "预计完成情况", note: "说明" },
    sheets: { summary: "评估汇总", detail: "评估明细", status: "评估结果" },
    nameColumn: "指标名称",
    summary: {
      title: (firstYear, targetYear) => `规划主要指标评估汇总（${firstYear}—${targetYear}年）`,
      plan: "规划期",
      planValue: (baseYear, targetYear) => `${baseYear + 1}—${targetYear}年（基期${baseYear}年）`,
      period: "评估期",
      timeProgress: "时序进度",
      source: "数据来源",
      generatedAt: "生成时间",
      generatedAtValue: (time) => `${time.year}年${time.month}月${time.day}日 ${twoDigits(time.hour)}:${twoDigits(time.minute)}`,
      none: "无",
      countsTitle: "一、评价结果统计",
      endOfPlanCountsTitle: "一、完成情况统计",
      category: "类别",
      count: "指标数",
      average: "平均实现度",
      total: "合计",
      uncategorised: "未分类",
      chartTitle: "分领域平均实现度与时序进度",
      chartSection: "二、分领域平均实现度与时序进度",
      bindingTitle: "三、约束性指标未达到进度要求",
      laggingTitle: "四、滞后指标",
      endOfPlanBindingTitle: "三、未完成的约束性指标",
      endOfPlanLaggingTitle: "四、未完成的指标",
      name: "指标名称",
      realisation: "实现度",
      gap: "差距",
      projectionTitle: "五、预计完成情况",
      projection: "预计完成情况",
      olderTitle: "六、以较早数据评价的指标",
      olderPeriod: "采用期",
      narrativeTitle: "七、评估结论（草稿）",
      problemsTitle: "八、数据读取说明",
    },
    detail: {
      headers: {
        row: "行号",
        category: "类别",
        name: "指标名称",
        unit: "单位",
        attribute: "指标属性",
        direction: "方向",
        directionReason: "方向依据",
        nature: "统计类型",
        kind: "评价方式",
        base: "基期值",
        target: "目标值",
        value: "采用值",
        valuePeriod: "采用期",
        realisation: "实现度",
        timeProgress: "时序进度",
        status: "评价结果",
        projection: "预计完成情况",
        projectedValue: "预计期末值",
        formula: "计算公式",
        note: "说明",
        problems: "读取问题",
      },
      attribute: { binding: "约束性", anticipatory: "预期性" },
      direction: { higher: "正向", lower: "逆向" },
      nature: { flow: "时期", stock: "时点" },
      kinds: {
        level: "水平值",
        bound: "区间目标",
        maintain: "保持目标",
        rate: "增速目标",
        cumulative: "累计目标",
        qualitative: "定性目标",
        relative: "与经济增长比较",
      },
      problem: (cell, message) => (cell ? `${cell}：${message}` : message),
      problemSeparator: "；",
    },
  },
};

const enUS: WorkbookText = {
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
  write: {
    group: "Assessment (generated)",
    generatedSuffix: " (generated)",
    columns: { realisation: "Realisation", timeProgress: "Time progress", status: "Status", projection: "Projection", note: "Note" },
    sheets: { summary: "Assessment summary", detail: "Assessment detail", status: "Assessment" },
    nameColumn: "Indicator",
    summary: {
      title: (firstYear, targetYear) => `Plan indicators: assessment summary (${firstYear}–${targetYear})`,
      plan: "Plan period",
      planValue: (baseYear, targetYear) => `${baseYear + 1}–${targetYear} (base year ${baseYear})`,
      period: "Evaluation period",
      timeProgress: "Time progress",
      source: "Source",
      generatedAt: "Generated",
      generatedAtValue: (time) => `${time.year}-${twoDigits(time.month)}-${twoDigits(time.day)} ${twoDigits(time.hour)}:${twoDigits(time.minute)}`,
      none: "None",
      countsTitle: "1. Status counts",
      endOfPlanCountsTitle: "1. Completion counts",
      category: "Domain",
      count: "Indicators",
      average: "Average realisation",
      total: "Total",
      uncategorised: "Uncategorised",
      chartTitle: "Average realisation by domain against time progress",
      chartSection: "2. Average realisation by domain",
      bindingTitle: "3. Binding indicators behind schedule",
      laggingTitle: "4. Lagging indicators",
      endOfPlanBindingTitle: "3. Binding indicators not completed",
      endOfPlanLaggingTitle: "4. Indicators not completed",
      name: "Indicator",
      realisation: "Realisation",
      gap: "Gap",
      projectionTitle: "5. Projections",
      projection: "Projection",
      olderTitle: "6. Indicators judged on older data",
      olderPeriod: "Period used",
      narrativeTitle: "7. Draft conclusion",
      problemsTitle: "8. Reading notes",
    },
    detail: {
      headers: {
        row: "Row",
        category: "Domain",
        name: "Indicator",
        unit: "Unit",
        attribute: "Attribute",
        direction: "Direction",
        directionReason: "Why",
        nature: "Flow/stock",
        kind: "Kind",
        base: "Base",
        target: "Target",
        value: "Value used",
        valuePeriod: "Period used",
        realisation: "Realisation",
        timeProgress: "Time progress",
        status: "Status",
        projection: "Projection",
        projectedValue: "Projected value",
        formula: "Formula",
        note: "Note",
        problems: "Problems",
      },
      attribute: { binding: "Binding", anticipatory: "Anticipatory" },
      direction: { higher: "Higher is better", lower: "Lower is better" },
      nature: { flow: "Flow", stock: "Stock" },
      kinds: {
        level: "Level",
        bound: "Bound",
        maintain: "Maintain",
        rate: "Growth rate",
        cumulative: "Cumulative",
        qualitative: "Qualitative",
        relative: "Relative to GDP growth",
      },
      problem: (cell, message) => (cell ? `${cell}: ${message}` : message),
      problemSeparator: "; ",
    },
  },
};

/**
 * The workbook layer's text in a locale (zh-CN by default).
 * @example workbookText("en-US").write.sheets.summary //=> "Assessment summary"
 */
export function workbookText(locale: Locale = "zh-CN"): WorkbookText {
  return locale === "en-US" ? enUS : zhCN;
}

/**
 * The sentence of a column's evidence in a locale (zh-CN by default).
 * @example evidenceText({ code: "baseWord", header: "2020年基期值", year: 2020 }, "en-US") //=> "Header “2020年基期值” says base for 2020"
 */
export function evidenceText(evidence: ColumnEvidence, locale: Locale = "zh-CN"): string {
  const text = workbookText(locale).evidence;
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
  const text = workbookText(locale).plan;
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
  collision: (sheet: string, area: string, cell: string, text: string, statusSheet: string) =>
    `工作表${q(sheet)}表格右侧的${area}区域已有内容（如${cell}单元格${q(text)}），为避免覆盖原有数据，未写入评估结果。可改为将评估结果写入单独的工作表${q(statusSheet)}。`,
  collisionMerged: (sheet: string, area: string, merged: string, statusSheet: string) =>
    `工作表${q(sheet)}表格右侧的${area}区域含有合并单元格${merged}，为避免破坏原有格式，未写入评估结果。可改为将评估结果写入单独的工作表${q(statusSheet)}。`,
  noAssessablePlan: "未能确定规划期（基期年、目标年），无法评估；请在列映射或设置中指定",
  noTargetToAssess: "未找到目标值列，无法评估；请在列映射中指定目标值列",
  noTableInWorkbook: "工作簿中未找到指标表：需要一行表头，含“指标名称”（或“指标”）以及基期值、目标值或年份列",
} as const;
