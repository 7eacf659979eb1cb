/**
 * 自定义属性 through Office.js: the add-in's own custom properties only, loaded by key, written in
 * short parts and verified.
 *
 * - Loaded by key (`getItemOrNullObject`), never the whole collection's values: Windows Excel hangs
 *   and crashes on loading a value over 255 characters (office-js #4378, #4002), which Excel on the
 *   web, another add-in or VBA can leave in a workbook.
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.custompropertycollection
 *   https://github.com/OfficeDev/office-js/issues/4378
 *   https://github.com/OfficeDev/office-js/issues/4002
 * - Written in parts of {@link OFFICE_PART_LENGTH} characters: some Excel builds cut a value to about
 *   127 characters (office-js #4530), so the 255-character parts the workbook layer plans would lose
 *   their tails. `add` creates a new or sets an existing property, so a part is rewritten in place.
 *   https://github.com/OfficeDev/office-js/issues/4530
 * - Verified in the same sync as the write: each part is read back after its `add`, and a part
 *   that did not come back whole is reported ({@link PropertyCheck}).
 */
import { PLAN_PROPERTIES } from "../workbook/plan";
import type { WriteOperation } from "../workbook/write/operations";
import { joinPropertyParts } from "../workbook/write/properties";

/** The longest part the door writes: under the ~127 characters some builds keep. */
export const OFFICE_PART_LENGTH = 120;
/** The most parts of one key the door reads back (64 × 120 = 7,680 characters). */
export const MAX_PROPERTY_PARTS = 64;
/**
 * The add-in's own keys: the run's (settings, mapping, run stamp) and the pane's choices
 * (`PlanAssess.pane`, saved by `src/app/choices.ts`).
 */
export const OWN_PROPERTY_KEYS: readonly string[] = [...Object.values(PLAN_PROPERTIES), "PlanAssess.pane"];

/** The separator of a part's number, as `src/workbook/write/properties.ts` writes it. */
const PART_SEPARATOR = "~";

/**
 * The keys a value's parts may take: `key`, `key~2` … `key~64`.
 * @example partKeys("PlanAssess.run").slice(0, 2) //=> ["PlanAssess.run", "PlanAssess.run~2"]
 */
export function partKeys(key: string): string[] {
  return Array.from({ length: MAX_PROPERTY_PARTS }, (_, i) => (i === 0 ? key : `${key}${PART_SEPARATOR}${i + 1}`));
}

/**
 * A value cut into parts of `length` characters under `key`, `key~2` … (one empty part for "").
 * @example officeParts("k", "x".repeat(130)).map((part) => [part.key, part.value.length]) //=> [["k", 120], ["k~2", 10]]
 */
export function officeParts(key: string, value: string, length = OFFICE_PART_LENGTH): { key: string; value: string }[] {
  const parts: { key: string; value: string }[] = [];
  for (let start = 0; start < value.length || parts.length === 0; start += length) {
    parts.push({ key: parts.length === 0 ? key : `${key}${PART_SEPARATOR}${parts.length + 1}`, value: value.slice(start, start + length) });
  }
  return parts;
}

/** The saved properties found by key, and every key found (parts included). */
export interface OwnProperties {
  /** Each of `keys` that is saved, its parts joined. */
  values: Record<string, string>;
  /** Every key found, as saved. */
  found: string[];
}

/**
 * Queues the loads of the given keys and their parts (no sync); the returned function reads them
 * once synced.
 * @example const read = queueOwnProperties(context, ["PlanAssess.run"]); await context.sync(); read().values //=> { "PlanAssess.run": "{…}" }
 */
export function queueOwnProperties(context: Excel.RequestContext, keys: readonly string[] = OWN_PROPERTY_KEYS): () => OwnProperties {
  const custom = context.workbook.properties.custom;
  const proxies = keys.flatMap((key) => partKeys(key).map((part) => ({ part, item: custom.getItemOrNullObject(part).load("key,value") })));
  return () => {
    const saved = proxies.flatMap(({ item }) => (item.isNullObject ? [] : [{ key: item.key, value: item.value as unknown }]));
    const values: Record<string, string> = {};
    for (const key of keys) {
      const joined = joinPropertyParts(saved, key);
      if (joined !== null) values[key] = joined;
    }
    return { values, found: saved.map((item) => item.key) };
  };
}

/** A property part as written, and what Excel kept of it. */
export interface PropertyLoss {
  key: string;
  written: number;
  kept: number;
}

/**
 * Rewrites a write's property operations for Office: each value the workbook layer cut into
 * 255-character parts is joined and cut again into {@link OFFICE_PART_LENGTH}-character parts, and
 * the saved parts beyond the new count are deleted. Other operations keep their order.
 * @example officePropertyOperations([{ kind: "setProperty", key: "k", value: "x".repeat(130) }], []).map((op) => op.kind) //=> ["setProperty", "setProperty"]
 */
export function officePropertyOperations<T extends { kind: string }>(operations: readonly (T | WriteOperation)[], savedKeys: readonly string[]): (T | WriteOperation)[] {
  const values = new Map<string, string>();
  for (const operation of operations as readonly WriteOperation[]) {
    if (operation.kind !== "setProperty") continue;
    const base = baseKey(operation.key, values);
    values.set(base, (values.get(base) ?? "") + operation.value);
  }
  if (values.size === 0) return [...operations];
  const rewritten: (T | WriteOperation)[] = [];
  let placed = false;
  for (const operation of operations as readonly WriteOperation[]) {
    const touchesOurs = (operation.kind === "setProperty" || operation.kind === "deleteProperty") && values.has(baseKey(operation.key, values));
    if (!touchesOurs) {
      rewritten.push(operation);
      continue;
    }
    // The rewritten parts go where the first part was set; the planned deletions are recomputed.
    if (placed || operation.kind !== "setProperty") continue;
    placed = true;
    for (const [key, value] of values) {
      const parts = officeParts(key, value);
      const stale = savedKeys.filter((saved) => isPartBeyond(saved, key, parts.length));
      rewritten.push(...stale.map((saved): WriteOperation => ({ kind: "deleteProperty", key: saved })));
      rewritten.push(...parts.map((part): WriteOperation => ({ kind: "setProperty", key: part.key, value: part.value })));
    }
  }
  return rewritten;
}

/** The key a part belongs to: `k~3` → `k` when `k` is among the values, else the key itself. */
function baseKey(key: string, values: ReadonlyMap<string, string>): string {
  const cut = key.lastIndexOf(PART_SEPARATOR);
  if (cut > 0 && /^\d+$/u.test(key.slice(cut + 1)) && values.has(key.slice(0, cut))) return key.slice(0, cut);
  return key;
}

/** Whether a saved key is part `n > count` of `key` (compared case-insensitively, as Excel does). */
function isPartBeyond(saved: string, key: string, count: number): boolean {
  const prefix = `${key}${PART_SEPARATOR}`.toLowerCase();
  const lower = saved.toLowerCase();
  if (!lower.startsWith(prefix)) return false;
  const number = Number(lower.slice(prefix.length));
  return Number.isInteger(number) && number > count;
}

/**
 * Queues a read-back of properties just written (no sync); the returned function lists the parts
 * Excel did not keep whole.
 * @example const check = queuePropertyCheck(context, [{ key: "k", value: "abc" }]); await context.sync(); check() //=> []
 */
export function queuePropertyCheck(context: Excel.RequestContext, written: readonly { key: string; value: string }[]): () => PropertyLoss[] {
  const custom = context.workbook.properties.custom;
  const proxies = written.map((part) => ({ part, item: custom.getItemOrNullObject(part.key).load("value") }));
  return () =>
    proxies.flatMap(({ part, item }) => {
      const kept = item.isNullObject ? "" : String(item.value ?? "");
      return kept === part.value ? [] : [{ key: part.key, written: part.value.length, kept: kept.length }];
    });
}
