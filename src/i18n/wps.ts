/**
 * User-facing text of the WPS door (`src/wps`) and of the WPS 加载项's pages: the door's refusals,
 * the validation prompt of a new period column, the ribbon's words and the 加载项自检 report.
 * Chinese only, as WPS 表格 is used here by Chinese bureaus on 信创 desktops.
 */

import type { TaskpaneText } from "./taskpane";

/** The zh-CN table; {@link WpsText} is its shape. */
export const wpsZhCN = {
  /** No workbook is open in WPS 表格. */
  noWorkbook: "当前没有打开的工作簿。请先在 WPS 表格中打开指标表所在的工作簿，再使用本加载项。",
  /** The page was opened outside WPS (no `window.Application`). */
  notInWps: "未检测到 WPS 表格环境：请在 WPS 表格中通过“规划指标评估”加载项打开本页面。",
  /** The sheet asked for does not exist. */
  sheetMissing: (sheet: string) => `未找到工作表「${sheet}」，可能已被删除或重命名。`,
  /** A sheet the plan wants to create already exists and was not made by the add-in. */
  sheetTaken: (sheet: string) =>
    `工作簿中已有名为「${sheet}」的工作表，且不是本工具生成的。为避免覆盖，本次未写入；请将该工作表改名后重试。`,
  /** The workbook's structure is protected. */
  structureProtected:
    "工作簿结构受保护，无法新增或删除工作表，本次未写入评估结果。请在“审阅—保护工作簿”中撤销结构保护后重试。",
  /** A new observation column would overwrite cells that hold something. */
  periodColumnTaken: (address: string) =>
    `新增填报期所在区域 ${address} 已有内容。为避免覆盖数据，本次未作修改；请选择空白列。`,
  /** WPS did not keep a saved property whole. */
  propertyCut: (key: string, written: number, kept: number) =>
    `评估结果已写入，但本机 WPS 未完整保存工作簿属性「${key}」（写入 ${written} 个字符，仅保留 ${kept} 个）。下次一键评估可能无法沿用本次设置与列映射，请在任务窗格中核对后重新评估。`,
  /** WPS refused a call: what it said, so a technician can look it up. */
  refused: (message: string) => `WPS 表格未能完成本次操作${message ? `：${message}` : "。"}请保存工作簿后重试；如反复出现，请运行“加载项自检”并将结果发给技术支持。`,
  /** Data validation on a new observation column. */
  validation: {
    title: "请填写数值",
    message: "本列为填报期数据，应填写数值；如确无数据，可填“暂无”，或在提示后选择继续。",
  },
  /** The pane's words that name Excel, as WPS says them (the rest of the pane is the same). */
  pane: {
    selfTestIntro:
      "在临时工作表上逐项检验本加载项用到的 WPS 表格功能，完成后删除该表，不改动您的数据。首次在本机 WPS 中使用时请运行一次，并把结果复制发给加载项维护人员。",
    exported: (name: string) => `已生成 Word 报告「${name}」，请在 WPS 的下载提示中保存。`,
    busy: "WPS 表格暂时无法响应，请稍后重试。",
    editMode: "WPS 表格正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
  },
  /** The ribbon. */
  ribbon: {
    tab: "规划评估",
    group: "规划指标评估",
    assess: "一键生成评估表",
    settings: "评估设置",
    paneTitle: "规划指标评估",
  },
  /** 加载项自检: the report a user copies into an email. */
  selfTest: {
    title: "规划指标评估加载项自检结果（WPS 表格）",
    host: (build: string, version: string, platform: string) => `WPS 版本：${version}；内部版本号：${build}；操作系统：${platform}`,
    line: (step: string, outcome: string) => `${step}：${outcome}`,
    passed: "通过",
    failed: (detail: string) => `未通过${detail ? `（${detail}）` : ""}`,
    allPassed: "全部检查通过。",
    someFailed: "部分检查未通过：请将以上结果复制后发给技术支持。",
    steps: {
      addSheet: "新建工作表（Sheets.Add，省略参数传 undefined）",
      values: "成块写入与读取（Resize().Value2）",
      valueShape: "Value2 的形状（单格为值、区域为按行数组、空格为空）",
      usedRange: "已用区域（UsedRange）",
      textFormat: "文本格式“@”先于写入（以“=”开头的文字不成公式）",
      merge: "合并单元格与 MergeCells / MergeArea",
      formulas: "含公式的单元格（SpecialCells）",
      errors: "错误值（#N/A 读作错误代码或文字）",
      style: "字体、填充（BGR 颜色）、边框、对齐、列宽",
      clear: "清除内容与恢复“常规”样式（Style = \"Normal\"）",
      conditional: "条件格式（FormatConditions.Add，同一区域四条“单元格值等于”）",
      dataBar: "数据条（AddDatabar）",
      validation: "数据有效性（Validation.Add）",
      chart: "图表（Shapes.AddChart2，簇状条形图）",
      freeze: "冻结窗格（ActiveWindow.SplitRow / FreezePanes）",
      pageSetup: "页面设置（A4、一页宽、打印标题）",
      names: "定义名称（Names.Add / RefersTo）",
      properties: "自定义文档属性（CustomDocumentProperties，255 字符一段）",
      quiet: "暂停屏幕刷新、事件与重算并恢复",
      deleteSheet: "删除工作表（DisplayAlerts 关闭时不提示）",
    } as Record<string, string>,
    /** Left for the user to check by hand: what one run in WPS cannot tell. */
    byHand: "另请手动确认：将工作簿另存为 .xlsx 后重新打开，再运行一次自检，“自定义文档属性”一项应显示已保存的评估设置。",
    savedFound: (count: number) => `（本工作簿已保存本加载项属性 ${count} 项）`,
  },
};

/** The shape of the table. */
export type WpsText = typeof wpsZhCN;

/**
 * The pane's text for WPS: the Excel pane's, with the sentences that name Excel saying WPS.
 * @example wpsPaneText(taskpaneZhCN).selfTest.intro.includes("WPS") //=> true
 */
export function wpsPaneText(text: TaskpaneText): TaskpaneText {
  const words = wpsZhCN.pane;
  return {
    ...text,
    selfTest: { ...text.selfTest, intro: words.selfTestIntro },
    result: { ...text.result, exported: words.exported },
    errors: { ...text.errors, busy: words.busy, editMode: words.editMode },
  };
}
