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
  "  --plan 2021-2025 规划期（规划首年-目标年份，基期为首年的前一年），覆盖从表头识别的规划期",
  "  --placement sheet 将评估结果写入单独的工作表“评估结果”（默认 beside：写在指标表右侧）",
  "  --json           在标准输出打印一个 JSON 对象，供其他程序读取（失败时也打印一个，含问题说明）",
  "  -h, --help       显示本说明",
  "",
  "选项也可写作 --out=FILE；--json=1 同 --json。",
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
  badPlan: (text: string) => `规划期「${text}」无法识别，应写作“规划首年-目标年份”，如 2021-2025（基期为首年的前一年，即 2020）。`,
  badPeriod: (text: string) => `评估期「${text}」无法识别，应写作 2023H1、2023年上半年、2022年 或 2023Q3 等。`,
  badPlacement: (text: string) => `选项「--placement」的值「${text}」无法识别，应为 beside（指标表右侧）或 sheet（单独的工作表）。`,
  badFlag: (option: string, text: string) => `选项「${option}」的值「${text}」无法识别，应为 1（是）或 0（否），也可不写值。`,
  sameOutput: "输出文件不能与输入文件相同：为保护原始数据，请用 --out 指定另一个文件。",
  sameOutputLinked: (out: string) =>
    `输出文件「${out}」经符号链接或硬链接指向的就是输入文件：为保护原始数据，未作评估，请用 --out 指定另一个文件。`,
  outputNotFile: (out: string, kind: string) => `输出位置「${out}」是${kind}，不是普通文件：命令行只写入普通文件，请用 --out 指定一个 .xlsx 文件路径。`,
  sameReport: "报告文件不能与输入文件或 --out 文件相同，请另取文件名（如 报告.docx）。",
  outExtension: (out: string) => `--out 写出的是 Excel 工作簿，文件名应以 .xlsx 结尾（现为「${out}」）：扩展名不符时 Excel 会拒绝打开或提示文件已损坏。`,
  reportExtension: (report: string) => `--report 写出的是 Word 文档，文件名应以 .docx 结尾（现为「${report}」）。`,
  hint: "使用 plan-assess --help 查看用法。",
};

/** What a file that is not a regular file is, as the refusals name it. */
export const fileKinds = {
  directory: "文件夹",
  device: "设备文件",
  fifo: "命名管道（FIFO）",
  socket: "套接字",
  other: "特殊文件",
};

/** The technical cause kept after a message, when it helps whoever maintains the file. */
const technical = (detail: string) => (detail ? `\n技术信息：${detail}` : "");

/** Input errors (exit code 1). */
export const inputErrors = {
  missingFile: (file: string) => `找不到文件「${file}」，请检查路径。`,
  systemError: (file: string, cause: string) => `无法读取文件「${file}」：${cause}。`,
  notRegular: (file: string, kind: string) => `「${file}」是${kind}，不是普通文件，未读取：请给出 .xlsx 工作簿文件的路径。`,
  tooLarge: (file: string, size: string, limit: string) =>
    `文件「${file}」有 ${size}，超过命令行可读取的上限 ${limit}，未读取：请确认选对了文件，或把指标表另存为单独的较小工作簿。`,
  empty: (file: string) => `文件「${file}」是空文件（0 字节），不是 .xlsx 工作簿：请检查文件是否完整保存或复制。`,
  encrypted: (file: string) =>
    `文件「${file}」设有打开密码（已加密），命令行无法读取：请在 Excel 中打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中删除密码后另存一份，再评估该副本。`,
  legacyXls: (file: string) =>
    `文件「${file}」是 Excel 97-2003 格式（.xls），命令行只读取 .xlsx：请在 Excel 中打开，另存为“Excel 工作簿(*.xlsx)”后再评估。`,
  otherOffice: (file: string) => `文件「${file}」是其他 Office 文档（如 Word、PowerPoint 的旧格式），不是 Excel 工作簿：请给出 .xlsx 工作簿。`,
  notZip: (file: string) =>
    `文件「${file}」不是 .xlsx 工作簿（.xlsx 是 zip 压缩格式，此文件不是，可能是 .csv、文本或网页导出的表格）：请在 Excel 中打开，另存为“Excel 工作簿(*.xlsx)”后再评估。`,
  damagedZip: (file: string, detail: string) =>
    `文件「${file}」已损坏（压缩包不完整，常见于下载或复制中断），无法读取：请重新获取或复制原文件；若 Excel 能打开，请另存为新的 .xlsx 后再评估。${technical(detail)}`,
  notWorkbook: (file: string) =>
    `文件「${file}」是 zip 压缩包，但不是 .xlsx 工作簿（没有工作簿内容，可能是 .docx、.xlsb、.ods 或其他压缩文件）：请在 Excel 中另存为“Excel 工作簿(*.xlsx)”后再评估。`,
  damagedWorkbook: (file: string, detail: string) =>
    `文件「${file}」的工作簿内容有损坏或不合规范，无法读取：请在 Excel 中打开并另存为新的 .xlsx 后再评估（Excel 打开时若提示修复，请先修复）。${technical(detail)}`,
  longSheetName: (file: string, name: string, length: number) =>
    `文件「${file}」中工作表名称「${name}」有 ${length} 个字符，超过 Excel 规定的 31 个字符，无法读取：请在 Excel 中把该工作表名称改为不超过 31 个字符后保存，再评估。`,
  tooLargeForCopy: (rows: number, limit: number) =>
    `指标表有 ${rows.toLocaleString("zh-CN")} 行，超过本机内存下命令行写出副本的上限（约 ${limit.toLocaleString("zh-CN")} 行），未写出副本，输入文件未改动。` +
    "可不带 --out 运行查看评估汇总（或加 --json 取得全部结果）；确需副本时，可加大 Node 的内存后重试，例如 NODE_OPTIONS=--max-old-space-size=12000。",
  cannotWrite: (file: string, reason: string) => `无法写入文件「${file}」：${reason}。输入文件未改动，也未留下临时文件。`,
  unexpected: (detail: string) => `处理过程中出现意外错误，请将以下信息反馈给维护人员：\n${detail}`,
};

/**
 * System error codes in Chinese (the English text Node.js gives with them is never shown); an
 * unknown code keeps its name so that it can be looked up.
 */
export const systemErrors: Record<string, string> = {
  ENOENT: "文件或文件夹不存在",
  EACCES: "没有访问权限",
  EPERM: "操作不被允许（没有权限）",
  EISDIR: "这是一个文件夹，不是文件",
  ENOTDIR: "路径中有一级不是文件夹",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "超出磁盘配额",
  EROFS: "所在位置是只读的，不能写入",
  EEXIST: "文件已存在",
  ELOOP: "符号链接层级过多或形成循环",
  ENAMETOOLONG: "文件名或路径过长",
  EMFILE: "同时打开的文件过多",
  ENFILE: "系统同时打开的文件过多",
  EBUSY: "文件正被占用",
  ETXTBSY: "文件正被占用",
  EXDEV: "不能跨磁盘移动文件",
  EIO: "读写磁盘时出错",
  EFBIG: "文件过大",
  EINVAL: "参数无效",
  EAGAIN: "资源暂时不可用，请稍后重试",
  ENXIO: "设备不存在或未就绪",
  ENODEV: "设备不存在",
};

/** The Chinese cause of a system error code. */
export function systemErrorText(code: string | undefined): string {
  if (code === undefined) return "系统错误";
  return systemErrors[code] ?? `系统错误（错误代码 ${code}）`;
}

/** What the command line adds to a collision message: how to choose the separate sheet. */
export const placementHint = "命令行中加上选项 --placement sheet 即写入该工作表。";

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
