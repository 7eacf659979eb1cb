import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { judgement } from "./judgements";
import { categorySummaries, countJudgement, emptyTallies, meanOf } from "../../src/core/counts";
import { averageRealisation, countProjections, countStatuses, summariseCategories } from "./oracles";
import type { Judgement, ProjectionCode, StatusCode } from "../../src/core/types";


function tallied(judgements: Judgement[], capAverage: boolean) {
  const tallies = emptyTallies();
  for (const item of judgements) countJudgement(tallies, item, capAverage);
  return tallies;
}

describe("tallies", () => {
  it("count by status and projection, overall and per category, as the list counts do", () => {
    const table = [
      judgement({ category: "综合实力", status: "ahead", realisation: 1.4, projection: "reached" }),
      judgement({ category: "生态环境", status: "behind", realisation: 0.2, projection: "difficult" }),
      judgement({ category: "综合实力", status: "no_data", realisation: null, projection: "unknown" }),
    ];
    const tallies = tallied(table, true);
    expect(tallies.overall.counts).toEqual({ ahead: 1, on_track: 0, behind: 1, no_data: 1 });
    expect(tallies.projections).toEqual({ reached: 1, on_course: 0, with_effort: 0, difficult: 1, unknown: 1 });
    expect(meanOf(tallies.overall)).toBeCloseTo(0.6);
    expect(categorySummaries(tallies).map((category) => [category.category, category.total])).toEqual([
      ["综合实力", 2],
      ["生态环境", 1],
    ]);
  });

  it("agree with countStatuses, countProjections, averageRealisation and summariseCategories on any table", () => {
    const statuses = fc.constantFrom<StatusCode>("ahead", "on_track", "behind", "no_data");
    const projections = fc.constantFrom<ProjectionCode>("reached", "on_course", "with_effort", "difficult", "unknown");
    const rows = fc.record({
      status: statuses,
      projection: projections,
      realisation: fc.option(fc.double(), { nil: null }),
      category: fc.option(fc.constantFrom("综合实力", " 生态环境 ", "生态环境", "", " "), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(rows, { maxLength: 12 }), fc.boolean(), (fields, capAverage) => {
        const table = fields.map((row) => judgement(row));
        const tallies = tallied(table, capAverage);
        expect(tallies.overall.counts).toEqual(countStatuses(table));
        expect(tallies.projections).toEqual(countProjections(table));
        expect(meanOf(tallies.overall)).toBe(averageRealisation(table, capAverage));
        expect(categorySummaries(tallies)).toEqual(summariseCategories(table, capAverage));
      }),
    );
  });

  describe("edge cases", () => {
    it("have no mean when nothing is measured, and none when the mean overflows", () => {
      expect(meanOf(emptyTallies().overall)).toBeNull();
      const huge = tallied([judgement({ realisation: 1.7e308 }), judgement({ realisation: 1.7e308 })], false);
      expect(meanOf(huge.overall)).toBeNull();
    });
  });
});
