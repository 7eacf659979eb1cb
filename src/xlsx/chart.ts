/**
 * Charts in the command line's workbooks. exceljs cannot write charts, so once it has written the
 * workbook, {@link addCharts} opens the package and adds, for each chart a write plan asks for: the
 * chart part (`xl/charts/chartN.xml`, see `chart-xml.ts`), an anchor in the sheet's drawing part
 * (a new `xl/drawings/drawingN.xml`, or the drawing exceljs already wrote for the sheet's images),
 * the relationships sheet → drawing → chart, the `<drawing>` element in the sheet, and the content
 * types. The chart's caches hold the values the saved cells hold.
 */
import JSZip from "jszip";
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
/** Zip compression of the rewritten package, as the command line writes it (unchanged parts keep their compressed bytes). */
const COMPRESSION = { compression: "DEFLATE", compressionOptions: { level: 1 } } as const;

/** The package being edited: its parts as text, read once and written back at the end. */
class Package {
  private readonly changed = new Map<string, string>();

  constructor(private readonly zip: JSZip) {}

  async read(path: string): Promise<string | null> {
    const edited = this.changed.get(path);
    if (edited !== undefined) return edited;
    const file = this.zip.file(path);
    return file ? file.async("string") : null;
  }

  async required(path: string): Promise<string> {
    const text = await this.read(path);
    if (text === null) throw new Error(`The workbook has no part ${path}`);
    return text;
  }

  write(path: string, text: string): void {
    this.changed.set(path, text);
  }

  /** The first free name `prefix{n}.xml` (n from 1), counting the parts already there. */
  freeName(prefix: string): string {
    const taken = new Set([...Object.keys(this.zip.files), ...this.changed.keys()]);
    let n = 1;
    while (taken.has(`${prefix}${n}.xml`)) n += 1;
    return `${prefix}${n}.xml`;
  }

  async save(): Promise<Buffer> {
    for (const [path, text] of this.changed) this.zip.file(path, text);
    return this.zip.generateAsync({ type: "nodebuffer", ...COMPRESSION });
  }
}

/**
 * Adds a chart to a saved workbook for each entry (several on one sheet share its drawing part);
 * with no entries the bytes come back as they are. A sheet that is not in the workbook is a
 * programming error.
 * @example await addCharts(await workbook.xlsx.writeBuffer(), [{ sheet: "评估汇总", spec }]) //=> the workbook's bytes with xl/charts/chart1.xml, xl/drawings/drawing1.xml and their relationships
 */
export async function addCharts(buffer: Buffer | ArrayBuffer | Uint8Array, charts: readonly SheetChart[]): Promise<Buffer> {
  if (charts.length === 0) return Buffer.from(buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : buffer);
  const pack = new Package(await JSZip.loadAsync(buffer));
  const sheets = await sheetParts(pack);
  const sharedStrings = sharedStringsOf((await pack.read("xl/sharedStrings.xml")) ?? "");
  for (const [sheet, specs] of bySheet(charts)) {
    const part = sheets.get(sheet);
    if (part === undefined) throw new Error(`No sheet named ${sheet} in the saved workbook`);
    await drawOnSheet(pack, { sheetPath: part, sheet, specs, sharedStrings });
  }
  return pack.save();
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
