#!/usr/bin/env node
// Validates manifest.xml offline against the Office add-in manifest schemas (XSD) with xmllint.
// The schemas are looked for in ../shared/schemas/office-manifest beside this project, or in the
// folder given with --schemas DIR (or the PLAN_ASSESS_MANIFEST_SCHEMAS variable).
// Exit codes: 0 valid; 1 invalid; 3 cannot validate here (schemas or xmllint absent).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = args.indexOf("--schemas");
const schemasDir =
  flag >= 0 && args[flag + 1]
    ? resolve(args[flag + 1])
    : process.env.PLAN_ASSESS_MANIFEST_SCHEMAS
      ? resolve(process.env.PLAN_ASSESS_MANIFEST_SCHEMAS)
      : resolve(root, "..", "shared", "schemas", "office-manifest");
const manifest = resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--schemas") ?? "manifest.xml");
const schema = resolve(schemasDir, "OfficeAppManifestV1_1.xsd");

if (!existsSync(manifest)) {
  console.error(`找不到清单文件：${manifest}`);
  process.exit(1);
}
if (!existsSync(schema)) {
  console.error(
    `无法离线校验清单：未找到清单架构文件 ${schema}。\n` +
      `请把 Office 加载项清单架构（XSD）放在 ${schemasDir}，或用 --schemas 指定其目录。\n` +
      `Cannot validate offline: the manifest schemas were not found at ${schemasDir}.`,
  );
  process.exit(3);
}
const which = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
if (which.error) {
  console.error(
    "无法离线校验清单：未安装 xmllint（Debian/Ubuntu：apt-get install -y libxml2-utils）。\n" +
      "Cannot validate offline: xmllint is not installed (apt-get install -y libxml2-utils).",
  );
  process.exit(3);
}
const run = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
const output = `${run.stdout}${run.stderr}`.trim();
if (run.status === 0) {
  console.log(`清单校验通过：${manifest}`);
  process.exit(0);
}
console.error(output);
console.error(`清单校验未通过：${manifest}`);
process.exit(1);
