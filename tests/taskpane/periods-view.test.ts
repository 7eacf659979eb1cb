import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/period";
import type { CellValue, IndicatorInput, Period } from "../../src/core/types";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { evaluationPeriod, latestWithData, periodChoices, periodsWithData } from "../../src/taskpane/periods-view";

const period = (label: string): Period => parsePeriod(label)!;
const periods = ["2021年", "2022年上半年", "2022年", "2023年上半年"].map(period);

/** An indicator with values in the four periods above (illustrative figures). */
function indicator(row: number, values: CellValue[]): IndicatorInput {
  return {
    row,
    name: "地区生产总值（GDP）（亿元）",
    base: { raw: 1516.7 },
    target: { raw: "2200★" },
    observations: values.map((raw, index) => ({ period: periods[index]!, cell: { raw, ref: `F${index + 3}` } })),
  };
}

const inputs = [indicator(4, [1780.5, 905.6, 1850.4, null]), indicator(5, [17.1, "—", "#N/A", ""])];

describe("periodsWithData", () => {
  it("holds the periods where some indicator has a usable value", () => {
    expect([...periodsWithData(inputs)].sort()).toEqual(["2021", "2022", "2022H1"]);
  });

  describe("edge cases", () => {
    it("counts neither missing markers, Excel errors nor unreadable text as data", () => {
      expect(periodsWithData([indicator(9, ["—", "#N/A", "12..3", "暂无"])]).size).toBe(0);
    });
  });
});

describe("latestWithData", () => {
  it("is the latest period holding data, not the latest column", () => {
    expect(latestWithData(periods, inputs)?.code).toBe("2022");
  });

  it("is null for a table without data", () => {
    expect(latestWithData(periods, [])).toBeNull();
  });
});

describe("periodChoices", () => {
  it("lists periods newest first, marking the default and the empty ones", () => {
    expect(periodChoices(periods, inputs, taskpaneZhCN)).toEqual([
      { value: "2023H1", label: "2023年上半年（暂无数据）" },
      { value: "2022", label: "2022年（最新有数据）" },
      { value: "2022H1", label: "2022年上半年" },
      { value: "2021", label: "2021年" },
    ]);
  });

  it("lists a period the table holds twice only once", () => {
    expect(periodChoices([...periods, period("2022 年")], inputs, taskpaneZhCN)).toHaveLength(4);
  });
});

describe("evaluationPeriod", () => {
  it("follows the user's choice", () => {
    expect(evaluationPeriod(periods, inputs, "2022H1")?.code).toBe("2022H1");
  });

  it("defaults to the latest period with data", () => {
    expect(evaluationPeriod(periods, inputs, null)?.code).toBe("2022");
  });

  describe("edge cases", () => {
    it("falls back to the default when the chosen period is no longer in the table", () => {
      expect(evaluationPeriod(periods, inputs, "2019")?.code).toBe("2022");
    });

    it("takes the latest period when none holds data, and null without periods", () => {
      expect(evaluationPeriod(periods, [], null)?.code).toBe("2023H1");
      expect(evaluationPeriod([], [], null)).toBeNull();
    });
  });
});
