/**
 * 附表列宽: the 评价表's column widths on the Word page fitted to what the cells hold, so that no
 * number breaks in the middle ("1516.↵7", "178.6↵%"): each column but the name's is as wide as its
 * longest piece that must stay on one line (a value, or its period in brackets, which may go to a
 * line of its own: "1910.2（2022年）" breaks before "（"), the name takes what is left of the page.
 * Widths are in half-width characters at the table's 9 pt (a CJK character counts two), with each
 * cell's margins; the renderer scales them to the page (`src/app/word-report.ts`).
 */

/** The page's text width at 9 pt in half-width characters (156 mm ≈ 8,844 twips, 90 twips each). */
const PAGE_UNITS = 98;
/** A cell's left and right margins (Word's 0.08 inch each), in the same units. */
const CELL_PADDING = 2.4;
/** The narrowest any column is drawn: two CJK characters of its header. */
const NARROWEST = 4;
/** The narrowest the name column is drawn: eight CJK characters a line. */
const NAME_NARROWEST = 16;

/** Characters drawn twice as wide as a Latin digit: CJK ideographs and punctuation, full-width forms, Hangul. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * How wide text is drawn, in half-width characters: a CJK character two, a percent sign nearly
 * two, a digit or Latin letter a little over one (as the table's fonts draw them at 9 pt).
 * @example displayWidth("1910.2（2022年）") //=> 17
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : character === "%" || character === "‰" ? 1.8 : 1.1;
  return Number(width.toFixed(1));
}

/**
 * The pieces of text a line may not break inside: a run of anything but spaces and CJK ideographs
 * ("52.8（2022": no break between a number and the bracket after it, UAX #14 rule LB30; "178.6%":
 * none before a percent sign, LB25); each ideograph is a piece of its own (Chinese text breaks
 * between any two characters).
 */
const PIECE = /[^\s\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|\S/gu;

/**
 * The widest piece of a cell that stays on one line.
 * @example longestPiece("1910.2（2022年）") //=> 13
 */
export function longestPiece(text: string): number {
  return (text.match(PIECE) ?? []).reduce((widest, piece) => Math.max(widest, displayWidth(piece)), 0);
}

/** How wide a column is drawn at most where the page has room: six CJK characters a line. */
const COMFORTABLE = 12;

/**
 * Relative widths for a table. Each column is at least as wide as its longest unbreakable piece
 * (and two CJK characters); where the page has room it grows towards its longest cell, up to six
 * CJK characters; the name column takes the rest (at least eight CJK characters). Only the growth
 * gives way when the page is full, so no number is ever cut.
 * @example fittedWidths(["类别", "指标名称", "实现度"], [["经济发展", "地区生产总值", "178.6%"]], 1) //=> [10.4, 77.9, 9.7]
 */
export function fittedWidths(header: readonly string[], rows: readonly (readonly string[])[], nameColumn: number): number[] {
  const hard: number[] = [];
  const soft: number[] = [];
  header.forEach((_, j) => {
    const pieces = rows.reduce((most, row) => Math.max(most, longestPiece(row[j] ?? "")), 0);
    const cells = rows.reduce((most, row) => Math.max(most, displayWidth(row[j] ?? "")), 0);
    const least = Math.max(NARROWEST, pieces);
    hard.push(j === nameColumn ? 0 : least + CELL_PADDING);
    soft.push(j === nameColumn ? 0 : Math.max(least, Math.min(cells, COMFORTABLE)) + CELL_PADDING);
  });
  const room = PAGE_UNITS - NAME_NARROWEST - CELL_PADDING;
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const [least, most] = [sum(hard), sum(soft)];
  const growth = most <= room ? 1 : Math.max(0, (room - least) / (most - least));
  const shrink = least > room ? room / least : 1;
  const widths = hard.map((width, j) => Number(((width + (soft[j]! - width) * growth) * shrink).toFixed(1)));
  widths[nameColumn] = Number((PAGE_UNITS - sum(widths)).toFixed(1));
  return widths;
}
