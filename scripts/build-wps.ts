/**
 * Builds the WPS 表格 add-in (`npm run build:wps`) as an offline package an intranet can deploy,
 * in `dist/wps/`:
 * - `PlanAssess_<version>/` — the add-in's folder: `index.html` (the hidden page WPS loads first)
 *   with `main.js` (the ribbon's callbacks), `ribbon.xml`, `manifest.xml`, the pane (`pane.html`,
 *   `pane.js`, `taskpane.css`) and the button images; everything it runs is in it (no network at
 *   run time);
 * - `PlanAssess.7z` — that folder packed, as `wpsjs build` packs an offline add-in (a 7z holding the
 *   `name_version` folder, made with the 7za of `7zip-bin`, as wpsjs and electron-builder do);
 * - `jsplugins.xml`, `publish.xml`, `oem.ini` — examples of the two ways of loading it (README:
 *   在 WPS 表格中使用), with the address to replace by the intranet's.
 * The scripts are bundled for ES2017: the browser engine of older 信创 builds of WPS is unknown.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { build } from "esbuild";
import { path7za } from "7zip-bin";
import { wpsZhCN } from "../src/i18n/wps";
import { ribbonXml } from "../src/wps-addin/ribbon-xml";

const ROOT = resolve(__dirname, "..");
/** Where the package lands. */
export const WPS_DIST = join(ROOT, "dist/wps");
/** The add-in's name (letters only: WPS names its folder `name_version`). */
export const WPS_ADDIN_NAME = "PlanAssess";
/** The intranet address the examples name, to be replaced by the real one. */
export const EXAMPLE_SERVER = "http://intranet.example/wps/";

/** The add-in's version: the project's. */
function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/**
 * The package's folder name: `name_version`, as WPS unpacks an offline add-in.
 * @example addinFolder() //=> "PlanAssess_0.1.0"
 */
export function addinFolder(): string {
  return `${WPS_ADDIN_NAME}_${version()}`;
}

/** The manifest wpsjs projects carry beside `ribbon.xml`. */
function manifestXml(): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<JsPlugin>`,
    `  <ApiVersion>1.0.0</ApiVersion>`,
    `  <Name>${WPS_ADDIN_NAME}</Name>`,
    `  <Description>规划指标评估：五年规划主要指标实现度与时序进度评估</Description>`,
    `</JsPlugin>`,
    ``,
  ].join("\n");
}

/**
 * The examples of the two deployments: `jsplugins.xml` an IT department serves (named by
 * `oem.ini`'s `[Server] JSPluginsServer=`), with the offline package's address and version; and
 * the `publish.xml` a user's WPS keeps (in `jsaddons`) for an add-in installed per user.
 */
function deploymentExamples(): Record<string, string> {
  const v = version();
  return {
    "jsplugins.xml": `<jsplugins>\n  <jsplugin name="${WPS_ADDIN_NAME}" type="et" url="${EXAMPLE_SERVER}${WPS_ADDIN_NAME}.7z" version="${v}" enable="true"/>\n</jsplugins>\n`,
    "publish.xml": `<jsplugins>\n  <jsplugin name="${WPS_ADDIN_NAME}" type="et" url="${addinFolder()}" version="${v}" enable="enable_dev" install="null"/>\n</jsplugins>\n`,
    "oem.ini": `[Support]\nJsApiPlugin=true\n\n[Server]\nJSPluginsServer=${EXAMPLE_SERVER}jsplugins.xml\n`,
  };
}

/** 7za as `7zip-bin` ships it, made executable (its 5.2.0 tarball lost the bit: develar/7zip-bin#19). */
function sevenZip(): string {
  if (!existsSync(path7za)) throw new Error(`7za not found at ${path7za}`);
  if ((statSync(path7za).mode & 0o111) === 0) chmodSync(path7za, 0o755);
  return path7za;
}

/** Bundles one page's script for ES2017 browsers. */
async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: "browser",
    target: "es2017",
    format: "iife",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    outfile,
  });
}

/**
 * Builds the package; answers where its folder and archive are.
 * @example await buildWps() //=> { folder: "…/dist/wps/PlanAssess_0.1.0", archive: "…/dist/wps/PlanAssess.7z" }
 */
export async function buildWps(out: string = WPS_DIST): Promise<{ folder: string; archive: string }> {
  rmSync(out, { recursive: true, force: true });
  const folder = join(out, addinFolder());
  mkdirSync(join(folder, "images"), { recursive: true });
  await bundle("src/wps-addin/main.ts", join(folder, "main.js"));
  await bundle("src/wps-addin/pane.ts", join(folder, "pane.js"));
  copyFileSync(join(ROOT, "src/wps-addin/index.html"), join(folder, "index.html"));
  copyFileSync(join(ROOT, "src/wps-addin/pane.html"), join(folder, "pane.html"));
  copyFileSync(join(ROOT, "src/taskpane/taskpane.css"), join(folder, "taskpane.css"));
  for (const image of ["assess.svg", "settings.svg"]) copyFileSync(join(ROOT, "assets", image), join(folder, "images", image));
  writeFileSync(join(folder, "ribbon.xml"), ribbonXml(wpsZhCN));
  writeFileSync(join(folder, "manifest.xml"), manifestXml());
  for (const [name, text] of Object.entries(deploymentExamples())) writeFileSync(join(out, name), text);
  const archive = join(out, `${WPS_ADDIN_NAME}.7z`);
  const packed = spawnSync(sevenZip(), ["a", "-t7z", "-bd", archive, addinFolder()], { cwd: out, encoding: "utf8" });
  if (packed.status !== 0) throw new Error(`7za failed: ${packed.stderr || packed.stdout}`);
  return { folder, archive };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === __filename) {
  buildWps()
    .then(({ archive }) => console.log(`WPS 加载项离线包：${archive}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
