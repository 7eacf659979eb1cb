// Lint rules. Beyond the recommended sets: the engine (src/core) stays pure — no host, I/O or DOM
// module or global —, the imports between the folders of src/ only point down (LAYERS below), and
// no source writes HTML from strings (workbook text is always text).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** The doors to a host: Office.js, the .xlsx file, and WPS when it comes. No door imports another. */
const DOORS = ["excel", "xlsx", "wps"];
/** The entry points above everything: the command line, the ribbon's command, the task pane. */
const ENTRIES = ["cli", "commands", "taskpane"];

/**
 * What each folder of src/ must not import: every arrow points down —
 *   entry points (cli; commands, taskpane) → app → workbook → core, i18n beside them for text;
 *   an entry point → its own door only (the CLI the .xlsx door, the ribbon and the pane Office.js).
 * Nothing imports a door but its entry points; no door imports another door or anything above it.
 */
const LAYERS = {
  core: ["workbook", "app", ...DOORS, ...ENTRIES],
  workbook: ["app", ...DOORS, ...ENTRIES],
  i18n: ["app", ...DOORS, ...ENTRIES],
  app: [...DOORS, ...ENTRIES],
  excel: ["xlsx", "wps", "app", ...ENTRIES],
  xlsx: ["excel", "wps", "app", ...ENTRIES],
  wps: ["excel", "xlsx", "app", ...ENTRIES],
  cli: ["excel", "wps", "commands", "taskpane"],
  commands: ["xlsx", "wps", "cli", "taskpane"],
  taskpane: ["xlsx", "wps", "cli", "commands"],
};

/** A relative import that climbs out of the folder and into `folder` (`../excel/host`, `../../app/x`). */
function importOf(folder) {
  return `^(\\.\\./)+${folder}(/|$)`;
}

/** The import restrictions of one folder of src/ (the engine's also keeps host modules out). */
function layerPatterns(folder) {
  const layering = LAYERS[folder].map((target) => ({
    regex: importOf(target),
    message: `src/${folder} must not import src/${target}: imports between the folders of src/ only point down (see eslint.config.mjs).`,
  }));
  const host = folder === "core" ? [{ group: hostModules, message: "src/core is the pure engine: no host, I/O or DOM modules." }] : [];
  return [...host, ...layering];
}

const hostModules = [
  "exceljs",
  "fs",
  "node:*",
  "path",
  "os",
  "child_process",
  "office-addin-*",
  "@microsoft/office-js",
  "playwright-core",
];

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**", "test-output/**", "samples/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        URL: "readonly",
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
        document: "readonly",
        window: "readonly",
        navigator: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        structuredClone: "readonly",
        TextEncoder: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build DOM with createElement/textContent: workbook text must never become HTML." },
        { property: "outerHTML", message: "Build DOM with createElement/textContent: workbook text must never become HTML." },
        { property: "insertAdjacentHTML", message: "Build DOM with createElement/textContent: workbook text must never become HTML." },
      ],
    },
  },
  {
    // A function that does not fit on a screen is two functions (user text in src/i18n excepted).
    files: ["src/**/*.ts"],
    ignores: ["src/i18n/**"],
    rules: {
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  ...Object.keys(LAYERS).map((folder) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: { "no-restricted-imports": ["error", { patterns: layerPatterns(folder) }] },
  })),
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension", "document", "window", "process", "localStorage"].map((name) => ({
          name,
          message: "src/core is the pure engine: no host, DOM or process globals.",
        })),
      ],
    },
  },
);
