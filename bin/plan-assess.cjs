#!/usr/bin/env node
// plan-assess: the command line of 规划指标评估. The code is bundled by `npm run build:cli`
// (run on install by `prepare`) into dist/cli/plan-assess.cjs.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher */

let cli;
try {
  cli = require("../dist/cli/plan-assess.cjs");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("plan-assess.cjs")) {
    process.stderr.write("命令行尚未构建：请先在项目目录运行 npm run build:cli。\n");
    process.exit(1);
  }
  throw error;
}
cli.run(process.argv.slice(2));
