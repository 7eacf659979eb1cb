/**
 * The demo's monitoring workbook, built from the seed table tests/fixtures/keqiao-14th-targets.xlsx
 * (柯桥区“十四五”主要指标, as published) by adding four observation columns — 2021年, 2022年上半年,
 * 2022年, 2023年上半年 — holding ILLUSTRATIVE values (示例数据), said so in the title and in a
 * footnote. The values are plausible, and carry the problems a real monitoring table has: an Excel
 * error (#N/A), an empty cell where a value was due, a flow indicator (外贸出口额) with only a
 * half-year value in the latest period, a regressing indicator (空气质量优良天数比例 falling below
 * its floor), and half-year cells marked “—” where a figure is compiled yearly only.
 */
import ExcelJS from "exceljs";

/** The observation columns added after 指标属性 (column E). */
const PERIODS = ["2021年", "2022年上半年", "2022年", "2023年上半年"];
/** Not compiled for a half year. */
const DASH = "—";
/** An Excel error cell. */
const NA = { error: "#N/A" } as const;
/** A cell left empty where a value was due. */
const EMPTY = null;

type Observed = number | string | typeof NA | null;

/** Illustrative observations by 序号: 2021年, 2022年上半年, 2022年, 2023年上半年. */
const OBSERVATIONS: Record<number, [Observed, Observed, Observed, Observed]> = {
  1: [1780.6, 880.4, 1910.2, 1003.5], // 地区生产总值: half-year values are parts of a year
  2: [16.6, DASH, 17.5, DASH],
  3: [22.6, DASH, 23.9, DASH],
  4: [152.8, 85.1, 148.6, 92.7], // 一般公共预算收入: 2022 lower (tax refunds)
  5: [81.6, DASH, 82.1, DASH],
  6: [3.12, DASH, 3.21, DASH],
  7: [5.3, 5.8, 6.4, NA], // 每万人高价值发明专利拥有量: #N/A in the latest period
  8: [28.3, DASH, 29.6, EMPTY], // 人才资源总量: empty in the latest period
  9: [1.8, DASH, 1.9, 2.0],
  10: [41.2, 42.3, 42.8, 43.1],
  11: [45.1, 48.2, 50.3, 52.6],
  12: [DASH, DASH, DASH, 612.3], // 外贸出口额: new caliber from 2023, only a half-year value
  13: [3.1, 4.9, 7.4, 9.6], // 实际利用外资: cumulative since 2021, target [20]
  14: [392.5, 195.6, 401.3, 213.8],
  15: [100, 100, 100, 100],
  16: [7.4, DASH, 7.6, DASH],
  17: ["完成", DASH, "完成", DASH],
  18: ["完成", DASH, "完成", DASH],
  19: [3.2, DASH, 6.5, DASH], // 单位 GDP 用水量下降率: cumulative, target [10]
  20: [88.1, 86.9, 85.2, 84.6], // 空气质量优良天数比例: regressing below the floor of 87
  21: [28.4, 31.2, 27.9, 29.5],
  22: [100, 100, 100, 100],
  23: [52.7, DASH, 52.8, DASH],
  24: [7.0, 3.9, 7.3, 4.1],
  25: [1.64, DASH, 1.62, DASH],
  26: [1.85, 1.9, 1.88, 1.86],
  27: [69.5, DASH, 70.6, DASH],
  28: [22, DASH, 35, 41],
  29: [3.58, DASH, 3.62, DASH],
  30: [7.3, DASH, 8.1, 8.6],
  31: [83.4, DASH, 83.5, DASH],
  32: [99.1, DASH, 99.2, DASH],
  33: [2.9, DASH, 3.2, DASH],
  34: [0.006, 0.002, 0.004, 0.003],
  35: [1.68, DASH, 1.69, DASH],
  36: [12.3, 14.1, 15.8, 17.2],
};

const TITLE = "表 2: “十四五”时期经济社会发展主要指标监测表（2021年至2023年上半年为示例数据）";
const FOOTNOTE = "（3）2021年、2022年上半年、2022年、2023年上半年各列为演示用的示例数据，并非统计部门公布的数据；“—”表示该指标不作半年统计。";
/** Fixed document dates (created, modified), so the workbook's properties do not change between builds. */
const DOCUMENT_DATE = new Date("2023-08-01T00:00:00Z");

/** Copies a cell's style as a fresh object (exceljs shares style objects between cells). */
function copiedStyle(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>;
}

/**
 * The monitoring workbook, built from the seed table file at `source`.
 * @example (await buildSampleWorkbook("tests/fixtures/keqiao-14th-targets.xlsx")).worksheets[0]?.getCell("I3").value //=> "2023年上半年"
 */
export async function buildSampleWorkbook(source: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${source} has no sheet`);

  const firstColumn = 6; // F, after 指标属性
  const lastColumn = firstColumn + PERIODS.length - 1;
  sheet.unMergeCells("A1:E1");
  sheet.getCell("A1").value = TITLE;
  sheet.mergeCells(1, 1, 1, lastColumn);

  const headerStyle = copiedStyle(sheet.getCell("D3"));
  PERIODS.forEach((label, i) => {
    const cell = sheet.getCell(3, firstColumn + i);
    cell.value = label;
    cell.style = { ...headerStyle, alignment: { horizontal: "center", vertical: "middle", wrapText: true } };
    sheet.getColumn(firstColumn + i).width = 13;
  });

  sheet.eachRow((row, rowNumber) => {
    const index = row.getCell(1).value;
    if (rowNumber < 4 || typeof index !== "number") return;
    const observed = OBSERVATIONS[index];
    if (!observed) throw new Error(`No observations for indicator ${index}`);
    const bodyStyle = copiedStyle(row.getCell(4));
    observed.forEach((value, i) => {
      const cell = row.getCell(firstColumn + i);
      cell.value = value as ExcelJS.CellValue;
      cell.style = { ...bodyStyle, alignment: { horizontal: typeof value === "string" ? "center" : "right", vertical: "middle" } };
    });
  });

  const footnoteRow = sheet.rowCount + 1;
  sheet.getCell(footnoteRow, 1).value = FOOTNOTE;

  workbook.creator = "plan-assess";
  workbook.lastModifiedBy = "plan-assess";
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;

  return workbook;
}
