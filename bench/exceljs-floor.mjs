// The floor the command line is compared with: exceljs merely reading a workbook and writing it
// again (`node bench/exceljs-floor.mjs IN.xlsx OUT.xlsx`), with the zip settings the command line uses.
import ExcelJS from "exceljs";

async function main() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(process.argv[2]);
  await workbook.xlsx.writeFile(process.argv[3], { zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
