/**
 * The user's `<sheetData>` with the run's cells put in: a row the run does not touch stays as its
 * text was; in a row it touches, the user's cells outside the run's cells and cleared areas stay as
 * their text was, the run's take their column's place (cells of a row in column order, rows in row
 * order, CT_SheetData §18.3.1.80), and the row loses only its `spans` hint (optional, and it
 * would no longer cover the row). Rows and cells without an `r` (allowed: they follow the one
 * before) get theirs written where the run inserts beside them, so every position stays.
 */
import { cellAddress, columnIndex, rangeContains } from "../../workbook/address";
import type { CellRange } from "../../workbook/types";
import { prefixed } from "../package-parts";
import type { CellWrite } from "./edits";
import { rowCells, writtenCell, type CellSink } from "./sheet-xml";

/** A cell of the user's row: where it is and its text. */
interface UserCell {
  column: number;
  text: string;
}

/** The user's cells of a row's content, each with its column (implicit ones counted on). */
function userCells(content: string, row: number, prefix: string): UserCell[] {
  const cells: UserCell[] = [];
  let column = -1;
  for (const match of content.matchAll(new RegExp(`<${prefix}c\\b([^>]*?)(?:/>|>[\\s\\S]*?</${prefix}c>)`, "gu"))) {
    const reference = /\br\s*=\s*(?:"([A-Za-z]+)\d*"|'([A-Za-z]+)\d*')/u.exec(match[1] ?? "");
    const letters = reference?.[1] ?? reference?.[2];
    const explicit = letters === undefined ? null : columnIndex(letters.toUpperCase());
    column = explicit ?? column + 1;
    const text = explicit === null ? match[0].replace(new RegExp(`^<${prefix}c\\b`, "u"), `<${prefix}c r="${cellAddress(row, column)}"`) : match[0];
    cells.push({ column, text });
  }
  return cells;
}

/** What the run does to the rows of one sheet. */
export interface RowEdits {
  cells: ReadonlyMap<number, ReadonlyMap<number, CellWrite>>;
  cleared: readonly CellRange[];
}

/** One touched row's text: the user's start tag without `spans`, the cells merged. */
function editedRow(row: number, tag: string, content: string, edits: RowEdits, sink: CellSink, prefix: string): string {
  const written = edits.cells.get(row) ?? new Map<number, CellWrite>();
  const kept = userCells(content, row, prefix).filter(
    (cell) => !written.has(cell.column) && !edits.cleared.some((area) => rangeContains(area, row, cell.column)),
  );
  const ours = [...written].map(([column, cell]) => ({ column, text: prefixed(writtenCell(row, column, cell, sink), prefix) }));
  const cells = [...kept, ...ours].sort((a, b) => a.column - b.column).map((cell) => cell.text).join("");
  // What the row holds after its cells (CT_Row: c*, then extLst) stays after them.
  const after = content.replace(new RegExp(`<${prefix}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}c>)`, "gu"), "").trim();
  let open = tag.replace(/\s+spans\s*=\s*"[^"]*"/u, "");
  if (!/\br\s*=/u.test(open)) open = open.replace(new RegExp(`^<${prefix}row\\b`, "u"), `<${prefix}row r="${row + 1}"`);
  open = open.replace(/\s*\/>$/u, ">");
  return `${open}${cells}${after}</${prefix}row>`;
}

/** Whether the run touches a row: writes in it or clears part of it. */
function touches(edits: RowEdits, row: number): boolean {
  return edits.cells.has(row) || edits.cleared.some((area) => row >= area.top && row <= area.bottom);
}

/** A row the sheet did not have, holding only the run's cells ("" when they write nothing). */
function newRow(row: number, edits: RowEdits, sink: CellSink, prefix: string): string {
  const line = edits.cells.get(row);
  if (!line) return "";
  const cells = rowCells(row, line, sink);
  return cells === "" ? "" : prefixed(`<row r="${row + 1}">`, prefix) + prefixed(cells, prefix) + `</${prefix}row>`;
}

/**
 * The content of a `<sheetData>` with the run's cells in it (see the module's note).
 * @example splicedRows('<row r="1"><c r="A1"><v>1</v></c></row>', { cells: new Map([[0, new Map([[1, cell]])]]), cleared: [] }, sink, "") //=> '<row r="1"><c r="A1"><v>1</v></c><c r="B1" …>…</c></row>'
 */
export function splicedRows(content: string, edits: RowEdits, sink: CellSink, prefix: string): string {
  const pending = [...edits.cells.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  const flushBefore = (row: number): void => {
    while (next < pending.length && (pending[next] as number) < row) {
      out.push(newRow(pending[next] as number, edits, sink, prefix));
      next += 1;
    }
  };
  let row = -1;
  let last = 0;
  const rows = new RegExp(`(<${prefix}row\\b[^>]*?)(/>|>([\\s\\S]*?)</${prefix}row>)`, "gu");
  for (const match of content.matchAll(rows)) {
    const found = /\br\s*=\s*(?:"(\d+)"|'(\d+)')/u.exec(match[1] ?? "");
    const explicit = found?.[1] ?? found?.[2];
    row = explicit === undefined ? row + 1 : Number(explicit) - 1;
    out.push(content.slice(last, match.index));
    last = (match.index ?? 0) + match[0].length;
    flushBefore(row);
    if (next < pending.length && pending[next] === row) next += 1;
    if (!touches(edits, row)) {
      const text = explicit === undefined ? match[0].replace(new RegExp(`^<${prefix}row\\b`, "u"), `<${prefix}row r="${row + 1}"`) : match[0];
      out.push(text);
      continue;
    }
    const tag = (match[1] ?? "") + (match[2] === "/>" ? "/>" : ">");
    out.push(editedRow(row, tag, match[3] ?? "", edits, sink, prefix));
  }
  out.push(content.slice(last));
  flushBefore(Number.POSITIVE_INFINITY);
  return out.join("");
}
