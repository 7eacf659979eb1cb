/**
 * The add-in's `ribbon.xml`: WPS reads a CustomUI document (the Office 2006 `customui` namespace)
 * whose callbacks are global functions of the hidden page — `onLoad="OnAddinLoad"` first, then
 * `onAction` and `getImage` of each control — as the wpsjs templates write it. The words come
 * from `src/i18n/wps.ts`; the build writes the file, with no XML declaration before `<customUI`
 * (a WPS publish check is reported to refuse one).
 */
import type { WpsText } from "../i18n/wps";

/** The ids of the two buttons, as `OnAction` tells them apart. */
export const RIBBON_IDS = { tab: "PlanAssessTab", group: "PlanAssessGroup", assess: "PlanAssessAssess", settings: "PlanAssessSettings" } as const;

/** Text as an XML attribute value. */
function attribute(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/**
 * The ribbon: one tab, one group, 一键生成评估表 and 评估设置.
 * @example ribbonXml(wpsZhCN).startsWith("<customUI") //=> true
 */
export function ribbonXml(text: WpsText): string {
  const button = (id: string, label: string) =>
    `          <button id="${id}" label="${attribute(label)}" size="large" onAction="OnAction" getImage="GetImage"/>`;
  return [
    `<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="OnAddinLoad">`,
    `  <ribbon startFromScratch="false">`,
    `    <tabs>`,
    `      <tab id="${RIBBON_IDS.tab}" label="${attribute(text.ribbon.tab)}">`,
    `        <group id="${RIBBON_IDS.group}" label="${attribute(text.ribbon.group)}">`,
    button(RIBBON_IDS.assess, text.ribbon.assess),
    button(RIBBON_IDS.settings, text.ribbon.settings),
    `        </group>`,
    `      </tab>`,
    `    </tabs>`,
    `  </ribbon>`,
    `</customUI>`,
    ``,
  ].join("\n");
}
