import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultSettings,
  parseSettings,
  resolveSettings,
  serialiseSettings,
  settingsProblems,
} from "../../src/core/settings";

describe("defaultSettings", () => {
  it("follow DOMAIN.md: tolerance 0, 基本完成 at 95%, effort band 20%, linear path, 0.5 pp", () => {
    expect(defaultSettings).toMatchObject({
      tolerance: 0,
      basicallyCompleteThreshold: 0.95,
      projectionEffortBand: 0.2,
      path: "linear",
      relativeTolerancePp: 0.5,
      capAverage: true,
    });
  });

  it("carry the bureau's default labels for every code", () => {
    expect(defaultSettings.labels).toEqual({
      ahead: "提前实现目标",
      on_track: "达到进度要求",
      behind: "未达到进度要求",
      no_data: "数据暂缺",
      complete: "完成",
      basically_complete: "基本完成",
      incomplete: "未完成",
      reached: "已实现",
      on_course: "能如期完成",
      with_effort: "经努力可完成",
      difficult: "完成难度较大",
      unknown: "无法预计",
    });
  });
});

describe("resolveSettings", () => {
  it("completes a partial object with the defaults", () => {
    const resolved = resolveSettings({ tolerance: 0.05, path: "compound" });
    expect(resolved).toEqual({ ok: true, value: { ...defaultSettings, tolerance: 0.05, path: "compound" } });
  });

  it("renames labels one by one and keeps the others", () => {
    const resolved = resolveSettings({ labels: { ahead: "快于预期", behind: " 滞后 " } });
    expect(resolved.ok && resolved.value.labels).toEqual({
      ...defaultSettings.labels,
      ahead: "快于预期",
      behind: "滞后",
    });
  });

  it("accepts nothing at all as the defaults", () => {
    expect(resolveSettings(undefined)).toEqual({ ok: true, value: defaultSettings });
    expect(resolveSettings({})).toEqual({ ok: true, value: defaultSettings });
  });

  it.each([
    [{ tolerance: -0.1 }, "settings.range", "进度容差应在 0 至 1 之间，现为 -0.1"],
    [{ basicallyCompleteThreshold: 0 }, "settings.range", "基本完成阈值应大于 0 且不超过 1，现为 0"],
    [{ basicallyCompleteThreshold: 1.2 }, "settings.range", "基本完成阈值应大于 0 且不超过 1，现为 1.2"],
    [{ projectionEffortBand: "0.2" }, "settings.type", "经努力可完成的差距上限应为数值，现为“0.2”"],
    [{ relativeTolerancePp: 11 }, "settings.range", "与经济增长同步的容差（百分点）应在 0 至 10 之间，现为 11"],
    [{ path: "cubic" }, "settings.path", "实现度计算路径应为“linear”（线性）或“compound”（复合增长），现为“cubic”"],
    [{ capAverage: "yes" }, "settings.type", "平均实现度是否封顶应为“是”或“否”（true/false），现为“yes”"],
    [{ labels: { ahead: "" } }, "settings.label", "评价结果“ahead”的名称不能为空"],
    [{ labels: { late: "滞后" } }, "settings.unknown", "未知的评价结果代码“late”"],
    [{ colour: "red" }, "settings.unknown", "未知的评估参数“colour”"],
    [[1, 2], "settings.type", "评估参数应为键值对象"],
  ])("rejects %j with %s", (partial, code, message) => {
    expect(resolveSettings(partial)).toEqual({ ok: false, problem: { code, message } });
  });

  it("names every problem in one message, coded by the first", () => {
    const resolved = resolveSettings({ tolerance: 2, colour: "red" });
    expect(resolved).toEqual({
      ok: false,
      problem: { code: "settings.range", message: "进度容差应在 0 至 1 之间，现为 2；未知的评估参数“colour”" },
    });
    expect(settingsProblems({ tolerance: 2, colour: "red" })).toHaveLength(2);
  });
});

describe("serialiseSettings and parseSettings", () => {
  it("read back what they wrote", () => {
    const settings = { ...defaultSettings, tolerance: 0.05, labels: { ...defaultSettings.labels, ahead: "快于预期" } };
    expect(parseSettings(serialiseSettings(settings))).toEqual({ ok: true, value: settings });
  });

  it("write keys in a stable order", () => {
    expect(serialiseSettings(defaultSettings)).toMatch(/^\{"tolerance":0,"basicallyCompleteThreshold":0\.95,/u);
  });

  it("report malformed JSON as a problem", () => {
    expect(parseSettings("{")).toEqual({
      ok: false,
      problem: { code: "settings.json", message: "评估参数不是有效的 JSON 文本，已无法读取" },
    });
  });
});

describe("edge cases", () => {
  it("accepts the ends of each range", () => {
    expect(resolveSettings({ tolerance: 0, basicallyCompleteThreshold: 1, projectionEffortBand: 1 }).ok).toBe(true);
  });

  it("rejects non-finite numbers", () => {
    expect(resolveSettings({ tolerance: Number.NaN }).ok).toBe(false);
    expect(resolveSettings({ relativeTolerancePp: Number.POSITIVE_INFINITY }).ok).toBe(false);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const resolved = resolveSettings(value);
        expect(typeof resolved.ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseSettings(text).ok).toBe("boolean");
      }),
    );
  });
});
