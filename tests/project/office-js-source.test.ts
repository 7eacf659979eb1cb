/**
 * Where the pages load office.js from: the local copy of `@microsoft/office-js` by default (an
 * offline intranet has no CDN), Microsoft's CDN with `PLAN_ASSESS_OFFICE_JS=cdn` (that package is
 * frozen; its README asks add-ins to load the CDN). Read from the build configuration itself.
 */
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const CONFIG = resolve(__dirname, "../../webpack.config.js");

interface Plugin {
  userOptions?: { filename?: string; templateParameters?: { officeJsUrl?: string } };
  patterns?: { to?: string }[];
}

/** The production build's pages and copied files under a value of PLAN_ASSESS_OFFICE_JS. */
async function buildWith(officeJs: string | undefined) {
  if (officeJs === undefined) delete process.env.PLAN_ASSESS_OFFICE_JS;
  else process.env.PLAN_ASSESS_OFFICE_JS = officeJs;
  delete require.cache[CONFIG];
  const config = (require(CONFIG) as (env: object, options: object) => Promise<{ plugins: Plugin[] }>);
  const { plugins } = await config({}, { mode: "production" });
  const pages = plugins.filter((plugin) => plugin.userOptions?.filename).map((plugin) => [plugin.userOptions?.filename, plugin.userOptions?.templateParameters?.officeJsUrl]);
  const copied = plugins.flatMap((plugin) => plugin.patterns ?? []).map((pattern) => pattern.to);
  return { pages, copiesOfficeJs: copied.includes("assets/office-js/") };
}

afterEach(() => {
  delete process.env.PLAN_ASSESS_OFFICE_JS;
  delete require.cache[CONFIG];
});

describe("office.js for the pages", () => {
  it("is served from the add-in's own assets by default, the package copied beside the pages", async () => {
    const build = await buildWith(undefined);
    expect(build.pages).toEqual([["taskpane.html", "assets/office-js/office.js"], ["commands.html", "assets/office-js/office.js"]]);
    expect(build.copiesOfficeJs).toBe(true);
  });

  it("comes from Microsoft's CDN with PLAN_ASSESS_OFFICE_JS=cdn, nothing of the package copied", async () => {
    const build = await buildWith("cdn");
    const cdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    expect(build.pages).toEqual([["taskpane.html", cdn], ["commands.html", cdn]]);
    expect(build.copiesOfficeJs).toBe(false);
  });
});
