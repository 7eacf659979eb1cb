import { describe, expect, it } from "vitest";
import { groupsOf, percent, sharedResult, tenths, type NarrativeEntry, type NarrativeInput } from "../../src/core/narrative/groups";
import { defaultSettings } from "../../src/core/settings";
import type { SummaryFacts } from "../../src/core/types";

function entry(overrides: Partial<NarrativeEntry> & Pick<NarrativeEntry, "row" | "name">): NarrativeEntry {
  return {
    status: "on_track",
    endOfPlan: null,
    realisation: 0.5,
    timeProgress: 0.5,
    heldToTimeProgress: true,
    regressing: false,
    binding: false,
    projection: "on_course",
    ...overrides,
  };
}

function input(entries: NarrativeEntry[]): NarrativeInput {
  return {
    summary: {} as SummaryFacts,
    entries,
    plan: { baseYear: 2020, targetYear: 2025 },
    period: { year: 2023, fraction: 0.5, code: "2023H1" },
    settings: defaultSettings,
  };
}

const table = [
  entry({ row: 4, name: "地区生产总值", status: "ahead", endOfPlan: "complete" }),
  entry({ row: 5, name: "森林覆盖率", status: "behind", endOfPlan: "basically_complete" }),
  entry({ row: 6, name: "人才资源总量", status: "no_data", realisation: null }),
  entry({ row: 7, name: "PM2.5年均浓度", status: "behind", endOfPlan: "incomplete" }),
];

describe("groupsOf", () => {
  it("groups mid-term results by status in report order, in table order within each", () => {
    const groups = groupsOf(input(table), false);
    expect(groups.results.map((group) => [group.code, group.members.map((member) => member.row)])).toEqual([
      ["ahead", [4]],
      ["on_track", []],
      ["behind", [5, 7]],
    ]);
    expect(groups.noData.members.map((member) => member.row)).toEqual([6]);
    expect(groups.results[2]?.label).toBe(defaultSettings.labels.behind);
  });

  it("groups end-of-plan results by their end-of-plan label", () => {
    const groups = groupsOf(input(table), true);
    expect(groups.results.map((group) => group.members.map((member) => member.row))).toEqual([[4], [5], [7]]);
  });

  it("finds the one result every indicator shares, and none when some have no data", () => {
    const alike = [entry({ row: 1, name: "甲" }), entry({ row: 2, name: "乙" })];
    expect(sharedResult(groupsOf(input(alike), false), 2)?.code).toBe("on_track");
    expect(sharedResult(groupsOf(input(table), false), table.length)).toBeNull();
  });

  describe("edge cases", () => {
    it("makes empty groups of an empty table", () => {
      const groups = groupsOf(input([]), false);
      expect(groups.results.every((group) => group.members.length === 0)).toBe(true);
      expect(groups.noData.members).toEqual([]);
    });
  });
});

describe("tenths and percent", () => {
  it("round a share to the tenth of a percent the text shows", () => {
    expect(tenths(0.48817)).toBe(488);
    expect(percent(0.48817)).toBe("48.8%");
    expect(percent(0.4)).toBe("40%");
  });

  describe("edge cases", () => {
    it("write −0 and a share rounding to zero as 0", () => {
      expect(tenths(-0)).toBe(0);
      expect(Object.is(tenths(-0.0001), 0)).toBe(true);
      expect(percent(-0.0001)).toBe("0%");
    });
  });
});
