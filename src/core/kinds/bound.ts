/**
 * Bound targets (`>10`, `≥92`, `<30`), and point targets looser than the base (a floor or a ceiling
 * to hold): satisfied → ahead with r = 1; not satisfied while the base was → behind, regressing,
 * r = 0; otherwise r as a level toward the bound (`toward-target.ts`).
 */
import { kindLabels } from "../../i18n/judge";
import { isNumeric } from "../cell/kinds";
import { classified, targetValue, type Classification, type KindClues, type SharedClassification } from "./classification";
import type { KindRules } from "./context";
import { evaluateTowardTarget, projectTowardTarget } from "./toward-target";

/** A bound target as written, or a point target looser than the base (below it when higher is better). */
function classifyBound(clues: KindClues, shared: SharedClassification): Classification | null {
  const { target, direction } = clues;
  if (!isNumeric(target)) return null;
  const g = targetValue(target, shared);
  if (target.kind === "bound") return classified(shared, "bound", { target: g, satisfies: target.op });
  const b = shared.base;
  if (b === null || !(direction === "higher" ? g < b : g > b)) return null;
  return classified(shared, "bound", {
    target: g,
    satisfies: direction === "higher" ? ">=" : "<=",
    reasons: [{ code: "floor", direction, target: g, base: b }],
    flags: ["floor_target"],
  });
}

/** 区间目标: a threshold to reach or to hold. */
export const bound: KindRules = {
  kind: "bound",
  label: kindLabels.bound,
  heldToTimeProgress: true,
  classify: classifyBound,
  evaluate: evaluateTowardTarget,
  project: projectTowardTarget,
};
