/**
 * The 加载项自检 card inside 高级设置: what it does, a button to run it, and its report as
 * selectable text with a button that copies it for an email.
 */
import type { TaskpaneText } from "../i18n/taskpane";
import { button } from "./controls";
import { h } from "./dom";

/** What the card is rendered from, and what its buttons do. */
export interface SelfTestCardOptions {
  text: TaskpaneText;
  running: boolean;
  report: string | null;
  onRun(): void;
  onCopy(report: string): void;
}

/**
 * Renders the card.
 * @example renderSelfTestCard({ text: taskpaneZhCN, running: false, report: null, onRun, onCopy }).dataset.testid //=> "self-test"
 */
export function renderSelfTestCard(options: SelfTestCardOptions): HTMLElement {
  const words = options.text.selfTest;
  const run = button({ label: options.running ? words.running : words.run, id: "self-test-run", onClick: options.onRun });
  run.disabled = options.running;
  const report = options.report;
  const result = report === null
    ? null
    : h(
        "div",
        {},
        h("pre", { class: "self-test-report", "data-testid": "self-test-report", tabindex: "0" }, report),
        h("div", { class: "button-row" }, button({ label: words.copy, id: "self-test-copy", onClick: () => options.onCopy(report) })),
      );
  return h(
    "section",
    { class: "self-test", "data-testid": "self-test", "aria-busy": options.running ? "true" : "false" },
    h("h3", { class: "subheading" }, words.heading),
    h("p", { class: "hint" }, words.intro),
    h("div", { class: "button-row" }, run),
    result,
  );
}
