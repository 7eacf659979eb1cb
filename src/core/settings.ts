/**
 * 评估参数: the rules' knobs, their defaults (DOMAIN.md), validation of settings that arrive from
 * a workbook or a command line, and their JSON form (saved in the workbook beside the table).
 *
 * Ranges accepted (a bureau analyst's sensible range, not the mathematically possible one):
 * tolerance 0–1 (a share of the plan, 0.05 = 5 个百分点), 基本完成 threshold above 0 up to 1,
 * projection effort band 0–1, relative tolerance 0–10 percentage points. Labels may be renamed
 * one by one; every label must be non-empty text.
 */
import { defaultLabels, settingsMessages } from "../i18n/judge";
import type { Problem, Result, Settings, StatusLabels } from "./types";

/**
 * The settings DOMAIN.md describes: tolerance 0, 基本完成 at 95%, 经努力可完成 up to a 20% shortfall,
 * linear path, relative targets met within 0.5 pp, realisations clipped before averaging.
 * @example defaultSettings.basicallyCompleteThreshold //=> 0.95
 */
export const defaultSettings: Readonly<Settings> = Object.freeze({
  tolerance: 0,
  basicallyCompleteThreshold: 0.95,
  projectionEffortBand: 0.2,
  path: "linear",
  relativeTolerancePp: 0.5,
  capAverage: true,
  labels: Object.freeze({ ...defaultLabels }),
});

/** A numeric setting's accepted range; `above` excludes the lower end. */
interface NumberRange {
  min: number;
  max: number;
  above?: boolean;
}

type NumericSetting = "tolerance" | "basicallyCompleteThreshold" | "projectionEffortBand" | "relativeTolerancePp";

const NUMBER_RANGES: Readonly<Record<NumericSetting, NumberRange>> = {
  tolerance: { min: 0, max: 1 },
  basicallyCompleteThreshold: { min: 0, max: 1, above: true },
  projectionEffortBand: { min: 0, max: 1 },
  relativeTolerancePp: { min: 0, max: 10 },
};

const PATHS: readonly Settings["path"][] = ["linear", "compound"];

const LABEL_CODES = Object.keys(defaultLabels) as (keyof StatusLabels)[];

const KNOWN_KEYS = new Set<string>([...Object.keys(NUMBER_RANGES), "path", "capAverage", "labels"]);

/** Whether a value is a plain object (not null, not an array). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks one numeric setting; returns the problem, or null when it is in range.
 * @example numberProblem("tolerance", 2) //=> { code: "settings.range", message: "…" }
 */
function numberProblem(key: NumericSetting, value: unknown): Problem | null {
  const range = NUMBER_RANGES[key];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return { code: "settings.type", message: settingsMessages.notNumber(key, String(value)) };
  }
  const tooLow = range.above ? value <= range.min : value < range.min;
  if (tooLow || value > range.max) {
    return { code: "settings.range", message: settingsMessages.outOfRange(key, value, range.min, range.max, range.above === true) };
  }
  return null;
}

/**
 * Checks renamed labels: known codes only, each a non-empty text; collects the problems.
 * @example collectLabels({ ahead: "领先" }, []) //=> { ahead: "领先" }
 */
function collectLabels(value: unknown, problems: Problem[]): Partial<StatusLabels> {
  if (!isRecord(value)) {
    problems.push({ code: "settings.type", message: settingsMessages.labelsNotObject });
    return {};
  }
  const labels: Partial<StatusLabels> = {};
  for (const [code, label] of Object.entries(value)) {
    if (!(LABEL_CODES as string[]).includes(code)) {
      problems.push({ code: "settings.unknown", message: settingsMessages.unknownLabel(code) });
    } else if (typeof label !== "string" || label.trim() === "") {
      problems.push({ code: "settings.label", message: settingsMessages.emptyLabel(code) });
    } else {
      labels[code as keyof StatusLabels] = label.trim();
    }
  }
  return labels;
}

/**
 * Lists every problem with a partial settings object (unknown keys, wrong types, out of range).
 * @example settingsProblems({ tolerance: 0.05, colour: "red" }).map((p) => p.code) //=> ["settings.unknown"]
 */
export function settingsProblems(partial: unknown): Problem[] {
  const problems: Problem[] = [];
  if (partial === undefined || partial === null) return problems;
  if (!isRecord(partial)) return [{ code: "settings.type", message: settingsMessages.notObject }];
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) continue;
    if (!KNOWN_KEYS.has(key)) {
      problems.push({ code: "settings.unknown", message: settingsMessages.unknownKey(key) });
    } else if (key in NUMBER_RANGES) {
      const problem = numberProblem(key as NumericSetting, value);
      if (problem) problems.push(problem);
    } else if (key === "path" && !PATHS.includes(value as Settings["path"])) {
      problems.push({ code: "settings.path", message: settingsMessages.path(String(value)) });
    } else if (key === "capAverage" && typeof value !== "boolean") {
      problems.push({ code: "settings.type", message: settingsMessages.notBoolean(key, String(value)) });
    } else if (key === "labels") {
      collectLabels(value, problems);
    }
  }
  return problems;
}

/**
 * Completes partial settings with the defaults after checking them; every problem found is named
 * in the one problem returned (joined by `；`), whose code is the first problem's.
 * @example resolveSettings({ tolerance: 0.05 }).value.tolerance //=> 0.05
 * @example resolveSettings({ path: "cubic" }).ok //=> false
 */
export function resolveSettings(partial: unknown): Result<Settings> {
  const problems = settingsProblems(partial);
  const first = problems[0];
  if (first) {
    return { ok: false, problem: { code: first.code, message: problems.map((p) => p.message).join("；") } };
  }
  const given = isRecord(partial) ? partial : {};
  const pick = <K extends keyof Settings>(key: K): Settings[K] =>
    given[key] === undefined ? defaultSettings[key] : (given[key] as Settings[K]);
  const labels = given.labels === undefined ? {} : collectLabels(given.labels, []);
  return {
    ok: true,
    value: {
      tolerance: pick("tolerance"),
      basicallyCompleteThreshold: pick("basicallyCompleteThreshold"),
      projectionEffortBand: pick("projectionEffortBand"),
      path: pick("path"),
      relativeTolerancePp: pick("relativeTolerancePp"),
      capAverage: pick("capAverage"),
      labels: { ...defaultSettings.labels, ...labels },
    },
  };
}

/**
 * Writes settings as JSON with a stable key order, for saving in the workbook.
 * @example serialiseSettings(defaultSettings).startsWith('{"tolerance":0,') //=> true
 */
export function serialiseSettings(settings: Settings): string {
  const labels: Record<string, string> = {};
  for (const code of LABEL_CODES) labels[code] = settings.labels[code];
  return JSON.stringify({
    tolerance: settings.tolerance,
    basicallyCompleteThreshold: settings.basicallyCompleteThreshold,
    projectionEffortBand: settings.projectionEffortBand,
    path: settings.path,
    relativeTolerancePp: settings.relativeTolerancePp,
    capAverage: settings.capAverage,
    labels,
  });
}

/**
 * Reads settings saved as JSON (possibly partial); malformed JSON is a problem, not an exception.
 * @example parseSettings('{"path":"compound"}').value.path //=> "compound"
 * @example parseSettings("{").ok //=> false
 */
export function parseSettings(text: string): Result<Settings> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: "settings.json", message: settingsMessages.json } };
  }
  return resolveSettings(parsed);
}
