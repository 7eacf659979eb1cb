/**
 * User-facing text of the exceljs door (`src/xlsx`), which writes the workbooks of the command line:
 * the door's refusals and the validation prompt of a new period column.
 * Chinese only: the command line and the workbooks it writes are for a Chinese bureau.
 */

/** The zh-CN table. */
export const xlsxZhCN = {
  /** The sheet asked for does not exist. */
  sheetMissing: (sheet: string, sheets: readonly string[]) =>
    `未找到工作表「${sheet}」。本工作簿的工作表有：${sheets.map((name) => `「${name}」`).join("、")}。`,
  /** A sheet the plan wants to create already exists and was not made by the add-in. */
  sheetTaken: (sheet: string) =>
    `工作簿中已有名为「${sheet}」的工作表，且不是本工具生成的。为避免覆盖，本次未写入；请将该工作表改名后重试。`,
  /** A new observation column would overwrite cells that hold something. */
  periodColumnTaken: (address: string) =>
    `新增填报期所在区域 ${address} 已有内容。为避免覆盖数据，本次未作修改；请选择空白列。`,
  /** Data validation on a new observation column. */
  validation: {
    title: "请填写数值",
    message: "本列为填报期数据，应填写数值；如确无数据，可填“暂无”，或在提示后选择继续。",
  },
};

/** The shape of the table. */
export type XlsxText = typeof xlsxZhCN;
