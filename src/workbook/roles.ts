/**
 * Column roles from the header words: generated columns first (the add-in's own, never read), then
 * columns named by their words (序号, 类别, 指标名称, 子项, 单位, 指标属性, 统计类型, 统计口径, 方向, 备注 …),
 * then published 完成情况, growth columns and period columns, whose roles `periods.ts` settles.
 *
 * Choices:
 * - A name header merged over two columns (`指标名称` over name and sub-item) makes the second
 *   column the sub-item column; any other repeated role is kept as `other`.
 * - A header the add-in cannot read is `other` (kept, never read), with evidence saying so, so the
 *   user can correct it in the task pane.
 */
import type { CellRange, ColumnEvidence, ColumnMapping, ColumnRole } from "./types";
import type { HeaderBand, HeaderColumn } from "./header";
import type { KeywordRole } from "./keywords";
import { rangeContains } from "./address";

/** A column whose role is settled, or a period or growth column `periods.ts` settles. */
export type DraftColumn =
  | { state: "settled"; header: HeaderColumn; mapping: ColumnMapping }
  | { state: "period"; header: HeaderColumn }
  | { state: "growth"; header: HeaderColumn };

/** Roles a keyword gives, and the ones a table holds at most once. */
const KEYWORD_ROLES: Readonly<Record<Exclude<KeywordRole, "otherKnown">, ColumnRole>> = {
  index: "index",
  category: "category",
  name: "name",
  subItem: "subItem",
  unit: "unit",
  attribute: "attribute",
  nature: "nature",
  direction: "direction",
  calibre: "calibre",
};

/**
 * Assigns the roles the header words decide; period and growth columns are left as drafts.
 * @example draftColumns(findHeaderBand(indexGrid(grid))!, undefined)[0] //=> { state: "settled", mapping: { column: 0, role: "index", … } }
 */
export function draftColumns(band: HeaderBand, previousBlock: CellRange | undefined): DraftColumn[] {
  const drafts: DraftColumn[] = [];
  const taken = new Map<ColumnRole, number>();
  for (const header of band.columns) {
    const draft = draftColumn({ header, band, previousBlock, taken });
    const role = draft.state === "settled" ? draft.mapping.role : null;
    if (role !== null && role !== "other" && role !== "generated" && role !== "observation") taken.set(role, header.column);
    drafts.push(draft);
  }
  return drafts;
}

/** A column whose role its header decides, with the evidence. */
function settle(header: HeaderColumn, role: ColumnRole, evidence: ColumnEvidence): DraftColumn {
  return { state: "settled", header, mapping: { column: header.column, role, header: header.header, evidence } };
}

/** One column to draft, with the roles already taken to its left. */
interface ColumnToDraft {
  header: HeaderColumn;
  band: HeaderBand;
  previousBlock: CellRange | undefined;
  taken: ReadonlyMap<ColumnRole, number>;
}

/** The draft of one column, given the roles already taken to its left. */
function draftColumn(draft: ColumnToDraft): DraftColumn {
  const { header, band, previousBlock, taken } = draft;
  const shown = header.header;
  if (header.generatedMark) return settle(header, "generated", { code: "generated", header: shown });
  if (previousBlock && rangeContains(previousBlock, band.bottom, header.column)) {
    return settle(header, "generated", { code: "generatedArea", header: shown });
  }
  if (shown === "") return settle(header, "other", { code: "emptyHeader" });
  if (header.keyword === "otherKnown") return settle(header, "other", { code: "otherKnown", header: shown });
  if (header.keyword !== null) {
    const role = KEYWORD_ROLES[header.keyword];
    const nameColumn = taken.get("name");
    if (role === "name" && nameColumn === header.column - 1 && !taken.has("subItem")) {
      return settle(header, "subItem", { code: "secondNameColumn", header: shown });
    }
    if (taken.has(role)) return settle(header, "other", { code: "otherKnown", header: shown });
    return settle(header, role, keywordEvidence(role, shown));
  }
  const words = header.label.words;
  if (words.includes("growth")) return { state: "growth", header };
  if (words.includes("completion")) {
    if (taken.has("published")) return settle(header, "other", { code: "otherKnown", header: shown });
    return settle(header, "published", { code: "published", header: shown });
  }
  if (header.label.period !== undefined || words.length > 0) return { state: "period", header };
  return settle(header, "other", { code: "unrecognised", header: shown });
}

/** The evidence for a role named by a header word. */
function keywordEvidence(role: ColumnRole, shown: string): ColumnEvidence {
  if (role === "unit") return { code: "unitColumn", header: shown };
  if (role === "category") return { code: "categoryColumn", header: shown };
  return { code: "keyword", header: shown, role };
}
