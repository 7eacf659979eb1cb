import { describe, expect, it } from "vitest";
import { pickLocale, taskpaneEnUS, taskpaneText, taskpaneZhCN } from "../../src/i18n/taskpane";

/** Sample arguments of the functions that take a value other than numbers and texts. */
const SAMPLE_ARGUMENTS: Readonly<Record<string, unknown[]>> = {
  "mapping.evidenceOf": [{ code: "keyword", header: "x", role: "name" }],
};

/** Every leaf of a table: strings as they are, functions called with sample arguments. */
function leaves(table: unknown, path = ""): [string, string][] {
  if (typeof table === "string") return [[path, table]];
  if (typeof table === "function") {
    const args = SAMPLE_ARGUMENTS[path] ?? Array.from({ length: table.length }, (_, i) => (i % 2 === 0 ? 1 : "x"));
    const value: unknown = table(...args);
    return typeof value === "string" ? [[path, value]] : [];
  }
  if (typeof table === "object" && table !== null) {
    return Object.entries(table).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Chinese text: characters or Chinese punctuation (a bare `D7：…` template is Chinese too). */
const chinese = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;

describe("the task pane's string tables", () => {
  it("have the same keys in zh-CN and en-US", () => {
    expect(leaves(taskpaneEnUS).map(([path]) => path)).toEqual(leaves(taskpaneZhCN).map(([path]) => path));
  });

  it("speak Chinese in zh-CN and no Chinese in en-US", () => {
    for (const [path, text] of leaves(taskpaneZhCN)) {
      // A dash stands for "none" in both languages.
      if (path === "percent" || path === "result.noAverage" || path === "record.noChange") continue;
      expect(text, path).toMatch(chinese);
    }
    for (const [path, text] of leaves(taskpaneEnUS)) {
      expect(text, path).not.toMatch(chinese);
    }
  });

  it("leave no string empty", () => {
    for (const [path, text] of [...leaves(taskpaneZhCN), ...leaves(taskpaneEnUS)]) expect(text.trim(), path).not.toBe("");
  });
});

describe("pickLocale", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-cn", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["fr-FR", "en-US"],
    ["", "zh-CN"],
    [undefined, "zh-CN"],
  ])("shows a user whose Office speaks %j the %s pane", (language, locale) => {
    expect(pickLocale(language)).toBe(locale);
    expect(taskpaneText(pickLocale(language))).toBe(locale === "zh-CN" ? taskpaneZhCN : taskpaneEnUS);
  });
});

describe("pickLocale edge cases", () => {
  it.each([["  "], ["ZH-cn"], ["zh"]])("reads %j as Chinese", (language) => {
    expect(pickLocale(language)).toBe("zh-CN");
  });
});
