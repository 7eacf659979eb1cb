import { describe, expect, it } from "vitest";
import { createExcelStandIn, StandInError } from "./standin";
import { rejectionOf } from "../helpers/rejection";

/** A small sheet: a header and two rows. */
function small(options: Parameters<typeof createExcelStandIn>[1] = {}) {
  return createExcelStandIn({ name: "表2", values: [["序号", "指标"], [1, "地区生产总值"], [2, "人均GDP"]] }, options);
}

/** The StandInError a promise rejects with. */
const rejection = (promise: Promise<unknown>): Promise<StandInError> => rejectionOf(promise, StandInError);

describe("the Excel stand-in", () => {
  it("throws PropertyNotLoaded on reading a property that was not loaded", async () => {
    const standIn = small();
    const error = await rejection(
      standIn.run(async (context) => {
        const range = context.workbook.worksheets.getItem("表2").getRange("A1:B3");
        await context.sync();
        return range.values;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
  });

  it("throws PropertyNotLoaded on reading a loaded property before the sync", async () => {
    const standIn = small();
    const error = await rejection(
      standIn.run(async (context) => {
        const range = context.workbook.worksheets.getItem("表2").getRange("A1:B3").load("values");
        return range.values;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
  });

  it("returns loaded values after load and sync, counting the sync and its response size", async () => {
    const standIn = small();
    const values = await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表2").getRange("A1:B3").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["序号", "指标"], [1, "地区生产总值"], [2, "人均GDP"]]);
    expect(standIn.syncCount).toBe(1);
    expect(standIn.syncs[0]?.responseBytes).toBeGreaterThan(30);
  });

  it("counts syncs per Excel.run and fails the one past the bound as a sync inside a loop, whatever line calls it", async () => {
    const standIn = small({ maxSyncsPerRun: 2 });
    const error = await rejection(
      standIn.run(async (context) => {
        const sync = () => context.sync();
        context.workbook.worksheets.getItem("表2").getRange("A1").load("values");
        await sync();
        context.workbook.worksheets.getItem("表2").getRange("A2").load("values");
        await context.sync();
        context.workbook.worksheets.getItem("表2").getRange("A3").load("values");
        await sync();
      }),
    );
    expect(error.code).toBe("SyncInLoop");
    expect(standIn.loopSyncs).toBe(1);
    expect(standIn.syncs.map((sync) => sync.run)).toEqual([1, 1, 1]);
  });

  it("lets a loop of syncs within the bound pass, and counts the ones past it only when told to", async () => {
    const within = small({ maxSyncsPerRun: 3 });
    await within.run(async (context) => {
      for (const address of ["A1", "A2", "A3"]) {
        context.workbook.worksheets.getItem("表2").getRange(address).load("values");
        await context.sync();
      }
    });
    expect(within.loopSyncs).toBe(0);
    const counting = small({ maxSyncsPerRun: 1, syncLoops: "count" });
    await counting.run(async (context) => {
      for (const address of ["A1", "A2", "A3"]) {
        context.workbook.worksheets.getItem("表2").getRange(address).load("values");
        await context.sync();
      }
    });
    expect(counting.loopSyncs).toBe(2);
    expect(counting.syncCount).toBe(3);
  });

  it("refuses an array whose shape does not match the range", async () => {
    const standIn = small();
    const error = await rejection(
      standIn.run(async (context) => {
        context.workbook.worksheets.getItem("表2").getRange("D1:E2").values = [[1, 2, 3]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(standIn.values("表2", "D1:E2")).toEqual([["", ""], ["", ""]]);
  });

  it("refuses to read the values of an unbounded range such as a whole column", async () => {
    const standIn = small();
    const error = await rejection(
      standIn.run(async (context) => {
        context.workbook.worksheets.getItem("表2").getRange("A:A").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("refuses a request over the payload limit and writes nothing of it", async () => {
    const standIn = small({ payloadLimit: 1_000 });
    const error = await rejection(
      standIn.run(async (context) => {
        const rows = Array.from({ length: 100 }, (_, i) => [`第${i}行的一段较长说明文字`]);
        context.workbook.worksheets.getItem("表2").getRangeByIndexes(10, 0, 100, 1).values = rows;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(standIn.cell("表2", "A11")).toBeUndefined();
    expect(standIn.largestPayload).toBeGreaterThan(1_000);
  });

  it("takes a string for a formula, a number or a date unless the cell is formatted as text", async () => {
    const standIn = small();
    await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表2");
      sheet.getRange("D1:G1").values = [["=SUM(A1)", "3.5%", "1-6", "TRUE"]];
      const text = sheet.getRange("D2:G2");
      text.numberFormat = [["@", "@", "@", "@"]];
      text.values = [["=SUM(A1)", "3.5%", "1-6", "TRUE"]];
      await context.sync();
    });
    expect(standIn.cell("表2", "D1")?.formula).toBe("=SUM(A1)");
    expect(standIn.cell("表2", "E1")?.value).toBe(0.035);
    expect(typeof standIn.cell("表2", "F1")?.value).toBe("number");
    expect(standIn.cell("表2", "G1")?.value).toBe(true);
    expect(standIn.values("表2", "D2:G2")).toEqual([["=SUM(A1)", "3.5%", "1-6", "TRUE"]]);
  });

  it("skips null entries of a written array, leaving those cells as they were", async () => {
    const standIn = small();
    await standIn.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getRange("A2:B2").values = [[null, "改写"]] as never;
      await context.sync();
    });
    expect(standIn.values("表2", "A2:B2")).toEqual([[1, "改写"]]);
  });

  it("refuses APIs newer than its ExcelApi version, and says so through isSetSupported", async () => {
    const standIn = small({ apiVersion: "1.12" });
    expect(standIn.office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(standIn.office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    const error = await rejection(
      standIn.run(async (context) => {
        context.workbook.worksheets.getItem("表2").getRange("A1:B3").getMergedAreasOrNullObject().load("address");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });

  it("returns the merged areas whose top-left cell lies in the range, or a null object", async () => {
    const standIn = createExcelStandIn([
      { name: "表", values: [["标题"], [], ["类别"]], merges: [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 2, left: 0, bottom: 5, right: 0 }] },
    ]);
    const [inside, outside] = await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表");
      const a = sheet.getRange("A1:D6").getMergedAreasOrNullObject().load("address");
      const b = sheet.getRange("B2:D6").getMergedAreasOrNullObject().load("address");
      await context.sync();
      return [a.address, b.isNullObject];
    });
    // Excel joins the areas of a RangeAreas address with a comma and a space.
    expect(inside).toBe("'表'!A1:D1, '表'!A3:A6");
    expect(outside).toBe(true);
  });

  it("fails every sync while a cell is being edited", async () => {
    const standIn = small();
    standIn.setCellEditMode(true);
    const error = await rejection(
      standIn.run(async (context) => {
        context.workbook.worksheets.getItem("表2").getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperationInCellEditMode");
  });

  it("denies writes to a protected sheet", async () => {
    const standIn = small();
    standIn.protectSheet("表2");
    const error = await rejection(
      standIn.run(async (context) => {
        context.workbook.worksheets.getItem("表2").getRange("D1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
  });

  it("cuts custom property values to 255 characters, as desktop Excel does", async () => {
    const standIn = small();
    await standIn.run(async (context) => {
      context.workbook.properties.custom.add("长", "值".repeat(300));
      await context.sync();
    });
    expect(standIn.snapshot().properties["长"]).toHaveLength(255);
  });

  it("points names at #REF! once their sheet is deleted", async () => {
    const standIn = createExcelStandIn([{ name: "表2", values: [[1]] }, { name: "汇总", values: [[2]] }]);
    await standIn.run(async (context) => {
      const sheets = context.workbook.worksheets;
      context.workbook.names.add("PlanAssess_Sheet", sheets.getItem("汇总").getRange("A1"));
      await context.sync();
      sheets.getItem("汇总").delete();
      const names = context.workbook.names.load("items/name,items/formula");
      await context.sync();
      expect(names.items.map((item) => item.formula)).toEqual(["=#REF!"]);
    });
  });

  it("installs Excel, Office and OfficeExtension globals and removes them again", async () => {
    const standIn = small();
    const scope = globalThis as Record<string, unknown>;
    const uninstall = standIn.install();
    const excel = scope.Excel as { run: typeof standIn.run };
    const office = scope.Office as typeof standIn.office;
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    const name = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("表2");
    uninstall();
    expect(scope.Excel).toBeUndefined();
  });

  describe("edge cases", () => {
    it("reports an empty sheet's used range as a null object", async () => {
      const standIn = createExcelStandIn([{ name: "空" }]);
      const isNull = await standIn.run(async (context) => {
        const used = context.workbook.worksheets.getItem("空").getUsedRangeOrNullObject(true);
        await context.sync();
        return used.isNullObject;
      });
      expect(isNull).toBe(true);
    });

    it("fails an action on a sheet that does not exist with ItemNotFound", async () => {
      const standIn = small();
      const error = await rejection(
        standIn.run(async (context) => {
          context.workbook.worksheets.getItem("没有").getRange("A1").load("values");
          await context.sync();
        }),
      );
      expect(error.code).toBe("ItemNotFound");
    });

    it("refuses a range by indexes outside the sheet", async () => {
      const standIn = small();
      const error = await rejection(
        standIn.run(async (context) => {
          context.workbook.worksheets.getItem("表2").getRangeByIndexes(0, 0, 0, 1).load("values");
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    });

    it("flushes queued actions with one final sync when a batch forgets to sync", async () => {
      const standIn = small();
      await standIn.run(async (context) => {
        context.workbook.worksheets.getItem("表2").getRange("C1").values = [["备注"]];
      });
      expect(standIn.syncCount).toBe(1);
      expect(standIn.cell("表2", "C1")?.value).toBe("备注");
    });
  });
});
