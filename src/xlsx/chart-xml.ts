/**
 * The text of the parts that make a chart in an .xlsx file: the chart itself (DrawingML
 * `c:chartSpace`, ECMA-376 Part 1 §21.2) and its place on the sheet (`xdr:twoCellAnchor` in a
 * drawing part, §20.5). Elements follow the schema's sequences (CT_ChartSpace, CT_Chart,
 * CT_PlotArea, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx, CT_TwoCellAnchor); `chart.ts` puts the
 * parts into the package.
 *
 * The chart is the one the Office.js door draws (`BarClustered`, series by columns): horizontal
 * clustered bars, one series per column after the first, its name from the header cell. Choices
 * where that door leaves Excel's defaults: the categories read top-down in the table's order (the
 * category axis runs maxMin, the value axis crosses at its far end so it stays at the bottom); the
 * value axis is in whole percents (the charts compare shares: 实现度 against 时序进度); the legend
 * sits below the bars; series colours are fixed (blue, then grey for the yardstick) so every viewer
 * shows the same colours.
 */
import type { CellValue } from "../core/types";
import { PERCENT_FORMAT } from "../workbook/block";
import type { ChartSpec } from "../workbook/types";
import { absoluteReference } from "./apply";

/** Namespaces of the chart and drawing parts. */
export const NAMESPACE = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

/** `c:barDir`: horizontal bars, as the Office.js door's `BarClustered`. */
const BAR_DIRECTION = "bar";
/** The value axis's number format. */
const AXIS_FORMAT = "0%";
/** Series fills, in series order (then repeated). */
const SERIES_COLOURS = ["4472C4", "A5A5A5", "ED7D31", "70AD47"] as const;
/** Ids tying the bar chart to its two axes (any unsigned numbers, unique within the chart). */
const CATEGORY_AXIS_ID = 500_000_001;
const VALUE_AXIS_ID = 500_000_002;
/** Text sizes, in hundredths of a point. */
const TITLE_SIZE = 1200;
const TEXT_SIZE = 900;

/** The characters to escape in content and in double-quoted attribute values (`'` needs none there, so formulas read as Excel writes them). */
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** Characters XML 1.0 does not allow at all (control characters other than tab and line ends). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** A chart and the cells of its data as the saved sheet holds them. */
export interface ChartContent {
  /** The sheet the data is on (for the series' formulas). */
  sheet: string;
  spec: ChartSpec;
  /** `values[i][j]` is the cell `(spec.data.top + i, spec.data.left + j)`; missing cells are null. */
  values: CellValue[][];
}

/**
 * Text escaped for XML content and attribute values.
 * @example escapeXml(`'A&B' "C"`) //=> "'A&amp;B' &quot;C&quot;"
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"]/gu, (character) => ENTITIES[character] ?? character);
}

/** An element with a `val` attribute. */
function valued(name: string, value: string | number): string {
  return `<${name} val="${escapeXml(String(value))}"/>`;
}

/** A cell's value as a category label. */
function labelOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

/** A string cache (`c:strCache`) of labels. */
function stringCache(labels: readonly string[]): string {
  const points = labels.map((label, index) => `<c:pt idx="${index}"><c:v>${escapeXml(label)}</c:v></c:pt>`).join("");
  return `<c:strCache>${valued("c:ptCount", labels.length)}${points}</c:strCache>`;
}

/** A number cache (`c:numCache`): cells that hold no finite number are left out (gaps). */
function numberCache(values: readonly (CellValue | undefined)[]): string {
  const points = values
    .map((value, index) => (typeof value === "number" && Number.isFinite(value) ? `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(PERCENT_FORMAT)}</c:formatCode>${valued("c:ptCount", values.length)}${points}</c:numCache>`;
}

/** Rich text of one run, for titles. */
function richText(text: string, size: number, bold: boolean): string {
  const run = `<a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}"/>`;
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r>${run}<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`;
}

/** Text properties (`c:txPr`) giving a size to an axis's or the legend's labels. */
function textProperties(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
}

/** One series (`c:ser`): column `offset` of the data, its name from the header row. */
function series(content: ChartContent, offset: number, order: number): string {
  const { sheet, spec, values } = content;
  const { top, left, bottom } = spec.data;
  const column = left + offset;
  const rows = values.slice(1);
  const colour = SERIES_COLOURS[order % SERIES_COLOURS.length] ?? SERIES_COLOURS[0];
  const name = `<c:tx><c:strRef><c:f>${escapeXml(absoluteReference(sheet, { top, left: column, bottom: top, right: column }))}</c:f>${stringCache([labelOf(values[0]?.[offset])])}</c:strRef></c:tx>`;
  const categories = `<c:cat><c:strRef><c:f>${escapeXml(absoluteReference(sheet, { top: top + 1, left, bottom, right: left }))}</c:f>${stringCache(rows.map((row) => labelOf(row[0])))}</c:strRef></c:cat>`;
  const numbers = `<c:val><c:numRef><c:f>${escapeXml(absoluteReference(sheet, { top: top + 1, left: column, bottom, right: column }))}</c:f>${numberCache(rows.map((row) => row[offset]))}</c:numRef></c:val>`;
  const fill = `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>`;
  return `<c:ser>${valued("c:idx", order)}${valued("c:order", order)}${name}${fill}${valued("c:invertIfNegative", 0)}${categories}${numbers}</c:ser>`;
}

/** The category axis: first category at the top, labels left of the plot even when a bar runs below zero. */
function categoryAxis(): string {
  return [
    "<c:catAx>",
    valued("c:axId", CATEGORY_AXIS_ID),
    `<c:scaling>${valued("c:orientation", "maxMin")}</c:scaling>`,
    valued("c:delete", 0),
    valued("c:axPos", "l"),
    '<c:numFmt formatCode="General" sourceLinked="1"/>',
    valued("c:majorTickMark", "out"),
    valued("c:minorTickMark", "none"),
    valued("c:tickLblPos", "low"),
    textProperties(TEXT_SIZE),
    valued("c:crossAx", VALUE_AXIS_ID),
    valued("c:crosses", "autoZero"),
    valued("c:auto", 1),
    valued("c:lblAlgn", "ctr"),
    valued("c:lblOffset", 100),
    valued("c:noMultiLvlLbl", 0),
    "</c:catAx>",
  ].join("");
}

/**
 * Where the value axis starts: at zero, or at the tenth below the lowest value when one is
 * negative, so bars are never cut short (viewers left to themselves start a narrow range such as
 * 47%–56% away from zero, which makes 55% look twice 50%).
 */
function axisMinimum(values: readonly CellValue[][]): number {
  const numbers = values.slice(1).flatMap((row) => row.slice(1)).filter((value): value is number => typeof value === "number" && Number.isFinite(value));
  return Math.min(0, Math.floor(numbers.reduce((least, n) => Math.min(least, n), 0) * 10) / 10);
}

/** The value axis: whole percents with gridlines from `minimum`, at the bottom (it crosses the reversed categories at their end). */
function valueAxis(minimum: number): string {
  return [
    "<c:valAx>",
    valued("c:axId", VALUE_AXIS_ID),
    `<c:scaling>${valued("c:orientation", "minMax")}${valued("c:min", minimum)}</c:scaling>`,
    valued("c:delete", 0),
    valued("c:axPos", "b"),
    "<c:majorGridlines/>",
    `<c:numFmt formatCode="${escapeXml(AXIS_FORMAT)}" sourceLinked="0"/>`,
    valued("c:majorTickMark", "out"),
    valued("c:minorTickMark", "none"),
    valued("c:tickLblPos", "nextTo"),
    textProperties(TEXT_SIZE),
    valued("c:crossAx", CATEGORY_AXIS_ID),
    valued("c:crosses", "max"),
    valued("c:crossBetween", "between"),
    "</c:valAx>",
  ].join("");
}

/**
 * The chart part (`xl/charts/chartN.xml`) of a clustered bar chart, with caches of the values so a
 * viewer that does not recalculate still draws the bars.
 * @example chartSpaceXml({ sheet: "评估汇总", spec, values: [["类别", "平均实现度", "时序进度"], ["经济发展", 0.62, 0.5]] }) //=> '<?xml …?><c:chartSpace …>…<c:f>\'评估汇总\'!$B$16:$B$16</c:f>…'
 */
export function chartSpaceXml(content: ChartContent): string {
  const { spec } = content;
  const seriesCount = Math.max(0, spec.data.right - spec.data.left);
  const allSeries = Array.from({ length: seriesCount }, (_, i) => series(content, i + 1, i)).join("");
  const barChart = `<c:barChart>${valued("c:barDir", BAR_DIRECTION)}${valued("c:grouping", "clustered")}${valued("c:varyColors", 0)}${allSeries}${valued("c:gapWidth", 80)}${valued("c:axId", CATEGORY_AXIS_ID)}${valued("c:axId", VALUE_AXIS_ID)}</c:barChart>`;
  const title = `<c:title><c:tx>${richText(spec.title, TITLE_SIZE, true)}</c:tx>${valued("c:overlay", 0)}</c:title>`;
  const legend = `<c:legend>${valued("c:legendPos", "b")}${valued("c:overlay", 0)}${textProperties(TEXT_SIZE)}</c:legend>`;
  const chart = `<c:chart>${title}${valued("c:autoTitleDeleted", 0)}<c:plotArea><c:layout/>${barChart}${categoryAxis()}${valueAxis(axisMinimum(content.values))}</c:plotArea>${legend}${valued("c:plotVisOnly", 1)}${valued("c:dispBlanksAs", "gap")}</c:chart>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NAMESPACE.chart}" xmlns:a="${NAMESPACE.drawingMain}" xmlns:r="${NAMESPACE.relationships}">` +
    `${valued("c:date1904", 0)}${valued("c:lang", "zh-CN")}${valued("c:roundedCorners", 0)}${chart}</c:chartSpace>`
  );
}

/** A cell marker (`xdr:from`/`xdr:to`) at a cell's top-left corner, 0-based. */
function marker(name: "from" | "to", row: number, column: number): string {
  return `<xdr:${name}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${name}>`;
}

/**
 * The anchor placing a chart over its cells (it moves and resizes with them): from the spec's
 * anchor cell to the corner `width` columns right and `height` rows down. The namespaces are
 * declared on the anchor itself, so it can join a drawing part another writer made.
 * @example chartAnchorXml({ …spec, anchor: { row: 8, column: 9 }, width: 8, height: 18 }, 2, "rId1") //=> '<xdr:twoCellAnchor …><xdr:from><xdr:col>9</xdr:col>…<xdr:row>8</xdr:row>…'
 */
export function chartAnchorXml(spec: ChartSpec, frameId: number, relationshipId: string): string {
  const { row, column } = spec.anchor;
  const frame =
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${frameId}" name="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NAMESPACE.chart}"><c:chart xmlns:c="${NAMESPACE.chart}" r:id="${escapeXml(relationshipId)}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  return (
    `<xdr:twoCellAnchor xmlns:xdr="${NAMESPACE.spreadsheetDrawing}" xmlns:a="${NAMESPACE.drawingMain}" xmlns:r="${NAMESPACE.relationships}">` +
    `${marker("from", row, column)}${marker("to", row + Math.max(1, spec.height), column + Math.max(1, spec.width))}${frame}<xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/**
 * A drawing part (`xl/drawings/drawingN.xml`) holding the given anchors.
 * @example drawingXml([]) //=> '<?xml …?><xdr:wsDr xmlns:xdr="…" xmlns:a="…"></xdr:wsDr>'
 */
export function drawingXml(anchors: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NAMESPACE.spreadsheetDrawing}" xmlns:a="${NAMESPACE.drawingMain}">${anchors.join("")}</xdr:wsDr>`
  );
}
