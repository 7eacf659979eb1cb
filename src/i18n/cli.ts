/**
 * User-facing text of the command line (`src/cli`): usage, progress and error messages on stderr,
 * and the readable summary on stdout. Chinese only, in the register of a statistics bureau's
 * working notes: the command line is for the bureau's own staff.
 */

/** `plan-assess --help` and the hint after a usage error. */
export const usage = [
  "用法：plan-assess assess <输入.xlsx> [选项]",
  "",
  "评估五年规划主要指标的实现度与时序进度。",
  "",
  "选项：",
  "  --out FILE       将评估结果写入新的工作簿（输入文件不作改动）",
  "  --report FILE    将报告的指标部分（含评价表）写入 Word 文档（.docx）",
  "  --sheet NAME     指定指标表所在的工作表（默认：当前工作表，再依次查找其他工作表）",
  "  --period LABEL   评估期，如 2023H1、2023年上半年、2022（默认：有数据的最近一期）",
  "  --plan 2021-2025 规划期（基期年份-目标年份），覆盖从表头识别的规划期",
  "  --json           在标准输出打印一个 JSON 对象，供其他程序读取",
  "  -h, --help       显示本说明",
  "",
  "退出码：0 评估完成；1 输入有误（未找到指标表、文件无法读取等）；2 用法错误。",
].join("\n");

/** Usage errors (exit code 2). */
export const usageErrors = {
  unknownCommand: (command: string) => `未知的命令「${command}」，目前仅支持 assess。`,
  noCommand: "缺少命令：请使用 plan-assess assess <输入.xlsx>。",
  noInput: "缺少输入文件：请在 assess 之后给出 .xlsx 文件路径。",
  extraArguments: (extra: readonly string[]) => `多余的参数：${extra.map((item) => `「${item}」`).join("、")}。`,
  badOption: (detail: string) => `选项有误：${detail}`,
  unknownOption: (option: string) => `不支持的选项「${option}」。`,
  optionNeedsValue: (option: string) => `选项「${option}」需要一个值。`,
  badPlan: (text: string) => `规划期「${text}」无法识别，应写作“基期年份-目标年份”，如 2021-2025（基期为规划前一年，即 2020）。`,
  badPeriod: (text: string) => `评估期「${text}」无法识别，应写作 2023H1、2023年上半年、2022年 或 2023Q3 等。`,
  sameOutput: "输出文件不能与输入文件相同：为保护原始数据，请用 --out 指定另一个文件。",
  sameReport: "报告文件不能与输入文件或 --out 文件相同，请另取文件名（如 报告.docx）。",
  hint: "使用 plan-assess --help 查看用法。",
};

/** Input errors (exit code 1). */
export const inputErrors = {
  missingFile: (file: string) => `找不到文件「${file}」，请检查路径。`,
  unreadable: (file: string) => `无法读取文件「${file}」：请确认这是 Excel 2007 及以上版本保存的 .xlsx 工作簿（.xls、.csv 请先在 Excel 中另存为 .xlsx）。`,
  cannotWrite: (file: string, reason: string) => `无法写入文件「${file}」：${reason}`,
  unexpected: (detail: string) => `处理过程中出现意外错误，请将以下信息反馈给维护人员：\n${detail}`,
};

/** Progress lines on stderr. */
export const progress = {
  reading: (file: string) => `正在读取 ${file} …`,
  assessed: (sheet: string, count: number) => `已在工作表「${sheet}」识别并评估 ${count} 项指标。`,
  written: (file: string) => `评估结果已写入 ${file}（原文件未改动）。`,
  reportWritten: (file: string) => `评估报告（指标部分）已写入 ${file}。`,
};

/** The readable summary on stdout. */
export const summaryText = {
  title: "规划指标评估结果",
  /** Rows 1-based, as Excel numbers them. */
  table: (table: { sheet: string; headerRow: number; firstRow: number; lastRow: number; count: number }) =>
    `指标表：工作表「${table.sheet}」，表头第 ${table.headerRow} 行，指标第 ${table.firstRow}–${table.lastRow} 行，共 ${table.count} 项`,
  plan: (baseYear: number, targetYear: number, evidence: string) =>
    `规划期：${baseYear + 1}–${targetYear} 年（基期 ${baseYear} 年${evidence ? `；${evidence}` : ""}）`,
  period: (label: string, progress: string) => `评估期：${label}，时序进度 ${progress}`,
  noPeriod: "评估期：无可用数据",
  counts: "评价结果：",
  count: (label: string, n: number) => `${label} ${n} 项`,
  average: (value: string, progress: string, relation: string) => `平均实现度：${value}（时序进度 ${progress}，${relation}）`,
  faster: (points: string) => `快于时序进度 ${points} 个百分点`,
  slower: (points: string) => `慢于时序进度 ${points} 个百分点`,
  level: "与时序进度持平",
  noAverage: "平均实现度：暂无可计算的指标",
  byCategory: "分领域：",
  category: (name: string, parts: string, average: string) => `  ${name}：${parts}${average ? `；平均实现度 ${average}` : ""}`,
  lagging: "未达到进度要求的指标：",
  lag: (lag: { name: string; realisation: string; progress: string; gap: string; binding: boolean }) =>
    `  ${lag.name}${lag.binding ? "（约束性）" : ""}：实现度 ${lag.realisation}，时序进度 ${lag.progress}，差 ${lag.gap} 个百分点`,
  unfinished: "未完成的指标：",
  unfinishedLag: (lag: { name: string; realisation: string; gap: string; binding: boolean }) =>
    `  ${lag.name}${lag.binding ? "（约束性）" : ""}：实现度 ${lag.realisation}，距目标差 ${lag.gap} 个百分点`,
  olderData: (n: number) => `按较早数据评估的指标（${n} 项）：`,
  older: (name: string, period: string) => `${name}（${period}）`,
  enumeration: "、",
  projections: "预计到目标年：",
  problems: (n: number) => `未能读取的单元格及其他问题（${n} 处）：`,
  problem: (cell: string, message: string) => `  ${cell ? `${cell}：` : ""}${message}`,
  moreProblems: (n: number) => `  ……另有 ${n} 处，详见 --json 输出或评估汇总工作表`,
  narrative: "报告段落（草稿）：",
  none: "无",
  separator: "，",
};
