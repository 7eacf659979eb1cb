/**
 * The stand-in's strictness: every WPS object is a Proxy over the members the stand-in
 * implements, and any other member — read, written or called — fails the test at once, naming
 * the object and the member. Every read, write and call of a member counts as one host call (as
 * each is a synchronous call into WPS), so tests can bound the calls of a run.
 */

/** A failure of the stand-in: the door used WPS in a way it does not allow. */
export class WpsStandInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WpsStandInError";
  }
}

/** The count of host calls. */
export interface CallCounter {
  calls: number;
  /** Calls by `Object.member`, for the failure messages of call-bound tests. */
  byMember: Map<string, number>;
  /** A member (`Range.Merge()`, `Range.Value2=`) WPS refuses, to test failures half-way. */
  refuse?: string;
}

/** A new counter. */
export function callCounter(): CallCounter {
  return { calls: 0, byMember: new Map() };
}

/** Counts one call. */
function count(counter: CallCounter, label: string): void {
  if (counter.refuse === label) throw new Error(`WPS refused ${label}`);
  counter.calls += 1;
  counter.byMember.set(label, (counter.byMember.get(label) ?? 0) + 1);
}

/**
 * A strict proxy over `members` (an object of getters, setters and methods): a member it does not
 * have fails; a read-only one written fails; each access counts.
 */
export function strict<T extends object>(name: string, members: T, counter: CallCounter): T {
  return new Proxy(members, {
    get(target, property, receiver) {
      if (typeof property === "symbol") return Reflect.get(target, property, receiver);
      if (!(property in target)) throw new WpsStandInError(`${name}.${property} is not a member the stand-in implements`);
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value === "function") {
        return (...args: unknown[]) => {
          count(counter, `${name}.${property}()`);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      count(counter, `${name}.${property}`);
      return value;
    },
    set(target, property, value) {
      if (typeof property === "symbol" || !(property in target)) throw new WpsStandInError(`${name}.${String(property)} cannot be set: not a member the stand-in implements`);
      const descriptor = Object.getOwnPropertyDescriptor(target, property);
      if (descriptor && !descriptor.set && !descriptor.writable) throw new WpsStandInError(`${name}.${property} is read-only`);
      count(counter, `${name}.${property}=`);
      Reflect.set(target, property, value, target);
      return true;
    },
    has(target, property) {
      return Reflect.has(target, property);
    },
  });
}
