/**
 * Level targets (b ≠ g): a value moving from the base toward the target value; r = (v − b) ÷
 * (g − b), or on the compound path ln(v/b) ÷ ln(g/b); held to time progress (`toward-target.ts`).
 * Also the kind of a row whose target cannot be read: it is judged 数据暂缺, saying why.
 */
import { kindLabels } from "../../i18n/judge";
import { isNumeric } from "../cell/kinds";
import type { NoDataPhrase } from "../phrases";
import type { CellReading } from "../types";
import { classified, levelComparator, targetValue } from "./classification";
import type { KindRules } from "./context";
import { evaluateTowardTarget, projectTowardTarget } from "./toward-target";

/** Why a target cannot be judged: missing, unreadable. */
function blockedReason(target: CellReading | null): NoDataPhrase {
  if (target === null || target.kind !== "missing") return { code: "targetUnreadable" };
  return { code: "targetMissing", text: target.raw.trim() };
}

/** 水平值: the last row of the table, taking whatever the rows before it did not. */
export const level: KindRules = {
  kind: "level",
  label: kindLabels.level,
  heldToTimeProgress: true,
  classify: ({ target, direction }, shared) => {
    const satisfies = levelComparator(direction);
    if (!isNumeric(target)) return classified(shared, "level", { target: null, satisfies, blocked: blockedReason(target) });
    return classified(shared, "level", { target: targetValue(target, shared), satisfies });
  },
  evaluate: evaluateTowardTarget,
  project: projectTowardTarget,
};
