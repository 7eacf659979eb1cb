/**
 * The 高级设置 section: a native `<details>` (keyboard operable, closed by default) holding the
 * rule settings and the status labels, each field labelled, with its hint and its error.
 */
import type { StatusLabels } from "../core/types";
import type { TaskpaneText } from "../i18n/taskpane";
import { button, radioGroup, textField, type TextField } from "./controls";
import { h } from "./dom";
import type { FieldError, FieldErrors, NumericField, SettingsForm } from "./settings-form";

/** The section and a way to show the fields' errors. */
export interface SettingsSection {
  element: HTMLDetailsElement;
  showErrors(errors: FieldErrors): void;
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

/** What 高级设置 is rendered from. */
export interface SettingsOptions {
  form: SettingsForm;
  text: TaskpaneText;
  /** Whether the section starts open. */
  open: boolean;
  /** Gets the whole form after each edit. */
  onChange(form: SettingsForm): void;
  onReset(): void;
}

/** The form as edited so far, the fields made, and how to pass an edit on. */
interface Editing {
  current: SettingsForm;
  fields: Map<NumericField | keyof StatusLabels, TextField>;
  changed(): void;
}

/** A numeric field of the form, kept among the fields whose errors can be shown. */
function numericField(editing: Editing, field: NumericField, label: string, hint?: string): HTMLElement {
  const made = textField({
    label,
    hint,
    value: editing.current[field],
    inputMode: "decimal",
    name: field,
    onChange: (value) => {
      editing.current[field] = value;
      editing.changed();
    },
  });
  editing.fields.set(field, made);
  return made.element;
}

/** 实现路径: linear or compound. */
function pathField(editing: Editing, text: TaskpaneText): HTMLElement {
  return radioGroup({
    legend: text.advanced.path,
    name: "path",
    value: editing.current.path,
    choices: [
      { value: "linear", label: text.advanced.pathLinear },
      { value: "compound", label: text.advanced.pathCompound },
    ],
    onChange: (value) => {
      editing.current.path = value === "compound" ? "compound" : "linear";
      editing.changed();
    },
  });
}

/** One field per status label, to rename it. */
function labelFields(editing: Editing, text: TaskpaneText): HTMLElement[] {
  return (Object.keys(editing.current.labels) as (keyof StatusLabels)[]).map((code) => {
    const made = textField({
      label: text.advanced.labelCaptions[code],
      value: editing.current.labels[code],
      name: `label-${code}`,
      onChange: (value) => {
        editing.current.labels[code] = value;
        editing.changed();
      },
    });
    editing.fields.set(code, made);
    return made.element;
  });
}

/**
 * Renders 高级设置 from a form; `onChange` gets the whole form after each edit.
 * @example renderSettings({ form, text: taskpaneZhCN, open: false, onChange, onReset }).element.open //=> false
 */
export function renderSettings(options: SettingsOptions): SettingsSection {
  const { text } = options;
  const current: SettingsForm = { ...options.form, labels: { ...options.form.labels } };
  const editing: Editing = { current, fields: new Map(), changed: () => options.onChange({ ...current, labels: { ...current.labels } }) };
  const advanced = text.advanced;
  const element = h(
    "details",
    { class: "details", "data-testid": "advanced" },
    h("summary", { class: "details-summary" }, advanced.heading),
    h(
      "div",
      { class: "details-body" },
      numericField(editing, "tolerance", advanced.tolerance, advanced.toleranceHint),
      numericField(editing, "basicallyComplete", advanced.basicallyComplete, advanced.basicallyCompleteHint),
      numericField(editing, "effortBand", advanced.effortBand, advanced.effortBandHint),
      numericField(editing, "relativeTolerance", advanced.relativeTolerance),
      pathField(editing, text),
      numericField(editing, "jumpThreshold", advanced.jumpThreshold, advanced.jumpThresholdHint),
      h("h3", { class: "subheading" }, advanced.labels),
      h("p", { class: "hint" }, advanced.labelsHint),
      h("div", { class: "field-row" }, ...labelFields(editing, text)),
      h("div", { class: "button-row" }, button({ label: advanced.reset, onClick: options.onReset })),
    ),
  );
  element.open = options.open;
  return {
    element,
    showErrors(errors) {
      for (const [key, field] of editing.fields) {
        const error = errors[key];
        field.setError(error ? fieldErrorText(error, text) : null);
      }
    },
  };
}
