/**
 * 高级设置 as a form: the engine's {@link Settings} (shares) shown in the units a bureau types
 * (percent and percentage points), read back with a problem per field instead of an exception.
 *
 * Choices where the specification is silent: the progress tolerance may be 0–100 points, the
 * 基本完成 threshold 50–100%, the 经努力可完成 band 0–100%, the growth-sync tolerance 0–10 points
 * and the jump threshold 1–1000%; a label may be renamed but not emptied.
 */
import { foldWidth, removeSpaces } from "../core/cell/width";
import type { Result, Settings, StatusLabels } from "../core/types";

/** The numeric fields of the form. */
export type NumericField = "tolerance" | "basicallyComplete" | "effortBand" | "relativeTolerance" | "jumpThreshold";

/** 高级设置 as typed: numbers as text in the units shown beside them. */
export interface SettingsForm {
  tolerance: string;
  basicallyComplete: string;
  effortBand: string;
  relativeTolerance: string;
  jumpThreshold: string;
  path: Settings["path"];
  labels: StatusLabels;
}

/** Why a field cannot be read. */
export type FieldError =
  | { kind: "notNumber" }
  | { kind: "outOfRange"; min: number; max: number }
  | { kind: "emptyLabel" };

/** The fields to correct, each with why. */
export type FieldErrors = Partial<Record<NumericField | keyof StatusLabels, FieldError>>;

/** What the form reads as: settings and the jump threshold, or the fields to correct. */
export type FormReading = Result<{ settings: Settings; jumpThreshold: number }, FieldErrors>;

/** Each numeric field's range in the units shown, and how it maps to a share. */
export const FIELD_RANGES: Readonly<Record<NumericField, { min: number; max: number }>> = {
  tolerance: { min: 0, max: 100 },
  basicallyComplete: { min: 50, max: 100 },
  effortBand: { min: 0, max: 100 },
  relativeTolerance: { min: 0, max: 10 },
  jumpThreshold: { min: 1, max: 1000 },
};

/** Default 数据跳变 threshold: a change of more than ±50% from the previous period is listed. */
export { DEFAULT_JUMP_THRESHOLD } from "../app/choices";

/**
 * Shows a share as a percentage without float noise: 0.95 → `95`, 0.005 → `0.5`.
 * @example shareAsPercentText(0.95) //=> "95"
 */
export function shareAsPercentText(share: number): string {
  return String(Number((share * 100).toPrecision(12)));
}

/**
 * Fills the form from settings and a jump threshold (both shares).
 * @example settingsToForm(defaultSettings, 0.5).basicallyComplete //=> "95"
 */
export function settingsToForm(settings: Settings, jumpThreshold: number): SettingsForm {
  return {
    tolerance: shareAsPercentText(settings.tolerance),
    basicallyComplete: shareAsPercentText(settings.basicallyCompleteThreshold),
    effortBand: shareAsPercentText(settings.projectionEffortBand),
    relativeTolerance: String(settings.relativeTolerancePp),
    jumpThreshold: shareAsPercentText(jumpThreshold),
    path: settings.path,
    labels: { ...settings.labels },
  };
}

/**
 * Reads a typed number: full-width digits, spaces and a trailing `%` allowed; null otherwise.
 * @example readTypedNumber("９５ %") //=> 95
 */
export function readTypedNumber(text: string): number | null {
  const cleaned = removeSpaces(foldWidth(text)).replace(/%$/u, "");
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/u.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads the form back into settings (keeping `base`'s other fields), or says which fields to correct.
 * @example readSettingsForm({ ...settingsToForm(defaultSettings, 0.5), tolerance: "2" }, defaultSettings)
 * //=> { ok: true, value: { settings: { ...defaultSettings, tolerance: 0.02 }, jumpThreshold: 0.5 } }
 */
export function readSettingsForm(form: SettingsForm, base: Settings): FormReading {
  const errors: FieldErrors = {};
  const numbers = {} as Record<NumericField, number>;
  for (const field of Object.keys(FIELD_RANGES) as NumericField[]) {
    const { min, max } = FIELD_RANGES[field];
    const value = readTypedNumber(form[field]);
    if (value === null) errors[field] = { kind: "notNumber" };
    else if (value < min || value > max) errors[field] = { kind: "outOfRange", min, max };
    else numbers[field] = value;
  }
  const labels = { ...form.labels };
  for (const code of Object.keys(labels) as (keyof StatusLabels)[]) {
    labels[code] = labels[code].trim();
    if (labels[code] === "") errors[code] = { kind: "emptyLabel" };
  }
  if (Object.keys(errors).length > 0) return { ok: false, problem: errors };
  const settings: Settings = {
    ...base,
    tolerance: numbers.tolerance / 100,
    basicallyCompleteThreshold: numbers.basicallyComplete / 100,
    projectionEffortBand: numbers.effortBand / 100,
    relativeTolerancePp: numbers.relativeTolerance,
    path: form.path,
    labels,
  };
  return { ok: true, value: { settings, jumpThreshold: numbers.jumpThreshold / 100 } };
}
