import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { workbookText } from "../../src/i18n/workbook";
import { buildWritePlan, PLAN_PROPERTIES, readRunStamp } from "../../src/workbook/plan";
import { clockTime, displayedTime } from "../../src/workbook/summary-sheet";
import { findTable } from "../../src/workbook/table";
import type { SheetPlan } from "../../src/workbook/types";
import { assessmentOf, judgedAt } from "./assessments";
import { seedGrid } from "./grids";

const zh = workbookText("zh-CN").write;
const en = workbookText("en-US").write;

/** The value a sheet plan writes beside a label in column A. */
function besideLabel(sheet: SheetPlan, label: string): unknown {
  for (const block of sheet.blocks) {
    const row = block.values.findIndex((cells) => block.left === 0 && cells[0] === label);
    if (row >= 0) return block.values[row]?.[1];
  }
  return undefined;
}

describe("clockTime", () => {
  it.each([
    ["2026-11-22T14:20:09+00:00", { year: 2026, month: 11, day: 22, hour: 14, minute: 20 }],
    ["2024-07-15T09:00:00+08:00", { year: 2024, month: 7, day: 15, hour: 9, minute: 0 }],
    ["2024-07-15T01:00:00.000Z", { year: 2024, month: 7, day: 15, hour: 1, minute: 0 }],
    ["2024-07-15T09:05", { year: 2024, month: 7, day: 15, hour: 9, minute: 5 }],
    ["2024-02-29 23:59:59-0500", { year: 2024, month: 2, day: 29, hour: 23, minute: 59 }],
  ])("reads %s as the date and clock time it states", (iso, time) => {
    expect(clockTime(iso)).toEqual(time);
  });

  it("keeps the time as written in its own offset, converting nothing", () => {
    expect(clockTime("2026-11-22T23:50:00-05:00")).toEqual({ year: 2026, month: 11, day: 22, hour: 23, minute: 50 });
    expect(clockTime("2026-11-23T00:10:00+14:00")).toEqual({ year: 2026, month: 11, day: 23, hour: 0, minute: 10 });
  });
});

describe("displayedTime", () => {
  it("shows a bureau reader the date in Chinese and the clock time in hours and minutes", () => {
    expect(displayedTime("2026-11-22T14:20:09+00:00", zh)).toBe("2026年11月22日 14:20");
    expect(displayedTime("2024-07-05T09:03:00+08:00", zh)).toBe("2024年7月5日 09:03");
  });

  it("shows an English reader the ISO date and the clock time", () => {
    expect(displayedTime("2026-11-22T14:20:09+00:00", en)).toBe("2026-11-22 14:20");
    expect(displayedTime("2024-07-05T09:03:00+08:00", en)).toBe("2024-07-05 09:03");
  });

  it("puts the displayed time on 评估汇总 and keeps the ISO text in the saved run stamp", async () => {
    const grid = await seedGrid("keqiao-14th-targets");
    const found = findTable(grid);
    if (!found.ok) throw new Error(found.problem.message);
    const assessment = assessmentOf([judgedAt(4, "on_track", 0.55, { category: "综合实力" })]);
    for (const [locale, label, shown] of [
      ["zh-CN", "生成时间", "2026年11月22日 14:20"],
      ["en-US", "Generated", "2026-11-22 14:20"],
    ] as const) {
      const plan = buildWritePlan(grid, found.value, assessment, { generatedAt: "2026-11-22T14:20:09+00:00", locale });
      if (!plan.ok) throw new Error(plan.problem.message);
      const summary = plan.value.sheets[0];
      if (!summary) throw new Error("no summary sheet");
      expect(besideLabel(summary, label)).toBe(shown);
      expect(readRunStamp(plan.value.properties[PLAN_PROPERTIES.run] ?? "")?.generatedAt).toBe("2026-11-22T14:20:09+00:00");
    }
  });

  describe("edge cases", () => {
    it.each([
      ["", ""],
      ["昨天下午", "昨天下午"],
      ["2026-02-30T10:00:00+08:00", "2026-02-30T10:00:00+08:00"],
      ["2026-11-22T24:00:00+08:00", "2026-11-22T24:00:00+08:00"],
      ["2026-11-22T14:60:00+08:00", "2026-11-22T14:60:00+08:00"],
      ["２０２６-11-22T14:20:00+08:00", "２０２６-11-22T14:20:00+08:00"],
      ["2026-11-22", "2026-11-22"],
    ])("shows %j, which is not a time of a real day, as given", (given, shown) => {
      expect(clockTime(given)).toBeNull();
      expect(displayedTime(given, zh)).toBe(shown);
    });

    it("reads midnight and the last minute of a leap day", () => {
      expect(displayedTime("2024-02-29T00:00:00+08:00", zh)).toBe("2024年2月29日 00:00");
      expect(displayedTime("2024-12-31T23:59:59+08:00", en)).toBe("2024-12-31 23:59");
    });

    it("never throws and never shows an empty time for a real one", () => {
      fc.assert(
        fc.property(fc.string(), (given) => {
          expect(typeof displayedTime(given, zh)).toBe("string");
        }),
      );
      fc.assert(
        fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T23:59:59Z"), noInvalidDate: true }), (date) => {
          const iso = date.toISOString();
          const time = clockTime(iso);
          expect(time).toEqual({
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
            hour: date.getUTCHours(),
            minute: date.getUTCMinutes(),
          });
          expect(displayedTime(iso, zh)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/u);
        }),
      );
    });
  });
});
