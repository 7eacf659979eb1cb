import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { path7za } from "7zip-bin";
import { SaxesParser } from "saxes";
import { createContext, runInContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addinFolder, buildWps, EXAMPLE_SERVER, WPS_ADDIN_NAME } from "../../scripts/build-wps";
import { POLYFILLED } from "../../src/wps-addin/polyfills";

/** Every file below a folder, relative to it. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesBelow(path).map((file) => join(entry.name, file)) : [entry.name];
  });
}

/** The elements of an XML document with their attributes (throws when it is not well-formed). */
function elementsOf(xml: string): { name: string; attributes: Record<string, string> }[] {
  const parser = new SaxesParser();
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  parser.on("opentag", (tag) => elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }));
  parser.write(xml).close();
  return elements;
}

describe("npm run build:wps", () => {
  let out = "";
  let unpacked = "";
  let archive = "";

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "wps-build-"));
    unpacked = mkdtempSync(join(tmpdir(), "wps-unpacked-"));
    archive = (await buildWps(out)).archive;
    const result = spawnSync(path7za, ["x", "-y", `-o${unpacked}`, archive], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr || result.stdout);
  }, 120_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(unpacked, { recursive: true, force: true });
  });

  it("packs the add-in's folder, named name_version, into name.7z as WPS's offline mode takes it", () => {
    expect(archive.endsWith(`${WPS_ADDIN_NAME}.7z`)).toBe(true);
    expect(readdirSync(unpacked)).toEqual([addinFolder()]);
    expect(filesBelow(join(unpacked, addinFolder())).sort()).toEqual(
      ["images/assess.svg", "images/settings.svg", "index.html", "main.js", "manifest.xml", "pane.html", "pane.js", "ribbon.xml", "taskpane.css"].sort(),
    );
  });

  it("carries a manifest and a ribbon with the two buttons, whose callbacks the hidden page defines", () => {
    const folder = join(unpacked, addinFolder());
    expect(elementsOf(readFileSync(join(folder, "manifest.xml"), "utf8")).find((element) => element.name === "Name")).toBeDefined();
    const ribbon = readFileSync(join(folder, "ribbon.xml"), "utf8");
    expect(ribbon.startsWith("<customUI")).toBe(true);
    const elements = elementsOf(ribbon);
    expect(elements[0]?.attributes).toMatchObject({ xmlns: "http://schemas.microsoft.com/office/2006/01/customui", onLoad: "OnAddinLoad" });
    const buttons = elements.filter((element) => element.name === "button");
    expect(buttons.map((button) => button.attributes.label)).toEqual(["一键生成评估表", "评估设置"]);
    const main = readFileSync(join(folder, "main.js"), "utf8");
    for (const callback of ["OnAddinLoad", "OnAction", "GetImage"]) expect(main).toContain(callback);
    expect(buttons.every((button) => button.attributes.onAction === "OnAction" && button.attributes.getImage === "GetImage")).toBe(true);
    for (const image of main.match(/images\/[a-z-]+\.svg/gu) ?? []) expect(existsSync(join(folder, image)), image).toBe(true);
  });

  it("references nothing outside the package: every page's scripts and styles are in it, and no script loads from the network", () => {
    const folder = join(unpacked, addinFolder());
    for (const page of ["index.html", "pane.html"]) {
      const html = readFileSync(join(folder, page), "utf8");
      const references = [...html.matchAll(/(?:src|href)="([^"]+)"/gu)].map((match) => match[1] ?? "");
      expect(references.length, page).toBeGreaterThan(0);
      for (const reference of references) {
        expect(reference, `${page}: ${reference}`).not.toMatch(/^(?:[a-z]+:)?\/\//iu);
        const target = resolve(folder, reference);
        expect(relative(folder, target).startsWith(".."), reference).toBe(false);
        expect(existsSync(target) && statSync(target).isFile(), reference).toBe(true);
      }
    }
    for (const script of ["main.js", "pane.js"]) {
      const code = readFileSync(join(folder, script), "utf8");
      expect(code, script).not.toMatch(/\bfetch\(|XMLHttpRequest|importScripts|\bimport\(|appsforoffice|office\.js/u);
    }
  });

  it("brings its own copy of each built-in newer than ES2017 it calls, for the older browsers of 信创 builds", () => {
    const folder = join(unpacked, addinFolder());
    // A page without them: each removed before the hidden page's script runs.
    const context = createContext({});
    runInContext(
      "delete Array.prototype.flat; delete Array.prototype.flatMap; delete Object.fromEntries; delete String.prototype.matchAll; delete String.prototype.trimEnd; delete String.prototype.trimStart; var window = this;",
      context,
    );
    runInContext(readFileSync(join(folder, "main.js"), "utf8"), context);
    const found = runInContext(
      "[typeof [].flat, typeof [].flatMap, typeof Object.fromEntries, typeof ''.matchAll, typeof ''.trimEnd, typeof ''.trimStart, typeof globalThis, typeof OnAction]",
      context,
    ) as string[];
    expect(found).toEqual([...POLYFILLED.map((api) => (api === "globalThis" ? "object" : "function")), "function"]);
    // Newer built-ins still (ES2021 and later) are not called at all, nor the toLocale* functions,
    // which have thrown on Linux builds of WPS.
    for (const script of ["main.js", "pane.js"]) expect(readFileSync(join(folder, script), "utf8"), script).not.toMatch(/\.toLocale(?:Date|Time)?String\(/u);
    for (const api of [".replaceAll(", "structuredClone(", ".findLast(", "Promise.allSettled(", "Intl.Segmenter", ".at(-"]) {
      for (const script of ["main.js", "pane.js"]) expect(readFileSync(join(folder, script), "utf8").includes(api), `${script}: ${api}`).toBe(false);
    }
  });

  it("writes the deployment examples: jsplugins.xml naming the .7z and its version, publish.xml, the oem.ini line", () => {
    const version = (JSON.parse(readFileSync(resolve(__dirname, "../../package.json"), "utf8")) as { version: string }).version;
    const plugin = elementsOf(readFileSync(join(out, "jsplugins.xml"), "utf8")).find((element) => element.name === "jsplugin");
    expect(plugin?.attributes).toMatchObject({ name: WPS_ADDIN_NAME, type: "et", url: `${EXAMPLE_SERVER}${WPS_ADDIN_NAME}.7z`, version });
    const published = elementsOf(readFileSync(join(out, "publish.xml"), "utf8")).find((element) => element.name === "jsplugin");
    expect(published?.attributes).toMatchObject({ name: WPS_ADDIN_NAME, type: "et", url: addinFolder() });
    expect(readFileSync(join(out, "oem.ini"), "utf8")).toContain(`[Server]\nJSPluginsServer=${EXAMPLE_SERVER}jsplugins.xml`);
  });
});
