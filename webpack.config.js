/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane and the ribbon's function file, copies the icons and the manifest, and
// serves office.js from the @microsoft/office-js package so the add-in runs on an offline intranet
// (the default). That package is frozen (its README: no longer supported, add-ins should load the
// CDN): with PLAN_ASSESS_OFFICE_JS=cdn the pages load office.js from Microsoft's CDN instead and
// nothing of the package is copied.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const devUrl = "https://localhost:3000/";
/** Where the add-in is hosted in production (an intranet web server), set at build time. */
const prodUrl = process.env.PLAN_ASSESS_URL || devUrl;
/** office.js from Microsoft's CDN (evergreen) when PLAN_ASSESS_OFFICE_JS=cdn, else served locally. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsFromCdn = process.env.PLAN_ASSESS_OFFICE_JS === "cdn";
const officeJsUrl = officeJsFromCdn ? OFFICE_JS_CDN : "assets/office-js/office.js";

/** office.js and the Excel host scripts it loads at run time; Chinese and English string tables. */
const officeJsFiles = [
  "office.js",
  "office.debug.js",
  "o15apptofilemappingtable.js",
  "o15apptofilemappingtable.debug.js",
  "es6-promise.js",
  "excel-*.js",
  "excelwebapp-*.js",
  "excelios-*.js",
  "telemetry/**",
  "ariatelemetry/**",
  "agaveerrorux/**",
  "zh-cn/**",
  "zh-tw/**",
  "en-us/**",
];

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { officeJsUrl },
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        templateParameters: { officeJsUrl },
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.svg", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : content.toString().replaceAll(devUrl, prodUrl),
          },
          ...(officeJsFromCdn ? [] : officeJsFiles).map((glob) => ({
            from: glob,
            context: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"),
            to: "assets/office-js/",
            noErrorOnMissing: true,
            // Served as Microsoft ships them: already minified, never re-minified by terser.
            info: { minimized: true },
          })),
        ],
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
