/**
 * The stand-in's request context and client objects: calls are queued as actions and carried out
 * in order at `context.sync()`, as Office.js does. The context is strict where Excel is, and
 * stricter where a real add-in would be slow or fragile:
 * - a property read before `load` + `sync` throws `PropertyNotLoaded`;
 * - every sync is counted, with the JSON size of its queued writes (request) and of the data it
 *   returns (response); either over the payload limit (5 MB) throws as Excel on the web does;
 * - syncs are counted per operation (one `Excel.run`): a run that syncs more often than
 *   `maxSyncsPerRun` is taken for a sync inside a loop — counted and, unless the stand-in was told
 *   to allow it, refused (`SyncInLoop`); the count never depends on which line called `sync`;
 * - in the pessimistic payload mode every non-ASCII character counts as the six bytes of its
 *   `\uXXXX` escape, the worst case of how a host may frame JSON;
 * - a failure can be injected for the next sync (`InactiveWorkbook`, `ActivityLimitReached`,
 *   `UnsupportedSheet` …), as Excel raises them for reasons the add-in cannot see;
 * - an API newer than the stand-in's ExcelApi version throws `ApiNotFound` at sync;
 * - in cell-edit mode every sync that carries actions throws `InvalidOperationInCellEditMode`.
 */
import { StandInError, propertyNotLoaded, type StandInErrorCode } from "./errors";
import type { WorkbookModel } from "./model";

/** Knobs of the stand-in. */
export interface StandInOptions {
  /** The ExcelApi version the stand-in claims, e.g. "1.17". */
  apiVersion: string;
  /** Request and response limit per sync, in bytes (Excel on the web: 5 MB). */
  payloadLimit: number;
  /** The most cells one range may return values for (stricter than Excel: catches unbounded reads). */
  maxReadCells: number;
  /**
   * Beyond this many cells a range answers `values`, `numberFormat`, `formulas` and `text` with
   * `null` instead of an error (Excel: 5,000,000). The performance article gives five million cells
   * as the limit of a get on all platforms and says `Range.values` may then come back `null` rather
   * than throw: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices
   * (office-js #4783 on a used range of A1:BZ64103, #6781 on a spill range of 5,001,000 cells).
   * Checked before `maxReadCells`, so a door that never asks for so many cells never meets it.
   */
  nullValuesOverCells: number;
  /** `getMergedAreasOrNullObject` fails beyond this many areas (Excel: 512). */
  maxMergedAreas: number;
  /** Custom property values are cut to this length (desktop Excel: 255); null keeps them whole (web). */
  propertyValueLimit: number | null;
  /** What a sync inside a loop does: throw (default) or only count. */
  syncLoops: "throw" | "count";
  /** The most syncs one `Excel.run` may take before it counts as a loop. */
  maxSyncsPerRun: number;
  /** How payloads are measured: UTF-8 bytes, or every non-ASCII character as a 6-byte `\uXXXX`. */
  payloadMode: "utf8" | "pessimistic";
  /**
   * The host the stand-in plays: on "desktop", loading a custom property's value of more than 255
   * characters fails as Windows Excel hangs and crashes on it (office-js #4378, #4002); "web" reads it.
   */
  platform: "web" | "desktop";
  /** How addresses name a sheet: quoted where A1 needs it (default), or CJK names left bare. */
  addressStyle: "quoted" | "unquotedCjk";
}

/** One sync as the stand-in saw it. */
export interface SyncRecord {
  run: number;
  actions: number;
  requestBytes: number;
  responseBytes: number;
  /** The line of code that called `sync`. */
  site: string;
  /** Whether screen updating was suspended for this sync. */
  suspended: boolean;
}

/** State shared by every `Excel.run` on one stand-in. */
export interface StandInRuntime {
  model: WorkbookModel;
  options: StandInOptions;
  syncs: SyncRecord[];
  loopSyncs: number;
  runs: number;
  cellEditMode: boolean;
  protectedSheets: Set<string>;
  /** Workbook structure protection: sheets can be neither added nor deleted. */
  structureProtected: boolean;
  /** Failures the next syncs raise, in order (one each). */
  injected: string[];
  /** Failures the next action of a kind raises (`Worksheet.delete` → `GeneralException`), once each. */
  failingActions: Map<string, string>;
  /** The user's selection: the areas selected on the active sheet, or "chart" for a chart or shape. */
  selection: { sheet: string; rects: { top: number; left: number; bottom: number; right: number }[] } | "chart" | null;
}

/** A queued call: its size on the wire, and what it does (returning the bytes it answers with). */
interface Action {
  bytes: number;
  execute(): number;
}

const encoder = new TextEncoder();

/** The UTF-8 length of a value's JSON (or, pessimistically, its ASCII-escaped length). */
export function jsonBytes(value: unknown, mode: "utf8" | "pessimistic" = "utf8"): number {
  const json = JSON.stringify(value);
  if (json === undefined) return 0;
  if (mode === "utf8") return encoder.encode(json).length;
  let bytes = 0;
  for (let i = 0; i < json.length; i += 1) bytes += json.charCodeAt(i) < 0x80 ? 1 : 6;
  return bytes;
}

/** Framing of one action on the wire (object path, ids). */
const ACTION_OVERHEAD = 32;

/** Whether version `a` is at least `b` ("1.13" ≥ "1.9"). */
export function versionAtLeast(a: string, b: string): boolean {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor > bMajor || (aMajor === bMajor && aMinor >= bMinor);
}

/** The request context handed to an `Excel.run` batch. */
export class StandInContext {
  readonly runtime: StandInRuntime;
  readonly run: number;
  private actions: Action[] = [];
  private syncsInRun = 0;
  private suspended = false;
  /** Set by the factory: `context.workbook` and `context.application`. */
  workbook: unknown;
  application: unknown;

  constructor(runtime: StandInRuntime, run: number) {
    this.runtime = runtime;
    this.run = run;
  }

  get model(): WorkbookModel {
    return this.runtime.model;
  }

  /** Queues a write: `payload` is what travels to Excel; `minVersion` the API set it needs. */
  queueWrite(label: string, payload: unknown, execute: () => void, minVersion?: string): void {
    const bytes = jsonBytes(payload, this.runtime.options.payloadMode) + label.length + ACTION_OVERHEAD;
    this.actions.push({
      bytes,
      execute: () => {
        this.requireVersion(label, minVersion);
        const failure = this.runtime.failingActions.get(label);
        if (failure !== undefined) {
          this.runtime.failingActions.delete(label);
          throw new StandInError(failure as StandInErrorCode, `Injected failure ${failure} at ${label}.`, label);
        }
        execute();
        return 0;
      },
    });
  }

  /** Queues a read: `capture` runs at sync and returns the data Excel would answer with. */
  queueRead(label: string, capture: () => unknown, minVersion?: string): void {
    this.actions.push({
      bytes: label.length + ACTION_OVERHEAD,
      execute: () => {
        this.requireVersion(label, minVersion);
        const failure = this.runtime.failingActions.get(label);
        if (failure !== undefined) {
          this.runtime.failingActions.delete(label);
          throw new StandInError(failure as StandInErrorCode, `Injected failure ${failure} at ${label}.`, label);
        }
        return jsonBytes(capture(), this.runtime.options.payloadMode);
      },
    });
  }

  /** `application.suspendScreenUpdatingUntilNextSync()`. */
  suspendScreenUpdating(): void {
    this.queueWrite("suspendScreenUpdatingUntilNextSync", null, () => {
      this.suspended = true;
    }, "1.9");
  }

  hasPendingActions(): boolean {
    return this.actions.length > 0;
  }

  private requireVersion(label: string, minVersion: string | undefined): void {
    if (minVersion && !versionAtLeast(this.runtime.options.apiVersion, minVersion)) {
      throw new StandInError("ApiNotFound", `${label} needs ExcelApi ${minVersion}; this Excel has ${this.runtime.options.apiVersion}.`, label);
    }
  }

  /** Carries out the queued actions in order, as one round trip. */
  async sync(): Promise<void> {
    const site = callerOf(new Error().stack);
    const runtime = this.runtime;
    const actions = this.actions;
    this.actions = [];
    const record: SyncRecord = { run: this.run, actions: actions.length, requestBytes: 0, responseBytes: 0, site, suspended: false };
    runtime.syncs.push(record);
    this.syncsInRun += 1;
    if (this.syncsInRun > runtime.options.maxSyncsPerRun) {
      runtime.loopSyncs += 1;
      if (runtime.options.syncLoops === "throw") {
        throw new StandInError("SyncInLoop", `Sync ${this.syncsInRun} of one Excel.run (at most ${runtime.options.maxSyncsPerRun}): a sync inside a loop.`, site);
      }
    }
    await Promise.resolve();
    const injected = runtime.injected.shift();
    if (injected !== undefined) throw new StandInError(injected as StandInErrorCode, `Injected failure ${injected}.`);
    if (actions.length > 0 && runtime.cellEditMode) {
      throw new StandInError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    record.requestBytes = actions.reduce((sum, action) => sum + action.bytes, 0);
    if (record.requestBytes > runtime.options.payloadLimit) {
      throw new StandInError("RequestPayloadSizeLimitExceeded", `The request payload (${record.requestBytes} bytes) exceeds the limit.`);
    }
    this.suspended = false;
    for (const action of actions) record.responseBytes += action.execute();
    record.suspended = this.suspended;
    this.suspended = false;
    if (record.responseBytes > runtime.options.payloadLimit) {
      throw new StandInError("ResponsePayloadSizeLimitExceeded", `The response payload (${record.responseBytes} bytes) exceeds the limit.`);
    }
  }
}

/** The caller's line from a stack taken inside `sync` (V8 and Firefox formats). */
function callerOf(stack: string | undefined): string {
  const lines = (stack ?? "").split("\n").filter((line) => line.trim() !== "");
  const frames = lines[0]?.startsWith("Error") ? lines.slice(1) : lines;
  return (frames[1] ?? frames[0] ?? "unknown").trim().replace(/^at (async )?/u, "");
}

/** How `load` was called: a list of properties, each possibly `items/name`. */
export function loadList(spec: unknown, all: readonly string[]): string[] {
  if (spec === undefined || spec === null) return [...all];
  if (typeof spec === "string") return spec.split(",").map((part) => part.trim()).filter((part) => part !== "");
  if (Array.isArray(spec)) return spec.flatMap((part) => loadList(part, all));
  if (typeof spec === "object" && "select" in spec) return loadList((spec as { select: unknown }).select, all);
  return [...all];
}

/** The item properties of a collection load (`items/name,items/formula` → name, formula), checked. */
export function itemProperties(spec: unknown, allowed: readonly string[], typeName: string): string[] {
  const properties = loadList(spec ?? "items", []).map((part) => part.replace(/^items\/?/u, "")).filter((part) => part !== "");
  const chosen = properties.length === 0 ? [...allowed] : properties;
  for (const property of chosen) {
    if (!allowed.includes(property)) throw new StandInError("InvalidArgument", `${typeName} items have no loadable property '${property}'.`);
  }
  return chosen;
}

/**
 * A client object: loaded properties become readable only after the sync that carried the load.
 * Subclasses say which properties exist (`scalars`) and how to read them from the model.
 */
export abstract class StandInObject {
  protected readonly context: StandInContext;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  protected abstract readonly typeName: string;
  protected abstract readonly scalars: readonly string[];

  constructor(context: StandInContext) {
    this.context = context;
  }

  /** Reads one loadable property from the model at sync time. */
  protected abstract capture(property: string): unknown;

  /** `load("a,b")`: queues a read of those properties. */
  load(spec?: unknown): this {
    const wanted = loadList(spec, this.scalars);
    for (const property of wanted) {
      if (!this.scalars.includes(property) && !property.startsWith("items/")) {
        throw new StandInError("InvalidArgument", `${this.typeName} has no loadable property '${property}'.`);
      }
    }
    this.context.queueRead(`${this.typeName}.load`, () => {
      if (this.isNullNow()) return null;
      const snapshot: Record<string, unknown> = {};
      for (const property of wanted) snapshot[property] = this.capture(property);
      for (const [property, value] of Object.entries(snapshot)) this.loaded.set(property, value);
      return snapshot;
    }, this.loadVersion(wanted));
    return this;
  }

  /** The API set a load of these properties needs (none by default). */
  protected loadVersion(_properties: readonly string[]): string | undefined {
    return undefined;
  }

  /** A loaded property's value; throws PropertyNotLoaded when it was not loaded and synced. */
  protected loadedValue<T>(property: string): T {
    if (this.nullState === true) throw propertyNotLoaded(`${this.typeName} (null object)`, property);
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.typeName, property);
    return this.loaded.get(property) as T;
  }

  /** Marks this proxy as an *OrNullObject result: its nullness is settled at the next sync. */
  protected settleNullness(isNull: () => boolean, minVersion?: string): void {
    this.context.queueRead(`${this.typeName}.isNullObject`, () => {
      this.nullState = isNull();
      return this.nullState;
    }, minVersion);
  }

  /** Whether the proxy turned out null (false for proxies that are never null). */
  protected isNullNow(): boolean {
    return this.nullState === true;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  /** Marks properties as loaded (collection items loaded through their collection). */
  adopt(values: Record<string, unknown>): void {
    for (const [property, value] of Object.entries(values)) this.loaded.set(property, value);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
