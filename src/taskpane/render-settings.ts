/**
 * The 高级设置 section: a native `<details>` (keyboard operable, closed by default) holding the
 * rule settings and the status labels, each field labelled, with its hint and its error.
 */
import type { StatusLabels } from "../core/types";
import type { TaskpaneText } from "../i18n/taskpane";
import { button, radioGroup, textField, type TextField } from "./controls";
import { h } from "./dom";
import type { FieldError, NumericField, SettingsForm } from "./settings-form";

/** The section and a way to show the fields' errors. */
export interface SettingsSection {
  element: HTMLDetailsElement;
  showErrors(errors: Partial<Record<NumericField | keyof StatusLabels, FieldError>>): void;
}

/** The message of a field error. */
function fieldErrorText(error: FieldError, text: TaskpaneText): string {
  switch (error.kind) {
    case "notNumber":
      return text.advanced.notNumber;
    case "outOfRange":
      return text.advanced.outOfRange(error.min, error.max);
    case "emptyLabel":
      return text.advanced.emptyLabel;
    default: {
      const unexpected: never = error;
      return unexpected;
    }
  }
}

/**
 * Renders 高级设置 from a form; `onChange` gets the whole form after each edit.
 * @example renderSettings(form, taskpaneZhCN, onChange, onReset, false).element.open //=> false
 */
export function renderSettings(
  form: SettingsForm,
  text: TaskpaneText,
  onChange: (form: SettingsForm) => void,
  onReset: () => void,
  open: boolean,
): SettingsSection {
  const current: SettingsForm = { ...form, labels: { ...form.labels } };
  const fields = new Map<NumericField | keyof StatusLabels, TextField>();
  const numeric = (field: NumericField, label: string, hint?: string): HTMLElement => {
    const made = textField({
      label,
      hint,
      value: current[field],
      inputMode: "decimal",
      name: field,
      onChange: (value) => {
        current[field] = value;
        onChange({ ...current, labels: { ...current.labels } });
      },
    });
    fields.set(field, made);
    return made.element;
  };
  const path = radioGroup({
    legend: text.advanced.path,
    name: "path",
    value: current.path,
    choices: [
      { value: "linear", label: text.advanced.pathLinear },
      { value: "compound", label: text.advanced.pathCompound },
    ],
    onChange: (value) => {
      current.path = value === "compound" ? "compound" : "linear";
      onChange({ ...current, labels: { ...current.labels } });
    },
  });
  const labelFields = (Object.keys(current.labels) as (keyof StatusLabels)[]).map((code) => {
    const made = textField({
      label: text.advanced.labelCaptions[code],
      value: current.labels[code],
      name: `label-${code}`,
      onChange: (value) => {
        current.labels[code] = value;
        onChange({ ...current, labels: { ...current.labels } });
      },
    });
    fields.set(code, made);
    return made.element;
  });
  const element = h(
    "details",
    { class: "details", "data-testid": "advanced" },
    h("summary", { class: "details-summary" }, text.advanced.heading),
    h(
      "div",
      { class: "details-body" },
      numeric("tolerance", text.advanced.tolerance, text.advanced.toleranceHint),
      numeric("basicallyComplete", text.advanced.basicallyComplete, text.advanced.basicallyCompleteHint),
      numeric("effortBand", text.advanced.effortBand, text.advanced.effortBandHint),
      numeric("relativeTolerance", text.advanced.relativeTolerance),
      path,
      numeric("jumpThreshold", text.advanced.jumpThreshold, text.advanced.jumpThresholdHint),
      h("h3", { class: "subheading" }, text.advanced.labels),
      h("p", { class: "hint" }, text.advanced.labelsHint),
      h("div", { class: "field-row" }, ...labelFields),
      h("div", { class: "button-row" }, button({ label: text.advanced.reset, onClick: onReset })),
    ),
  );
  element.open = open;
  return {
    element,
    showErrors(errors) {
      for (const [key, field] of fields) {
        const error = errors[key];
        field.setError(error ? fieldErrorText(error, text) : null);
      }
    },
  };
}
