/**
 * docs/rules.md against the engine. The document is what bureau users read to trust the numbers:
 * each of its key worked examples is run through the engine's public API, and the figures the
 * document prints are checked twice — the engine gives them, and the document prints them in the
 * passage quoted — so that neither can drift from the other silently.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DocExample } from "./doc-rows";
import { kindExamples } from "./examples-kinds";
import { nationalExamples } from "./examples-national";
import { periodExamples } from "./examples-periods";
import { summaryExamples } from "./examples-summary";

const RULES = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8").replace(/\r\n/gu, "\n");

/** Every worked example checked, in the document's order: sections 一–四, 五–八, 九–十四. */
const EXAMPLES: readonly DocExample[] = [...periodExamples, ...kindExamples, ...nationalExamples, ...summaryExamples];

/**
 * What of an example the document does not print: its passage when the passage is not in the
 * document, and each figure the passage does not contain.
 * @example unprinted("实现度 40%", { passage: "实现度 40%", printed: ["40%"], … }) //=> []
 */
function unprinted(document: string, example: DocExample): string[] {
  const missing: string[] = [];
  if (!document.includes(example.passage)) missing.push(`passage not in docs/rules.md: ${example.passage}`);
  for (const figure of example.printed) {
    if (!example.passage.includes(figure)) missing.push(`figure not in its passage: ${figure}`);
  }
  return missing;
}

describe("the worked examples of docs/rules.md", () => {
  it("cover every part the document explains, at least twenty examples", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(EXAMPLES.map((example) => example.example)).size).toBe(EXAMPLES.length);
  });

  it.each(EXAMPLES.map((example) => [example.example, example] as const))(
    "the engine gives what the document prints: %s",
    (_, example) => {
      expect(example.engine()).toEqual(example.printed);
    },
  );

  it("prints every example's figures in the passage it is quoted from", () => {
    const missing = EXAMPLES.flatMap((example) => unprinted(RULES, example).map((what) => `${example.example}: ${what}`));
    expect(missing).toEqual([]);
  });
});

describe("edge cases", () => {
  const example: DocExample = {
    example: "一个算例",
    printed: ["40%"],
    engine: () => ["40%"],
    passage: "实现度 40%，时序进度 40%",
  };

  it("finds nothing missing when the passage and its figures are printed", () => {
    expect(unprinted("……实现度 40%，时序进度 40%，达到进度要求。", example)).toEqual([]);
  });

  it("reports a passage the document no longer prints", () => {
    expect(unprinted("实现度 41%，时序进度 40%", example)).toEqual(["passage not in docs/rules.md: 实现度 40%，时序进度 40%"]);
  });

  it("reports a figure its passage does not contain", () => {
    expect(unprinted("实现度 40%，时序进度 40%", { ...example, printed: ["48.8%"] })).toEqual([
      "figure not in its passage: 48.8%",
    ]);
  });

  it("quotes a passage for every example, never an empty one (an empty one is in every document)", () => {
    expect(EXAMPLES.filter((each) => each.passage.trim() === "").map((each) => each.example)).toEqual([]);
  });
});
