/**
 * Write-only facets (`format.font`, `format.fill`, a border, a conditional format's rule, a chart's
 * title …): setting a field queues a write; reading one throws `PropertyNotLoaded`, since the door
 * never loads them and a read would be a bug.
 */
import type { StandInContext } from "./context";
import { propertyNotLoaded } from "./errors";

/** What setting each field does, at sync. */
export type FacetFields = Record<string, (value: unknown) => void>;

/**
 * An object whose fields queue writes when set, with nested facets reachable by name.
 * `minVersion` is the ExcelApi version the facet belongs to.
 */
export function facet(
  context: StandInContext,
  typeName: string,
  fields: FacetFields,
  nested: Record<string, () => object> = {},
  minVersion?: string,
): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [field, apply] of Object.entries(fields)) {
    Object.defineProperty(target, field, {
      enumerable: true,
      get() {
        throw propertyNotLoaded(typeName, field);
      },
      set(value: unknown) {
        context.queueWrite(`${typeName}.${field}`, value, () => apply(value), minVersion);
      },
    });
  }
  for (const [name, make] of Object.entries(nested)) {
    let made: object | undefined;
    Object.defineProperty(target, name, {
      enumerable: false,
      get() {
        made ??= make();
        return made;
      },
    });
  }
  return target;
}
