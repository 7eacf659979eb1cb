import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printable, printableJson } from "../../src/cli/printable";

describe("printable text", () => {
  it("drops escape sequences, control characters and bidi overrides, keeping the text around them", () => {
    expect(printable("GDP\u001b[31m（亿元）\u001b[0m")).toBe("GDP（亿元）");
    expect(printable("\u001b]0;改标题\u0007指标\u001b]8;;http://x\u001b\\链接")).toBe("指标链接");
    expect(printable("A\u009b2JB\u202eC\u0000D\rE")).toBe("ABCDE");
    expect(printable("第一行\n\t第二行")).toBe("第一行\n\t第二行");
  });

  it("leaves no control character in any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        // eslint-disable-next-line no-control-regex -- finding control characters is what this checks
        expect(printable(text)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
      }),
    );
  });
});

describe("printable JSON", () => {
  it("reads back as the same data, with nothing a terminal acts on left raw", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const json = printableJson({ name: text });
        expect(JSON.parse(json)).toEqual({ name: text });
        // eslint-disable-next-line no-control-regex -- finding control characters is what this checks
        expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
      }),
    );
  });
});
