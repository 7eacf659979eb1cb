/**
 * The report's blocks (`src/workbook/report-document.ts`) as a Word document, built with the
 * `docx` package in the conventions of GB/T 9704—2012 (党政机关公文格式): A4; margins 37 mm top,
 * 35 mm bottom, 28 mm left, 26 mm right; body in 仿宋_GB2312 三号 (16 pt) on a fixed 28 pt line,
 * first line indented two characters; 一、 headings in 黑体, （一） headings in 楷体_GB2312; the
 * title in 方正小标宋简体 二号 (22 pt), centred; page numbers in the footer. Tables in 仿宋 at 9 pt (小五), so the nine columns of the 评价表 fit the page.
 * The same document serves the command line (`Packer.toBuffer`) and the pane (`Packer.toBlob`).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";
import type { Assessment } from "../core/types";
import { workbookText } from "../i18n/workbook";
import { reportDocument, type ReportBlock } from "../workbook/report-document";

/** Fonts of GB/T 9704, each with its common fallback named after it in the run's font. */
const FONTS = { body: "仿宋_GB2312", heading: "黑体", subheading: "楷体_GB2312", title: "方正小标宋简体" } as const;
/** Sizes in half-points (docx's unit): 三号 16 pt, 二号 22 pt, 小五 9 pt. */
const SIZES = { body: 32, title: 44, table: 18 } as const;
/**
 * Millimetres in twentieths of a point, rounded (docx's own conversion floors: 210 mm → 11905).
 * @example twips(210) //=> 11906
 */
function twips(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

/** The page's text width (210 mm less 28 and 26 mm margins), in twentieths of a point. */
const TEXT_WIDTH = twips(210 - 28 - 26);
/** A fixed 28 pt line, in twentieths of a point. */
const LINE = 560;
/** Two characters of 16 pt, the first-line indent, in twentieths of a point. */
const INDENT = 640;

/** A run in a font used for Chinese and Latin text alike. */
function run(text: string, font: string, size: number, bold = false): TextRun {
  return new TextRun({ text, size, bold, font: { ascii: font, eastAsia: font, hAnsi: font } });
}

/** One block as Word paragraphs or a table. */
function blockOf(block: ReportBlock): Paragraph | Table {
  const spacing = { line: LINE, lineRule: LineRuleType.EXACT };
  switch (block.kind) {
    case "title":
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...spacing, line: 700, after: 280 }, children: [run(block.text, FONTS.title, SIZES.title)] });
    case "heading":
      return new Paragraph({ spacing, indent: { firstLine: INDENT }, keepNext: true, children: [run(block.text, FONTS.heading, SIZES.body)] });
    case "subheading":
      return new Paragraph({ spacing, indent: { firstLine: INDENT }, keepNext: true, children: [run(block.text, FONTS.subheading, SIZES.body)] });
    case "paragraph":
      return new Paragraph({ spacing, indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED, children: [run(block.text, FONTS.body, SIZES.body)] });
    case "table":
      return tableOf(block);
    default: {
      const never: never = block;
      throw new Error(`Unknown report block ${JSON.stringify(never)}`);
    }
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** A table cell with the table's font, centred unless it holds a name. */
function cellOf(text: string, options: { width: number; bold?: boolean; left?: boolean; merge?: "restart" | "continue" }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    ...(options.merge ? { verticalMerge: options.merge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    children: [new Paragraph({ alignment: options.left ? AlignmentType.LEFT : AlignmentType.CENTER, children: [run(text, FONTS.body, SIZES.table, options.bold)] })],
  });
}

/** A report table, its header repeated on every page, the first column merged down runs when asked. */
function tableOf(block: Extract<ReportBlock, { kind: "table" }>): Table {
  const total = block.widths.reduce((sum, width) => sum + width, 0) || 1;
  const columnWidths = block.widths.map((width) => Math.round((TEXT_WIDTH * width) / total));
  const width = (column: number) => columnWidths[column] ?? 0;
  const header = new TableRow({ tableHeader: true, children: block.header.map((text, j) => cellOf(text, { width: width(j), bold: true })) });
  const rows = block.rows.map((cells, i) => {
    const first = cells[0] ?? "";
    const previous = block.rows[i - 1]?.[0];
    const next = block.rows[i + 1]?.[0];
    const merge = block.mergeFirstColumn && first !== "" ? (previous === first ? "continue" : next === first ? "restart" : undefined) : undefined;
    return new TableRow({
      cantSplit: true,
      children: cells.map((text, j) =>
        cellOf(j === 0 && merge === "continue" ? "" : text, { width: width(j), left: j === (block.mergeFirstColumn ? 1 : 0), ...(j === 0 && merge ? { merge } : {}) }),
      ),
    });
  });
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED, rows: [header, ...rows] });
}

/**
 * The Word document of a report.
 * @example Packer.toBuffer(wordReport(reportDocument(assessment, text.write))) //=> a .docx's bytes
 */
export function wordReport(blocks: readonly ReportBlock[]): Document {
  const children = blocks.flatMap((block) => (block.kind === "table" ? [blockOf(block), new Paragraph({ children: [] })] : [blockOf(block)]));
  return new Document({
    styles: { default: { document: { run: { font: { ascii: FONTS.body, eastAsia: FONTS.body, hAnsi: FONTS.body }, size: SIZES.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: {
              top: twips(37),
              bottom: twips(35),
              left: twips(28),
              right: twips(26),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: 28, font: "宋体" })] })],
          }),
        },
        children,
      },
    ],
  });
}

/**
 * The Word report of an assessment as a Blob, for the pane to download.
 * @example await wordReportBlob(assessment) //=> Blob { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }
 */
export function wordReportBlob(assessment: Assessment): Promise<Blob> {
  return Packer.toBlob(wordReport(reportDocument(assessment, workbookText().write)));
}
