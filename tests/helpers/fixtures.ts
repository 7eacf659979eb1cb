/**
 * Seed tables for tests: the CSV transcriptions in `tests/fixtures`, read as raw strings exactly
 * as printed (spaces, line breaks inside cells and full-width forms kept; nothing trimmed).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

/** The seed tables in `tests/fixtures`, by file name without extension. */
export const FIXTURE_TABLES = [
  "keqiao-14th-targets",
  "keqiao-13th-final",
  "yuecheng-14th-targets",
  "yuecheng-13th-final",
] as const;

export type FixtureTable = (typeof FIXTURE_TABLES)[number];

/**
 * The path of a file in `tests/fixtures`.
 * @example fixturePath("keqiao-14th-targets.xlsx") //=> ".../tests/fixtures/keqiao-14th-targets.xlsx"
 */
export function fixturePath(file: string): string {
  return fileURLToPath(new URL(`../fixtures/${file}`, import.meta.url));
}

/**
 * Every row of a seed CSV, header row first, each cell a raw string.
 * @example loadFixtureCsv("keqiao-14th-targets")[0] //=> ["序号", "指标名称（单位）", "2020 年实绩", "2025 年目标", "指标属性"]
 */
export function loadFixtureCsv(name: string): string[][] {
  const file = name.endsWith(".csv") ? name : `${name}.csv`;
  return parse(readFileSync(fixturePath(file), "utf8"), { bom: true, relax_column_count: true }) as string[][];
}

/**
 * A seed table split into its header row and data rows.
 * @example loadFixtureTable("yuecheng-13th-final").rows.length //=> 32
 */
export function loadFixtureTable(name: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = loadFixtureCsv(name);
  return { header, rows };
}

/**
 * The cells of one column in the data rows, with their 0-based data row, by exact header text.
 * Throws when the header is not in the table (a mistake in the test, not in the data).
 * @example fixtureColumn("keqiao-14th-targets", "2025 年目标")[0] //=> { row: 0, text: "2200★" }
 */
export function fixtureColumn(name: string, header: string): { row: number; text: string }[] {
  const table = loadFixtureTable(name);
  const column = table.header.indexOf(header);
  if (column < 0) throw new Error(`No column ${JSON.stringify(header)} in ${name}: ${table.header.join(" | ")}`);
  return table.rows.map((cells, row) => ({ row, text: cells[column] ?? "" }));
}
