/**
 * The last step of writing the command line's copy: exceljs's bytes opened once as a package, the
 * plan's charts added (`chart.ts`), what exceljs dropped of the input put back (`keepsakes.ts`), what exceljs writes against Excel's rules repaired
 * (`schema-order.ts`), and saved once.
 */
import { drawCharts, type SheetChart } from "./chart";
import { restoreKeepsakes, type Keepsakes } from "./keepsakes";
import { editedPackage } from "./package";
import { repairParts } from "./schema-order";

/**
 * The finished copy's bytes.
 * @example await finishedPackage(await workbook.xlsx.writeBuffer(), host.charts()) //=> the bytes with the charts, in Excel's order
 */
export function finishedPackage(buffer: Buffer, charts: readonly SheetChart[], kept: Keepsakes | null = null): Promise<Buffer> {
  return editedPackage(buffer, async (pack) => {
    await drawCharts(pack, charts);
    if (kept) await restoreKeepsakes(pack, kept);
    await repairParts(pack);
  });
}
