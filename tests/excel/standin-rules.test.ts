/**
 * The stand-in's strictness rules, each as Excel documents it (the page is cited beside the rule in
 * `tests/excel/standin/`), one test a rule.
 */
import { describe, expect, it } from "vitest";
import { createExcelStandIn, StandInError, type StandInOptions } from "./standin";
import { commandEvent } from "./standin/command-event";
import { dialogOffice } from "./standin/dialog";
import { rejectionOf } from "../helpers/rejection";

/** One sheet with a header row, and a second sheet. */
function workbook(options: Partial<StandInOptions> = {}) {
  return createExcelStandIn([{ name: "表2", values: [["序号", "指标"], [1, "地区生产总值"]] }, { name: "评估明细", values: [["序号"]] }], options);
}

/** The StandInError a promise rejects with. */
const rejection = (promise: Promise<unknown>): Promise<StandInError> => rejectionOf(promise, StandInError);

describe("custom properties", () => {
  it("fail a load of every value on desktop when one is over 255 characters, as Windows Excel crashes (office-js #4378)", async () => {
    const desktop = workbook({ platform: "desktop" });
    desktop.model.properties.set("long", { key: "Long", value: "x".repeat(256) });
    const error = await rejection(desktop.run(async (context) => {
      context.workbook.properties.custom.load("items/key,items/value");
      await context.sync();
    }));
    expect(error.code).toBe("HostCrashed");
    const keysOnly = await desktop.run(async (context) => {
      const custom = context.workbook.properties.custom.load("items/key");
      await context.sync();
      return custom.items.map((item) => item.key);
    });
    expect(keysOnly).toEqual(["Long"]);
  });

  it("are read whole on the web", async () => {
    const web = workbook();
    web.model.properties.set("long", { key: "Long", value: "x".repeat(300) });
    const values = await web.run(async (context) => {
      const custom = context.workbook.properties.custom.load("items/key,items/value");
      await context.sync();
      return custom.items.map((item) => item.value.length);
    });
    expect(values).toEqual([300]);
  });

  it("are cut to the configured length, as some builds cut them to 127 characters (office-js #4530)", async () => {
    const cut = workbook({ propertyValueLimit: 127 });
    await cut.run(async (context) => {
      context.workbook.properties.custom.add("k", "y".repeat(200));
      await context.sync();
    });
    expect(cut.snapshot().properties.k).toBe("y".repeat(127));
  });

  it("store numbers and booleans as their text and refuse other values", async () => {
    const standIn = workbook();
    await standIn.run(async (context) => {
      context.workbook.properties.custom.add("n", 1.5);
      context.workbook.properties.custom.add("b", true);
      await context.sync();
    });
    expect(standIn.snapshot().properties).toEqual({ n: "1.5", b: "true" });
    const error = await rejection(standIn.run(async (context) => {
      context.workbook.properties.custom.add("o", { a: 1 });
      await context.sync();
    }));
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("sheets", () => {
  it("refuse to delete a very hidden sheet until it is made hidden (office-js #365)", async () => {
    const standIn = workbook();
    const detail = standIn.model.sheets[1];
    if (detail) detail.visibility = "VeryHidden";
    const error = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.getItem("评估明细").delete();
      await context.sync();
    }));
    expect(error.code).toBe("InvalidOperation");
    await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("评估明细");
      sheet.visibility = "Hidden";
      sheet.delete();
      await context.sync();
    });
    expect(standIn.sheetNames()).toEqual(["表2"]);
  });

  it("can be neither added nor deleted under structure protection", async () => {
    const standIn = workbook();
    standIn.protectStructure(true);
    const added = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.add("新表");
      await context.sync();
    }));
    const deleted = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.getItem("评估明细").delete();
      await context.sync();
    }));
    expect([added.code, deleted.code]).toEqual(["AccessDenied", "AccessDenied"]);
    expect(standIn.sheetNames()).toEqual(["表2", "评估明细"]);
  });

  it("when protected, refuse charts, page layout and freeze panes as they refuse cells", async () => {
    const standIn = workbook();
    standIn.protectSheet("评估明细");
    const codes = [];
    for (const write of [
      (sheet: Excel.Worksheet) => sheet.charts.add("BarClustered", sheet.getRange("A1:B2"), "Columns"),
      (sheet: Excel.Worksheet) => (sheet.pageLayout.orientation = "Landscape"),
      (sheet: Excel.Worksheet) => sheet.freezePanes.freezeRows(1),
    ]) {
      codes.push((await rejection(standIn.run(async (context) => {
        write(context.workbook.worksheets.getItem("评估明细"));
        await context.sync();
      }))).code);
    }
    expect(codes).toEqual(["AccessDenied", "AccessDenied", "AccessDenied"]);
  });
});

describe("page layout", () => {
  it.each([
    [{ horizontalFitToPages: 1, verticalFitToPages: 0 }, "InvalidArgument"],
    [{ scale: 5 }, "InvalidArgument"],
    [{ horizontalFitToPages: 1.5 }, "InvalidArgument"],
    [{ horizontalFitToPages: 1, verticalFitToPages: 6 }, "ok"],
    [{ scale: 80 }, "ok"],
    [{ horizontalFitToPages: 1, verticalFitToPages: null }, "ok"],
  ])("takes zoom %j as %s: page counts or a scale of 10–400, as the reference describes", async (zoom, expected) => {
    const standIn = workbook();
    const outcome = await standIn
      .run(async (context) => {
        context.workbook.worksheets.getItem("评估明细").pageLayout.zoom = zoom as Excel.PageLayoutZoomOptions;
        await context.sync();
      })
      .then(() => "ok", (error: StandInError) => error.code);
    expect(outcome).toBe(expected);
  });

  it("refuses an orientation or paper size that is not one of its values", async () => {
    const standIn = workbook();
    const error = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.getItem("评估明细").pageLayout.paperSize = "A9" as Excel.PaperType;
      await context.sync();
    }));
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("selection", () => {
  it("getSelectedRange throws on several areas and on a chart; getSelectedRanges answers the areas", async () => {
    const standIn = workbook();
    standIn.select({ sheet: "表2", addresses: ["A1:B2", "D4"] });
    const several = await rejection(standIn.run(async (context) => {
      context.workbook.getSelectedRange().load("address");
      await context.sync();
    }));
    expect(several.code).toBe("InvalidSelection");
    const address = await standIn.run(async (context) => {
      const areas = context.workbook.getSelectedRanges().load("address");
      await context.sync();
      return areas.address;
    });
    expect(address).toBe("'表2'!A1:B2, '表2'!D4");
    standIn.select("chart");
    const chart = await rejection(standIn.run(async (context) => {
      context.workbook.getSelectedRange().load("address");
      await context.sync();
    }));
    expect(chart.code).toBe("InvalidSelection");
  });

  it("select() refuses a range on a sheet that is not active", async () => {
    const standIn = workbook();
    const error = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.getItem("评估明细").getRange("A1").select();
      await context.sync();
    }));
    expect(error.code).toBe("InvalidOperation");
  });
});

describe("a function command's event", () => {
  it("counts a completion within five minutes of the press, one after them as late, and none as pending", () => {
    let now = 1_000;
    const verdictAfter = (ms: number | null) => {
      now = 1_000;
      const press = commandEvent(() => now);
      if (ms !== null) {
        now += ms;
        press.event.completed();
        now += 1;
        press.event.completed();
      }
      return press.verdict();
    };
    expect(verdictAfter(300_000)).toEqual({ state: "completed", afterMs: 300_000 });
    expect(verdictAfter(300_001)).toEqual({ state: "late", afterMs: 300_001 });
    expect(verdictAfter(null)).toEqual({ state: "pending" });
  });
});

describe("the outcome dialog's Office", () => {
  it("offers only messageParent and isSetSupported, refusing the display language and lacking Office.actions", () => {
    const sent: string[] = [];
    const office = dialogOffice({ isSetSupported: (name) => name === "DialogApi", messageParent: (message) => sent.push(message), onReady: () => Promise.resolve() });
    const context = office.context as { ui: { messageParent(message: string): void }; requirements: { isSetSupported(name: string): boolean }; displayLanguage?: string };
    context.ui.messageParent("close");
    expect(sent).toEqual(["close"]);
    expect(context.requirements.isSetSupported("DialogApi")).toBe(true);
    expect(() => context.displayLanguage).toThrow(/not available in a dialog/);
    expect(office.actions).toBeUndefined();
  });
});

describe("addresses", () => {
  it("leave a CJK sheet name unquoted in the unquotedCjk mode", async () => {
    const standIn = createExcelStandIn([{ name: "表", values: [["标题"]], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 2, left: 0, bottom: 3, right: 0 }] }], { addressStyle: "unquotedCjk" });
    const address = await standIn.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("表").getRange("A1:D6").getMergedAreasOrNullObject().load("address");
      await context.sync();
      return areas.address;
    });
    expect(address).toBe("表!A1:C1, 表!A3:A4");
  });
});

describe("cells and merges", () => {
  it("refuse text over 32,767 characters", async () => {
    const standIn = workbook();
    const error = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getRange("C1").values = [["x".repeat(32_768)]];
      await context.sync();
    }));
    expect(error.code).toBe("InvalidArgument");
  });

  it("lose the fill of a range whose first cell is empty when it is merged after formatting (office-js #6405), not before", async () => {
    const standIn = workbook();
    await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表2");
      sheet.getRange("D1:E2").format.fill.color = "#FFF2CC";
      sheet.getRange("D1:E2").merge(false);
      sheet.getRange("G1:H2").merge(false);
      sheet.getRange("G1:H2").format.fill.color = "#FFF2CC";
      await context.sync();
    });
    expect(standIn.cell("表2", "D1")?.style?.fill).toBeUndefined();
    expect(standIn.cell("表2", "G1")?.style?.fill).toBe("#FFF2CC");
  });
});

describe("payloads and failures", () => {
  it("count every non-ASCII character as the six bytes of \\uXXXX in the pessimistic mode", async () => {
    const sizes = [];
    for (const payloadMode of ["utf8", "pessimistic"] as const) {
      const standIn = createExcelStandIn([{ name: "s", values: [["地区生产总值"]] }], { payloadMode });
      await standIn.run(async (context) => {
        context.workbook.worksheets.getItem("s").getRange("A1").load("values");
        await context.sync();
      });
      sizes.push(standIn.syncs[0]?.responseBytes ?? 0);
    }
    // ["地区生产总值"] inside {"values":[[…]]}: six characters of 3 UTF-8 bytes, or of 6.
    expect((sizes[1] ?? 0) - (sizes[0] ?? 0)).toBe(18);
  });

  it("count each queued action's own framing in a request, so ten one-cell writes weigh more than one ten-cell write", async () => {
    const requestOf = async (write: (sheet: Excel.Worksheet) => void) => {
      const standIn = workbook();
      await standIn.run(async (context) => {
        write(context.workbook.worksheets.getItem("表2"));
        await context.sync();
      });
      return standIn.syncs[0]?.requestBytes ?? 0;
    };
    const row = Array.from({ length: 10 }, (_, i) => i);
    const whole = await requestOf((sheet) => (sheet.getRangeByIndexes(5, 0, 1, 10).values = [row]));
    const apart = await requestOf((sheet) => row.forEach((value, i) => (sheet.getRangeByIndexes(5, i, 1, 1).values = [[value]])));
    // The same ten numbers, nine more actions: each carries at least 32 bytes of its own.
    expect(apart - whole).toBeGreaterThanOrEqual(9 * 32);
  });

  it("answer the cells of a range over five million cells with null, not an error, as Excel may (office-js #4783)", async () => {
    const standIn = workbook({ maxReadCells: 10_000_000 });
    standIn.typeValue("表2", "BZ64103", "末");
    const read = await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表2");
      const used = sheet.getUsedRange().load("values,numberFormat,cellCount");
      const small = sheet.getRange("A1:B2").load("values");
      await context.sync();
      return { values: used.values, numberFormat: used.numberFormat, cellCount: used.cellCount, small: small.values };
    });
    expect(read).toEqual({ values: null, numberFormat: null, cellCount: 5_000_034, small: [["序号", "指标"], [1, "地区生产总值"]] });
  });

  it.each(["InactiveWorkbook", "ActivityLimitReached", "UnsupportedSheet"] as const)("raise an injected %s on the next sync only", async (code) => {
    const standIn = workbook();
    standIn.failNextSync(code);
    const read = () => standIn.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getRange("A1").load("values");
      await context.sync();
    });
    expect((await rejection(read())).code).toBe(code);
    await expect(read()).resolves.toBeUndefined();
  });
});

describe("conditional formats, colours, enums and validation", () => {
  /** Runs one batch of writes on 表2 and answers "ok" or the error code. */
  async function outcomeOf(write: (sheet: Excel.Worksheet) => void): Promise<string> {
    const standIn = workbook();
    return standIn
      .run(async (context) => {
        write(context.workbook.worksheets.getItem("表2"));
        await context.sync();
      })
      .then(() => "ok", (error: StandInError) => error.code);
  }

  it.each([
    [{ formula1: '="提前实现目标"', operator: "EqualTo" }, "ok"],
    [{ operator: "EqualTo" }, "InvalidArgument"],
    [{ formula1: "=1" }, "InvalidArgument"],
    [{ formula1: "=1", operator: "Between" }, "InvalidArgument"],
    [{ formula1: "=1", formula2: "=2", operator: "Between" }, "ok"],
  ])("takes a cell-value rule %j as %s: formula1 and an operator, formula2 for Between", async (rule, expected) => {
    expect(await outcomeOf((sheet) => (sheet.getRange("B1:B2").conditionalFormats.add("CellValue").cellValue.rule = rule as Excel.ConditionalCellValueRule))).toBe(expected);
  });

  it("refuses a custom rule whose formula does not start with =", async () => {
    expect(await outcomeOf((sheet) => (sheet.getRange("B1").conditionalFormats.add("Custom").custom.rule.formula = "LEN(B1)=0"))).toBe("InvalidArgument");
    expect(await outcomeOf((sheet) => (sheet.getRange("B1").conditionalFormats.add("Custom").custom.rule.formula = "=LEN(B1)=0"))).toBe("ok");
  });

  it.each([
    ["#D9E1F2", "ok"],
    ["orange", "ok"],
    ["D9E1F2", "InvalidArgument"],
    ["#D9E1F", "InvalidArgument"],
  ])("takes the fill colour %s as %s (#RRGGBB or a named colour)", async (colour, expected) => {
    expect(await outcomeOf((sheet) => (sheet.getRange("A1").format.fill.color = colour))).toBe(expected);
  });

  it("refuses an alignment or border style that is not one of the enum's values", async () => {
    expect(await outcomeOf((sheet) => (sheet.getRange("A1").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment))).toBe("InvalidArgument");
    expect(await outcomeOf((sheet) => (sheet.getRange("A1").format.borders.getItem("EdgeTop").style = "Thin" as Excel.BorderLineStyle))).toBe("InvalidArgument");
    expect(await outcomeOf((sheet) => (sheet.getRange("A1").format.verticalAlignment = "Center"))).toBe("ok");
  });

  it("takes one criterion per data-validation rule", async () => {
    const two = { decimal: { formula1: 0, formula2: 1, operator: "Between" }, wholeNumber: { formula1: 0, operator: "GreaterThan" } };
    expect(await outcomeOf((sheet) => (sheet.getRange("C1:C2").dataValidation.rule = two as Excel.DataValidationRule))).toBe("InvalidArgument");
    expect(await outcomeOf((sheet) => (sheet.getRange("C1:C2").dataValidation.rule = { decimal: { formula1: 0, formula2: 1, operator: "Between" } }))).toBe("ok");
  });
});

describe("special cells", () => {
  it("find the cells holding formulas as areas, an empty result included, and a null object when there are none", async () => {
    const standIn = workbook();
    standIn.typeFormula("表2", "C1", '=IF(A1>0,"","待填")', "");
    standIn.typeFormula("表2", "C2", "=A2*2", 2);
    standIn.typeFormula("表2", "E2", "=A2", 1);
    const found = await standIn.run(async (context) => {
      const used = context.workbook.worksheets.getItem("表2").getUsedRange();
      const formulas = used.getSpecialCellsOrNullObject("Formulas").load("address");
      const none = context.workbook.worksheets.getItem("评估明细").getUsedRange().getSpecialCellsOrNullObject("Formulas").load("address");
      await context.sync();
      return [formulas.address, none.isNullObject];
    });
    expect(found).toEqual(["'表2'!C1:C2, '表2'!E2", true]);
  });

  it("fail with ItemNotFound through getSpecialCells when there are none", async () => {
    const standIn = workbook();
    const error = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getUsedRange().getSpecialCells("Formulas").load("address");
      await context.sync();
    }));
    expect(error.code).toBe("ItemNotFound");
  });

  it("need ExcelApi 1.9", async () => {
    const standIn = workbook({ apiVersion: "1.8" });
    const error = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getUsedRange().getSpecialCellsOrNullObject("Formulas").load("address");
      await context.sync();
    }));
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("conditional formats loaded and deleted", () => {
  it("load the formats that intersect a range, with the loaded parts only, a null object where the type has no such facet", async () => {
    const standIn = workbook();
    const sheet = standIn.model.sheets[0];
    if (!sheet) throw new Error("no sheet");
    sheet.conditionalFormats.push({ id: 7, type: "DataBar", ranges: [{ top: 0, left: 4, bottom: 9, right: 4 }], barColor: "#0072B2" });
    sheet.conditionalFormats.push({ id: 8, type: "CellValue", ranges: [{ top: 20, left: 0, bottom: 20, right: 0 }], rule: { formula1: "=1", operator: "EqualTo" }, fill: "#FFFFFF" });
    const items = await standIn.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("表2").getRange("A1:E5").conditionalFormats;
      formats.load("items/id,items/type,items/cellValueOrNullObject/rule,items/dataBarOrNullObject/positiveFormat/fillColor");
      await context.sync();
      return formats.items;
    });
    expect(items).toEqual([{ id: "7", type: "DataBar", cellValueOrNullObject: { isNullObject: true }, dataBarOrNullObject: { isNullObject: false, positiveFormat: { fillColor: "#0072B2" } } }]);
  });

  it("refuse a path a conditional format does not have", async () => {
    const standIn = workbook();
    const error = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getRange().conditionalFormats.load("items/ranges");
      await context.sync();
    }));
    expect(error.code).toBe("InvalidArgument");
  });

  it("delete one format by id, and fail with ItemNotFound for an id that is gone", async () => {
    const standIn = workbook();
    const sheet = standIn.model.sheets[0];
    if (!sheet) throw new Error("no sheet");
    sheet.conditionalFormats.push({ id: 7, type: "DataBar", ranges: [{ top: 0, left: 4, bottom: 9, right: 4 }] });
    sheet.conditionalFormats.push({ id: 8, type: "Custom", ranges: [{ top: 0, left: 4, bottom: 9, right: 4 }], formula: "=E1>0" });
    await standIn.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getRange().conditionalFormats.getItem("7").delete();
      await context.sync();
    });
    expect(sheet.conditionalFormats.map((format) => format.id)).toEqual([8]);
    const error = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getRange().conditionalFormats.getItem("7").delete();
      await context.sync();
    }));
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("the Normal cell style", () => {
  it("replaces the cells' formats and leaves the conditional formats over them whole", async () => {
    const standIn = workbook();
    const sheet = standIn.model.sheets[0];
    const cell = standIn.cell("表2", "B2");
    if (!sheet || !cell) throw new Error("no cell");
    cell.numberFormat = "0.0%";
    cell.style = { bold: true, fill: "#FFC7CE" };
    sheet.conditionalFormats.push({ id: 9, type: "Custom", ranges: [{ top: 0, left: 1, bottom: 1_048_575, right: 1 }], formula: "=B1>0" });
    await standIn.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getRange("B2").style = "Normal";
      await context.sync();
    });
    expect([cell.numberFormat, cell.style, cell.value]).toEqual([undefined, undefined, "地区生产总值"]);
    expect(sheet.conditionalFormats[0]?.ranges).toEqual([{ top: 0, left: 1, bottom: 1_048_575, right: 1 }]);
  });

  it("needs ExcelApi 1.7", async () => {
    const standIn = workbook({ apiVersion: "1.6" });
    const error = await rejection(standIn.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getRange("B2").style = "Normal";
      await context.sync();
    }));
    expect(error.code).toBe("ApiNotFound");
  });
});
