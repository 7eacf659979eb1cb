import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCell } from "../../src/core/cell";
import type { CellReading, ParsedCell } from "../../src/core/types";

/** Pieces of real cells, full-width and mixed Unicode included, to build plausible texts from. */
const PIECES = [
  "１", "５", "．", "％", "＞", "＜", "（", "）", "［", "］", "【", "】", "０", "9", "2019", "1,516.7",
  "左右", "以上", "以内", "不低于", "控制在", "累计下降", "累计", "约", "★", "☆", "力争",
  "-", "−", "—", "——", "/", "…", "<", ">", "≥", "≤", ">=", "(", ")", "[", "]", "%", "‰",
  " ", "\n", "\u3000", "下达", "完成", "未完成", "经济增长", "快于", "慢于", "同步", "abc",
  "亿", "元", "亿元", "μg/m³", "😀", ",", ".", "#N/A", "#", "市测", "<集中>", "e5", "Infinity", "NaN",
];

const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 30 }), pieceText);

/** Whether a reading's numbers (value, adjusted) are finite. */
function numbersAreFinite(reading: CellReading): boolean {
  const adjusted = reading.annotations.adjusted;
  if (adjusted !== undefined && !Number.isFinite(adjusted)) return false;
  switch (reading.kind) {
    case "point":
    case "approx":
    case "bound":
    case "cumulative":
      return Number.isFinite(reading.value);
    case "change":
      return Number.isFinite(reading.value);
    case "band":
      return Number.isFinite(reading.low) && Number.isFinite(reading.high) && reading.low < reading.high;
    case "qualitative":
    case "relative":
    case "open":
    case "directional":
    case "missing":
      return true;
    default: {
      const unknown: never = reading;
      return unknown;
    }
  }
}

/** A problem has a dotted code, a Chinese message and a span inside the text. */
function isWellFormed(result: ParsedCell, text: string): boolean {
  if (result.ok) return result.value.raw === text && numbersAreFinite(result.value);
  const { code, message, span } = result.problem;
  return (
    code.startsWith("parse.") &&
    /[\u4e00-\u9fff]/u.test(message) &&
    span !== undefined &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= text.length
  );
}

describe("parseCell on arbitrary input", () => {
  it("never throws on any text and answers with a reading or a well-formed problem", () => {
    fc.assert(
      fc.property(anyText, (text) => isWellFormed(parseCell(text), text)),
      { numRuns: 2000 },
    );
  });

  it("yields a finite point or a problem for any number", () => {
    fc.assert(
      fc.property(fc.double(), (number) => {
        const result = parseCell(number);
        if (result.ok) return result.value.kind === "point" && Number.isFinite(result.value.value);
        return result.problem.code === "parse.not_finite" && !Number.isFinite(number);
      }),
    );
  });

  it("reads any finite number written as text back to the same value", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), (number) => {
        const text = number.toFixed(3);
        const result = parseCell(text);
        return result.ok && result.value.kind === "point" && result.value.value === Number(text);
      }),
    );
  });
});

describe("edge cases", () => {
  it("answers the same reading for the same text every time (no state kept between calls)", () => {
    fc.assert(
      fc.property(pieceText, (text) => {
        expect(parseCell(text)).toEqual(parseCell(text));
      }),
    );
  });

  it("reads text with lone surrogates without throwing", () => {
    expect(parseCell("\ud800").ok).toBe(false);
    expect(parseCell("5\udfff").ok).toBe(false);
  });
});
