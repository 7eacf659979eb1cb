import { describe, expect, it } from "vitest";
import { changeSince, countChanges, latestEarlier } from "../../src/core/change";
import { periodOf } from "../../src/core/period";
import type { StatusCode } from "../../src/core/types";

const then = (status: StatusCode, realisation: number | null) => ({ period: "2021", status, realisation });
const now = (status: StatusCode, realisation: number | null) => ({ status, realisation });

describe("changeSince", () => {
  it("goes by status first: behind < on track < ahead, whatever the realisations", () => {
    expect(changeSince(now("on_track", 0.4), then("behind", 0.9))).toBe("better");
    expect(changeSince(now("ahead", 0.2), then("on_track", 0.8))).toBe("better");
    expect(changeSince(now("behind", 0.9), then("ahead", 0.1))).toBe("worse");
  });

  it("goes by realisation as shown (0.1 percentage point) when the status is the same", () => {
    expect(changeSince(now("behind", 0.301), then("behind", 0.3))).toBe("better");
    expect(changeSince(now("behind", 0.2996), then("behind", 0.3))).toBe("same");
    expect(changeSince(now("ahead", 1.2), then("ahead", 1.5))).toBe("worse");
  });

  it("calls an indicator new when it was not assessed then, and gives no change when it is not assessed now", () => {
    expect(changeSince(now("on_track", 0.5), null)).toBe("new");
    expect(changeSince(now("on_track", 0.5), then("no_data", null))).toBe("new");
    expect(changeSince(now("no_data", null), then("on_track", 0.5))).toBeNull();
    expect(changeSince(now("no_data", null), null)).toBeNull();
  });

  describe("edge cases", () => {
    it("takes the same status without realisations (qualitative targets) as the same", () => {
      expect(changeSince(now("ahead", null), then("ahead", null))).toBe("same");
      expect(changeSince(now("on_track", 0.5), then("on_track", null))).toBe("same");
    });

    it("compares negative realisations and −0 as shown", () => {
      expect(changeSince(now("behind", -0.2), then("behind", -0.1))).toBe("worse");
      expect(changeSince(now("behind", -0), then("behind", 0))).toBe("same");
    });

    it("reads a non-finite realisation as none", () => {
      expect(changeSince(now("behind", Number.NaN), then("behind", 0.3))).toBe("same");
    });
  });
});

describe("countChanges", () => {
  it("counts each change and leaves out indicators without one", () => {
    expect(countChanges(["worse", "worse", null, "same"])).toEqual({ better: 0, same: 1, worse: 2, new: 0 });
    expect(countChanges([])).toEqual({ better: 0, same: 0, worse: 0, new: 0 });
  });
});

describe("latestEarlier", () => {
  const periods = [periodOf(2022, 1), periodOf(2021, 1), periodOf(2023, 0.5)];

  it("takes the latest period before the given one, in whatever order the periods come", () => {
    expect(latestEarlier(periods, periodOf(2023, 1))?.code).toBe("2023H1");
    expect(latestEarlier(periods, periodOf(2023, 0.5))?.code).toBe("2022");
    expect(latestEarlier(periods, periodOf(2022, 1))?.code).toBe("2021");
  });

  it("never compares with the same period or a later one", () => {
    expect(latestEarlier(periods, periodOf(2021, 1))).toBeNull();
    expect(latestEarlier([], periodOf(2021, 1))).toBeNull();
  });
});
