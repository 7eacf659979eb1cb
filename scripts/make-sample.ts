/**
 * Writes samples/keqiao-14th-monitoring.xlsx, the demo's monitoring workbook (see
 * `sample-workbook.ts`: the Keqiao 14th-plan table with illustrative half-year observations,
 * marked 示例数据). Run with `tsx scripts/make-sample.ts` (part of `npm run demo`).
 */
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { buildSampleWorkbook } from "./sample-workbook";

const SOURCE = resolve(__dirname, "../tests/fixtures/keqiao-14th-targets.xlsx");
const TARGET = resolve(__dirname, "../samples/keqiao-14th-monitoring.xlsx");

async function main(): Promise<void> {
  const workbook = await buildSampleWorkbook(SOURCE);
  await mkdir(dirname(TARGET), { recursive: true });
  await workbook.xlsx.writeFile(TARGET);
  process.stderr.write(`示例监测表已写入 ${TARGET}（2021年至2023年上半年为示例数据）\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
