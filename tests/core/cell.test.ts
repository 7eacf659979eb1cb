import { describe, expect, it } from "vitest";
import { analyseCell, parseCell } from "../../src/core/cell";
import { foldWidth } from "../../src/core/cell/width";
import type { CellReading, CellValue } from "../../src/core/types";

/** The reading a cell must give, raw text included. */
function reads(raw: CellValue): CellReading {
  const result = parseCell(raw);
  if (!result.ok) throw new Error(`${JSON.stringify(raw)} did not read: ${result.problem.message}`);
  return result.value;
}

const none = {};

describe("parseCell reads numbers", () => {
  it.each<[string, number, boolean]>([
    ["8500", 8500, false],
    ["1,516.7", 1516.7, false],
    ["1,012.6", 1012.6, false],
    ["１５００", 1500, false],
    ["５１．３", 51.3, false],
    ["3.5%", 3.5, true],
    ["３．５％", 3.5, true],
    ["-0.035", -0.035, false],
    ["−0.5", -0.5, false],
    ["+5", 5, false],
    ["0", 0, false],
    ["83.30", 83.3, false],
  ])("reads %j as the point %d (percent %s)", (raw, value, percent) => {
    expect(reads(raw)).toEqual({ kind: "point", value, percent, raw, annotations: none });
  });

  it("reads an Excel number as a point without percent, raw rendered with String", () => {
    expect(reads(1516.7)).toEqual({ kind: "point", value: 1516.7, percent: false, raw: "1516.7", annotations: none });
    expect(reads(0.035)).toEqual({ kind: "point", value: 0.035, percent: false, raw: "0.035", annotations: none });
  });

  it("keeps a unit written after the value without rescaling it", () => {
    expect(reads("1500亿元")).toEqual({ kind: "point", value: 1500, percent: false, raw: "1500亿元", annotations: { unit: "亿元" } });
    expect(reads("4.5‰")).toEqual({ kind: "point", value: 4.5, percent: false, raw: "4.5‰", annotations: { unit: "‰" } });
    expect(reads("83.5 岁")).toMatchObject({ kind: "point", value: 83.5, annotations: { unit: "岁" } });
  });
});

describe("parseCell reads missing values", () => {
  it.each(["-", "—", "——", "/", "…", "……", "暂无", "无", "不考核", " - ", "———", "－"])(
    "reads %j as a missing marker",
    (raw) => {
      expect(reads(raw)).toEqual({ kind: "missing", reason: "marker", raw, annotations: none });
    },
  );

  it.each([null, "", "   ", "\n", "\u3000"])("reads %j as an empty cell", (raw) => {
    expect(reads(raw)).toEqual({ kind: "missing", reason: "empty", raw: raw ?? "", annotations: none });
  });

  it.each(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#n/a"])(
    "reads the Excel error %j as missing for an error",
    (raw) => {
      expect(reads(raw)).toEqual({ kind: "missing", reason: "error", raw, annotations: none });
    },
  );
});

describe("parseCell reads bounds", () => {
  it.each<[string, ">" | ">=" | "<" | "<=", number, boolean]>([
    [">10", ">", 10, false],
    ["＞90", ">", 90, false],
    ["≥92", ">=", 92, false],
    [">=92", ">=", 92, false],
    ["＞＝92", ">=", 92, false],
    ["<1.7", "<", 1.7, false],
    ["＜0.01", "<", 0.01, false],
    ["≤5", "<=", 5, false],
    ["1500 以上", ">=", 1500, false],
    ["98.5 以上", ">=", 98.5, false],
    ["3%以内", "<=", 3, true],
    ["不低于90", ">=", 90, false],
    ["不高于3", "<=", 3, false],
    ["控制在3%以内", "<=", 3, true],
    ["控制在 3%", "<=", 3, true],
    ["低于5", "<", 5, false],
    ["高于 5%", ">", 5, true],
    ["<35", "<", 35, false],
    [">98.5", ">", 98.5, false],
    ["≥99", ">=", 99, false],
    ["< 3.5", "<", 3.5, false],
  ])("reads %j as the bound %s %d (percent %s)", (raw, op, value, percent) => {
    expect(reads(raw)).toEqual({ kind: "bound", op, value, percent, raw, annotations: none });
  });

  it("accepts a comparator said twice the same way, keeping the sign", () => {
    expect(reads(">5以上")).toMatchObject({ kind: "bound", op: ">", value: 5 });
  });
});

describe("parseCell reads approximate values", () => {
  it.each<[string, number]>([
    ["5 左右", 5],
    ["20 左右", 20],
    ["约20", 20],
    ["53 左右", 53],
    ["85 左右", 85],
  ])("reads %j as approximately %d", (raw, value) => {
    expect(reads(raw)).toEqual({ kind: "approx", value, percent: false, raw, annotations: none });
  });
});

describe("parseCell reads cumulative values", () => {
  it.each<[string, number, boolean]>([
    ["[17]", 17, false],
    ["[16%]", 16, true],
    ["[20]", 20, false],
    ["［9］", 9, false],
    ["[14.3]", 14.3, false],
    ["[ 24.4 ]", 24.4, false],
    ["【12】", 12, false],
  ])("reads %j as a plan total of %d (percent %s)", (raw, value, percent) => {
    expect(reads(raw)).toEqual({ kind: "cumulative", value, percent, raw, annotations: none });
  });

  it.each<[string, number, "decrease" | "increase"]>([
    ["累计下降 21.5%", 21.5, "decrease"],
    ["累计下降21.5%", 21.5, "decrease"],
    ["累计下降 24%", 24, "decrease"],
    ["累计增长10%", 10, "increase"],
    ["累计上升 2%", 2, "increase"],
    ["累计减少 3%", 3, "decrease"],
    ["累计降低[16%]", 16, "decrease"],
  ])("reads %j as a cumulative change of %d%%", (raw, value, change) => {
    expect(reads(raw)).toEqual({ kind: "cumulative", value, percent: true, change, raw, annotations: none });
  });
});

describe("parseCell reads growth-rate targets", () => {
  it.each<[string, CellReading]>([
    ["年均增速 8%", { kind: "point", value: 8, percent: true, raw: "年均增速 8%", annotations: { annualGrowth: true } }],
    ["年均增速8%", { kind: "point", value: 8, percent: true, raw: "年均增速8%", annotations: { annualGrowth: true } }],
    ["年均增长8%", { kind: "point", value: 8, percent: true, raw: "年均增长8%", annotations: { annualGrowth: true } }],
    ["年均增长 7.5%", { kind: "point", value: 7.5, percent: true, raw: "年均增长 7.5%", annotations: { annualGrowth: true } }],
    ["年均增长率 7%", { kind: "point", value: 7, percent: true, raw: "年均增长率 7%", annotations: { annualGrowth: true } }],
    ["年均增速8%以上", { kind: "bound", op: ">=", value: 8, percent: true, raw: "年均增速8%以上", annotations: { annualGrowth: true } }],
    ["年均增长6%左右", { kind: "approx", value: 6, percent: true, raw: "年均增长6%左右", annotations: { annualGrowth: true } }],
  ])("reads %j as an average annual growth rate", (raw, expected) => {
    expect(reads(raw)).toEqual(expected);
  });

  it("does not read a plan total as an annual rate: 累计年均增长8% and 年均增长[8] conflict", () => {
    for (const raw of ["累计年均增长8%", "年均增长[8]"]) {
      const result = parseCell(raw);
      expect(result.ok ? null : result.problem.code).toBe("parse.conflict");
    }
  });

  it("leaves 年均增速快于经济增长 a relative target", () => {
    expect(reads("年均增速快于经济增长")).toEqual({ kind: "relative", relation: "faster", raw: "年均增速快于经济增长", annotations: none });
  });
});

describe("parseCell reads qualitative targets and judgements", () => {
  it.each<[string, string, boolean | undefined]>([
    ["完成省下达指标", "完成省下达指标", true],
    ["完成上级下达任务", "完成上级下达任务", true],
    ["完成上级\n下达任务", "完成上级下达任务", true],
    ["完成省市\n下达指标", "完成省市下达指标", true],
    ["完成省市下达指标", "完成省市下达指标", true],
    ["完成市下达指标", "完成市下达指标", true],
    ["完成省市下达任务", "完成省市下达任务", true],
    ["完成", "完成", true],
    ["已完成", "已完成", true],
    ["基本完成", "基本完成", true],
    ["未完成", "未完成", false],
    ["未完成省下达任务", "未完成省下达任务", false],
    ["市下达指标", "市下达指标", undefined],
    ["省市下达任务", "省市下达任务", undefined],
  ])("reads %j as the text %j (met %s)", (raw, text, met) => {
    const expected: CellReading =
      met === undefined
        ? { kind: "qualitative", text, raw, annotations: none }
        : { kind: "qualitative", text, met, raw, annotations: none };
    expect(reads(raw)).toEqual(expected);
  });
});

describe("parseCell reads targets relative to economic growth", () => {
  it.each<[string, "sync" | "faster"]>([
    ["与经济增长基本同步", "sync"],
    ["与经济增长同步", "sync"],
    ["快于经济增长", "faster"],
    ["高于经济增长", "faster"],
    ["不低于经济增长", "sync"],
    ["与 GDP 增长同步", "sync"],
  ])("reads %j as %s", (raw, relation) => {
    expect(reads(raw)).toEqual({ kind: "relative", relation, raw, annotations: none });
  });
});

describe("parseCell reads annotations", () => {
  it.each<[string, CellReading]>([
    ["2200★", { kind: "point", value: 2200, percent: false, raw: "2200★", annotations: { stretch: true } }],
    ["力争2200", { kind: "point", value: 2200, percent: false, raw: "力争2200", annotations: { stretch: true } }],
    ["3.7 (2019)", { kind: "point", value: 3.7, percent: false, raw: "3.7 (2019)", annotations: { year: 2019 } }],
    ["6.76 (2019)", { kind: "point", value: 6.76, percent: false, raw: "6.76 (2019)", annotations: { year: 2019 } }],
    ["6.76（2019年）", { kind: "point", value: 6.76, percent: false, raw: "6.76（2019年）", annotations: { year: 2019 } }],
    ["82.87（市测）", { kind: "point", value: 82.87, percent: false, raw: "82.87（市测）", annotations: { notes: ["市测"] } }],
    ["4.6（调查失业率）", { kind: "point", value: 4.6, percent: false, raw: "4.6（调查失业率）", annotations: { notes: ["调查失业率"] } }],
    [
      "97.08（城市污水<集中>处理率）",
      { kind: "point", value: 97.08, percent: false, raw: "97.08（城市污水<集中>处理率）", annotations: { notes: ["城市污水<集中>处理率"] } },
    ],
    ["1074.2（265）", { kind: "point", value: 1074.2, percent: false, raw: "1074.2（265）", annotations: { adjusted: 265 } }],
    ["2000（500）", { kind: "point", value: 2000, percent: false, raw: "2000（500）", annotations: { adjusted: 500 } }],
    ["5.4% (可比价)", { kind: "point", value: 5.4, percent: true, raw: "5.4% (可比价)", annotations: { notes: ["可比价"] } }],
    ["≥99（市测）", { kind: "bound", op: ">=", value: 99, percent: false, raw: "≥99（市测）", annotations: { notes: ["市测"] } }],
    ["20 左右★", { kind: "approx", value: 20, percent: false, raw: "20 左右★", annotations: { stretch: true } }],
    [
      "1074.2（265）（市测）",
      { kind: "point", value: 1074.2, percent: false, raw: "1074.2（265）（市测）", annotations: { adjusted: 265, notes: ["市测"] } },
    ],
  ])("reads %j with its annotations", (raw, expected) => {
    expect(reads(raw)).toEqual(expected);
  });
});

describe("parseCell reports what it cannot read", () => {
  it.each<[CellValue, string]>([
    ["abc", "parse.unknown"],
    ["12..3", "parse.number"],
    ["1,2,3", "parse.number"],
    ["1500亿", "parse.scale"],
    ["5 6", "parse.trailing"],
    ["5 abc", "parse.trailing"],
    ["[20", "parse.unclosed"],
    ["20（市测", "parse.unclosed"],
    ["不低于5以下", "parse.conflict"],
    ["约>5", "parse.conflict"],
    ["[20]左右", "parse.conflict"],
    [">", "parse.expected_number"],
    ["约", "parse.expected_number"],
    ["慢于经济增长", "parse.relation"],
    [true, "parse.boolean"],
    [false, "parse.boolean"],
    [Number.NaN, "parse.not_finite"],
    [Number.POSITIVE_INFINITY, "parse.not_finite"],
  ])("reports %j as %s", (raw, code) => {
    const result = parseCell(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it("quotes the text and says what was expected, in Chinese", () => {
    const result = parseCell("abc");
    expect(result).toMatchObject({ ok: false, problem: { span: { start: 0, end: 3 } } });
    if (!result.ok) {
      expect(result.problem.message).toContain("「abc」");
      expect(result.problem.message).toContain("应为数值");
    }
  });

  it("points its span at the part that went wrong", () => {
    const trailing = parseCell("5 abc");
    expect(trailing.ok ? null : trailing.problem.span).toEqual({ start: 2, end: 5 });
    const scale = parseCell("1500亿");
    expect(scale.ok ? null : scale.problem.span).toEqual({ start: 4, end: 5 });
    const number = parseCell(" 12..3");
    expect(number.ok ? null : number.problem.span).toEqual({ start: 1, end: 6 });
  });
});

describe("edge cases", () => {
  it("reads 0 and -0 as the point 0", () => {
    expect(reads(0)).toEqual({ kind: "point", value: 0, percent: false, raw: "0", annotations: none });
    for (const raw of [-0, "-0", "-0.0", "−0"]) {
      const reading = reads(raw);
      expect(reading.kind).toBe("point");
      expect(reading.kind === "point" && Object.is(reading.value, 0), String(raw)).toBe(true);
    }
  });

  it("reads negative values and negative bounds", () => {
    expect(reads("-1.5%")).toEqual({ kind: "point", value: -1.5, percent: true, raw: "-1.5%", annotations: none });
    expect(reads("<-1")).toEqual({ kind: "bound", op: "<", value: -1, percent: false, raw: "<-1", annotations: none });
  });

  it("reads line breaks and stray spaces anywhere in a value", () => {
    expect(reads(" 1500\n以上 ")).toMatchObject({ kind: "bound", op: ">=", value: 1500 });
    expect(reads("累计\n下降 21.5 %")).toMatchObject({ kind: "cumulative", value: 21.5, percent: true, change: "decrease" });
    expect(reads("＞ ９０ ％")).toMatchObject({ kind: "bound", op: ">", value: 90, percent: true });
  });

  it("keeps the raw text exactly as received", () => {
    expect(reads(" ５１．３ ").raw).toBe(" ５１．３ ");
    expect(reads("完成上级\n下达任务").raw).toBe("完成上级\n下达任务");
  });

  it("does not mistake a name-like text with a judgement word and a number for a judgement", () => {
    expect(reads("达到90")).toMatchObject({ kind: "point", value: 90 });
  });

  it("reads a very large Excel number and a tiny one", () => {
    expect(reads(1e15)).toMatchObject({ kind: "point", value: 1e15 });
    expect(reads(5e-324)).toMatchObject({ kind: "point", value: 5e-324 });
  });

  it("reports a number written with too many digits to be finite", () => {
    const result = parseCell("9".repeat(400));
    expect(result.ok ? null : result.problem.code).toBe("parse.number");
  });
});

describe("analyseCell: everything learnt from a cell", () => {
  it("returns the partial reading with every problem, in the order met", () => {
    const { reading, problems } = analyseCell("1500亿 以上（市测");
    expect(problems.map((problem) => [problem.code, problem.span])).toEqual([
      ["parse.scale", { start: 4, end: 5 }],
      ["parse.unclosed", { start: 8, end: 11 }],
    ]);
    expect(reading).toMatchObject({ kind: "bound", op: ">=", value: 1500 });
  });

  it("gives parseCell its first problem", () => {
    const parsed = parseCell("1500亿 以上（市测");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe("parse.scale");
  });

  it("reads a clean cell with no problems, and a cell with no value as no reading", () => {
    expect(analyseCell("≥92")).toEqual({ reading: { kind: "bound", op: ">=", value: 92, percent: false, raw: "≥92", annotations: {} }, problems: [] });
    expect(analyseCell("abc")).toMatchObject({ reading: null, problems: [{ code: "parse.unknown" }] });
    expect(analyseCell(true)).toMatchObject({ reading: null, problems: [{ code: "parse.boolean" }] });
  });

  it("makes a new list of problems for every call", () => {
    const first = analyseCell("不低于5以下");
    const second = analyseCell("不低于5以下");
    expect(first.problems).not.toBe(second.problems);
    expect(second.problems).toHaveLength(1);
  });
});

describe("width folding", () => {
  it("folds every character that has an ASCII twin, also alone in a text", () => {
    const folds: [string, string][] = [
      ["\u3000", " "], ["\u00a0", " "], ["\u2212", "-"], ["\u2013", "-"], ["\ufe63", "-"], ["\u2010", "-"], ["\u2011", "-"],
      ["\u2264", "≤"], ["\u2265", "≥"], ["\u2266", "≤"], ["\u2267", "≥"], ["\u3014", "["], ["\u3015", "]"], ["\u3010", "["], ["\u3011", "]"],
      ["１", "1"], ["＞", ">"], ["～", "~"],
    ];
    for (const [character, folded] of folds) expect(foldWidth(`a${character}`)).toBe(`a${folded}`);
    expect(foldWidth("1500 以上")).toBe("1500 以上");
  });
});
