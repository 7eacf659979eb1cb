import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RIBBON_IDS } from "../../src/wps-addin/ribbon-xml";
import { indicatorSheetSeed } from "../excel/plans";
import { createWpsStandIn, type WpsStandIn } from "./standin";

/** The ribbon's callbacks as the hidden page sets them on `window`. */
interface Callbacks {
  OnAddinLoad(ribbon: unknown): boolean;
  OnAction(control: { Id: string }): boolean;
  GetImage(control: { Id: string }): string;
}

let standIn: WpsStandIn;
const alerts: string[] = [];
const panes: { url: string; title?: string; ID: number; Visible: boolean }[] = [];
const storage = new Map<string, string>();
let page: Callbacks & { location: { href: string } };
const saved = { window: (globalThis as { window?: unknown }).window, Application: (globalThis as { Application?: unknown }).Application };

beforeAll(async () => {
  standIn = createWpsStandIn([indicatorSheetSeed(40)]);
  // WPS's root: the Excel object model's Application, with the add-in's own task panes and storage.
  const extras: Record<string, unknown> = {
    CreateTaskPane: (url: string, title?: string) => {
      const pane = { url, title, ID: panes.length + 1, Visible: false };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id: number) => panes[id - 1],
    PluginStorage: { getItem: (key: string) => storage.get(key) ?? "", setItem: (key: string, value: unknown) => storage.set(key, String(value)) },
  };
  const application = standIn.port.Application as unknown as Record<string, unknown>;
  const root = new Proxy(extras, {
    get: (target, property: string) => (property in target ? target[property] : application[property]),
    set: (_, property: string, value) => {
      application[property] = value;
      return true;
    },
  });
  page = { location: { href: "file:///home/user/.local/share/Kingsoft/wps/jsaddons/PlanAssess_0.1.0/index.html" }, alert: (message: string) => alerts.push(message) } as never;
  Object.assign(globalThis, { window: page, Application: root });
  await import("../../src/wps-addin/main");
});

afterAll(() => {
  Object.assign(globalThis, saved);
});

describe("the WPS add-in's hidden page", () => {
  it("sets the callbacks ribbon.xml names on window, with an image for each button", () => {
    expect(page.OnAddinLoad({})).toBe(true);
    expect(page.GetImage({ Id: RIBBON_IDS.assess })).toBe("images/assess.svg");
    expect(page.GetImage({ Id: RIBBON_IDS.settings })).toBe("images/settings.svg");
  });

  it("opens the pane beside it on 评估设置, and hides it on the next press", () => {
    page.OnAction({ Id: RIBBON_IDS.settings });
    expect(panes).toEqual([{ url: "file:///home/user/.local/share/Kingsoft/wps/jsaddons/PlanAssess_0.1.0/pane.html", title: "规划指标评估", ID: 1, Visible: true }]);
    page.OnAction({ Id: RIBBON_IDS.settings });
    expect(panes.map((pane) => pane.Visible)).toEqual([false]);
  });

  it("assesses the workbook on 一键生成评估表 through the WPS door and says what it did", async () => {
    page.OnAction({ Id: RIBBON_IDS.assess });
    for (let tries = 0; alerts.length === 0 && tries < 200; tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/^已评估工作表「指标」的 40 项指标/u);
    expect(standIn.book.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["指标", "评估汇总", "评估明细"]));
    expect(standIn.book.app).toEqual({ ScreenUpdating: true, EnableEvents: true, Calculation: -4105, DisplayAlerts: true });
  });
});
