/**
 * The WPS stand-in in the browser, for the built WPS pane: a workbook of a 40-row indicator
 * table, set as `window.Application` before the pane's script runs (as WPS provides it), and kept
 * as `window.__wpsStandIn` for the test's checks.
 */
import { indicatorSheetSeed } from "../../excel/plans";
import { createWpsStandIn } from "../../wps/standin";

const standIn = createWpsStandIn([indicatorSheetSeed(40)]);
Object.assign(window, { Application: standIn.port.Application, __wpsStandIn: standIn });
