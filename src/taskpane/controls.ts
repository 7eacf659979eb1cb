/**
 * The pane's controls, Fluent-styled and labelled: every input and select has a `<label>` (or an
 * `aria-label`) and its hint and error are tied to it with `aria-describedby`; buttons are real
 * `<button>`s, so Tab, Enter and Space work without extra code; messages announce themselves
 * (`role="alert"` for errors, `role="status"` otherwise); progress is a `role="progressbar"` with
 * live text.
 */
import { h, replaceChildren, uniqueId } from "./dom";

/** A labelled text input with an optional hint and an error line. */
export interface TextField {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Shows an error under the field (and marks it invalid), or clears it with null. */
  setError(message: string | null): void;
}

/**
 * Makes a labelled text input; `onChange` runs on each edit.
 * @example textField({ label: "规划期", value: "2021–2025" }).input.value //=> "2021–2025"
 */
export function textField(options: {
  label: string;
  value: string;
  hint?: string;
  placeholder?: string;
  inputMode?: "decimal" | "text";
  name?: string;
  onChange?: (value: string) => void;
}): TextField {
  const id = uniqueId(options.name ?? "field");
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = h("input", {
    id,
    class: "input",
    type: "text",
    name: options.name,
    inputmode: options.inputMode ?? "text",
    placeholder: options.placeholder,
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": options.hint ? hintId : null,
  });
  input.value = options.value;
  const error = h("p", { id: errorId, class: "field-error", hidden: true });
  const element = h(
    "div",
    { class: "field" },
    h("label", { class: "field-label", for: id }, options.label),
    input,
    options.hint ? h("p", { id: hintId, class: "hint" }, options.hint) : null,
    error,
  );
  if (options.onChange) {
    const onChange = options.onChange;
    input.addEventListener("input", () => onChange(input.value));
  }
  return {
    element,
    input,
    setError(message) {
      error.textContent = message ?? "";
      error.hidden = message === null;
      if (message === null) {
        input.removeAttribute("aria-invalid");
        input.setAttribute("aria-describedby", options.hint ? hintId : "");
      } else {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", options.hint ? `${hintId} ${errorId}` : errorId);
      }
    },
  };
}

/** One choice of a drop-down. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * Makes a drop-down with a visible label (or only an `aria-label` when `visibleLabel` is false).
 * @example selectField({ label: "评估期", choices, value: "2023H1" }).select.value //=> "2023H1"
 */
export function selectField(options: {
  label: string;
  choices: readonly Choice[];
  value: string;
  hint?: string;
  visibleLabel?: boolean;
  name?: string;
  onChange?: (value: string) => void;
}): { element: HTMLElement; select: HTMLSelectElement } {
  const id = uniqueId(options.name ?? "select");
  const hintId = `${id}-hint`;
  const visible = options.visibleLabel ?? true;
  const select = h("select", {
    id,
    class: "select",
    name: options.name,
    "aria-label": visible ? null : options.label,
    "aria-describedby": options.hint ? hintId : null,
  });
  for (const choice of options.choices) {
    const option = h("option", { value: choice.value }, choice.label);
    option.selected = choice.value === options.value;
    select.appendChild(option);
  }
  select.value = options.value;
  if (options.onChange) {
    const onChange = options.onChange;
    select.addEventListener("change", () => onChange(select.value));
  }
  const element = h(
    "div",
    { class: "field" },
    visible ? h("label", { class: "field-label", for: id }, options.label) : null,
    select,
    options.hint ? h("p", { id: hintId, class: "hint" }, options.hint) : null,
  );
  return { element, select };
}

/**
 * Makes a group of radio buttons under a legend.
 * @example radioGroup({ legend: "实现路径", name: "path", choices, value: "linear" }).tagName //=> "FIELDSET"
 */
export function radioGroup(options: {
  legend: string;
  name: string;
  choices: readonly Choice[];
  value: string;
  onChange?: (value: string) => void;
}): HTMLFieldSetElement {
  const group = h("fieldset", { class: "radio-group" }, h("legend", {}, options.legend));
  for (const choice of options.choices) {
    const input = h("input", { type: "radio", name: options.name, value: choice.value });
    input.checked = choice.value === options.value;
    if (options.onChange) {
      const onChange = options.onChange;
      input.addEventListener("change", () => {
        if (input.checked) onChange(choice.value);
      });
    }
    group.appendChild(h("label", { class: "radio" }, input, h("span", {}, choice.label)));
  }
  return group;
}

/** How a button looks: the one main action, an ordinary one, or a quiet link-like one. */
export type ButtonLook = "primary" | "secondary" | "subtle";

/**
 * Makes a button that runs `onClick` (Enter and Space included, as for any `<button>`).
 * @example button({ label: "一键生成评估表", look: "primary", onClick }).className //=> "button button-primary"
 */
export function button(options: {
  label: string;
  look?: ButtonLook;
  large?: boolean;
  id?: string;
  ariaLabel?: string;
  onClick: () => void;
}): HTMLButtonElement {
  const look = options.look ?? "secondary";
  const classes = ["button"];
  if (look !== "secondary") classes.push(`button-${look}`);
  if (options.large) classes.push("button-large");
  const element = h("button", { type: "button", class: classes.join(" "), id: options.id, "aria-label": options.ariaLabel }, options.label);
  element.addEventListener("click", () => options.onClick());
  return element;
}

/** The kind of a message bar, which sets its colour, its symbol and how it is announced. */
export type MessageKind = "info" | "success" | "warning" | "error";

const MESSAGE_SYMBOLS: Readonly<Record<MessageKind, string>> = { info: "i", success: "✓", warning: "!", error: "×" };

/**
 * Makes a message bar; errors are announced at once (`role="alert"`), the rest politely.
 * @example messageBar({ kind: "error", text: "工作表受保护…" }).getAttribute("role") //=> "alert"
 */
export function messageBar(options: { kind: MessageKind; text: string; dismissLabel?: string; onDismiss?: () => void }): HTMLElement {
  const bar = h(
    "div",
    { class: `message message-${options.kind}`, role: options.kind === "error" ? "alert" : "status" },
    h("span", { class: "message-icon", "aria-hidden": "true" }, MESSAGE_SYMBOLS[options.kind]),
    h("p", { class: "message-text" }, options.text),
  );
  if (options.onDismiss && options.dismissLabel) {
    const dismiss = button({ label: "×", look: "subtle", ariaLabel: options.dismissLabel, onClick: options.onDismiss });
    dismiss.classList.add("message-close");
    bar.appendChild(dismiss);
  }
  return bar;
}

/** A progress bar with a line of text read out as it changes. */
export interface Progress {
  element: HTMLElement;
  /** Shows a share done (0–1) and what is happening. */
  set(share: number, text: string): void;
  /** Hides the bar. */
  hide(): void;
}

/**
 * Makes a hidden progress bar; `set` shows it.
 * @example progress("进度").element.hidden //=> true
 */
export function progress(label: string): Progress {
  const bar = h("div", { class: "progress-bar" });
  const track = h("div", {
    class: "progress-track",
    role: "progressbar",
    "aria-label": label,
    "aria-valuemin": 0,
    "aria-valuemax": 100,
    "aria-valuenow": 0,
  }, bar);
  const text = h("p", { class: "progress-text", "aria-live": "polite" });
  const element = h("div", { class: "progress", hidden: true }, track, text);
  return {
    element,
    set(share, message) {
      const percent = Math.round(Math.min(1, Math.max(0, share)) * 100);
      element.hidden = false;
      bar.style.width = `${percent}%`;
      track.setAttribute("aria-valuenow", String(percent));
      track.setAttribute("aria-valuetext", message);
      replaceChildren(text, [message]);
    },
    hide() {
      element.hidden = true;
    },
  };
}
