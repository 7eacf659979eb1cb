/**
 * The `@example`s of the engine's doc comments, read out of the source so that a test can run them.
 *
 * An example is code followed by `//=> expected` (the expected result may continue on the next
 * lines, each starting with `//`). Lines without `//=>` are statements that build the inputs; a
 * line with code before `//=>` ends an expression whose value is checked. The expected result is a
 * JavaScript value; inside an object or array `…` stands for "and more that is not shown" (the
 * value is then matched in part), and the string `"…"` for any text. Anything after the value is
 * a comment only when written as one (`//=> 2.5 // years`).
 */
import ts from "typescript";

/** One `@example` of one declaration. */
export interface DocExample {
  /** The source file, relative to the project. */
  file: string;
  /** The line of the `@example` tag (1-based). */
  line: number;
  /** The example as written, comment stars taken off. */
  text: string;
  /** Whether the comment documents an exported declaration (only those can be run from outside). */
  exported: boolean;
}

/** One check in an example: the code run before it, the expression and what it must give. */
export interface ExampleCheck {
  /** JavaScript statements (inputs) run before the expression. */
  setup: string;
  expression: string;
  /** The expected value as JavaScript, `…` replaced by the matcher's markers. */
  expected: string;
  /** Whether `…` appeared inside an object or array: only the part shown is checked. */
  partial: boolean;
}

/**
 * Every `@example` in a TypeScript source text, with the line it starts on.
 * @example examplesIn("a.ts", "/**\n * @example double(2) //=> 4\n *\/").map((e) => e.text) //=> ["double(2) //=> 4"]
 */
export function examplesIn(file: string, source: string): DocExample[] {
  const found: DocExample[] = [];
  for (const block of source.matchAll(/\/\*\*([\s\S]*?)\*\//gu)) {
    const startLine = source.slice(0, block.index).split("\n").length;
    const exported = /^\s*export\s/u.test(source.slice(block.index + block[0].length));
    const lines = (block[1] ?? "").split("\n").map((line) => line.replace(/^\s*\* ?/u, ""));
    let current: { line: number; text: string[] } | null = null;
    const close = () => {
      if (current) found.push({ file, line: current.line, text: current.text.join("\n").trim(), exported });
      current = null;
    };
    lines.forEach((line, index) => {
      const tag = /^\s*@(\w+)\s?(.*)$/u.exec(line);
      if (tag) {
        close();
        if (tag[1] === "example") current = { line: startLine + index, text: [tag[2] ?? ""] };
      } else if (current) {
        current.text.push(line);
      }
    });
    close();
  }
  return found;
}

/**
 * The checks of one example: each `expression //=> expected`, with the statements before it.
 * Returns a message instead when the example is not of that form.
 * @example checksOf("const x = 2;\nx * 2 //=> 4")[0].expected //=> "4"
 */
export function checksOf(text: string): ExampleCheck[] | string {
  const lines = text.split("\n");
  const checks: ExampleCheck[] = [];
  let code: string[] = [];
  let statements: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const arrow = line.indexOf("//=>");
    if (arrow < 0) {
      code.push(line);
      continue;
    }
    code.push(line.slice(0, arrow));
    let expected = line.slice(arrow + 4);
    while (index + 1 < lines.length && /^\s*\/\/(?!=>)/u.test(lines[index + 1] ?? "")) {
      index += 1;
      expected += `\n${(lines[index] ?? "").replace(/^\s*\/\//u, "")}`;
    }
    const split = splitLastExpression(code.join("\n"));
    if (typeof split === "string") return split;
    const value = expectedValue(expected);
    if (typeof value === "string") return value;
    statements = [...statements, split.setup];
    checks.push({ setup: statements.join("\n"), expression: split.expression, ...value });
    statements = [...statements, `void (${split.expression});`];
    code = [];
  }
  if (checks.length === 0) return "the example shows no result: write `expression //=> expected`";
  return checks;
}

/** TypeScript code split into the statements before its last expression and that expression, as JavaScript. */
function splitLastExpression(code: string): { setup: string; expression: string } | string {
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  const last = file.statements.at(-1);
  if (!last || !ts.isExpressionStatement(last)) return `no expression before //=> in: ${code.trim()}`;
  const setup = file.statements.slice(0, -1).map((statement) => statement.getText(file)).join("\n");
  return { setup: toJavaScript(setup), expression: toJavaScript(`(${last.expression.getText(file)})`).replace(/;\s*$/u, "") };
}

/** The expected text as a JavaScript expression, with `…` turned into the matcher's markers. */
function expectedValue(text: string): { expected: string; partial: boolean } | string {
  const comment = text.search(/\s\/\/\s/u);
  const value = (comment < 0 ? text : text.slice(0, comment)).trim();
  if (value === "") return "an empty result after //=>";
  const anyText = value.replace(/(["'])…\1/gu, "__anyText");
  const partial = /…/u.test(anyText);
  const marked = anyText.replace(/,?\s*…\s*(?=[}\]])/gu, "").replace(/([[{])\s*…\s*,?/gu, "$1");
  const file = ts.createSourceFile("expected.ts", `(${marked});`, ts.ScriptTarget.ES2022, true);
  const diagnostics = (file as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics ?? [];
  if (diagnostics.length > 0 || /…/u.test(marked)) return `the result after //=> is not a JavaScript value: ${value}`;
  return { expected: marked, partial };
}

/** TypeScript statements as JavaScript (types removed). */
function toJavaScript(code: string): string {
  return ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText.trim();
}

/** The marker for "any text" in an expected value. */
export const ANY_TEXT: unique symbol = Symbol("any text");

/**
 * Where `actual` differs from `expected` (numbers to 1e-9, the part shown when `partial`), or null.
 * @example difference({ a: 1, b: 2 }, { a: 1 }, true) //=> null
 */
export function difference(actual: unknown, expected: unknown, partial: boolean, path = "result"): string | null {
  if (expected === ANY_TEXT) return typeof actual === "string" ? null : `${path}: expected text, got ${show(actual)}`;
  if (typeof expected === "number" && typeof actual === "number") {
    const same = Object.is(expected, actual) || Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
    return same ? null : `${path}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (expected === null || typeof expected !== "object") {
    return Object.is(actual, expected) ? null : `${path}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (actual === null || typeof actual !== "object") return `${path}: expected ${show(expected)}, got ${show(actual)}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${show(actual)}`;
    if (!partial && actual.length !== expected.length) return `${path}: expected ${expected.length} items, got ${actual.length}`;
    for (const [index, item] of expected.entries()) {
      const found = difference(actual[index], item, partial, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  const actualRecord = actual as Record<string, unknown>;
  const expectedRecord = expected as Record<string, unknown>;
  if (!partial) {
    const extra = Object.keys(actualRecord).filter((key) => actualRecord[key] !== undefined && !(key in expectedRecord));
    if (extra.length > 0) return `${path}: not shown in the example: ${extra.join(", ")}`;
  }
  for (const key of Object.keys(expectedRecord)) {
    const found = difference(actualRecord[key], expectedRecord[key], partial, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

/** A value as a short text for a message. */
function show(value: unknown): string {
  if (value === ANY_TEXT) return "any text";
  const text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}
