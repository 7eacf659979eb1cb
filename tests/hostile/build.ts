/**
 * Builds every hostile input of issue 10 by script, from the demo's monitoring workbook (sheet
 * 表2: header on row 3, indicators on rows 4–39 in columns A–I (names in B, 2020 in C, targets in D,
 * 2021年 … 2023年上半年 in F–I), the add-in's block beside them
 * from column J): exceljs edits, JSZip edits of the package's XML, compound files, and the file
 * system's own oddities (symlinks, hard links, FIFOs, devices, a sparse file over the size limit)
 * made in the folder given. Nothing here is a stored binary: run
 * `npx tsx tests/hostile/build.ts FOLDER` to see the inputs.
 *
 * Each case is what the command line is given (`argv` after `assess`) and the paths that matter
 * to the test (the input whose bytes must not change, the output, the folder to check for
 * leftovers). What each must do is in `hostile.test.ts`.
 */
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { INPUT_SIZE_LIMIT } from "../../src/cli/files";
import { monitoringWorkbook } from "../cli/sample";
import { compoundFile } from "./cfb";

/** One hostile input, built. */
export interface BuiltCase {
  /** The input file as given on the command line. */
  input: string;
  /** The arguments after `assess <input>`. */
  options: string[];
  /** The output, when the case writes one. */
  out?: string;
}

/** The indicator sheet of the monitoring workbook. */
function indicatorSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet("表2");
  if (!sheet) throw new Error("the monitoring workbook has no sheet 表2");
  return sheet;
}

/** The monitoring workbook as bytes, edited first. */
async function workbookBytes(edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void = () => undefined): Promise<Buffer> {
  const workbook = await monitoringWorkbook();
  edit(indicatorSheet(workbook), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The package with one part's text edited. */
async function editPart(bytes: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  zip.file(part, edit(await file.async("string")));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A cell of sheet1.xml replaced by the XML given (the cell's style kept). */
function replaceCell(xml: string, address: string, inner: (style: string) => string): string {
  const pattern = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`, "u");
  if (!pattern.test(xml)) throw new Error(`no cell ${address}`);
  return xml.replace(pattern, (_whole, attributes: string) => inner(/\bs="\d+"/u.exec(attributes)?.[0] ?? ""));
}

/** Runs the command line quietly (to build a workbook an earlier run wrote). */
async function assessQuietly(argv: string[]): Promise<void> {
  const quiet = { write: () => true };
  const code = await main(["assess", ...argv], { stdout: quiet, stderr: quiet, now: () => new Date("2023-08-01T02:00:00Z") });
  if (code !== 0) throw new Error(`building a case: the run of ${argv.join(" ")} exited ${code}`);
}

/** Columns from J on, shifted one right in an A1 range text (`J4:J39` → `K4:K39`). */
function shiftColumns(range: string): string {
  return range.replace(/(\$?)([A-Z]{1,3})(\$?\d+)/gu, (whole, dollar: string, letters: string, rest: string) => {
    const column = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
    if (column < 10) return whole;
    let n = column + 1;
    let text = "";
    while (n > 0) {
      text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
      n = Math.floor((n - 1) / 26);
    }
    return `${dollar}${text}${rest}`;
  });
}

/**
 * A column inserted before J, as Excel inserts one: the cells from J on move right, and with them
 * the defined names (exceljs moves those itself) and the conditional formats that point there.
 */
function insertColumnJ(sheet: ExcelJS.Worksheet): void {
  sheet.spliceColumns(10, 0, []);
  const formats = (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
  for (const format of formats) format.ref = shiftColumns(format.ref);
}

/**
 * The name of a lagging indicator (row 7, so the summary prints it) with terminal controls that
 * XML allows: C1 CSI, a bidi override, and Excel's escaped ESC (read as text).
 */
export const CONTROL_TEXT = "一般公共预算收入\u009b31m\u202e（亿元）\u009b0m_x001B_[2J";

/** What each case's input is made of, by the case's name. */
const WORKBOOK_CASES: Record<string, () => Promise<Buffer>> = {
  /** A formula whose result is empty beside the table, where the block would go (J10). */
  emptyFormulaBeside: () => workbookBytes((sheet) => (sheet.getCell("J10").value = { formula: 'IF(G10>1000,"超","")', result: "" })),
  /** A user column beside the table whose header holds 自动生成. */
  generatedWordInHeader: () =>
    workbookBytes((sheet) => {
      sheet.getCell("J3").value = "填报时间（系统自动生成）";
      for (let row = 4; row <= 39; row += 1) sheet.getCell(row, 10).value = "2023-07-15";
    }),
  /** A user rule on the whole column E and one on `C4:C39 F:F`. */
  wholeColumnRules: () =>
    workbookBytes((sheet) => {
      const style = { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } } } as const;
      sheet.addConditionalFormatting({ ref: "E:E", rules: [{ type: "containsText", operator: "containsText", text: "约束性", style, priority: 1 }] });
      sheet.addConditionalFormatting({ ref: "C4:C39 F:F", rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["100"], style, priority: 2 }] });
    }),
  /** An ISO date where 2023年上半年's value of row 5 belongs. */
  isoDate: () => workbookBytes((sheet) => (sheet.getCell("I6").value = new Date(Date.UTC(2023, 5, 30)))),
  /** Formulas without a saved result in the whole 2023年上半年 column. */
  uncalculatedFormulas: () =>
    workbookBytes((sheet) => {
      for (let row = 4; row <= 39; row += 1) sheet.getCell(row, 9).value = { formula: `H${row}*1.01` } as ExcelJS.CellFormulaValue;
    }),
  /** Four blank rows inside the table (after row 20), the rows below continuing it. */
  blankRows: () => workbookBytes((sheet) => sheet.spliceRows(21, 0, [], [], [], [])),
  /** A second 2022年 column (J). */
  duplicatePeriod: () =>
    workbookBytes((sheet) => {
      sheet.getCell("J3").value = "2022年";
      for (let row = 4; row <= 39; row += 1) sheet.getCell(row, 10).value = row;
    }),
  /** A 2026年 column in a 2021–2025 plan. */
  afterTargetYear: () =>
    workbookBytes((sheet) => {
      sheet.getCell("J3").value = "2026年";
      for (let row = 4; row <= 39; row += 1) sheet.getCell(row, 10).value = 1000 + row;
    }),
  /** A second table below the first. */
  secondTable: () =>
    workbookBytes((sheet) => {
      const rows = [["序号", "指标名称", "2020年", "2025年目标", "2022年"], [1, "农村居民人均可支配收入（元）", 40000, 55000, 46000], [2, "城镇登记失业率（%）", 2.1, 3.5, 2.4]];
      rows.forEach((values, i) => values.forEach((value, j) => (sheet.getCell(45 + i, 2 + j).value = value)));
    }),
  /** Terminal controls in an indicator name (C1 CSI and a bidi override, which XML allows). */
  controlCharacters: () => workbookBytes((sheet) => (sheet.getCell("B7").value = CONTROL_TEXT)),
  /** `<v>NaN</v>` in a number cell (H7, row 7's 2022年 value). */
  notANumber: async () => editPart(await workbookBytes(), "xl/worksheets/sheet1.xml", (xml) => replaceCell(xml, "H7", (style) => `<c r="H7" ${style}><v>NaN</v></c>`)),
  /** A raw ESC in a cell's text: XML forbids it, so the workbook is damaged (Excel refuses it too). */
  rawEscape: async () =>
    editPart(await workbookBytes(), "xl/worksheets/sheet1.xml", (xml) => replaceCell(xml, "B6", (style) => `<c r="B6" ${style} t="inlineStr"><is><t>A\u001b]0;标题\u0007B</t></is></c>`)),
  /** A sheet name of 40 characters (Excel allows 31). */
  longSheetName: async () => editPart(await workbookBytes(), "xl/workbook.xml", (xml) => xml.replace('name="表2"', `name="${"很长的工作表名称".repeat(5)}"`)),
  /** A sheet part that is not well-formed XML. */
  damagedSheetXml: async () => editPart(await workbookBytes(), "xl/worksheets/sheet1.xml", (xml) => xml.slice(0, Math.floor(xml.length / 2))),
  /** A zip cut short (a download that stopped). */
  truncatedZip: async () => {
    const bytes = await workbookBytes();
    return bytes.subarray(0, bytes.length - 300);
  },
  /** A zip that is not a workbook (a Word document's parts). */
  zipNotWorkbook: async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    return zip.generateAsync({ type: "nodebuffer" });
  },
  /** An encrypted (password-protected) workbook: a compound file with EncryptionInfo. */
  encrypted: () => Promise.resolve(compoundFile([{ name: "EncryptionInfo", size: 4096 }, { name: "EncryptedPackage", size: 8192 }])),
  /** A legacy .xls: a compound file with a Workbook stream. */
  legacyXls: () => Promise.resolve(compoundFile([{ name: "Workbook", size: 8192 }])),
  /** A .csv saved with the .xlsx name. */
  csvNamedXlsx: () => Promise.resolve(Buffer.from("序号,指标名称,2020年,2025年目标\n1,地区生产总值（亿元）,1516.7,2200\n", "utf8")),
  /** An empty file. */
  emptyFile: () => Promise.resolve(Buffer.alloc(0)),
};

/** The names of the cases built from bytes. */
export const WORKBOOK_CASE_NAMES = Object.keys(WORKBOOK_CASES);

/**
 * Builds a case made of bytes in the folder: `NAME.xlsx`, assessed with `--out NAME-out.xlsx`.
 * @example await buildWorkbookCase(folder, "isoDate") //=> { input: "…/isoDate.xlsx", options: ["--out", "…/isoDate-out.xlsx", "--json"], out: "…/isoDate-out.xlsx" }
 */
export async function buildWorkbookCase(folder: string, name: string): Promise<BuiltCase> {
  const make = WORKBOOK_CASES[name];
  if (!make) throw new Error(`no case ${name}`);
  const input = join(folder, `${name}.xlsx`);
  writeFileSync(input, await make());
  const out = join(folder, `${name}-out.xlsx`);
  return { input, options: ["--out", out, "--json"], out };
}

/**
 * Re-run cases: a workbook the command line assessed, then changed by its user as Excel would
 * leave it — a column inserted before the block and filled as 2023年 (the block's defined names
 * and rules move with it); the block emptied and a 备注 column typed where it was.
 */
export async function buildRerunCase(folder: string, name: "insertedColumn" | "notesInOldBlock"): Promise<BuiltCase> {
  const first = join(folder, `${name}-first.xlsx`);
  writeFileSync(join(folder, `${name}-source.xlsx`), await workbookBytes());
  await assessQuietly([join(folder, `${name}-source.xlsx`), "--out", first]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(first);
  const sheet = indicatorSheet(workbook);
  if (name === "insertedColumn") {
    insertColumnJ(sheet);
    sheet.getCell("J3").value = "2023年";
    for (let row = 4; row <= 39; row += 1) sheet.getCell(row, 10).value = sheet.getCell(row, 8).value;
  } else {
    for (let row = 2; row <= 39; row += 1) for (let column = 10; column <= 14; column += 1) sheet.getCell(row, column).value = null;
    sheet.getCell("J3").value = "备注";
    sheet.getCell("J4").value = "口径调整，待核";
    sheet.getCell("J20").value = "统计局 7 月更正";
  }
  const input = join(folder, `${name}.xlsx`);
  await workbook.xlsx.writeFile(input);
  const out = join(folder, `${name}-out.xlsx`);
  return { input, options: ["--out", out, "--json"], out };
}

/** A good input to point the file-system cases at. */
async function goodInput(folder: string): Promise<string> {
  const input = join(folder, "real.xlsx");
  writeFileSync(input, await workbookBytes());
  return input;
}

/** The file-system cases' names. */
export type FileCaseName =
  | "symlinkedInput"
  | "symlinkedFolder"
  | "hardLink"
  | "devFull"
  | "outputDirectory"
  | "outputFifo"
  | "inputFifo"
  | "devZero"
  | "inputDirectory"
  | "overSizeLimit";

/**
 * Builds a file-system case in its own folder: links, FIFOs (`mkfifo`), devices, directories, a
 * sparse file one byte over the size limit (no disk space used).
 */
export async function buildFileCase(folder: string, name: FileCaseName): Promise<BuiltCase> {
  const own = join(folder, name);
  mkdirSync(own, { recursive: true });
  const real = await goodInput(own);
  switch (name) {
    case "symlinkedInput":
      symlinkSync("real.xlsx", join(own, "alias.xlsx"));
      return { input: join(own, "alias.xlsx"), options: ["--out", real] };
    case "symlinkedFolder":
      symlinkSync(own, join(own, "linkdir"));
      return { input: real, options: ["--out", join(own, "linkdir", "real.xlsx")] };
    case "hardLink":
      linkSync(real, join(own, "hard.xlsx"));
      return { input: real, options: ["--out", join(own, "hard.xlsx")] };
    case "devFull":
      return { input: real, options: ["--out", "/dev/full"] };
    case "outputDirectory":
      mkdirSync(join(own, "out.xlsx"));
      return { input: real, options: ["--out", join(own, "out.xlsx")] };
    case "outputFifo":
      execFileSync("mkfifo", [join(own, "out.xlsx")]);
      return { input: real, options: ["--out", join(own, "out.xlsx")] };
    case "inputFifo":
      execFileSync("mkfifo", [join(own, "fifo.xlsx")]);
      return { input: join(own, "fifo.xlsx"), options: [] };
    case "devZero":
      return { input: "/dev/zero", options: [] };
    case "inputDirectory":
      mkdirSync(join(own, "folder.xlsx"));
      return { input: join(own, "folder.xlsx"), options: [] };
    case "overSizeLimit":
      writeFileSync(join(own, "huge.xlsx"), await workbookBytes());
      truncateSync(join(own, "huge.xlsx"), INPUT_SIZE_LIMIT + 1);
      return { input: join(own, "huge.xlsx"), options: [] };
  }
}

/** The file-system cases. */
export const FILE_CASE_NAMES: readonly FileCaseName[] = [
  "symlinkedInput",
  "symlinkedFolder",
  "hardLink",
  "devFull",
  "outputDirectory",
  "outputFifo",
  "inputFifo",
  "devZero",
  "inputDirectory",
  "overSizeLimit",
];

/** A table of the given number of indicator rows (for output larger than a pipe holds). */
export async function buildLargeTable(folder: string, rows: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("指标");
  sheet.addRow(["序号", "指标名称", "2020年", "2025年目标", "2022年"]);
  for (let i = 1; i <= rows; i += 1) sheet.addRow([i, `第${i}项指标（亿元）`, 100 + i, 200 + i, 140 + i]);
  const path = join(folder, `large-${rows}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(__filename)) {
  const folder = process.argv[2] ?? mkdtempSync("plan-assess-hostile-");
  mkdirSync(folder, { recursive: true });
  void (async () => {
    for (const name of WORKBOOK_CASE_NAMES) await buildWorkbookCase(folder, name);
    for (const name of ["insertedColumn", "notesInOldBlock"] as const) await buildRerunCase(folder, name);
    for (const name of FILE_CASE_NAMES) await buildFileCase(folder, name);
    process.stdout.write(`${folder}\n`);
  })();
}
