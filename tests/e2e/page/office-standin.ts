/**
 * What the browser test page loads instead of office.js: the in-memory Excel stand-in seeded with
 * the workbook in `window.__PLAN_ASSESS_SEED__`, installed as the `Excel`, `Office` and
 * `OfficeExtension` globals, with Office's display language, and exposed as `window.__standIn`
 * so the test can read what the pane wrote.
 */
import { createExcelStandIn } from "../../excel/standin";
import type { PageSeed } from "../seed";
import { addSelection } from "./selection";

const scope = window as unknown as {
  __PLAN_ASSESS_SEED__: PageSeed;
  __standIn: unknown;
  __selection: unknown;
  Office: { context: Record<string, unknown> };
};

const seed = scope.__PLAN_ASSESS_SEED__;
const standIn = createExcelStandIn(seed.sheets);
standIn.setActive(seed.active);
addSelection(standIn, (selection) => {
  scope.__selection = selection;
});
standIn.install();
scope.Office.context = { ...scope.Office.context, displayLanguage: seed.language };
scope.__standIn = standIn;
