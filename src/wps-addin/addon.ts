/**
 * What the WPS add-in's pages use of WPS 加载项's own objects, beside the Excel object model: task
 * panes (`CreateTaskPane(url, title)` — "创建完这个taskpane后，需要将Visible属性置为true" —,
 * `GetTaskPane(id)`) and `PluginStorage`, shared by the add-in's pages (not kept across starts), as
 * `et-jsapi-declare` 2.5.0 declares them (`index.d.ts`, `WPS.AddonRoot`); picked by name, so `tsc`
 * checks them against the typings.
 */
/// <reference types="et-jsapi-declare" />
import type { EtApplication, EtPort } from "../wps/port";

/** A task pane: shown or hidden, and its id for `GetTaskPane`. */
export type WpsTaskPane = Pick<WPS.CustomTaskpane, "ID" | "Visible">;

/** The add-in's root object (`window.Application` in a WPS 加载项). */
export interface WpsAddonRoot extends EtApplication {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
  readonly PluginStorage: Pick<WPS.PluginStorage, "getItem" | "setItem">;
}

/**
 * `window.Application`, or null outside WPS (a page opened in a browser).
 * @example wpsRoot()?.Version //=> "12.1"
 */
export function wpsRoot(): WpsAddonRoot | null {
  const root = (globalThis as { Application?: unknown }).Application;
  return typeof root === "object" && root !== null ? (root as WpsAddonRoot) : null;
}

/**
 * The door's port over the add-in's root.
 * @example portOf(wpsRoot()).Application.ActiveWorkbook?.Name //=> "指标表.xlsx"
 */
export function portOf(root: WpsAddonRoot): EtPort {
  return { Application: root };
}
