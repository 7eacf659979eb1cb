/**
 * The little DOM the outcome dialog needs, built safely: elements with `createElement`, text with
 * `textContent`, attributes with `setAttribute`. Nothing here parses HTML, so a sheet name read
 * from the workbook reaches the dialog as text and never as markup.
 */

/** A child: an element, text (set as a text node), or nothing. */
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children; strings become text nodes.
 * @example element("button", { type: "button" }, "关闭").textContent //=> "关闭"
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    made.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return made;
}

/**
 * Finds an element of the page by id; a missing one is a programming error.
 * @example pageElement("outcome").tagName //=> "MAIN"
 */
export function pageElement(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no element #${id}`);
  return found;
}
