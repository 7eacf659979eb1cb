import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstInOrder, listInOrder } from "../../src/core/listing";
import { nameList } from "../../src/i18n/summary";

interface Lagging {
  name: string;
  gap: number;
}

const widestGapFirst = (a: Lagging, b: Lagging) => b.gap - a.gap;
const lagging: Lagging[] = [
  { name: "地区生产总值", gap: 0.1 },
  { name: "实际利用外资", gap: 0.35 },
  { name: "PM2.5年均浓度", gap: 0.1 },
  { name: "城镇登记失业率", gap: 0.02 },
  { name: "全民参保率", gap: 0.2 },
  { name: "粮食综合生产能力", gap: 0.35 },
  { name: "规上高新技术产业增加值占比", gap: 0.05 },
];

describe("firstInOrder", () => {
  it("takes the first items in the comparator's order", () => {
    expect(firstInOrder([3, 1, 2, 5, 4], 3, (a, b) => a - b)).toEqual([1, 2, 3]);
  });

  it("keeps items that compare equal in the order they were given, as a stable sort does", () => {
    expect(firstInOrder(lagging, 4, widestGapFirst).map((lag) => lag.name)).toEqual([
      "实际利用外资",
      "粮食综合生产能力",
      "全民参保率",
      "地区生产总值",
    ]);
  });

  it("returns every item, in order, when there are fewer than asked for", () => {
    expect(firstInOrder([0.3, 0.1, 0.2], 5, (a, b) => a - b)).toEqual([0.1, 0.2, 0.3]);
  });

  it("agrees with a stable sort cut to length", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), at: fc.nat() })), fc.nat({ max: 8 }), (items, count) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(firstInOrder(items, count, byKey)).toEqual([...items].sort(byKey).slice(0, count));
      }),
    );
  });

  describe("edge cases", () => {
    it("takes nothing from an empty list or for a count of 0", () => {
      expect(firstInOrder([], 5, (a: number, b: number) => a - b)).toEqual([]);
      expect(firstInOrder([1, 2], 0, (a, b) => a - b)).toEqual([]);
    });

    it("does not change the list it is given", () => {
      const items = [2, 1, 3];
      firstInOrder(items, 2, (a, b) => a - b);
      expect(items).toEqual([2, 1, 3]);
    });
  });
});

describe("listInOrder", () => {
  it("names up to five items in order, then counts them all", () => {
    expect(listInOrder(lagging, widestGapFirst, (lag) => lag.name)).toBe(
      "实际利用外资、粮食综合生产能力、全民参保率、地区生产总值、PM2.5年均浓度等7项",
    );
  });

  it("drafts only the names it shows", () => {
    const drafted: string[] = [];
    listInOrder(lagging, widestGapFirst, (lag) => {
      drafted.push(lag.name);
      return lag.name;
    });
    expect(drafted).toHaveLength(5);
  });

  it("writes every list as nameList writes the whole list in order", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.constantFrom("甲", "乙", "丙", "丁"), gap: fc.integer({ min: -3, max: 3 }) }), { maxLength: 12 }), (items) => {
        const expected = nameList([...items].sort(widestGapFirst).map((item) => `${item.name}${item.gap}`));
        expect(listInOrder(items, widestGapFirst, (item) => `${item.name}${item.gap}`)).toBe(expected);
      }),
    );
  });

  describe("edge cases", () => {
    it("writes nothing for an empty list and the one name of a single item", () => {
      expect(listInOrder([], widestGapFirst, (lag) => lag.name)).toBe("");
      expect(listInOrder([{ name: "全民参保率", gap: 0 }], widestGapFirst, (lag) => lag.name)).toBe("全民参保率");
    });
  });
});
