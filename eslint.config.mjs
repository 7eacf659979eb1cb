// Lint rules. Beyond the recommended sets: the engine (src/core) stays pure — no host, I/O or DOM
// module or global — and no source writes HTML from strings (workbook text is always text).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: hostModules, message: "src/core is the pure engine: no host, I/O or DOM modules." }] },
      ],
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
