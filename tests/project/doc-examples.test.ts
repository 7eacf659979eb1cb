/**
 * The engine's `@example`s run: every example on an exported declaration of src/core builds its own
 * inputs with the engine's public API (src/core/index.ts) and its own module's exports, and gives
 * the result it shows. A doc comment that drifts from the code fails here, as the rules document's
 * worked examples fail in tests/docs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ANY_TEXT, checksOf, difference, examplesIn, type DocExample } from "./doc-examples";

const ROOT = new URL("../../", import.meta.url).pathname;
const ENGINE = join(ROOT, "src/core");

/** Every .ts file below a folder. */
function sourcesBelow(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesBelow(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const EXAMPLES: DocExample[] = sourcesBelow(ENGINE).flatMap((path) =>
  examplesIn(relative(ROOT, path), readFileSync(path, "utf8")).filter((example) => example.exported),
);

/** Runs one check's code with the names in scope; resolves to the expression's value. */
async function evaluate(setup: string, expression: string, scope: Record<string, unknown>): Promise<unknown> {
  // A sloppy-mode function, so that `with` can put the module's exports in scope by name.
  const run = new Function("__scope", `with (__scope) { return (async () => { ${setup}\nreturn ${expression}; })(); }`) as (
    scope: Record<string, unknown>,
  ) => Promise<unknown>;
  return run(scope);
}

/** What an expected value's text stands for. */
function expectedOf(expected: string): unknown {
  const read = new Function("__anyText", `return (${expected});`) as (marker: symbol) => unknown;
  return read(ANY_TEXT);
}

describe("the @examples of src/core", () => {
  it("are found: the engine documents its exported functions with examples", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(EXAMPLES.map((example) => [`${example.file}:${example.line}`, example] as const))("%s gives what it shows", async (_, example) => {
    const checks = checksOf(example.text);
    if (typeof checks === "string") throw new Error(`${example.file}:${example.line}: ${checks}\n${example.text}`);
    const api = (await import(join(ENGINE, "index.ts"))) as Record<string, unknown>;
    const own = (await import(join(ROOT, example.file))) as Record<string, unknown>;
    const scope = { ...api, ...own };
    for (const check of checks) {
      const actual = await evaluate(check.setup, check.expression, scope);
      const found = difference(actual, expectedOf(check.expected), check.partial);
      expect(found, `${example.file}:${example.line}\n${example.text}`).toBeNull();
    }
  });
});

describe("reading an example", () => {
  it("takes the statements before the expression as its inputs", () => {
    const checks = checksOf("const rows = [1, 2];\nrows.length //=> 2");
    expect(checks).toEqual([{ setup: "const rows = [1, 2];", expression: "(rows.length)", expected: "2", partial: false }]);
  });

  it("reads a result that continues on the next comment line", () => {
    const checks = checksOf("[1, 2]\n//=> [1,\n//   2]");
    expect(typeof checks === "string" ? checks : checks[0]?.expected).toBe("[1,\n   2]");
  });

  it("treats … inside an object as a partial result and a quoted … as any text", () => {
    const checks = checksOf('f() //=> { code: "x", message: "…", … }');
    if (typeof checks === "string") throw new Error(checks);
    expect(checks[0]?.partial).toBe(true);
    expect(difference({ code: "x", message: "任意", span: 1 }, expectedOf(checks[0]?.expected ?? ""), true)).toBeNull();
  });

  it("says why an example cannot be run", () => {
    expect(checksOf("f(2)")).toMatch(/no result/u);
    expect(checksOf("f(2) //=> 2.5 years")).toMatch(/not a JavaScript value/u);
    expect(checksOf("const x = 1; //=> 1")).toMatch(/no expression/u);
  });

  it("compares numbers to a billionth and names the first difference", () => {
    expect(difference(0.1 + 0.2, 0.3, false)).toBeNull();
    expect(difference({ a: [1, 2] }, { a: [1, 3] }, false)).toBe("result.a[1]: expected 3, got 2");
    expect(difference({ a: 1, b: 2 }, { a: 1 }, false)).toBe("result: not shown in the example: b");
  });

  it("finds only the examples of exported declarations as exported", () => {
    const source = "/** One.\n * @example one() //=> 1\n */\nexport function one() {}\n/** Two.\n * @example two() //=> 2\n */\nfunction two() {}";
    expect(examplesIn("a.ts", source).map((example) => [example.text, example.exported, example.line])).toEqual([
      ["one() //=> 1", true, 2],
      ["two() //=> 2", false, 6],
    ]);
  });
});
