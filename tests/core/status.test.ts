import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endOfPlanGrade, isEndOfPlan, progressStatus } from "../../src/core/status";

describe("progressStatus", () => {
  it("is on track when r ≥ t − tolerance", () => {
    expect(progressStatus(0.488, 0.4, 0)).toBe("on_track");
    expect(progressStatus(0.4, 0.4, 0)).toBe("on_track");
    expect(progressStatus(0.39, 0.4, 0)).toBe("behind");
    expect(progressStatus(0.39, 0.4, 0.05)).toBe("on_track");
  });

  it("reads floating-point dust as equal: 0.1 + 0.2 against 0.3", () => {
    expect(progressStatus(0.1 + 0.2, 0.3, 0)).toBe("on_track");
    expect(progressStatus(0.3, 0.1 + 0.2, 0)).toBe("on_track");
  });
});

describe("endOfPlanGrade", () => {
  const facts = { status: "behind" as const, satisfied: false, realisation: 0.9, timeProgress: 1, threshold: 0.95 };

  it("is 完成 when the target is satisfied", () => {
    expect(endOfPlanGrade({ ...facts, status: "ahead", satisfied: true, realisation: 1.2 })).toBe("complete");
  });

  it("is 基本完成 from the threshold up, 未完成 below", () => {
    expect(endOfPlanGrade({ ...facts, realisation: 0.982 })).toBe("basically_complete");
    expect(endOfPlanGrade({ ...facts, realisation: 0.95 })).toBe("basically_complete");
    expect(endOfPlanGrade({ ...facts, realisation: 0.949 })).toBe("incomplete");
    expect(endOfPlanGrade({ ...facts, realisation: 0.9, threshold: 0.9 })).toBe("basically_complete");
  });

  it("is 未完成 for a target not met that has no realisation (a qualitative 未完成)", () => {
    expect(endOfPlanGrade({ ...facts, realisation: null })).toBe("incomplete");
  });

  it("is null before the end of the plan and for no data", () => {
    expect(endOfPlanGrade({ ...facts, timeProgress: 0.9 })).toBeNull();
    expect(endOfPlanGrade({ ...facts, status: "no_data" })).toBeNull();
    expect(endOfPlanGrade({ ...facts, timeProgress: null })).toBeNull();
  });
});

describe("edge cases", () => {
  it("counts a time progress of 1 less dust as the end", () => {
    expect(isEndOfPlan(0.1 * 3 + 0.7)).toBe(true);
    expect(isEndOfPlan(0.99)).toBe(false);
  });

  it("gives every realisation and time progress a status", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (r, t) => {
        expect(["on_track", "behind"]).toContain(progressStatus(r, t, 0));
      }),
    );
  });
});
