import { describe, expect, it } from "vitest";
import { authorsOf, withAuthors, withNames } from "../../src/xlsx/keepsakes";

describe("what exceljs drops, put back", () => {
  it("reads each note's author by its cell", () => {
    const xml = '<comments><authors><author>统计科</author><author>李&amp;四</author></authors><commentList><comment ref="A1" authorId="0"/><comment ref="C3" authorId="1"/></commentList></comments>';
    expect([...authorsOf(xml)]).toEqual([["A1", "统计科"], ["C3", "李&四"]]);
  });

  it("gives each note back its author, adding authors the copy lacks and leaving other notes alone", () => {
    const copy = '<authors><author>Author</author></authors><commentList><comment ref="A1" authorId="0"><text/></comment><comment ref="Z9" authorId="0"><text/></comment></commentList>';
    expect(withAuthors(copy, new Map([["A1", "统计科"]]))).toBe(
      '<authors><author>Author</author><author>统计科</author></authors><commentList><comment ref="A1" authorId="1"><text/></comment><comment ref="Z9" authorId="0"><text/></comment></commentList>',
    );
    expect(withAuthors(copy, new Map())).toBe(copy);
  });

  it("puts back the user's names the copy lost or changed, never the add-in's, and a local one only on its own sheet", () => {
    const input = {
      sheets: ["表2", "台账"],
      names: [
        { name: "增长目标", localSheetId: undefined, xml: '<definedName name="增长目标">0.07</definedName>' },
        { name: "范围", localSheetId: undefined, xml: "<definedName name=\"范围\">'表2'!$B$4:$B$39</definedName>" },
        { name: "本表", localSheetId: "1", xml: '<definedName name="本表" localSheetId="1">台账!$A$1</definedName>' },
        { name: "PlanAssess_Area", localSheetId: undefined, xml: '<definedName name="PlanAssess_Area">表2!$J$2:$O$39</definedName>' },
      ],
    };
    const copy = '<workbook><sheets><sheet name="表2"/><sheet name="台账"/></sheets><definedNames><definedName name="范围">表2!$B$4:$B$39</definedName></definedNames></workbook>';
    expect(withNames(copy, input)).toBe(
      "<workbook><sheets><sheet name=\"表2\"/><sheet name=\"台账\"/></sheets><definedNames><definedName name=\"范围\">'表2'!$B$4:$B$39</definedName><definedName name=\"增长目标\">0.07</definedName><definedName name=\"本表\" localSheetId=\"1\">台账!$A$1</definedName></definedNames></workbook>",
    );
    const moved = '<workbook><sheets><sheet name="台账"/><sheet name="表2"/></sheets></workbook>';
    expect(withNames(moved, { ...input, names: [input.names[2]!] })).toBe(moved);
    expect(withNames('<workbook><sheets><sheet name="表2"/></sheets></workbook>', { ...input, names: [input.names[0]!] })).toBe(
      '<workbook><sheets><sheet name="表2"/></sheets><definedNames><definedName name="增长目标">0.07</definedName></definedNames></workbook>',
    );
  });
});
