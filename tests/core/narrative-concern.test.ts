import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concernParagraph } from "../../src/core/narrative/concern";
import { groupsOf, type NarrativeEntry, type NarrativeInput } from "../../src/core/narrative/groups";
import { defaultSettings } from "../../src/core/settings";
import type { Lag, SummaryFacts } from "../../src/core/types";

function entry(index: number, row: number, binding: boolean): NarrativeEntry {
  return {
    row,
    name: `指标${index}号`,
    status: "behind",
    endOfPlan: null,
    realisation: 0.3,
    timeProgress: 0.5,
    heldToTimeProgress: true,
    regressing: false,
    binding,
    projection: "with_effort",
  };
}

function lag(row: number): Lag {
  return { row, name: `r${row}`, realisation: 0.3, timeProgress: 0.5, gap: 0.2, binding: false };
}

function input(entries: NarrativeEntry[], lagging: Lag[]): NarrativeInput {
  return {
    summary: { mode: "midTerm", lagging } as SummaryFacts,
    entries,
    plan: { baseYear: 2020, targetYear: 2025 },
    period: { year: 2023, fraction: 0.5, code: "2023H1" },
    settings: defaultSettings,
  };
}

/** The members in the lagging order by a map of every row's last place (after them all when absent). */
function expectedOrder(members: NarrativeEntry[], lagging: Lag[]): NarrativeEntry[] {
  const place = new Map<number, number>();
  lagging.forEach((item, index) => place.set(item.row, index));
  return [...members].sort((a, b) => (place.get(a.row) ?? lagging.length) - (place.get(b.row) ?? lagging.length));
}

/** The positions of names in a text, which must be increasing when the names are listed in order. */
function positions(text: string, names: string[]): number[] {
  return names.map((name) => text.indexOf(`${name}（`) >= 0 ? text.indexOf(`${name}（`) : text.indexOf(name));
}

describe("concernParagraph", () => {
  it("lists lagging indicators in the summary's lagging order", () => {
    const entries = [entry(0, 1, false), entry(1, 2, true), entry(2, 3, false)];
    const paragraph = concernParagraph(input(entries, [lag(3), lag(1), lag(2)]), groupsOf(input(entries, []), false), false);
    expect(paragraph.indexOf("指标2号")).toBeLessThan(paragraph.indexOf("指标0号"));
    expect(paragraph.indexOf("指标0号")).toBeLessThan(paragraph.indexOf("指标1号"));
  });

  it("names the first lagging and binding indicators as an ordering by every row's place would", () => {
    const ids = fc.constantFrom(...Array.from({ length: 12 }, (_, index) => index));
    fc.assert(
      fc.property(fc.array(fc.tuple(ids, fc.boolean()), { minLength: 2, maxLength: 60 }), fc.array(ids, { maxLength: 80 }), (rows, lagIds) => {
        const entries = rows.map(([id, binding], index) => entry(index, id, binding));
        const lagging = lagIds.map(lag);
        const paragraph = concernParagraph(input(entries, lagging), groupsOf(input(entries, lagging), false), false);
        const [listed = "", bindingPart = ""] = paragraph.split("约束性指标中");
        const shown = expectedOrder(entries, lagging).slice(0, 5).map((member) => member.name);
        const order = positions(listed, shown);
        expect(order.every((at) => at >= 0)).toBe(true);
        expect(order).toEqual([...order].sort((a, b) => a - b));
        const binding = expectedOrder(entries.filter((member) => member.binding), lagging).slice(0, 5).map((member) => member.name);
        const bindingOrder = positions(bindingPart, binding);
        expect(bindingOrder.every((at) => at >= 0)).toBe(true);
        expect(bindingOrder).toEqual([...bindingOrder].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  describe("edge cases", () => {
    it("keeps the table's order when the lagging list is empty", () => {
      const entries = [entry(0, 1, false), entry(1, 2, false)];
      const paragraph = concernParagraph(input(entries, []), groupsOf(input(entries, []), false), false);
      expect(paragraph.indexOf("指标0号")).toBeLessThan(paragraph.indexOf("指标1号"));
    });
  });
});
