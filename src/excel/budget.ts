/**
 * 请求大小: Excel on the web refuses a request (or a response) over 5 MB. The door estimates each
 * operation's size as the UTF-8 length of its JSON — what Office.js sends is that data plus object
 * paths — and cuts large cell blocks into row chunks.
 *
 * A write goes as one request while it fits the payload budget, and is cut into more only when it
 * does not ({@link packOperations}): a real table's assessment (30–40 rows, some 1 KB a row) is one
 * request; a 10,000-row one (about 8 MB at the 800 bytes a row of the status block, summary,
 * detail and record sheets weigh) is three. No sync is paid to keep the count the same for every size.
 */
import type { OfficeOperation as WriteOperation } from "./order";

/** Excel on the web's request and response limit. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** What the door lets one sync carry: the limit less a margin for Office's own framing. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
/** Office's framing of one action (object path, ids), added to each operation's data. */
const ACTION_OVERHEAD_BYTES = 64;

const encoder = new TextEncoder();

/**
 * The UTF-8 length of a value's JSON: the door's estimate of what it costs on the wire.
 * @example jsonBytes({ values: [["地区生产总值", 1516.7]] }) //=> 42
 */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : encoder.encode(json).length;
}

/**
 * An operation's estimated size on the wire.
 * @example operationBytes({ kind: "deleteName", name: "PlanAssess_Area" }) //=> 110
 */
export function operationBytes(operation: WriteOperation): number {
  return jsonBytes(operation) + ACTION_OVERHEAD_BYTES;
}

/** An operation carrying a 2D array that can be cut by rows. */
type RowOperation = Extract<WriteOperation, { kind: "values" } | { kind: "formats" }>;

/** The 2D array of a row operation. */
function rowsOfOperation(operation: RowOperation): unknown[][] {
  return operation.kind === "values" ? operation.values : operation.numberFormat;
}

/** Rows `[from, to)` of a row operation, as an operation of the same kind. */
function rowSlice(operation: RowOperation, from: number, to: number): WriteOperation {
  return operation.kind === "values"
    ? { ...operation, top: operation.top + from, values: operation.values.slice(from, to) }
    : { ...operation, top: operation.top + from, numberFormat: operation.numberFormat.slice(from, to) };
}

/**
 * Cuts a values (or per-cell formats) operation into row chunks of at most `maxBytes` each (a
 * single row is never cut); any other operation is returned as it is.
 * @example splitRows({ kind: "values", sheet: "s", top: 0, left: 0, values: [[1], [2]] }, 80).length //=> 2
 */
export function splitRows(operation: WriteOperation, maxBytes: number): WriteOperation[] {
  if ((operation.kind !== "values" && operation.kind !== "formats") || operationBytes(operation) <= maxBytes) return [operation];
  const rows = rowsOfOperation(operation);
  const frame = operationBytes(rowSlice(operation, 0, 0));
  const chunks: WriteOperation[] = [];
  let start = 0;
  let size = frame;
  for (let i = 0; i < rows.length; i += 1) {
    // A row adds its array and a comma before it.
    const rowBytes = jsonBytes(rows[i]) + 1;
    if (i > start && size + rowBytes > maxBytes) {
      chunks.push(rowSlice(operation, start, i));
      start = i;
      size = frame;
    }
    size += rowBytes;
  }
  chunks.push(rowSlice(operation, start, rows.length));
  return chunks;
}

/**
 * The estimated bytes of one request.
 * @example requestBytes([{ kind: "deleteName", name: "PlanAssess_Area" }]) //=> 110
 */
export function requestBytes(pack: readonly WriteOperation[]): number {
  return pack.reduce((sum, operation) => sum + operationBytes(operation), 0);
}

/**
 * Packs operations, in order, into syncs of at most `budget` estimated bytes; cell blocks larger
 * than a quarter of the budget are cut first so the packs fill evenly. Never returns an empty list.
 * @example packOperations([{ kind: "deleteName", name: "PlanAssess_Area" }], 4_000_000).length //=> 1
 */
export function packOperations(operations: readonly WriteOperation[], budget = DEFAULT_PAYLOAD_BUDGET): WriteOperation[][] {
  const chunkBytes = Math.max(1, Math.floor(budget / 4));
  const packs: WriteOperation[][] = [[]];
  let size = 0;
  for (const operation of operations.flatMap((op) => splitRows(op, chunkBytes))) {
    const bytes = operationBytes(operation);
    const current = packs[packs.length - 1] ?? [];
    if (current.length > 0 && size + bytes > budget) {
      packs.push([operation]);
      size = bytes;
    } else {
      current.push(operation);
      size += bytes;
    }
  }
  return packs;
}
