import { describe, expect, it } from "vitest";
import { roleNames } from "../../src/i18n/evidence";
import { taskpaneZhCN } from "../../src/i18n/taskpane";
import { assignRole, mappingRows, periodsInTimeOrder, ROLE_CHOICES } from "../../src/taskpane/mapping-view";
import { keqiaoColumns, mappingOf, yuechengColumns } from "./table";

const monitored = mappingOf([...keqiaoColumns, ["observation", "2021年"], ["observation", "2022年上半年"], ["other", "备注"]]);

describe("mappingRows", () => {
  it("lists every column left to right with its letter, header, role and evidence", () => {
    expect(mappingRows(mappingOf(yuechengColumns), taskpaneZhCN).map((row) => [row.letter, row.header, row.role])).toEqual([
      ["A", "类别", "category"],
      ["B", "指标", "name"],
      ["C", "单位", "unit"],
      ["D", "2020年预计值", "base"],
      ["E", "2025年", "target"],
      ["F", "指标属性", "attribute"],
    ]);
    expect(mappingRows(mappingOf(yuechengColumns), taskpaneZhCN)[3]?.evidence).toBe("表头为“2020年预计值”，作基期值列");
  });

  it("names the period of each observation column as a bureau writes it", () => {
    expect(mappingRows(monitored, taskpaneZhCN).map((row) => row.periodLabel)).toEqual([
      null, null, null, null, null, "2021年", "2022年上半年", null,
    ]);
  });
});

describe("assignRole", () => {
  it("moves a single role: the column that had it becomes other", () => {
    const change = assignRole(mappingOf(yuechengColumns), 4, "base");
    expect(change.ok).toBe(true);
    if (!change.ok) return;
    const roles = mappingRows(change.value, taskpaneZhCN).map((row) => row.role);
    expect(roles).toEqual(["category", "name", "unit", "other", "base", "attribute"]);
    expect(mappingRows(change.value, taskpaneZhCN)[4]?.evidence).toBe("已手动指定");
  });

  it("lets several columns be observations and lists their periods again", () => {
    const change = assignRole(monitored, 7, "other");
    const demoted = assignRole(monitored, 5, "other");
    expect(change.ok && change.value.periods.map((p) => p.code)).toEqual(["2021", "2022H1"]);
    expect(demoted.ok && demoted.value.periods.map((p) => p.code)).toEqual(["2022H1"]);
  });

  it("makes a column an observation only when its header names a period", () => {
    const withYear = mappingOf([...keqiaoColumns, ["other", "2023年1-6月"]]);
    const change = assignRole(withYear, 5, "observation");
    expect(change.ok && change.value.periods.map((p) => p.code)).toEqual(["2023H1"]);
    expect(assignRole(monitored, 7, "observation")).toEqual({
      ok: false,
      problem: { reason: "periodUnreadable", header: "备注" },
    });
  });

  it("leaves the table's other facts alone", () => {
    const change = assignRole(monitored, 0, "other");
    expect(change.ok && { ...change.value, columns: [], periods: [] }).toEqual({ ...monitored, columns: [], periods: [] });
  });

  describe("edge cases", () => {
    it("ignores a column outside the table", () => {
      expect(assignRole(monitored, 40, "base")).toEqual({ ok: true, value: monitored });
    });

    it("does not change the mapping it was given", () => {
      const before = JSON.stringify(monitored);
      assignRole(monitored, 2, "target");
      expect(JSON.stringify(monitored)).toBe(before);
    });

    it("offers every role once, 统计口径 among them", () => {
      expect(new Set(ROLE_CHOICES).size).toBe(ROLE_CHOICES.length);
      expect([...ROLE_CHOICES].sort()).toEqual(Object.keys(roleNames("zh-CN")).sort());
      expect(ROLE_CHOICES).toContain("calibre");
    });
  });
});

describe("periodsInTimeOrder", () => {
  it("orders periods in time and keeps each once, whatever the column order", () => {
    const shuffled = mappingOf([
      ...keqiaoColumns,
      ["observation", "2022年"],
      ["observation", "2021年"],
      ["observation", "2022年上半年"],
      ["observation", "2022 年"],
    ]);
    expect(periodsInTimeOrder(shuffled).map((p) => p.code)).toEqual(["2021", "2022H1", "2022"]);
  });
});
