/**
 * Building the pane's DOM safely: elements are made with `createElement`, text is set with
 * `textContent` and attributes with `setAttribute`. Nothing here parses HTML, so text read from
 * the workbook (`<img src=x onerror=…>`) reaches the page as text and never as markup.
 */

/** Attributes of an element; `false`, `null` and `undefined` leave the attribute out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** A child: an element, text (set as a text node), or nothing. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children; strings become text nodes.
 * @example h("button", { type: "button" }, "一键生成评估表").outerHTML
 * //=> '<button type="button">一键生成评估表</button>'
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

/**
 * Appends children to a node; strings become text nodes.
 * @example append(h("p"), ["实现度", " 62.3%"]).textContent //=> "实现度 62.3%"
 */
export function append<T extends Node>(parent: T, children: readonly Child[]): T {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return parent;
}

/**
 * Replaces a node's children.
 * @example replaceChildren(h("ul", {}, h("li")), []).childNodes.length //=> 0
 */
export function replaceChildren<T extends Node>(parent: T, children: readonly Child[]): T {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  return append(parent, children);
}

/**
 * Finds an element of the page by id; a missing one is a programming error.
 * @example byId("app").tagName //=> "MAIN"
 */
export function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no element #${id}`);
  return element;
}

let nextId = 0;

/**
 * A fresh element id for pairing a label with its control.
 * @example uniqueId("plan") //=> "plan-1"
 */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
