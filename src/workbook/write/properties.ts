/**
 * 自定义属性: workbook custom properties hold the add-in's settings, column mapping and run stamp.
 * Excel outside the web trims a custom property's value to 255 characters, so a longer value is
 * saved in parts under `key`, `key~2`, `key~3` … and read back by joining the parts in order. Every
 * door saves them so (Office.js and WPS as custom properties; the command line as custom properties
 * and on a very hidden sheet).
 */

/** The longest value Excel keeps in one custom property on every platform. */
export const PROPERTY_PART_LENGTH = 255;
/** Separates a key from its part number. */
const PART_SEPARATOR = "~";

/**
 * The custom properties that hold a value: the value itself, or its 255-character parts.
 * @example propertyParts("PlanAssess.settings", "x".repeat(300)).map((p) => [p.key, p.value.length])
 * //=> [["PlanAssess.settings", 255], ["PlanAssess.settings~2", 45]]
 */
export function propertyParts(key: string, value: string): { key: string; value: string }[] {
  const parts: { key: string; value: string }[] = [];
  for (let start = 0; start < value.length || parts.length === 0; start += PROPERTY_PART_LENGTH) {
    const number = parts.length + 1;
    parts.push({
      key: number === 1 ? key : `${key}${PART_SEPARATOR}${number}`,
      value: value.slice(start, start + PROPERTY_PART_LENGTH),
    });
  }
  return parts;
}

/**
 * Joins a value's parts from the saved properties (keys compared case-insensitively, as Excel
 * does), or null when the key is not saved.
 * @example joinPropertyParts([{ key: "a~2", value: "yz" }, { key: "A", value: "x" }], "a") //=> "xyz"
 */
export function joinPropertyParts(saved: readonly { key: string; value: unknown }[], key: string): string | null {
  const byKey = new Map(saved.map((item) => [item.key.toLowerCase(), item.value]));
  const first = byKey.get(key.toLowerCase());
  if (first === undefined || first === null) return null;
  let joined = String(first);
  for (let number = 2; ; number += 1) {
    const part = byKey.get(`${key}${PART_SEPARATOR}${number}`.toLowerCase());
    if (part === undefined || part === null) return joined;
    joined += String(part);
  }
}

/**
 * Every saved value, its parts joined, by its key as saved (a part's own key, `key~2` …, is not
 * listed apart).
 * @example savedProperties([{ key: "a", value: "x" }, { key: "a~2", value: "yz" }, { key: "b", value: 1 }]) //=> { a: "xyz", b: "1" }
 */
export function savedProperties(saved: readonly { key: string; value: unknown }[]): Record<string, string> {
  const keys = new Set(saved.map((item) => item.key.toLowerCase()));
  const properties: Record<string, string> = {};
  for (const { key } of saved) {
    const cut = key.lastIndexOf(PART_SEPARATOR);
    if (cut > 0 && /^\d+$/u.test(key.slice(cut + 1)) && keys.has(key.slice(0, cut).toLowerCase())) continue;
    const value = joinPropertyParts(saved, key);
    if (value !== null) properties[key] = value;
  }
  return properties;
}

/**
 * Saved keys that belong to `key` (its parts) but are not among the parts about to be written:
 * the tail of a longer earlier value, to delete.
 * @example staleParts(["k", "k~2", "k~3", "other"], "k", 1) //=> ["k~2", "k~3"]
 */
export function staleParts(savedKeys: readonly string[], key: string, partCount: number): string[] {
  const prefix = `${key}${PART_SEPARATOR}`.toLowerCase();
  return savedKeys.filter((saved) => {
    const lower = saved.toLowerCase();
    if (!lower.startsWith(prefix)) return false;
    const number = Number(lower.slice(prefix.length));
    return Number.isInteger(number) && number > partCount;
  });
}
