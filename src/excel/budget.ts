/**
 * 请求大小: Excel on the web refuses a request (or a response) over 5 MB. The door estimates each
 * operation's size as the UTF-8 length of its JSON — what Office.js sends is that data plus object
 * paths — cuts large cell blocks into row chunks, and packs the operations, in order, into as few
 * syncs as the budget allows. Any table of a plan's usual size (up to tens of thousands of rows)
 * fits one sync; only a larger one takes more, each still under the limit.
 */
import type { WriteOperation } from "./operations";

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

/**
 * Cuts a cells operation into row chunks of at most `maxBytes` each (a single row is never cut);
 * any other operation is returned as it is.
 * @example splitCells({ kind: "cells", sheet: "s", top: 0, left: 0, values: [[1], [2]], numberFormat: [["0"], ["0"]] }, 80).length //=> 2
 */
export function splitCells(operation: WriteOperation, maxBytes: number): WriteOperation[] {
  if (operation.kind !== "cells" || operationBytes(operation) <= maxBytes) return [operation];
  const chunks: WriteOperation[] = [];
  const frame = operationBytes({ ...operation, values: [], numberFormat: [] });
  let start = 0;
  let size = frame;
  for (let i = 0; i < operation.values.length; i += 1) {
    // A row adds its two arrays and a comma before each.
    const rowBytes = jsonBytes(operation.values[i]) + jsonBytes(operation.numberFormat[i]) + 2;
    if (i > start && size + rowBytes > maxBytes) {
      chunks.push(rowsOf(operation, start, i));
      start = i;
      size = frame;
    }
    size += rowBytes;
  }
  chunks.push(rowsOf(operation, start, operation.values.length));
  return chunks;
}

/** Rows `[from, to)` of a cells operation, as a cells operation. */
function rowsOf(operation: Extract<WriteOperation, { kind: "cells" }>, from: number, to: number): WriteOperation {
  return {
    ...operation,
    top: operation.top + from,
    values: operation.values.slice(from, to),
    numberFormat: operation.numberFormat.slice(from, to),
  };
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
  for (const operation of operations.flatMap((op) => splitCells(op, chunkBytes))) {
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
