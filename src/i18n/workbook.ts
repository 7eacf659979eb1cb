/**
 * User-facing text of the workbook layer (`src/workbook`): the problems of finding and reading the
 * table, and every header, sheet name and label the write plan puts into the workbook. (What the
 * table finder found — role names and evidence — is rendered by `evidence.ts`.)
 *
 * Written text comes in zh-CN (the bureau's register) and en-US of the same shape; problem messages
 * are always Chinese (the `Problem` contract). Header texts are quoted as written (“2020 年实绩”).
 */
import { quoted as q } from "./evidence";
import { kindLabels } from "./judge";
import type { Locale } from "./index";
import type { IndicatorKind } from "../core/types";

/** The workbook layer's written text of one locale. */
export interface WorkbookText {
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

/** The words of 评价表 (the published layout of the seeds' 表1-1). */
export interface EvaluationText {
  /** `“十四五”规划《纲要》主要指标中期完成评价表`; 终期 at the end of the plan. */
  title: (plan: string, endOfPlan: boolean) => string;
  category: string;
  name: string;
  /** `2020年` (the base year's value). */
  base: (year: number) => string;
  /** `2023年上半年` (the value used); `评估期数值` without a period. */
  value: (period: string | null) => string;
  /** A value from an earlier period than the evaluation period: `8.01（2022年）`. */
  valueWithPeriod: (value: string, period: string) => string;
  /** `2025年目标`. */
  target: (year: number) => string;
  attribute: string;
  realisation: string;
  result: string;
  /** 预计完成情况 mid-term, 完成情况 at the end of the plan. */
  outlook: (endOfPlan: boolean) => string;
  /** The printed footer, in Excel's header/footer codes (&P page, &N pages). */
  footer: string;
}

/** The words of the Word report's indicator section. */
export interface ReportText {
  /** `“十四五”规划《纲要》主要指标中期评估情况`. */
  title: (plan: string, endOfPlan: boolean) => string;
  /** 一、 二、 … before a heading. */
  heading: (order: number, title: string) => string;
  /** （一） （二） … before a sub-heading. */
  subheading: (order: number, title: string) => string;
  overview: string;
  domains: string;
  concern: string;
  outlook: string;
  /** The lagging list's table: name, realisation, time progress, gap. */
  lagHeader: readonly string[];
  /** A gap in percentage points: `12.5个百分点`. */
  points: (points: string) => string;
  /** Heads the 评价表 at the end: `附表：…`. */
  appendix: (title: string) => string;
  /** No indicator lags. */
  noneBehind: string;
}

/** Chinese ordinals of a report's headings: 一、 … 二十、. */
const CHINESE_ORDER = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

/** Headers, sheet names and labels the write plan writes. */
export interface WriteText {
  /** Group header over the status block; its 自动生成 marks the block as generated. */
  group: string;
  /** Appended to each status header when there is no row for the group header. */
  generatedSuffix: string;
  /** The status block's columns; `change` is 较上期 (against the 评估记录). */
  columns: { realisation: string; timeProgress: string; status: string; change: string; projection: string; note: string };
  sheets: { summary: string; detail: string; status: string; evaluation: string };
  /** 评价表: the assessment table in the published layout. */
  evaluation: EvaluationText;
  /** The Word report's indicator section. */
  report: ReportText;
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
    /** Without domains: each indicator's realisation against time progress. */
    indicatorChartTitle: string;
    indicatorChartSection: string;
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
    kinds: Record<IndicatorKind, string>;
    /** How a problem is listed: `D7：…`. */
    problem: (cell: string | undefined, message: string) => string;
    problemSeparator: string;
  };
}

const zhCN: WorkbookText = {
  write: {
    group: "评估结果（自动生成）",
    generatedSuffix: "（自动生成）",
    columns: { realisation: "实现度", timeProgress: "时序进度", status: "评价结果", change: "较上期", projection: "预计完成情况", note: "说明" },
    sheets: { summary: "评估汇总", detail: "评估明细", status: "评估结果", evaluation: "评价表" },
    evaluation: {
      title: (plan, endOfPlan) => `${plan}《纲要》主要指标${endOfPlan ? "终期" : "中期"}完成评价表`,
      category: "类别",
      name: "指标名称",
      base: (year) => `${year}年`,
      value: (period) => period ?? "评估期数值",
      valueWithPeriod: (value, period) => `${value}（${period}）`,
      target: (year) => `${year}年目标`,
      attribute: "指标属性",
      realisation: "实现度",
      result: "评价结果",
      outlook: (endOfPlan) => (endOfPlan ? "完成情况" : "预计完成情况"),
      footer: "第&P页，共&N页",
    },
    report: {
      title: (plan, endOfPlan) => `${plan}《纲要》主要指标${endOfPlan ? "终期" : "中期"}评估情况`,
      heading: (order, title) => `${CHINESE_ORDER[order - 1] ?? order}、${title}`,
      subheading: (order, title) => `（${CHINESE_ORDER[order - 1] ?? order}）${title}`,
      overview: "总体情况",
      domains: "分领域情况",
      concern: "需重点关注的指标",
      outlook: "预期进程展望",
      lagHeader: ["指标名称", "实现度", "时序进度", "差距"],
      points: (points) => `${points}个百分点`,
      appendix: (title) => `附表：${title}`,
      noneBehind: "无",
    },
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
      indicatorChartTitle: "各指标实现度与时序进度",
      indicatorChartSection: "二、各指标实现度与时序进度",
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
      kinds: kindLabels,
      problem: (cell, message) => (cell ? `${cell}：${message}` : message),
      problemSeparator: "；",
    },
  },
};

const enUS: WorkbookText = {
  write: {
    group: "Assessment (generated)",
    generatedSuffix: " (generated)",
    columns: { realisation: "Realisation", timeProgress: "Time progress", status: "Status", change: "Since last", projection: "Projection", note: "Note" },
    sheets: { summary: "Assessment summary", detail: "Assessment detail", status: "Assessment", evaluation: "Assessment table" },
    evaluation: {
      title: (plan, endOfPlan) => `${plan}: main indicators, ${endOfPlan ? "final" : "mid-term"} assessment`,
      category: "Domain",
      name: "Indicator",
      base: (year) => `${year}`,
      value: (period) => period ?? "Value used",
      valueWithPeriod: (value, period) => `${value} (${period})`,
      target: (year) => `Target ${year}`,
      attribute: "Attribute",
      realisation: "Realisation",
      result: "Status",
      outlook: (endOfPlan) => (endOfPlan ? "Completion" : "Projection"),
      footer: "Page &P of &N",
    },
    report: {
      title: (plan, endOfPlan) => `${plan}: main indicators, ${endOfPlan ? "final" : "mid-term"} assessment`,
      heading: (order, title) => `${order}. ${title}`,
      subheading: (order, title) => `(${order}) ${title}`,
      overview: "Overview",
      domains: "By domain",
      concern: "Indicators needing attention",
      outlook: "Outlook",
      lagHeader: ["Indicator", "Realisation", "Time progress", "Gap"],
      points: (points) => `${points} points`,
      appendix: (title) => `Appendix: ${title}`,
      noneBehind: "None",
    },
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
      indicatorChartTitle: "Each indicator's realisation against time progress",
      indicatorChartSection: "2. Each indicator's realisation against time progress",
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
        change: "Change from the base",
        band: "Band",
        open: "Open",
        directional: "Directional",
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
  noRoomBeside: (sheet: string, lastColumn: string, statusSheet: string) =>
    `工作表${q(sheet)}的表格延伸至${lastColumn}列，右侧已不足 5 列，无法在表格右侧写入评估结果，已改为写入单独的工作表${q(statusSheet)}。`,
  collisionMerged: (sheet: string, area: string, merged: string, statusSheet: string) =>
    `工作表${q(sheet)}表格右侧的${area}区域含有合并单元格${merged}，为避免破坏原有格式，未写入评估结果。可改为将评估结果写入单独的工作表${q(statusSheet)}。`,
  collisionFormula: (sheet: string, area: string, cell: string, statusSheet: string) =>
    `工作表${q(sheet)}表格右侧的${area}区域有公式（如${cell}单元格，其结果为空），为避免覆盖原有数据，未写入评估结果。可改为将评估结果写入单独的工作表${q(statusSheet)}。`,
  userEdits: (sheet: string, area: string, cells: string, count: number, statusSheet: string) =>
    `工作表${q(sheet)}中上次生成的评估结果区域${area}已被改动（${cells}${count > 1 ? `等${count}个单元格` : "单元格"}与上次写入的内容不同），为避免覆盖您输入的内容，未写入评估结果。请先将这些内容移出该区域，或改为将评估结果写入单独的工作表${q(statusSheet)}。`,
  editedClearStopped: (sheet: string, area: string, cells: string, count: number) =>
    `工作表${q(sheet)}中上次生成的评估结果区域${area}有您改动或输入的内容（${cells}${count > 1 ? `等${count}个单元格` : "单元格"}），为避免删除这些内容，未清除评估结果。请先将这些内容移出该区域后重试。`,
  editedBeforeClear: (sheet: string, area: string, cells: string, count: number) =>
    `工作表${q(sheet)}中上次生成的评估结果区域${area}有您改动或输入的内容（${cells}${count > 1 ? `等${count}个单元格` : "单元格"}），新增填报期需先清除该区域，为避免删除这些内容，未作改动。请先将这些内容移出该区域后重试。`,
  dateCell: (cell: string, text: string) => `单元格 ${cell} 为日期（${text}），不是数值，未作为数据使用；请改填数值`,
  uncalculatedCell: (cell: string) => `单元格 ${cell} 为公式，但文件中没有保存计算结果，未作为数据使用；请在 Excel 中重新计算后保存`,
  notFiniteCell: (cell: string) => `单元格 ${cell} 的数值无效（非数字或无穷大），未作为数据使用；请检查公式或数据来源`,
  duplicatePeriod: (first: string, firstCell: string, second: string, secondCell: string) =>
    `${firstCell}列${q(first)}与${secondCell}列${q(second)}是同一填报期，已使用${firstCell}列，${secondCell}列未使用；请删除或更正其中一列`,
  afterTargetYear: (header: string, cell: string, targetYear: number) =>
    `${cell}列${q(header)}晚于规划目标年${targetYear}年，不属于本规划期，未使用`,
  periodAfterTarget: (period: string, targetYear: number) =>
    `评估期${period}晚于规划目标年${targetYear}年，不属于本规划期，无法评估；请选择${targetYear}年或之前的填报期`,
  dataBeforePlan: (period: string, baseYear: number, targetYear: number) =>
    `表中最近的填报期${period}在规划期（${baseYear + 1}—${targetYear}年）开始之前，无法评估：请检查规划期是否与表头一致（如“十四五”为2021—2025年），或补充${baseYear + 1}年以后的数据`,
  periodBeforePlan: (period: string, baseYear: number, targetYear: number) =>
    `评估期${period}不在规划期（${baseYear + 1}—${targetYear}年）之内：${baseYear}年是基期，此前没有规划进度可言，无法评估；请选择${baseYear + 1}年或之后的填报期`,
  farRow: (sheet: string, row: number, blankRows: number) =>
    `工作表${q(sheet)}第${row}行看似接续指标表，但与表格相隔${blankRows}个空行，未作为指标读取；如属本表，请删去中间的空行`,
  secondTable: (sheet: string, row: number, header: string) =>
    `工作表${q(sheet)}第${row}行起还有一张表（表头${q(header)}），本次只评估上方的指标表，该表未评估；如需评估，请将其移到单独的工作表`,
  secondTableRight: (sheet: string, column: string, header: string) =>
    `工作表${q(sheet)}右侧${column}列起还有一张表（表头${q(header)}），本次只评估左侧的指标表，该表未评估，评估结果也不会写在该表上；如需评估，请将其移到单独的工作表`,
  noAssessablePlan: "未能确定规划期（基期年、目标年），无法评估；请在列映射或设置中指定",
  noTableInWorkbook: "工作簿中未找到指标表：需要一行表头，含“指标名称”（或“指标”）以及基期值、目标值或年份列",
} as const;
