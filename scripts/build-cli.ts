/**
 * Builds the command line `plan-assess` into one CommonJS file, `dist/cli/plan-assess.cjs`
 * (`bin/plan-assess.cjs` loads it; npm packages stay external). `npm run build:cli` runs this
 * file; the benchmark and the command-line tests call `buildCli` so all three build it the same way.
 */
import { build } from "esbuild";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");

/** Where the built command line lands. */
export const CLI_BUNDLE = join(ROOT, "dist/cli/plan-assess.cjs");

/**
 * Bundles src/cli/main.ts for Node 20.
 * @example await buildCli() // writes dist/cli/plan-assess.cjs
 */
export async function buildCli(): Promise<void> {
  await build({
    entryPoints: [join(ROOT, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "warning",
    outfile: CLI_BUNDLE,
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === __filename) {
  buildCli().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
