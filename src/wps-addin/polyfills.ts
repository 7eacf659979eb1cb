/**
 * The built-ins newer than ES2017 that the bundled engine and pane call, supplied by core-js
 * where the browser of an older 信创 WPS build lacks them (esbuild lowers the syntax to ES2017,
 * not the library: https://esbuild.github.io/api/#target). Imported first by each page's script;
 * a test runs the package's scripts without these built-ins and finds them back.
 */
import "core-js/actual/array/flat";
import "core-js/actual/array/flat-map";
import "core-js/actual/object/from-entries";
import "core-js/actual/string/match-all";
import "core-js/actual/string/trim-end";
import "core-js/actual/string/trim-start";
import "core-js/actual/global-this";

/** What this module supplies, for the package test. */
export const POLYFILLED = ["Array.prototype.flat", "Array.prototype.flatMap", "Object.fromEntries", "String.prototype.matchAll", "String.prototype.trimEnd", "String.prototype.trimStart", "globalThis"] as const;
