/**
 * The result card (counts per status, average realisation against time progress, the drafted
 * paragraph with its copy button, the problems to look at) and the 数据核对 list shown before
 * assessing. Every problem with a cell is a button that selects that cell in the sheet.
 */
import type { TaskpaneText } from "../i18n/taskpane";
import { STATUS_SYMBOLS } from "../workbook/status-style";
import type { SuspectValue } from "./checks";
import { button } from "./controls";
import { h } from "./dom";
import type { ProblemItem, ResultCard, StatusCount } from "./result-view";

/** What the result card's buttons do. */
export interface ResultHandlers {
  locate(ref: string): void;
  /** Copies the drafted paragraphs, one per line. */
  copy(paragraphs: string): void;
  /** 导出报告（Word）. */
  exportReport(): void;
}

/**
 * A list of clickable problems: each names its cell and selects it when activated.
 * @example problemList(items, taskpaneZhCN, locate).querySelectorAll("button").length //=> items.length
 */
export function problemList(items: readonly ProblemItem[], text: TaskpaneText, locate: (ref: string) => void): HTMLElement {
  const list = h("ul", { class: "problem-list", "data-testid": "problems" });
  for (const item of items) {
    const link = h(
      "button",
      {
        type: "button",
        class: "problem-link",
        "data-ref": item.ref,
        "aria-label": item.ref ? `${text.result.locate(item.ref)}：${item.text}` : null,
        disabled: item.ref === null,
      },
      h("span", { class: "cell-ref", "aria-hidden": "true" }, item.ref ?? "—"),
      h("span", { class: "problem-text" }, item.text),
    );
    const ref = item.ref;
    if (ref) link.addEventListener("click", () => locate(ref));
    list.appendChild(h("li", {}, link));
  }
  return list;
}

/**
 * The text of a value to check.
 * @example suspectText({ kind: "notNumber", name: "人才资源总量（万人）", periodLabel: "2022年", raw: "三十", ref: "F11" }, taskpaneZhCN)
 * //=> "人才资源总量（万人）：2022年「三十」不是数字"
 */
export function suspectText(suspect: SuspectValue, text: TaskpaneText): string {
  switch (suspect.kind) {
    case "jump":
      return text.checks.jump(suspect.name, suspect.periodLabel, suspect.value, suspect.previous, suspect.change);
    case "notNumber":
      return text.checks.notNumber(suspect.name, suspect.periodLabel, suspect.raw);
    default: {
      const unexpected: never = suspect;
      return unexpected;
    }
  }
}

/**
 * Renders the 数据核对 card: the values to check, and the choice to go on or go back.
 * @example renderChecks(suspects, taskpaneZhCN, handlers).dataset.testid //=> "checks"
 */
export function renderChecks(
  suspects: readonly SuspectValue[],
  text: TaskpaneText,
  handlers: { locate(ref: string): void; proceed(): void; back(): void },
): HTMLElement {
  const items = suspects.map((suspect) => ({ ref: suspect.ref, text: suspectText(suspect, text) }));
  const headingId = "checks-heading";
  return h(
    "section",
    { class: "card", "aria-labelledby": headingId, "data-testid": "checks" },
    h("h2", { class: "card-title", id: headingId }, text.checks.heading(suspects.length)),
    h("p", { class: "hint" }, text.checks.hint),
    problemList(items, text, handlers.locate),
    h(
      "div",
      { class: "button-row" },
      button({ label: text.checks.proceed, look: "primary", onClick: handlers.proceed }),
      button({ label: text.checks.back, onClick: handlers.back }),
    ),
  );
}

/** A bar comparing average realisation (fill) with time progress (mark). */
function meter(average: number | null, timeProgress: number): HTMLElement {
  const fill = h("div", { class: "meter-fill" });
  fill.style.width = `${Math.round(Math.min(1, Math.max(0, average ?? 0)) * 100)}%`;
  const mark = h("div", { class: "meter-mark" });
  mark.style.left = `${Math.round(Math.min(1, Math.max(0, timeProgress)) * 100)}%`;
  return h("div", { class: "meter", "aria-hidden": "true" }, fill, mark);
}

/** What the result card is rendered from. */
export interface ResultOptions {
  card: ResultCard;
  /** The evaluation period as shown: `2023年上半年`. */
  periodLabel: string;
  text: TaskpaneText;
  handlers: ResultHandlers;
}

/**
 * Renders the result card.
 * @example renderResult({ card, periodLabel: "2023年上半年", text: taskpaneZhCN, handlers }).querySelector("[data-testid=paragraph] p").textContent
 * //=> "截至2023年上半年，“十四五”规划实施时序进度为50%。…"
 */
export function renderResult(options: ResultOptions): HTMLElement {
  const { card, periodLabel, text, handlers } = options;
  const headingId = "result-heading";
  const paragraphId = "paragraph-heading";
  const average = card.average === null ? text.result.noAverage : text.percent(card.average);
  return h(
    "section",
    { class: "card", "aria-labelledby": headingId, "data-testid": "result" },
    h("h2", { class: "card-title", id: headingId }, text.result.heading),
    h("p", { class: "hint" }, text.result.period(periodLabel, card.timeProgress), " · ", text.result.total(card.total)),
    renderCounts(card.counts),
    ...renderChanges(card.changes, text),
    h(
      "dl",
      { class: "metrics" },
      h("div", { class: "metric" }, h("dt", {}, text.result.average), h("dd", { "data-testid": "average" }, average)),
      h("div", { class: "metric" }, h("dt", {}, text.result.timeProgress), h("dd", { "data-testid": "time-progress" }, text.percent(card.timeProgress))),
    ),
    meter(card.average, card.timeProgress),
    h("p", { class: "text", "data-testid": "comparison" }, card.comparison),
    h("h3", { class: "subheading", id: paragraphId }, text.result.paragraph),
    h(
      "div",
      { class: "paragraph", role: "group", "aria-labelledby": paragraphId, "data-testid": "paragraph" },
      ...card.paragraphs.map((paragraph) => h("p", {}, paragraph)),
    ),
    h(
      "div",
      { class: "button-row" },
      button({ label: text.result.copy, onClick: () => handlers.copy(card.paragraphs.join("\n")) }),
      button({ label: text.result.exportReport, id: "export-report", onClick: handlers.exportReport }),
    ),
    ...renderProblems(card.problems, text, handlers.locate),
  );
}

/**
 * The 较上期 line: each change's symbol and word with its count, against the period named; nothing
 * when the run compared nothing.
 * @example renderChanges({ period: "2021年", counts: [{ code: "better", label: "↑好转", count: 3 }] }, taskpaneZhCN)[0]?.textContent //=> "较上期（与2021年相比）：↑好转 3 项"
 */
export function renderChanges(changes: ResultCard["changes"], text: TaskpaneText): HTMLElement[] {
  if (!changes) return [];
  const counts = changes.counts.map((entry) => h("span", { "data-testid": `change-${entry.code}` }, text.record.countText(entry.label, entry.count)));
  const parts: (HTMLElement | string)[] = [];
  counts.forEach((count, i) => parts.push(...(i > 0 ? [text.record.separator, count] : [count])));
  return [h("p", { class: "text", "data-testid": "changes" }, text.record.cardLead(changes.period), ...parts)];
}

/**
 * The counts per status, each with its symbol and label.
 * @example renderCounts([{ code: "ahead", label: "提前实现目标", count: 3 }]).querySelector("[data-testid=count-ahead]")?.textContent //=> "3"
 */
export function renderCounts(counts: readonly StatusCount[]): HTMLElement {
  const list = h("ul", { class: "counts", "data-testid": "counts" });
  for (const count of counts) {
    list.appendChild(
      h(
        "li",
        { class: "count", "data-status": count.code },
        h("span", { class: "count-number", "data-testid": `count-${count.code}` }, String(count.count)),
        h("span", { class: "count-label" }, h("span", { class: "count-symbol", "aria-hidden": "true" }, STATUS_SYMBOLS[count.code]), count.label),
      ),
    );
  }
  return list;
}

/**
 * The result's 需关注的问题 part: its heading, then the clickable problems or a line saying there are none.
 * @example renderProblems([], taskpaneZhCN, locate)[1].textContent //=> taskpaneZhCN.result.noProblems
 */
export function renderProblems(items: readonly ProblemItem[], text: TaskpaneText, locate: (ref: string) => void): HTMLElement[] {
  return [
    h("h3", { class: "subheading", id: "problems-heading" }, text.result.problems(items.length)),
    items.length === 0 ? h("p", { class: "hint" }, text.result.noProblems) : problemList(items, text, locate),
  ];
}
