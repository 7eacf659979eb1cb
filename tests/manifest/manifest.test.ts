import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function all(pattern: RegExp): string[][] {
  return [...manifest.matchAll(pattern)].map((m) => m.slice(1));
}

describe("manifest.xml", () => {
  it("is a task-pane add-in for Workbook asking only for ReadWriteDocument", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(all(/<Host Name="(\w+)"\/>/g).flat()).toEqual(["Workbook"]);
    expect(all(/<Permissions>(\w+)<\/Permissions>/g).flat()).toEqual(["ReadWriteDocument"]);
  });

  it("defaults to zh-CN and overrides every display string for en-US", () => {
    expect(manifest).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    const strings = all(/<bt:String id="([^"]+)" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US"/g);
    const declared = all(/<bt:String id="([^"]+)"/g);
    expect(strings.length).toBe(declared.length);
    expect(manifest).toMatch(/<DisplayName DefaultValue="规划指标评估">\s*<Override Locale="en-US"/);
  });

  it("states a minimum ExcelApi requirement set", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
  });

  it("puts a 规划评估 group on the Home tab with the two buttons", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="PlanAssess.Group">/);
    expect(manifest).toMatch(/<bt:String id="Group.Label" DefaultValue="规划评估">/);
    expect(manifest).toMatch(/<bt:String id="AssessNow.Label" DefaultValue="一键生成评估表">/);
    expect(manifest).toMatch(/<bt:String id="OpenPane.Label" DefaultValue="评估设置">/);
    expect(manifest).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>assessNow<\/FunctionName>/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("resolves every resid to a declared resource", () => {
    const declared = new Set(all(/<bt:(?:Image|Url|String) id="([^"]+)"/g).flat());
    const used = all(/resid="([^"]+)"/g).flat();
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(declared, id).toContain(id);
  });

  it("names icons that exist in assets/ at the size their id promises", () => {
    const images = all(/<bt:Image id="[^"]+\.(\d+)x\d+" DefaultValue="https:\/\/localhost:3000\/assets\/([^"]+)"/g);
    expect(images.length).toBe(9);
    for (const [size, file] of images) {
      const path = join(root, "assets", file!);
      expect(existsSync(path), file).toBe(true);
      expect(pngSize(path)).toEqual({ width: Number(size), height: Number(size) });
    }
    for (const [file, size] of [["icon-32.png", 32], ["icon-64.png", 64]] as const) {
      expect(manifest).toContain(`/assets/${file}`);
      expect(pngSize(join(root, "assets", file)).width).toBe(size);
    }
  });

  it("points the buttons at pages and a function the project builds", () => {
    const urls = Object.fromEntries(all(/<bt:Url id="([^"]+)" DefaultValue="https:\/\/localhost:3000\/([^"]+)"/g));
    expect(urls["Commands.Url"]).toBe("commands.html");
    expect(urls["Taskpane.Url"]).toBe("taskpane.html");
    expect(existsSync(join(root, "src/commands/commands.html"))).toBe(true);
    expect(existsSync(join(root, "src/taskpane/taskpane.html"))).toBe(true);
    const commands = readFileSync(join(root, "src/commands/commands.ts"), "utf8");
    expect(commands).toMatch(/Office\.actions\.associate\(\s*"assessNow"/);
  });
});
