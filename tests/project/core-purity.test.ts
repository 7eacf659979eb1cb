import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const core = resolve(__dirname, "../../src/core");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const forbiddenModules = /^(exceljs|fs|path|os|child_process|node:.*|office-addin.*|@microsoft\/office-js|playwright-core)$/;
const forbiddenGlobals = /\b(Office|Excel|OfficeExtension|document|window|localStorage|process)\s*\./;

describe("src/core stays pure", () => {
  const files = sources(core);

  it("has engine modules to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it("imports no host, I/O or DOM module", () => {
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
      for (const name of imports) {
        expect(forbiddenModules.test(name), `${file} imports ${name}`).toBe(false);
        expect(name.startsWith("."), `${file} imports the package ${name}`).toBe(true);
      }
    }
  });

  it("touches no Office, DOM or process global", () => {
    for (const file of files) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code.match(forbiddenGlobals), file).toBeNull();
    }
  });
});
