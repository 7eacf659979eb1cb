/**
 * 名单: the lists of indicators a drafted report names in an order (`甲、乙、丙、丁、戊等12项`).
 * A list shows its first few names and counts the rest, so only the names it shows are put in
 * order and written out: a table of any length costs one pass, not a sort and a string per row.
 */
import { nameList } from "../i18n/summary";

/**
 * How many names a report list shows before 等N项 (`nameList`'s limit); at least that many are
 * drafted. The list tests compare every drafted list with `nameList` over the whole sorted list.
 */
const SHOWN = 5;

/**
 * The first `count` items in `compare` order, where a stable sort would place them (items that
 * compare equal keep their order), without sorting the rest.
 * @example firstInOrder([3, 1, 2, 1], 2, (a, b) => a - b) //=> [1, 1]
 */
export function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  if (count <= 0) return first;
  for (const item of items) {
    let at = first.length;
    while (at > 0 && compare(first[at - 1] as T, item) > 0) at -= 1;
    if (at >= count) continue;
    first.splice(at, 0, item);
    if (first.length > count) first.pop();
  }
  return first;
}

/**
 * A report list of `items` in `compare` order, each named by `draft`, as `nameList` writes it;
 * only the names shown are drafted.
 * @example listInOrder([{ name: "乙", r: 0.5 }, { name: "甲", r: 0.2 }], (a, b) => a.r - b.r, (item) => item.name) //=> "甲、乙"
 */
export function listInOrder<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  draft: (item: T) => string,
): string {
  const shown = firstInOrder(items, SHOWN, compare).map(draft);
  // nameList counts the names it does not show: those are left blank rather than written out.
  return nameList(shown.concat(new Array<string>(items.length - shown.length).fill("")));
}
