import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/settings";
import {
  DEFAULT_JUMP_THRESHOLD,
  readSettingsForm,
  readTypedNumber,
  settingsToForm,
  shareAsPercentText,
} from "../../src/taskpane/settings-form";

const defaults = { ...defaultSettings, labels: { ...defaultSettings.labels } };

describe("settingsToForm", () => {
  it("shows the default rules in the units typed in the pane", () => {
    const form = settingsToForm(defaults, DEFAULT_JUMP_THRESHOLD);
    expect(form).toMatchObject({
      tolerance: "0",
      basicallyComplete: "95",
      effortBand: "20",
      relativeTolerance: "0.5",
      jumpThreshold: "50",
      path: "linear",
    });
    expect(form.labels).toEqual(defaults.labels);
  });

  it("gives the form its own copy of the labels", () => {
    const form = settingsToForm(defaults, 0.5);
    form.labels.ahead = "快于预期";
    expect(defaults.labels.ahead).not.toBe("快于预期");
  });
});

describe("readSettingsForm", () => {
  it("reads an untouched form back to the same settings", () => {
    expect(readSettingsForm(settingsToForm(defaults, 0.5), defaults)).toEqual({
      ok: true,
      value: { settings: defaults, jumpThreshold: 0.5 },
    });
  });

  it("turns percentages and points back into shares", () => {
    const form = {
      ...settingsToForm(defaults, 0.5),
      tolerance: "2",
      basicallyComplete: "90",
      effortBand: "１５％",
      jumpThreshold: "30",
      path: "compound" as const,
    };
    const reading = readSettingsForm(form, defaults);
    expect(reading.ok && reading.value.settings).toMatchObject({
      tolerance: 0.02,
      basicallyCompleteThreshold: 0.9,
      projectionEffortBand: 0.15,
      path: "compound",
    });
    expect(reading.ok && reading.value.jumpThreshold).toBe(0.3);
  });

  it("keeps renamed labels, trimmed", () => {
    const form = settingsToForm(defaults, 0.5);
    form.labels.ahead = " 快于预期 ";
    form.labels.behind = "滞后";
    const reading = readSettingsForm(form, defaults);
    expect(reading.ok && reading.value.settings.labels).toMatchObject({ ahead: "快于预期", behind: "滞后" });
  });

  it("names each field to correct instead of throwing", () => {
    const form = { ...settingsToForm(defaults, 0.5), tolerance: "两个点", basicallyComplete: "120", jumpThreshold: "" };
    form.labels.no_data = "  ";
    expect(readSettingsForm(form, defaults)).toEqual({
      ok: false,
      problem: {
        tolerance: { kind: "notNumber" },
        basicallyComplete: { kind: "outOfRange", min: 50, max: 100 },
        jumpThreshold: { kind: "notNumber" },
        no_data: { kind: "emptyLabel" },
      },
    });
  });

  describe("edge cases", () => {
    it("accepts the ends of each range", () => {
      const form = { ...settingsToForm(defaults, 0.5), tolerance: "0", basicallyComplete: "100", jumpThreshold: "1" };
      expect(readSettingsForm(form, defaults).ok).toBe(true);
    });

    it("refuses a negative tolerance", () => {
      const form = { ...settingsToForm(defaults, 0.5), tolerance: "-1" };
      expect(readSettingsForm(form, defaults)).toMatchObject({ ok: false, problem: { tolerance: { kind: "outOfRange" } } });
    });

    it("never gives NaN settings, whatever is typed", () => {
      fc.assert(
        fc.property(fc.string(), fc.string(), (tolerance, effortBand) => {
          const reading = readSettingsForm({ ...settingsToForm(defaults, 0.5), tolerance, effortBand }, defaults);
          if (reading.ok) {
            expect(Number.isFinite(reading.value.settings.tolerance)).toBe(true);
            expect(Number.isFinite(reading.value.settings.projectionEffortBand)).toBe(true);
          }
        }),
      );
    });
  });
});

describe("readTypedNumber", () => {
  it.each([
    ["95", 95],
    ["９５", 95],
    ["0.5", 0.5],
    [".5", 0.5],
    ["20%", 20],
    [" 2 ", 2],
    ["-1", -1],
  ])("reads %j as %d", (text, value) => {
    expect(readTypedNumber(text)).toBe(value);
  });

  describe("edge cases", () => {
    it.each(["", "-", "1e3", "1,5", "5左右", "NaN", "Infinity", "1.2.3"])("gives null for %j", (text) => {
      expect(readTypedNumber(text)).toBeNull();
    });
  });
});

describe("shareAsPercentText", () => {
  it.each([
    [0.95, "95"],
    [0.005, "0.5"],
    [0.07, "7"],
    [0, "0"],
    [-0, "0"],
  ])("shows %d as %s", (share, text) => {
    expect(shareAsPercentText(share)).toBe(text);
  });
});
