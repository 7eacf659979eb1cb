import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  projectCumulative,
  projectJudged,
  projectLevel,
  projectMaintain,
  projectionBand,
  projectRate,
} from "../../src/core/projection";

const level = {
  base: 137.2,
  target: 200,
  value: 160,
  direction: "higher" as const,
  satisfied: false,
  elapsed: 2,
  remaining: 3,
  compound: false,
  effortBand: 0.2,
};

describe("projectionBand", () => {
  it.each([
    [-0.1, "on_course"],
    [0, "on_course"],
    [0.1, "with_effort"],
    [0.2, "with_effort"],
    [0.21, "difficult"],
  ])("puts a shortfall of %d in %s", (shortfall, code) => {
    expect(projectionBand(shortfall, 0.2)).toBe(code);
  });
});

describe("projectLevel", () => {
  it("projects at the linear pace since the base: 160 + 22.8 ÷ 2 × 3 = 194.2, short 5.8 ÷ 62.8 = 9.2%", () => {
    const projection = projectLevel(level);
    expect(projection.projected).toBeCloseTo(194.2, 10);
    expect(projection.code).toBe("with_effort");
  });

  it("projects on the compound path: 110 × 1.1^(3/2) from 100 two years before", () => {
    const projection = projectLevel({ ...level, base: 100, target: 121, value: 110, compound: true });
    expect(projection.projected).toBeCloseTo(110 * Math.pow(1.1, 1.5), 9);
    expect(projection.code).toBe("on_course");
  });

  it("says 已实现 when the target is satisfied, 完成难度较大 when moving the wrong way", () => {
    expect(projectLevel({ ...level, satisfied: true }).code).toBe("reached");
    expect(projectLevel({ ...level, value: 130 }).code).toBe("difficult");
  });

  it("projects a lower-is-better indicator toward a smaller target: 75 − 8 × 3 = 51 against 50", () => {
    const projection = projectLevel({ ...level, base: 91, target: 50, value: 75, direction: "lower" });
    expect(projection.projected).toBeCloseTo(51, 10);
    expect(projection.code).toBe("with_effort");
  });

  it("leaves no time to make up a gap at the end of the plan", () => {
    expect(projectLevel({ ...level, remaining: 0 }).code).toBe("difficult");
  });
});

describe("projectMaintain, projectRate, projectCumulative, projectJudged", () => {
  it("measures a maintain target's gap as a share of the target", () => {
    expect(projectMaintain({ target: 100, value: 99.5, direction: "higher", remaining: 3, effortBand: 0.2 }).code).toBe("with_effort");
    expect(projectMaintain({ target: 100, value: 100, direction: "higher", remaining: 3, effortBand: 0.2 }).code).toBe("on_course");
    expect(projectMaintain({ target: 100, value: 100, direction: "higher", remaining: 0, effortBand: 0.2 }).code).toBe("reached");
  });

  it("holds the average rate so far to the end: 5.77% against 7% is short by 17.6%", () => {
    expect(projectRate({ achieved: 5.77, target: 7, direction: "higher", remaining: 3, effortBand: 0.2 }).code).toBe("with_effort");
    expect(projectRate({ achieved: 5, target: 7, direction: "higher", remaining: 3, effortBand: 0.2 }).code).toBe("difficult");
    expect(projectRate({ achieved: 7.2, target: 7, direction: "higher", remaining: 0, effortBand: 0.2 }).code).toBe("reached");
  });

  it("carries a total to date at its yearly pace: 6 in two years → 15 of 20", () => {
    const projection = projectCumulative({ toDate: 6, total: 20, elapsed: 2, remaining: 3, effortBand: 0.2 });
    expect(projection).toEqual({ code: "difficult", projected: 15 });
    expect(projectCumulative({ toDate: 21, total: 20, elapsed: 2, remaining: 3, effortBand: 0.2 }).code).toBe("reached");
  });

  it("projects a judgement: met → on course, not met → unknown, at the end reached or difficult", () => {
    expect(projectJudged(true, 3).code).toBe("on_course");
    expect(projectJudged(false, 3).code).toBe("unknown");
    expect(projectJudged(false, 0).code).toBe("difficult");
    expect(projectJudged(null, 3).code).toBe("unknown");
  });
});

describe("edge cases", () => {
  it("cannot project from no elapsed time", () => {
    expect(projectLevel({ ...level, elapsed: 0 })).toEqual({ code: "unknown", projected: null });
    expect(projectCumulative({ toDate: 6, total: 20, elapsed: 0, remaining: 5, effortBand: 0.2 }).code).toBe("unknown");
  });

  it("handles a zero target rate and a zero maintain target", () => {
    expect(projectRate({ achieved: -1, target: 0, direction: "higher", remaining: 3, effortBand: 0.2 }).code).toBe("difficult");
    expect(projectMaintain({ target: 0, value: -1, direction: "higher", remaining: 3, effortBand: 0.2 }).code).toBe("difficult");
  });

  it("never projects NaN or Infinity", () => {
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1e308, -1e308, 5e-324));
    fc.assert(
      fc.property(number, number, number, fc.double({ min: 0, max: 20, noNaN: true }), fc.boolean(), (base, target, value, elapsed, compound) => {
        const projection = projectLevel({ ...level, base, target, value, elapsed, compound });
        if (projection.projected !== null) expect(Number.isFinite(projection.projected)).toBe(true);
        const total = projectCumulative({ toDate: value, total: target, elapsed, remaining: 3, effortBand: 0.2 });
        if (total.projected !== null) expect(Number.isFinite(total.projected)).toBe(true);
      }),
    );
  });
});
