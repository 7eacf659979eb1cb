/**
 * The table's GDP growth indicator (地区生产总值/GDP/生产总值 with a rate), which targets relative
 * to economic growth (`快于经济增长`, `与经济增长基本同步`) are compared with.
 *
 * An indicator is the GDP indicator when its cleaned name is GDP's (`地区生产总值`, `全区生产总值`,
 * `GDP`, the national `国内生产总值（GDP）`, optionally followed by `增速`/`增长`/`增长率`/`年均增长`; not `人均…`, `…占GDP比重`, `单位GDP…`)
 * and it has a rate: its observations when the name states a growth rate or the unit is %, or a
 * 实绩年均增长 cell. The first such indicator in the table is used.
 */
import { isNumeric } from "./cell/kinds";
import type { GdpGrowth } from "./kinds/context";
import { isGrowthRateName } from "./kinds/classification";
import { numericPoints, type ObservationsRead, type Window } from "./select";
import type { CellReading, Period } from "./types";

const GDP_NAME = /^(?:地区|全区|全市|全县|全省|全镇|本地区|区域|国内)?(?:生产总值|GDP)(?:[（(]GDP[)）])?(?:年均)?(?:增速|增长率|增长)?$/iu;

/** What is needed of an indicator to see whether it is the GDP growth indicator. */
export interface GdpCandidate {
  row: number;
  name: string;
  compactName: string;
  unit?: string;
  read: ObservationsRead;
  actualGrowth: { period: Period; reading: CellReading } | null;
}

/**
 * Whether a cleaned name (spaces removed) is GDP's.
 * @example isGdpName("地区生产总值") //=> true
 * @example isGdpName("人均生产总值") //=> false
 */
export function isGdpName(compactName: string): boolean {
  return GDP_NAME.test(compactName);
}

/** The word for GDP in a name: `国内生产总值`, `地区生产总值`, `全区生产总值`, `生产总值`, or `GDP`. */
const GDP_WORD = /(?:地区|全区|全市|全县|全省|全镇|本地区|区域|国内)?生产总值|GDP/iu;

/**
 * The word a note uses for the table's GDP row: the row's own (`国内生产总值` in the national table,
 * `地区生产总值` in a city's), or undefined when its name holds none.
 * @example gdpReference("1.国内生产总值（GDP）增长（%）") //=> "国内生产总值"
 * @example gdpReference("地区生产总值增速（%）") //=> "地区生产总值"
 */
export function gdpReference(name: string): string | undefined {
  return GDP_WORD.exec(name.replace(/\s+/gu, ""))?.[0];
}

/**
 * Whether a row's observations are growth rates: its name states a rate or its unit is %.
 * @example statesGrowthRate("地区生产总值增速", undefined) //=> true
 * @example statesGrowthRate("地区生产总值", "亿元") //=> false
 */
export function statesGrowthRate(compactName: string, unit: string | undefined): boolean {
  return isGrowthRateName(compactName) || unit === "%";
}

/**
 * Whether a row can be the table's GDP growth indicator: a GDP name, with growth rates for
 * observations or a 实绩年均增长 cell. Any other row `findGdpGrowth` passes over, so a caller may
 * leave it out without reading it.
 * @example mayGiveGdpGrowth("地区生产总值", "亿元", false) //=> false
 */
export function mayGiveGdpGrowth(compactName: string, unit: string | undefined, hasActualGrowth: boolean): boolean {
  return isGdpName(compactName) && (hasActualGrowth || statesGrowthRate(compactName, unit));
}

/**
 * Finds the table's GDP growth rates: the first GDP indicator with yearly rates or a published
 * average annual rate; null when there is none. Candidates are looked at in order, and none after
 * the one found (they may be read as they are asked for).
 * @example
 * const read = readObservations([{ period: periodOf(2022, 1), cell: { raw: 3.1 } }]);
 * findGdpGrowth([{ row: 5, name: "地区生产总值增速（%）", compactName: "地区生产总值增速", unit: "%", read, actualGrowth: null }], { plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2022, 1) })
 * //=> { row: 5, name: "地区生产总值增速（%）", rates: [{ period: { year: 2022, fraction: 1, code: "2022" }, value: 3.1 }], average: null }
 */
export function findGdpGrowth(candidates: Iterable<GdpCandidate>, window: Window): GdpGrowth | null {
  for (const candidate of candidates) {
    if (!isGdpName(candidate.compactName)) continue;
    const statesRate = statesGrowthRate(candidate.compactName, candidate.unit);
    const rates = statesRate
      ? numericPoints(candidate.read, window, false).points.map((point) => ({ period: point.period, value: point.value }))
      : [];
    const reading = candidate.actualGrowth?.reading;
    const average = candidate.actualGrowth && isNumeric(reading) ? { period: candidate.actualGrowth.period, value: reading.value } : null;
    if (rates.length > 0 || average) return { row: candidate.row, name: candidate.name, rates, average };
  }
  return null;
}
