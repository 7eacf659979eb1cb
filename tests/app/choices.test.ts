import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/settings";
import { applyCorrections, defaultChoices, parseChoices, serialiseChoices, type PaneChoices } from "../../src/app/choices";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { mappingRows } from "../../src/taskpane/mapping-view";
import { keqiaoColumns, mappingOf, yuechengColumns } from "../taskpane/table";

const settings = { ...defaultSettings, labels: { ...defaultSettings.labels } };

const chosen: PaneChoices = {
  sheet: "主要指标",
  plan: { baseYear: 2025, targetYear: 2030 },
  period: "2026H1",
  settings,
  jumpThreshold: 0.3,
  corrections: [{ column: 4, header: "2025年", role: "target" }],
};

describe("serialiseChoices and parseChoices", () => {
  it("read back what was saved, with the settings saved beside them", () => {
    expect(parseChoices(serialiseChoices(chosen), settings)).toEqual(chosen);
  });

  it("save everything but the settings, which have their own property", () => {
    expect(JSON.parse(serialiseChoices(chosen))).toEqual({
      version: 1,
      sheet: "主要指标",
      plan: { baseYear: 2025, targetYear: 2030 },
      period: "2026H1",
      jumpThreshold: 0.3,
      corrections: [{ column: 4, header: "2025年", role: "target" }],
    });
  });

  it("give the defaults for a workbook without saved choices", () => {
    expect(parseChoices(null, settings)).toEqual(defaultChoices());
  });

  describe("edge cases", () => {
    it.each(["", "{", "null", "[]", '"text"', "42"])("read %j as the defaults", (saved) => {
      expect(parseChoices(saved, settings)).toEqual(defaultChoices());
    });

    it("drop what does not read and keep the rest", () => {
      const saved = JSON.stringify({
        sheet: "",
        plan: { baseYear: 2025, targetYear: 2020 },
        period: 2023,
        jumpThreshold: -1,
        corrections: [{ column: 1, header: "指标", role: "name" }, { column: -1, header: "x", role: "base" }, { column: 2, header: "单位", role: "colour" }, "x"],
      });
      expect(parseChoices(saved, settings)).toEqual({ ...defaultChoices(), corrections: [{ column: 1, header: "指标", role: "name" }] });
    });

    it("never throw on any saved text", () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.json()), (saved) => {
          const choices = parseChoices(saved, settings);
          expect(choices.jumpThreshold).toBeGreaterThan(0);
        }),
      );
    });
  });
});

describe("applyCorrections", () => {
  it("gives a column the role the user chose while its header is unchanged", () => {
    const corrected = applyCorrections(mappingOf(yuechengColumns), [{ column: 4, header: "2025年", role: "base" }]);
    expect(mappingRows(corrected, taskpaneZhCN).map((row) => row.role)).toEqual(["category", "name", "unit", "other", "base", "attribute"]);
  });

  it("ignores a correction whose column now has another header", () => {
    const mapping = mappingOf(keqiaoColumns);
    expect(applyCorrections(mapping, [{ column: 2, header: "2020年预计值", role: "other" }])).toBe(mapping);
  });

  it("matches headers whatever their spaces and line breaks", () => {
    const mapping = mappingOf(keqiaoColumns);
    const corrected = applyCorrections(mapping, [{ column: 2, header: "2020年\n实绩", role: "other" }]);
    expect(mappingRows(corrected, taskpaneZhCN)[2]?.role).toBe("other");
  });
});
