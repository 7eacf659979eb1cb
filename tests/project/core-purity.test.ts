import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const core = join(root, "src/core");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const forbiddenModules = /^(exceljs|fs|path|os|child_process|node:.*|office-addin.*|@microsoft\/office-js|playwright-core)$/;

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

  it("compiles without DOM, Node or Office type libraries, so it can use none of their globals", () => {
    // tsconfig.core.json type-checks src/core (and the strings it uses) with lib ES2022 only.
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const run = spawnSync(process.execPath, [tsc, "--noEmit", "-p", join(root, "tsconfig.core.json")], {
      encoding: "utf8",
    });
    expect(`${run.stdout}${run.stderr}`).toBe("");
    expect(run.status).toBe(0);
  });
});
