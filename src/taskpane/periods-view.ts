/**
 * 评估期 choices: the table's periods, newest first, each marked when it holds no usable value,
 * and the default — the latest period holding data — marked as such.
 *
 * Choices where the specification is silent: the drop-down lists the newest period first (the one
 * a bureau assesses); a period whose every cell is empty, a missing marker or unreadable counts as
 * holding no data and stays selectable (an analyst may want to see what a blank period gives).
 */
import { parseCell } from "../core/cell";
import { comparePeriods, formatPeriod } from "../core/period";
import type { IndicatorInput, Period } from "../core/types";
import type { TaskpaneText } from "../i18n/taskpane";
import type { Choice } from "./controls";

/**
 * The codes of the periods at which some indicator has a usable value.
 * @example periodsWithData(inputs) //=> Set { "2021", "2022H1", "2022" }
 */
export function periodsWithData(inputs: readonly IndicatorInput[]): Set<string> {
  const codes = new Set<string>();
  for (const input of inputs) {
    for (const observation of input.observations) {
      if (codes.has(observation.period.code)) continue;
      const reading = parseCell(observation.cell.raw);
      if (reading.ok && reading.value.kind !== "missing") codes.add(observation.period.code);
    }
  }
  return codes;
}

/**
 * The latest period holding data, or null when none does.
 * @example latestWithData(periods, inputs)?.code //=> "2022"
 */
export function latestWithData(periods: readonly Period[], inputs: readonly IndicatorInput[]): Period | null {
  const withData = periodsWithData(inputs);
  const held = periods.filter((period) => withData.has(period.code)).sort(comparePeriods);
  return held[held.length - 1] ?? null;
}

/**
 * The drop-down's choices, newest first, valued by period code.
 * @example periodChoices(periods, inputs, taskpaneZhCN)[0] //=> { value: "2023H1", label: "2023年上半年（暂无数据）" }
 */
export function periodChoices(periods: readonly Period[], inputs: readonly IndicatorInput[], text: TaskpaneText): Choice[] {
  const withData = periodsWithData(inputs);
  const latest = latestWithData(periods, inputs);
  const unique = new Map(periods.map((period) => [period.code, period]));
  return [...unique.values()]
    .sort((a, b) => comparePeriods(b, a))
    .map((period) => {
      const label = formatPeriod(period);
      if (period.code === latest?.code) return { value: period.code, label: text.period.latest(label) };
      return { value: period.code, label: withData.has(period.code) ? label : text.period.noData(label) };
    });
}

/**
 * The evaluation period in force: the chosen one when the table still has it, else the latest with
 * data, else the latest period of all.
 * @example evaluationPeriod(periods, inputs, "2022")?.code //=> "2022"
 */
export function evaluationPeriod(
  periods: readonly Period[],
  inputs: readonly IndicatorInput[],
  chosen: string | null,
): Period | null {
  const picked = chosen === null ? undefined : periods.find((period) => period.code === chosen);
  if (picked) return picked;
  const sorted = [...periods].sort(comparePeriods);
  return latestWithData(periods, inputs) ?? sorted[sorted.length - 1] ?? null;
}
