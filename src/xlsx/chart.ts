/**
 * Charts in the command line's workbooks. exceljs cannot write charts, so once it has written the
 * workbook, {@link drawCharts} adds to the opened package (`finish.ts` opens it once), for each chart a write plan asks for: the
 * chart part (`xl/charts/chartN.xml`, see `chart-xml.ts`), an anchor in the sheet's drawing part
 * (a new `xl/drawings/drawingN.xml`, or the drawing exceljs already wrote for the sheet's images),
 * the relationships sheet → drawing → chart, the `<drawing>` element in the sheet, and the content
 * types. The chart's caches hold the values the saved cells hold.
 */
import type { ChartSpec } from "../workbook/types";
import { chartAnchorXml, chartSpaceXml, drawingXml } from "./chart-xml";
import {
  attributesOf,
  cellValues,
  EMPTY_RELATIONSHIPS,
  relationshipsOf,
  relationshipsPath,
  resolveTarget,
  sharedStringsOf,
  sheetPartPaths,
  topLevelElements,
  withContentType,
  withRelationship,
} from "./package-parts";
import { editedPackage, type Package } from "./package";

/** A chart and the sheet it is drawn on. */
export interface SheetChart {
  sheet: string;
  spec: ChartSpec;
}

const RELATIONSHIP = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;
const CONTENT_TYPES = "[Content_Types].xml";
/**
 * The children of a worksheet that come after `<drawing>` in CT_Worksheet's sequence (ECMA-376
 * Part 1 §18.3.1.99); everything before it (sheetData … pageMargins, pageSetup, headerFooter,
 * rowBreaks, colBreaks, customProperties, cellWatches, ignoredErrors, smartTags) stays before.
 */
const AFTER_DRAWING = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);
/**
 * Adds a chart to the package for each entry (several on one sheet share its drawing part). A
 * sheet that is not in the workbook is a programming error.
 * @example await drawCharts(pack, [{ sheet: "评估汇总", spec }]) //=> pack holds xl/charts/chart1.xml, xl/drawings/drawing1.xml and their relationships
 */
export async function drawCharts(pack: Package, charts: readonly SheetChart[]): Promise<void> {
  if (charts.length === 0) return;
  const sheets = await sheetParts(pack);
  const sharedStrings = sharedStringsOf((await pack.read("xl/sharedStrings.xml")) ?? "");
  for (const [sheet, specs] of bySheet(charts)) {
    const part = sheets.get(sheet);
    if (part === undefined) throw new Error(`No sheet named ${sheet} in the saved workbook`);
    await drawOnSheet(pack, { sheetPath: part, sheet, specs, sharedStrings });
  }
}

/**
 * A saved workbook's bytes with the charts added; with no entries the bytes come back as they are.
 * @example await addCharts(await workbook.xlsx.writeBuffer(), [{ sheet: "评估汇总", spec }]) //=> the workbook's bytes with xl/charts/chart1.xml, xl/drawings/drawing1.xml and their relationships
 */
export function addCharts(buffer: Buffer | ArrayBuffer | Uint8Array, charts: readonly SheetChart[]): Promise<Buffer> {
  const bytes = Buffer.from(buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : buffer);
  return editedPackage(bytes, (pack) => drawCharts(pack, charts));
}

/** Charts grouped by sheet, in the order they came. */
function bySheet(charts: readonly SheetChart[]): Map<string, ChartSpec[]> {
  const groups = new Map<string, ChartSpec[]>();
  for (const { sheet, spec } of charts) groups.set(sheet, [...(groups.get(sheet) ?? []), spec]);
  return groups;
}

/** Each sheet's name and the path of its worksheet part. */
function sheetParts(pack: Package): Promise<Map<string, string>> {
  return sheetPartPaths((path) => pack.required(path));
}

/** One sheet's charts, and what drawing them needs to know of the saved file. */
interface SheetDrawing {
  /** The worksheet part (`xl/worksheets/sheet1.xml`). */
  sheetPath: string;
  sheet: string;
  specs: readonly ChartSpec[];
  /** The file's shared strings, for the cached values of the chart's categories. */
  sharedStrings: readonly string[];
}

/** Adds the charts of one sheet: to the drawing it has, or to a new drawing part it now refers to. */
async function drawOnSheet(pack: Package, { sheetPath, sheet, specs, sharedStrings }: SheetDrawing): Promise<void> {
  const sheetXml = await pack.required(sheetPath);
  const drawingPath = (await existingDrawing(pack, sheetPath, sheetXml)) ?? (await newDrawing(pack, sheetPath, sheetXml));
  const drawingRelsPath = relationshipsPath(drawingPath);
  let drawing = await pack.required(drawingPath);
  let drawingRels = (await pack.read(drawingRelsPath)) ?? EMPTY_RELATIONSHIPS;
  let types = await pack.required(CONTENT_TYPES);
  let frameId = [...drawing.matchAll(/<(?:\w+:)?cNvPr\b[^>]*?\bid="(\d+)"/gu)].reduce((most, match) => Math.max(most, Number(match[1])), 1);
  const anchors: string[] = [];
  for (const spec of specs) {
    const chartPath = pack.freeName("xl/charts/chart");
    const values = cellValues(sheetXml, sharedStrings, spec.data);
    pack.write(chartPath, chartSpaceXml({ sheet, spec, values }));
    types = withContentType(types, `/${chartPath}`, CONTENT_TYPE.chart);
    const related = withRelationship(drawingRels, RELATIONSHIP.chart, `../charts/${chartPath.slice(chartPath.lastIndexOf("/") + 1)}`);
    drawingRels = related.xml;
    frameId += 1;
    anchors.push(chartAnchorXml(spec, frameId, related.id));
  }
  const { rootEnd } = topLevelElements(drawing);
  drawing = drawing.slice(0, rootEnd) + anchors.join("") + drawing.slice(rootEnd);
  pack.write(drawingPath, drawing);
  pack.write(drawingRelsPath, drawingRels);
  pack.write(CONTENT_TYPES, types);
}

/** The drawing part a sheet already refers to (exceljs writes one for images), or null. */
async function existingDrawing(pack: Package, sheetPath: string, sheetXml: string): Promise<string | null> {
  const element = topLevelElements(sheetXml).elements.find((child) => child.name === "drawing");
  if (!element) return null;
  const id = Object.entries(attributesOf(element.tag)).find(([name]) => name.endsWith(":id"))?.[1];
  const relationships = relationshipsOf((await pack.read(relationshipsPath(sheetPath))) ?? EMPTY_RELATIONSHIPS);
  const target = relationships.find((relationship) => relationship.id === id && relationship.type === RELATIONSHIP.drawing)?.target;
  if (target === undefined) throw new Error(`The drawing of ${sheetPath} has no relationship`);
  return resolveTarget(sheetPath, target);
}

/** A new, empty drawing part for a sheet: related from the sheet, named in it, typed in the package. */
async function newDrawing(pack: Package, sheetPath: string, sheetXml: string): Promise<string> {
  const drawingPath = pack.freeName("xl/drawings/drawing");
  pack.write(drawingPath, drawingXml([]));
  pack.write(CONTENT_TYPES, withContentType(await pack.required(CONTENT_TYPES), `/${drawingPath}`, CONTENT_TYPE.drawing));
  const relsPath = relationshipsPath(sheetPath);
  const related = withRelationship((await pack.read(relsPath)) ?? EMPTY_RELATIONSHIPS, RELATIONSHIP.drawing, `../drawings/${drawingPath.slice(drawingPath.lastIndexOf("/") + 1)}`);
  pack.write(relsPath, related.xml);
  const { elements, rootEnd } = topLevelElements(sheetXml);
  const at = elements.find((child) => AFTER_DRAWING.has(child.name))?.start ?? rootEnd;
  const element = `<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${related.id}"/>`;
  pack.write(sheetPath, sheetXml.slice(0, at) + element + sheetXml.slice(at));
  return drawingPath;
}
