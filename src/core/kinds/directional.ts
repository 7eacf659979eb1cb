/**
 * Directional targets (`持续下降`, `逐步提高`, `稳步提升`, `零增长`, `只减不增`): met when the change
 * since the base goes the stated way (`零增长`: not above the base). Met → on track, never ahead (a
 * direction can still turn); not met → behind, regressing. No realisation: the target names no
 * amount, so the indicator is judged met or not, as qualitative targets are.
 */
import { kindLabels } from "../../i18n/judge";
import { projectJudged } from "../projection";
import { classified } from "./classification";
import { carriedFrom, compact, judgedEvaluation, noData, yearsLeft, type Evaluation, type KindRules, type RuleInput } from "./context";
import { chooseTargetValue } from "./toward-target";

/** Whether a value went the stated way from the base. */
function wentTheWay(way: "decrease" | "increase" | "noIncrease", value: number, base: number): boolean {
  if (way === "decrease") return value < base;
  if (way === "increase") return value > base;
  return value <= base;
}

/** Judges a directional target on the latest usable value against the base. */
function evaluateDirectional(input: RuleInput): Evaluation {
  const c = input.classification;
  const way = c.way ?? "increase";
  if (c.base === null) return noData({ code: "changeNoBase", text: compact(input.targetText) }, carriedFrom(c, []));
  const found = chooseTargetValue(input);
  if ("status" in found) return found;
  const { chosen, carried } = found;
  const met = wentTheWay(way, chosen.value, c.base);
  if (!met && chosen.value !== c.base) {
    carried.flags.push("regressing");
    carried.reasons.push({ code: "regressing", base: c.base });
  }
  return judgedEvaluation(input, {
    met,
    period: chosen.period,
    value: chosen.value,
    statement: [{ code: "directional", period: chosen.period, value: chosen.value, base: c.base, way, met }],
    formula: [{ code: "directionalFormula", way }],
    carried,
  });
}

/** 方向性目标: a way to go from the base, with no amount. */
export const directional: KindRules = {
  kind: "directional",
  label: kindLabels.directional,
  heldToTimeProgress: false,
  classify: ({ target }, shared) =>
    target?.kind === "directional"
      ? classified(shared, "directional", { target: shared.base, satisfies: target.way === "increase" ? ">" : target.way === "decrease" ? "<" : "<=", way: target.way })
      : null,
  evaluate: evaluateDirectional,
  project: ({ input, period, satisfied }) => projectJudged(satisfied, yearsLeft(input.plan, period)),
};
