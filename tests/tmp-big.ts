import { indicatorSheetSeed } from "./excel/plans";
import { workbookOf } from "./xlsx/workbooks";
await workbookOf([indicatorSheetSeed(6_000)]).xlsx.writeFile("/tmp/v/6000.xlsx");
