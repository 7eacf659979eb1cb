/**
 * User-facing text of the task pane (`src/taskpane`; the ribbon's command has its own,
 * `ribbon.ts`): zh-CN first, in the register of a statistics bureau's working notes, then an
 * en-US table of the same shape. The engine's notes and the drafted paragraph stay Chinese in both:
 * they are the text of the report itself.
 */
import type { ColumnEvidence } from "../workbook/types";
import type { Locale } from "./index";
import { evidenceTable, evidenceText, roleNames } from "./evidence";
import { recordText } from "./record";

/** A share shown as a percentage with one decimal: 0.623 → `62.3%`. */
function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A difference of shares in percentage points, unsigned: −0.05 → `5.0`. */
function points(share: number): string {
  return Math.abs(share * 100).toFixed(1);
}

/** The zh-CN table; {@link TaskpaneText} is its shape. */
export const taskpaneZhCN = {
  /** 较上期 words, shared with the workbook (`record.ts`). */
  record: recordText("zh-CN"),
  appTitle: "规划指标评估",
  appSubtitle: "五年规划主要指标实现度与时序进度评估",
  percent,

  table: {
    heading: "指标表",
    sheet: "工作表",
    useSelection: "使用选中区域",
    redetect: "重新识别",
    detecting: "正在识别指标表…",
    found: (sheet: string, firstRow: number, lastRow: number, count: number) =>
      `已在工作表「${sheet}」第 ${firstRow}–${lastRow} 行识别出 ${count} 项指标。`,
    selectionHint: "如未自动识别，请在工作表中选中整个指标表（含表头）后点击“使用选中区域”。",
  },

  mapping: {
    heading: "列识别结果",
    hint: "逐列列出识别出的含义和依据；如有误，请在下拉框中更正。",
    column: (letter: string) => `${letter} 列`,
    roleFor: (letter: string, header: string) => `${letter} 列「${header}」的含义`,
    evidence: "依据：",
    /** The evidence of a column the user gave its role. */
    edited: evidenceTable("zh-CN").evidence.edited,
    emptyHeader: "（无表头）",
    roles: roleNames("zh-CN"),
    evidenceOf: (evidence: ColumnEvidence) => evidenceText(evidence, "zh-CN"),
    periodUnreadable: (header: string) => `表头「${header}」中读不出填报期，不能作为监测值列`,
  },

  period: {
    heading: "规划期与评估期",
    plan: "规划期",
    planPlaceholder: "如 2021–2025",
    planHint: "从表头读出，可修改；格式为“起始年–目标年”。",
    planInvalid: "规划期应写作“起始年–目标年”，如 2021–2025 或 2026–2030，目标年须晚于起始年。",
    planMissing: "未能从表头读出规划期，请填写，例如 2021–2025。",
    evaluation: "评估期",
    latest: (label: string) => `${label}（最新有数据）`,
    noData: (label: string) => `${label}（暂无数据）`,
    none: "表中尚无监测值列",
    timeProgress: (share: number) => `该期时序进度 ${percent(share)}`,
  },

  /** 加载项自检, in 高级设置. */
  selfTest: {
    heading: "加载项自检",
    intro: "在临时工作表上逐项检验本加载项用到的 Excel 功能，完成后删除该表，不改动您的数据。首次在本机 Excel 中使用时请运行一次，并把结果复制发给加载项维护人员。",
    run: "运行加载项自检",
    running: "正在自检，请稍候……",
    copy: "复制自检结果",
    copied: "自检结果已复制到剪贴板。",
    copyFailed: "无法访问剪贴板，请选中自检结果后按 Ctrl+C 复制。",
  },
  advanced: {
    heading: "高级设置",
    tolerance: "进度容差（百分点）",
    toleranceHint: "实现度不低于“时序进度减容差”即为达到进度要求；默认 0。",
    basicallyComplete: "“基本完成”阈值（%）",
    basicallyCompleteHint: "终期评估时，实现度达到该值即为基本完成；默认 95。",
    effortBand: "“经努力可完成”差距上限（%）",
    effortBandHint: "预计期末值与目标的差距不超过目标增量的该比例，即为经努力可完成；默认 20。",
    relativeTolerance: "“与经济增长同步”容差（百分点）",
    path: "实现路径",
    pathLinear: "线性（按增量计算实现度）",
    pathCompound: "复合增长（按增速计算实现度）",
    jumpThreshold: "数据跳变提示阈值（±%）",
    jumpThresholdHint: "生成前，与上一期相比变动超过该幅度的数值会列出供核对；默认 50。",
    labels: "评价结果名称",
    labelsHint: "可按本地区习惯改写，如“快于预期”“基本符合预期”“滞后”。",
    labelCaptions: {
      ahead: "目标已实现",
      on_track: "达到进度要求",
      behind: "未达到进度要求",
      no_data: "数据暂缺",
      complete: "终期：完成",
      basically_complete: "终期：基本完成",
      incomplete: "终期：未完成",
      reached: "预计：已实现",
      on_course: "预计：能如期完成",
      with_effort: "预计：经努力可完成",
      difficult: "预计：完成难度较大",
      unknown: "预计：无法预计",
    },
    reset: "恢复默认设置",
    outOfRange: (min: number, max: number) => `请输入 ${min} 至 ${max} 之间的数值。`,
    notNumber: "请输入数值。",
    emptyLabel: "名称不能为空。",
    saved: "设置已保存在本工作簿中，功能区按钮和其他同事打开本文件时将按相同设置评估。",
  },

  actions: {
    assess: "一键生成评估表",
    addPeriod: "新增填报期",
    clear: "清除评估结果",
    working: "正在处理，请稍候…",
  },

  progress: {
    label: "进度",
    reading: "正在读取工作表…",
    checking: "正在核对数据…",
    assessing: "正在计算实现度与时序进度…",
    writing: "正在写入评估结果…",
    saving: "正在保存设置…",
    done: "已完成。",
  },

  checks: {
    heading: (count: number) => `有 ${count} 处数据需要核对`,
    hint: "以下数值与上一期相比变动过大，或不是数字。点击可定位到单元格；核对无误后可继续生成。",
    jump: (name: string, period: string, value: string, previous: string, change: number) =>
      `${name}：${period}为 ${value}，较上期（${previous}）${change >= 0 ? "增长" : "下降"} ${points(change)}%`,
    notNumber: (name: string, period: string, raw: string) => `${name}：${period}「${raw}」不是数字`,
    proceed: "核对无误，继续生成",
    back: "返回修改",
  },

  result: {
    heading: "评估结果",
    period: (period: string, share: number) => `评估期 ${period}，时序进度 ${percent(share)}`,
    total: (count: number) => `共 ${count} 项指标`,
    average: "平均实现度",
    timeProgress: "时序进度",
    noAverage: "—",
    comparison: (average: number, progress: number) =>
      average >= progress
        ? `平均实现度快于时序进度 ${points(average - progress)} 个百分点`
        : `平均实现度慢于时序进度 ${points(progress - average)} 个百分点`,
    noComparison: "暂无可计算实现度的指标。",
    paragraph: "评估报告段落",
    copy: "复制段落",
    copied: "已复制到剪贴板。",
    copyFailed: "无法访问剪贴板，请选中段落文字后按 Ctrl+C 复制。",
    exportReport: "导出报告（Word）",
    reportName: "规划指标评估报告.docx",
    exported: (name: string) => `已生成 Word 报告「${name}」，请在浏览器或 Excel 的下载提示中保存。`,
    exportUnavailable:
      "此版本的 Excel（Mac、iPad）不允许加载项保存文件，无法在此导出 Word 报告。可点击“复制段落”粘贴到 Word，或在电脑上用命令行生成：plan-assess assess 工作簿.xlsx --report 报告.docx",
    exportFailed: "未能生成 Word 报告，请改用“复制段落”或命令行 plan-assess assess 工作簿.xlsx --report 报告.docx。",
    problems: (count: number) => `需要关注的问题（${count}）`,
    noProblems: "未发现无法读取的单元格或缺少数据的指标。",
    locate: (ref: string) => `定位到单元格 ${ref}`,
    lacking: (name: string, note: string) => `${name}：数据暂缺${note ? `（${note}）` : ""}`,
    written: "评价结果已写入工作表，并生成“评估汇总”“评价表”“评估明细”工作表。",
  },

  newPeriod: {
    taken: (letter: string, header: string) =>
      `最后一个填报期之后的 ${letter} 列（「${header}」）已有内容，为避免覆盖，未作修改。请在该列前插入一个空白列后重试。`,
    clearedFirst: "该位置原为本工具生成的评估结果，已先行清除；重新评估时将再次生成。",
    added: (label: string, letter: string) =>
      `已在 ${letter} 列新增“${label}”，请填入数据；尚未填写的单元格以浅黄色标出。`,
    noObservation: "表中尚无监测值列，无法推断下一期。请先在表头添加一列，如“2021年”。",
  },

  clear: {
    done: "已清除本工具生成的评估结果；原有数据未改动，评估记录（历次评估的留存）保留。",
  },

  errors: {
    title: "未能完成操作",
    oldExcel:
      "当前 Excel 版本过旧，不支持本加载项所需的功能。请升级至 Microsoft 365 或 Excel 2021 及以上版本，或使用网页版 Excel。",
    protectedSheet:
      "工作表受保护，无法写入。请在“审阅”选项卡中点击“撤消工作表保护”（如有密码请向文件负责人索取）后重试。",
    editMode: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
    noTable: (sheet: string) =>
      `未在工作表「${sheet}」中找到指标表（需有“指标名称”“基期值”“目标值”等列）。请切换到指标表所在工作表，或选中指标表区域后点击“使用选中区域”。`,
    noPlan: "未能确定规划期。请在“规划期”中填写，例如 2021–2025。",
    noPeriods: "表中尚无填报期数据列。请点击“新增填报期”添加一列并填入数据后再评估。",
    sheetMissing: "找不到原来的工作表，可能已被重命名或删除。请重新选择工作表。",
    busy: "Excel 暂时无法响应，请稍后重试。",
    tooLarge: "所选区域过大，请只选中指标表所在区域后重试。",
    unknown: "操作未能完成。请保存工作簿后重试；如仍出现，请关闭并重新打开任务窗格。",
    dismiss: "关闭提示",
  },
};

/** The shape every locale's task pane table has. */
export type TaskpaneText = typeof taskpaneZhCN;

/** The en-US table: the same keys, for users whose Office speaks English. */
export const taskpaneEnUS: TaskpaneText = {
  record: recordText("en-US"),
  appTitle: "Plan Indicator Assessment",
  appSubtitle: "Realisation against time progress of a Five-Year Plan's main indicators",
  percent,

  table: {
    heading: "Indicator table",
    sheet: "Sheet",
    useSelection: "Use selected range",
    redetect: "Detect again",
    detecting: "Looking for the indicator table…",
    found: (sheet, firstRow, lastRow, count) =>
      `Found ${count} indicators on sheet “${sheet}”, rows ${firstRow}–${lastRow}.`,
    selectionHint:
      "If the table was not found, select the whole indicator table (with its headers) and choose “Use selected range”.",
  },

  mapping: {
    heading: "Detected columns",
    hint: "What each column was read as, and why. Correct any column with its drop-down.",
    column: (letter) => `Column ${letter}`,
    roleFor: (letter, header) => `Meaning of column ${letter} “${header}”`,
    evidence: "Evidence: ",
    edited: evidenceTable("en-US").evidence.edited,
    emptyHeader: "(no header)",
    roles: roleNames("en-US"),
    evidenceOf: (evidence) => evidenceText(evidence, "en-US"),
    periodUnreadable: (header) => `No reporting period can be read from “${header}”`,
  },

  period: {
    heading: "Plan and evaluation period",
    plan: "Plan period",
    planPlaceholder: "e.g. 2021–2025",
    planHint: "Read from the headers; edit as “first year–target year”.",
    planInvalid: "Write the plan period as “first year–target year”, e.g. 2021–2025 or 2026–2030.",
    planMissing: "The plan period could not be read from the headers. Enter it, e.g. 2021–2025.",
    evaluation: "Evaluation period",
    latest: (label) => `${label} (latest with data)`,
    noData: (label) => `${label} (no data yet)`,
    none: "The table has no reporting-period columns yet",
    timeProgress: (share) => `Time progress of this period: ${percent(share)}`,
  },

  selfTest: {
    heading: "Add-in self-test",
    intro: "Exercises each Excel feature the add-in uses on a scratch sheet, then deletes the sheet; your data is not touched. Run it once when first using the add-in in this Excel, and send the result to the add-in's maintainers.",
    run: "Run the self-test",
    running: "Testing, please wait…",
    copy: "Copy the result",
    copied: "The self-test result was copied to the clipboard.",
    copyFailed: "The clipboard is not available: select the result and press Ctrl+C.",
  },
  advanced: {
    heading: "Advanced settings",
    tolerance: "Progress tolerance (percentage points)",
    toleranceHint: "Realisation at least time progress minus this is on track. Default 0.",
    basicallyComplete: "“Basically complete” threshold (%)",
    basicallyCompleteHint: "At the end of the plan, realisation from this value is basically complete. Default 95.",
    effortBand: "“Achievable with effort” band (%)",
    effortBandHint:
      "A projected shortfall up to this share of the planned change is achievable with effort. Default 20.",
    relativeTolerance: "“In step with growth” tolerance (percentage points)",
    path: "Path to target",
    pathLinear: "Linear (share of the planned change)",
    pathCompound: "Compound (share of the planned growth rate)",
    jumpThreshold: "Flag changes from the previous period above (±%)",
    jumpThresholdHint: "Before assessing, values that change more than this are listed for checking. Default 50.",
    labels: "Status labels",
    labelsHint: "Rename to your region's usage if needed.",
    labelCaptions: {
      ahead: "Target reached",
      on_track: "On track",
      behind: "Behind",
      no_data: "No data",
      complete: "End of plan: complete",
      basically_complete: "End of plan: basically complete",
      incomplete: "End of plan: incomplete",
      reached: "Projection: reached",
      on_course: "Projection: on course",
      with_effort: "Projection: with effort",
      difficult: "Projection: difficult",
      unknown: "Projection: unknown",
    },
    reset: "Restore defaults",
    outOfRange: (min, max) => `Enter a number from ${min} to ${max}.`,
    notNumber: "Enter a number.",
    emptyLabel: "A label cannot be empty.",
    saved: "Settings are saved in this workbook: the ribbon button and colleagues opening it assess the same way.",
  },

  actions: {
    assess: "Assess now",
    addPeriod: "Add reporting period",
    clear: "Clear results",
    working: "Working, please wait…",
  },

  progress: {
    label: "Progress",
    reading: "Reading the sheet…",
    checking: "Checking the data…",
    assessing: "Computing realisation and time progress…",
    writing: "Writing the results…",
    saving: "Saving the settings…",
    done: "Done.",
  },

  checks: {
    heading: (count) => `${count} ${count === 1 ? "value needs" : "values need"} checking`,
    hint: "These values changed sharply from the previous period or are not numbers. Select one to go to its cell; continue when they are right.",
    jump: (name, period, value, previous, change) =>
      `${name}: ${period} is ${value}, ${change >= 0 ? "up" : "down"} ${points(change)}% from ${previous}`,
    notNumber: (name, period, raw) => `${name}: ${period} “${raw}” is not a number`,
    proceed: "Values are right, continue",
    back: "Go back and correct",
  },

  result: {
    heading: "Assessment",
    period: (period, share) => `Evaluation period ${period}, time progress ${percent(share)}`,
    total: (count) => `${count} indicators`,
    average: "Average realisation",
    timeProgress: "Time progress",
    noAverage: "—",
    comparison: (average, progress) =>
      average >= progress
        ? `Average realisation is ${points(average - progress)} points ahead of time progress`
        : `Average realisation is ${points(progress - average)} points behind time progress`,
    noComparison: "No indicator could be given a realisation.",
    paragraph: "Drafted report paragraph",
    copy: "Copy paragraph",
    copied: "Copied to the clipboard.",
    copyFailed: "The clipboard is not available: select the paragraph and press Ctrl+C.",
    exportReport: "Export report (Word)",
    reportName: "plan-assessment-report.docx",
    exported: (name: string) => `The Word report "${name}" was generated; save it from the download prompt.`,
    exportUnavailable:
      "Excel on this platform (Mac, iPad) does not let add-ins save files, so the Word report cannot be exported here. Copy the paragraph into Word, or run on a computer: plan-assess assess workbook.xlsx --report report.docx",
    exportFailed: "The Word report could not be generated: copy the paragraph or run plan-assess assess workbook.xlsx --report report.docx.",
    problems: (count) => `Needs attention (${count})`,
    noProblems: "No unreadable cells and no indicator lacking data.",
    locate: (ref) => `Go to cell ${ref}`,
    lacking: (name, note) => `${name}: no data${note ? ` (${note})` : ""}`,
    written: "Statuses were written to the sheet, with the summary and detail sheets.",
  },

  newPeriod: {
    taken: (letter, header) =>
      `Column ${letter} after the last reporting period (“${header}”) holds content, so nothing was changed. Insert an empty column before it and try again.`,
    clearedFirst: "The add-in's earlier results stood there and were cleared first; assessing again writes them anew.",
    added: (label, letter) =>
      `Added “${label}” in column ${letter}. Fill in its values; empty cells are shaded light yellow.`,
    noObservation:
      "The table has no reporting-period column yet, so the next one cannot be inferred. Add one by hand first, e.g. “2021”.",
  },

  clear: {
    done: "Removed what this add-in generated; your data is unchanged, and the assessment record (the history) is kept.",
  },

  errors: {
    title: "Could not finish",
    oldExcel:
      "This version of Excel is too old for this add-in. Update to Microsoft 365 or Excel 2021 or later, or use Excel on the web.",
    protectedSheet:
      "The sheet is protected and cannot be written. On the Review tab choose Unprotect Sheet (ask the file's owner for the password), then try again.",
    editMode: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
    noTable: (sheet) =>
      `No indicator table (with indicator name, base and target columns) was found on sheet “${sheet}”. Go to the sheet that holds it, or select the table and choose “Use selected range”.`,
    noPlan: "The plan period is not known. Enter it under Plan period, e.g. 2021–2025.",
    noPeriods: "The table has no reporting-period columns. Choose “Add reporting period”, fill it in, then assess.",
    sheetMissing: "The sheet could not be found; it may have been renamed or deleted. Choose the sheet again.",
    busy: "Excel is busy. Try again in a moment.",
    tooLarge: "The selected range is too large. Select only the indicator table and try again.",
    unknown: "The operation did not complete. Save the workbook and try again; if it persists, close and reopen the pane.",
    dismiss: "Dismiss",
  },
};

/**
 * Chooses the pane's language from Office's display language: Chinese for any `zh` tag or an
 * unknown one, English for any other language (a user reading another language reads English
 * sooner than Chinese).
 * @example pickLocale("en-GB") //=> "en-US"
 */
export function pickLocale(displayLanguage: string | undefined): Locale {
  const tag = (displayLanguage ?? "").trim().toLowerCase();
  if (tag === "" || tag.startsWith("zh")) return "zh-CN";
  return "en-US";
}

/**
 * The task pane table of a locale.
 * @example taskpaneText("zh-CN").actions.assess //=> "一键生成评估表"
 */
export function taskpaneText(locale: Locale): TaskpaneText {
  return locale === "en-US" ? taskpaneEnUS : taskpaneZhCN;
}
