// Lint rules. Beyond the recommended sets: the engine (src/core) stays pure — no host, I/O or DOM
// module or global —, the imports between the folders of src/ only point down (LAYERS below), and
// no source writes HTML from strings (workbook text is always text).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** The doors to a host: Office.js, the .xlsx file, and WPS when it comes. No door imports another. */
const DOORS = ["excel", "xlsx", "wps"];
/**
 * The entry points above everything: the command line, the ribbon's command, the task pane, and
 * the WPS add-in's pages (its ribbon callbacks and its start of the same pane over the WPS door).
 */
const ENTRIES = ["cli", "commands", "taskpane", "wps-addin"];

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
  cli: ["excel", "wps", "commands", "taskpane", "wps-addin"],
  commands: ["xlsx", "wps", "cli", "taskpane", "wps-addin"],
  taskpane: ["xlsx", "wps", "cli", "commands", "wps-addin"],
  "wps-addin": ["excel", "xlsx", "cli"],
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
    // The WPS typings' enums (`Et.XlFormatConditionType.xlCellValue`) are ambient: declared for the
    // compiler, absent at run time. In the door, `Et.`, `Kso.` and `WPS.` appear in types only (the
    // numbers it sends are its own constants, src/wps/constants.ts), and WPS's globals not at all:
    // the door is handed its port by the add-in's pages.
    files: ["src/wps/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.type='Identifier'][object.name=/^(Et|Kso|WPS)$/]",
          message: "The WPS typings' enums and namespaces do not exist at run time: use the door's constants (src/wps/constants.ts).",
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Et", "Kso", "WPS", "Application", "wps"].map((name) => ({
          name,
          message: "src/wps uses the EtPort it is given, never WPS's globals or the typings' namespaces at run time.",
        })),
      ],
    },
  },
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
