import { describe, expect, it } from "vitest";
import { applyOperation, formatAddresses, refersTo, wpsWrite } from "../../src/wps/apply";
import type { EtWorkbook } from "../../src/wps/port";
import { bgrOf, hexOfBgr } from "../../src/wps/style";
import { createWpsStandIn } from "./standin";

describe("the WPS door's pieces", () => {
  it("gathers a column's per-cell formats into one multi-area address per format, each under 255 characters", () => {
    expect(formatAddresses(2, 5, [["@"], ["0.0%"], ["@"], ["@"]])).toEqual([
      { format: "@", address: "F3,F5:F6" },
      { format: "0.0%", address: "F4" },
    ]);
    const alternating = Array.from({ length: 600 }, (_, i) => [i % 2 === 0 ? "@" : "0.0%"]);
    const addresses = formatAddresses(0, 0, alternating);
    expect(addresses.every((entry) => entry.address.length <= 255)).toBe(true);
    expect(addresses.flatMap((entry) => entry.address.split(","))).toHaveLength(600);
  });

  it("writes per-cell formats of 600 rows in a few dozen calls, each cell with its own format", () => {
    const standIn = createWpsStandIn([{ name: "表", values: [["x"]] }]);
    const port = standIn.port;
    const write = wpsWrite(port.Application, port.Application.ActiveWorkbook as EtWorkbook);
    const numberFormat = Array.from({ length: 600 }, (_, i) => [i % 3 === 0 ? "@" : "0.0%"]);
    standIn.resetCalls();
    applyOperation(write, { kind: "formats", sheet: "表", top: 1, left: 2, numberFormat });
    expect(standIn.calls).toBeLessThan(100);
    expect(standIn.numberFormat("表", "C2")).toBe("@");
    expect(standIn.numberFormat("表", "C3")).toBe("0.0%");
    expect(standIn.numberFormat("表", "C601")).toBe("0.0%");
  });

  it("names a range by a quoted sheet and absolute address, quotes doubled", () => {
    expect(refersTo("表2", { top: 2, left: 5, bottom: 38, right: 9 })).toBe("='表2'!$F$3:$J$39");
    expect(refersTo("O'Brien", { top: 0, left: 0, bottom: 0, right: 0 })).toBe("='O''Brien'!$A$1");
  });

  describe("edge cases", () => {
    it("turns colours into BGR and back: black, white, red, the data bar's blue", () => {
      expect([bgrOf("#000000"), bgrOf("#FFFFFF"), bgrOf("#FF0000"), bgrOf("#0072b2")]).toEqual([0, 16_777_215, 255, 0xb27200]);
      for (const hex of ["#000000", "#FFFFFF", "#FF0000", "#0072B2", "#D6E9F8"]) expect(hexOfBgr(bgrOf(hex))).toBe(hex);
    });
  });
});
