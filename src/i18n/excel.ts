/**
 * User-facing text of the Office.js door (`src/excel`): what the task pane shows when Excel refuses
 * an operation, when Excel is too old, or when a request would be too large. zh-CN first, in the
 * register of a statistics bureau's working notes, then an en-US table of the same shape.
 */
import type { Locale } from "./index";

/** The zh-CN table; {@link ExcelText} is its shape. */
export const excelZhCN = {
  /** Excel does not support the minimum requirement set. */
  tooOld: (minimum: string) =>
    `当前 Excel 版本过旧，无法运行本加载项：需要 ExcelApi ${minimum} 及以上（Microsoft 365、Excel 2021 及以上版本或 Excel 网页版）。请升级 Excel 后重试。`,
  /** Office.js is not loaded at all (the page was opened outside Excel). */
  notInExcel: "未检测到 Excel 环境：请在 Excel 中通过“规划指标评估”加载项打开本页面。",
  /** By `OfficeExtension.Error` code. */
  errors: {
    InvalidOperationInCellEditMode: "请先退出单元格编辑状态（按 Enter 或 Esc 键），再重新操作。",
    AccessDenied: "工作表受保护或工作簿为只读，无法写入评估结果。请撤销工作表保护或另存为可编辑的副本后重试。",
    ItemNotFound: "未找到指定的工作表或名称，可能已被删除或重命名。请重新识别指标表后再试。",
    ItemAlreadyExists: "工作簿中已有同名的工作表或名称，无法创建。请重命名后重试。",
    GeneralException: "Excel 暂时无法完成本次操作，请稍后重试；如反复出现，请保存并重新打开工作簿。",
    InvalidArgument: "写入 Excel 的内容不符合要求（区域大小或格式有误），本次未完成。",
    InvalidReference: "引用的单元格区域无效，可能已被删除。请重新识别指标表后再试。",
    InvalidOperation: "Excel 不允许在当前状态下执行此操作（例如工作簿处于共享或筛选状态）。",
    RequestPayloadSizeLimitExceeded: "单次写入的数据量超过 Excel 的限制（5 MB），本次未完成。请缩小指标表范围后重试。",
    ResponsePayloadSizeLimitExceeded: "读取的数据量超过 Excel 的限制（5 MB）。请删除工作表中多余的行列后重试。",
    ApiNotFound: "当前 Excel 版本不支持本加载项所需的功能，请升级 Excel 后重试。",
    ActivityLimitReached: "Excel 操作过于频繁，请稍候片刻再试。",
    RequestAborted: "操作被中断（工作簿可能已关闭或正在保存），请重试。",
    Unauthenticated: "登录信息已失效，请重新登录 Microsoft 365 后重试。",
    UnsupportedSheet: "该工作表类型（如图表工作表）不支持此操作，请选择普通工作表。",
  } as Record<string, string>,
  /** Any other code: the code and Excel's own message, so a technician can look it up. */
  unknown: (code: string, message: string) =>
    `Excel 操作未完成（错误代码 ${code}）${message ? `：${message}` : "。"}`,
  /** A non-Excel failure inside the door. */
  unexpected: (message: string) => `操作未完成：${message}`,
  /** A sheet the plan wants to create already exists and was not made by the add-in. */
  sheetTaken: (sheet: string) =>
    `工作簿中已有名为「${sheet}」的工作表，且不是本工具生成的。为避免覆盖，本次未写入；请将该工作表改名后重试。`,
  /** The target sheet of a read is missing. */
  sheetMissing: (sheet: string) => `未找到工作表「${sheet}」，可能已被删除或重命名。`,
  /** The used area is too large to read. */
  usedRangeTooLarge: (sheet: string, rows: number, columns: number) =>
    `工作表「${sheet}」的已用区域达 ${rows} 行 × ${columns} 列，超出一次读取的范围。请删除表格以外多余的行列（或清除其格式）后重试。`,
  /** A new observation column would overwrite cells that hold something. */
  periodColumnTaken: (address: string) =>
    `新增填报期所在区域 ${address} 已有内容。为避免覆盖数据，本次未作修改；请选择空白列。`,
  /** The workbook's structure is protected, so sheets can be neither added nor deleted. */
  structureProtected:
    "工作簿结构受保护，无法新增或删除工作表，本次未写入评估结果。请在“审阅—保护工作簿”中撤销结构保护后重试。",
  /** Excel did not keep a saved property whole. */
  propertyCut: (key: string, written: number, kept: number) =>
    `评估结果已写入，但本机 Excel 未完整保存工作簿属性「${key}」（写入 ${written} 个字符，仅保留 ${kept} 个）。下次一键评估可能无法沿用本次设置与列映射，请在任务窗格中核对后重新评估。`,
  /** 加载项自检: the report a user copies into an email. */
  selfTest: {
    title: "规划指标评估加载项自检结果",
    host: (platform: string, version: string) => `Excel 平台：${platform}；版本：${version}`,
    sets: (sets: string) => `支持的接口集：${sets}`,
    line: (step: string, outcome: string) => `${step}：${outcome}`,
    passed: "通过",
    skipped: "跳过（本版 Excel 不支持）",
    failed: (code: string) => `未通过（${code}）`,
    allPassed: "结论：各项均通过，本加载项可在此 Excel 中使用。",
    someFailed: "结论：有未通过的项目，请将本结果发给加载项维护人员。",
    steps: {
      addSheet: "新建临时工作表",
      values: "写入并读回文本、数字格式",
      usedRange: "读取已用区域",
      merge: "合并单元格并读回合并区域",
      format: "字体、填充、边框、对齐、列宽",
      conditional: "条件格式（单元格值、公式、数据条）",
      validation: "数据验证",
      chart: "插入图表",
      freeze: "冻结首行",
      pageLayout: "页面设置（A4 横向、按页宽缩放）",
      names: "定义名称",
      properties: "工作簿自定义属性（写入并读回）",
      selection: "选择单元格并读回选区",
      deleteSheet: "删除临时工作表",
    },
  },
  /** Data validation on a new observation column. */
  validation: {
    title: "请填写数值",
    message: "本列为填报期数据，应填写数值；如确无数据，可填“暂无”，或在提示后选择继续。",
  },
};

/** The shape every locale's table has. */
export type ExcelText = typeof excelZhCN;

/** The en-US table. */
export const excelEnUS: ExcelText = {
  tooOld: (minimum: string) =>
    `This version of Excel is too old for the add-in: it needs ExcelApi ${minimum} or later (Microsoft 365, Excel 2021 or later, or Excel on the web). Please update Excel and try again.`,
  notInExcel: "Excel was not detected: open this page from the plan-assess add-in inside Excel.",
  errors: {
    InvalidOperationInCellEditMode: "Please leave cell editing mode first (press Enter or Esc), then try again.",
    AccessDenied: "The sheet is protected or the workbook is read-only, so the results cannot be written. Unprotect the sheet or save an editable copy and try again.",
    ItemNotFound: "The sheet or name was not found; it may have been deleted or renamed. Detect the table again and retry.",
    ItemAlreadyExists: "A sheet or name with that name already exists. Rename it and try again.",
    GeneralException: "Excel could not complete the operation. Try again later; if it keeps happening, save and reopen the workbook.",
    InvalidArgument: "The content written to Excel was not accepted (wrong range size or format); nothing more was written.",
    InvalidReference: "The referenced range is no longer valid; it may have been deleted. Detect the table again and retry.",
    InvalidOperation: "Excel does not allow this operation right now (for example while the workbook is shared or filtered).",
    RequestPayloadSizeLimitExceeded: "One write exceeded Excel's 5 MB request limit and was not completed. Narrow the table and try again.",
    ResponsePayloadSizeLimitExceeded: "The data read exceeded Excel's 5 MB limit. Delete unused rows and columns from the sheet and try again.",
    ApiNotFound: "This version of Excel lacks a feature the add-in needs. Please update Excel and try again.",
    ActivityLimitReached: "Too many operations in a short time; wait a moment and try again.",
    RequestAborted: "The operation was interrupted (the workbook may have been closed or is saving). Please try again.",
    Unauthenticated: "Your sign-in has expired. Sign in to Microsoft 365 again and retry.",
    UnsupportedSheet: "This kind of sheet (such as a chart sheet) does not support the operation; choose a normal worksheet.",
  },
  unknown: (code: string, message: string) =>
    `Excel did not complete the operation (error code ${code})${message ? `: ${message}` : "."}`,
  unexpected: (message: string) => `The operation did not complete: ${message}`,
  sheetTaken: (sheet: string) =>
    `The workbook already has a sheet named "${sheet}" that the add-in did not create. Nothing was written; rename that sheet and try again.`,
  sheetMissing: (sheet: string) => `Sheet "${sheet}" was not found; it may have been deleted or renamed.`,
  usedRangeTooLarge: (sheet: string, rows: number, columns: number) =>
    `The used area of sheet "${sheet}" spans ${rows} rows × ${columns} columns, too much to read at once. Delete unused rows and columns (or clear their formatting) and try again.`,
  periodColumnTaken: (address: string) =>
    `The cells for the new period at ${address} are not empty. Nothing was changed, to avoid overwriting data; choose an empty column.`,
  structureProtected:
    "The workbook's structure is protected, so sheets can be neither added nor deleted; nothing was written. Unprotect the workbook structure (Review > Protect Workbook) and try again.",
  propertyCut: (key: string, written: number, kept: number) =>
    `The results were written, but this Excel did not keep the workbook property "${key}" whole (${written} characters written, ${kept} kept). The next one-click run may not reuse these settings and column mapping; check them in the task pane and assess again.`,
  selfTest: {
    title: "Plan assessment add-in: self-test result",
    host: (platform: string, version: string) => `Excel platform: ${platform}; version: ${version}`,
    sets: (sets: string) => `Requirement sets: ${sets}`,
    line: (step: string, outcome: string) => `${step}: ${outcome}`,
    passed: "passed",
    skipped: "skipped (not supported by this Excel)",
    failed: (code: string) => `failed (${code})`,
    allPassed: "Conclusion: every step passed; the add-in can be used in this Excel.",
    someFailed: "Conclusion: some steps failed; please send this result to the add-in's maintainers.",
    steps: {
      addSheet: "Add a scratch sheet",
      values: "Write and read back text and number formats",
      usedRange: "Read the used area",
      merge: "Merge cells and read the merged areas",
      format: "Font, fill, borders, alignment, column width",
      conditional: "Conditional formats (cell value, formula, data bar)",
      validation: "Data validation",
      chart: "Insert a chart",
      freeze: "Freeze the first row",
      pageLayout: "Page setup (A4 landscape, fit to page width)",
      names: "Defined names",
      properties: "Workbook custom properties (write and read back)",
      selection: "Select cells and read the selection",
      deleteSheet: "Delete the scratch sheet",
    },
  },
  validation: {
    title: "Enter a number",
    message: "This column holds period data and should contain numbers; if there is none, type 暂无 or continue after the warning.",
  },
};

/**
 * The table of a locale.
 * @example excelText("zh-CN").errors.ItemNotFound //=> "未找到指定的工作表或名称，可能已被删除或重命名。请重新识别指标表后再试。"
 */
export function excelText(locale: Locale): ExcelText {
  return locale === "en-US" ? excelEnUS : excelZhCN;
}
