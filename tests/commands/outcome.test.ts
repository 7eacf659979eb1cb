import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/core/assess";
import { ribbonEnUS, ribbonZhCN } from "../../src/i18n/ribbon";
import { outcomeFromQuery, outcomeQuery, successOutcome } from "../../src/commands/outcome";
import { readIndicators } from "../../src/workbook/read";
import { findTable } from "../../src/workbook/table";
import { monitoringSeed } from "../e2e/seed";

/** The browser tests' table assessed at its latest period. */
async function assessed() {
  const grid = (await monitoringSeed()).sheets[0]!;
  const found = findTable(grid);
  if (!found.ok || !found.value.plan) throw new Error("the seeded table must be found");
  return assess({ plan: found.value.plan, indicators: readIndicators(grid, found.value).indicators });
}

describe("successOutcome", () => {
  it("names the sheet, the number of indicators and each status that occurs with its count", async () => {
    expect(successOutcome("主要指标", await assessed(), ribbonZhCN)).toEqual({
      kind: "success",
      message:
        "已评估工作表「主要指标」的 34 项指标：提前实现目标 1 项，达到进度要求 15 项，未达到进度要求 15 项，数据暂缺 3 项。详细结果见“评估汇总”工作表。",
    });
  });

  it("speaks English for an English Office", async () => {
    const outcome = successOutcome("主要指标", await assessed(), ribbonEnUS);
    // The status labels are the workbook's settings (Chinese by default), not the interface language.
    expect(outcome.message).toBe(
      "Assessed 34 indicators on sheet “主要指标”: 提前实现目标 1, 达到进度要求 15, 未达到进度要求 15, 数据暂缺 3. See the summary sheet for details.",
    );
  });
});

describe("outcomeQuery and outcomeFromQuery", () => {
  it("carry an outcome to the dialog page and back", () => {
    fc.assert(
      fc.property(fc.constantFrom("success" as const, "error" as const), fc.string({ minLength: 1 }), (kind, message) => {
        fc.pre(message.trim() !== "");
        expect(outcomeFromQuery(outcomeQuery({ kind, message }))).toEqual({ kind, message });
      }),
    );
  });

  describe("edge cases", () => {
    it.each(["", "?", "?outcome=success", "?outcome=maybe&message=x", "?message=x", "?outcome=error&message=%20"])(
      "reads no outcome from %j",
      (search) => {
        expect(outcomeFromQuery(search)).toBeNull();
      },
    );

    it("keeps markup in a message as text", () => {
      const message = `单元格「<img src=x onerror=alert(1)>」`;
      expect(outcomeFromQuery(outcomeQuery({ kind: "error", message }))?.message).toBe(message);
    });
  });
});
