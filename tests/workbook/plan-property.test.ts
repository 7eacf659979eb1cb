import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue, Judgement } from "../../src/core/types";
import { buildWritePlan } from "../../src/workbook/plan";
import { findTable } from "../../src/workbook/table";
import type { WritePlan } from "../../src/workbook/types";
import { assessmentOf, judgementOf } from "./assessments";
import { gridOf } from "./grids";

const GRID = gridOf(
  [
    ["类别", "指标名称", "2020年", "2025年目标", "2022年"],
    ...Array.from({ length: 8 }, (_, i): CellValue[] => ["综合实力", `指标${i + 1}`, i, i + 5, i + 2]),
  ],
  { sheet: "表1" },
);

const number = fc.oneof(fc.double(), fc.constant(null));
const judgement: fc.Arbitrary<Judgement> = fc
  .record({
    row: fc.integer({ min: 2, max: 9 }),
    status: fc.constantFrom("ahead", "on_track", "behind", "no_data"),
    endOfPlan: fc.constantFrom(null, "complete", "basically_complete", "incomplete"),
    realisation: number,
    timeProgress: number,
    value: number,
    projectedValue: number,
    category: fc.constantFrom(undefined, "综合实力", "=生态", ""),
    name: fc.string({ maxLength: 8 }),
    note: fc.string({ maxLength: 12 }).map((text): Judgement["note"] => ({ statement: [{ code: "relativeNotMet", target: text }], reasons: [] })),
    attribute: fc.constantFrom(undefined, "binding", "anticipatory"),
  })
  .map(({ row, category, attribute, ...fields }) =>
    judgementOf(row, { ...fields, ...(category === undefined ? {} : { category }), ...(attribute === undefined ? {} : { attribute }) }),
  );

/** Every value a plan writes, in its block and on its sheets. */
function valuesOf(plan: WritePlan): CellValue[] {
  const blocks = [...plan.block.blocks, ...plan.sheets.flatMap((sheet) => sheet.blocks)];
  return blocks.flatMap((block) => block.values.flat());
}

describe("buildWritePlan on arbitrary judgements", () => {
  it("never throws and never writes NaN or an infinite number", () => {
    const found = findTable(GRID);
    if (!found.ok) throw new Error(found.problem.message);
    fc.assert(
      fc.property(fc.uniqueArray(judgement, { selector: (j) => j.row, maxLength: 8 }), (judgements) => {
        const plan = buildWritePlan(GRID, found.value, assessmentOf(judgements), { generatedAt: "2024-07-15T09:00:00+08:00" });
        expect(plan.ok).toBe(true);
        if (!plan.ok) return;
        for (const value of valuesOf(plan.value)) {
          if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
