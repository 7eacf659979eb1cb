/**
 * What the patch writer's unit tests share: a parse of written XML (well-formedness and namespaces,
 * through saxes, which the project already depends on), the local names of an element's children
 * in order, and a fresh sink for cells (styles and strings).
 */
import { SaxesParser } from "saxes";
import { SheetEdits, recordOnSheet, type SheetOperation } from "../../../src/xlsx/patch/edits";
import { MINIMAL_STYLES, StylesPart } from "../../../src/xlsx/patch/styles-part";
import { StringsPart } from "../../../src/xlsx/patch/strings-part";
import type { CellSink } from "../../../src/xlsx/patch/sheet-xml";

/** An element as the parser saw it: its namespace, local name, attributes and children. */
export interface Node {
  uri: string;
  local: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

/** The document's root, or throws with the parser's message when the XML is not well-formed or a prefix is undeclared. */
export function parsed(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | null = null;
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = typeof attribute === "string" ? attribute : attribute.value;
    const node: Node = { uri: tag.uri ?? "", local: tag.local ?? tag.name, attributes, children: [], text: "" };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
    root ??= node;
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** The namespace of SpreadsheetML's main part elements. */
export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The local names of an element's children, in order. */
export function childNames(node: Node): string[] {
  return node.children.map((child) => child.local);
}

/** The first descendant (depth first) with a local name, or undefined. */
export function find(node: Node, local: string): Node | undefined {
  for (const child of node.children) {
    if (child.local === local) return child;
    const deeper = find(child, local);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Every descendant with a local name, depth first. */
export function findAll(node: Node, local: string): Node[] {
  return node.children.flatMap((child) => [...(child.local === local ? [child] : []), ...findAll(child, local)]);
}

/** A sink over the minimal stylesheet (or the given one) and no shared strings. */
export function freshSink(styles: string = MINIMAL_STYLES, strings: string | null = null): CellSink & { styles: StylesPart; strings: StringsPart } {
  return { styles: new StylesPart(styles), strings: new StringsPart(strings) };
}

/** A sheet operation without its sheet (each kind keeps its own fields). */
export type SheetStep = SheetOperation extends infer O ? (O extends SheetOperation ? Omit<O, "sheet"> : never) : never;

/** The edits a run's operations make on the assessed sheet. */
export function editsOf(...operations: readonly SheetStep[]): SheetEdits {
  const edits = new SheetEdits();
  for (const operation of operations) recordOnSheet(edits, { ...operation, sheet: "表2" } as SheetOperation);
  return edits;
}
