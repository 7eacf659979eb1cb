/**
 * Band targets (`3-5`, `3～5`, `3~5`, `5到6`): reached while the value is inside the band (ahead, r =
 * 1); otherwise judged as a bound toward the near edge (`≥ low` below the band, `≤ high` above it):
 * a base that was inside and a value that has left the band is slipping back (behind, regressing,
 * r = 0); else r = (v − b) ÷ (edge − b), held to time progress (`toward-target.ts`).
 */
import { kindLabels } from "../../i18n/judge";
import type { Classification } from "./classification";
import { classified } from "./classification";
import type { Evaluation, KindRules, ProjectionFacts, RuleInput } from "./context";
import { chooseTargetValue, evaluateTowardTarget, projectTowardTarget } from "./toward-target";

/** The rules' input with the band replaced by the bound it is judged as for a value. */
function asBound(input: RuleInput, value: number): { input: RuleInput; edge: number | null } {
  const c = input.classification;
  const band = c.band ?? { low: 0, high: 0 };
  const below = value < band.low;
  const above = value > band.high;
  const edge = below ? band.low : band.high;
  const bound: Classification = { ...c, kind: "bound", target: below ? band.low : above ? band.high : value, satisfies: above ? "<=" : ">=" };
  return { input: { ...input, classification: bound }, edge: below || above ? edge : null };
}

/** Judges a band target on the latest usable value. */
function evaluateBand(input: RuleInput): Evaluation {
  const found = chooseTargetValue(input);
  if ("status" in found) return found;
  const band = input.classification.band ?? { low: 0, high: 0 };
  const value = found.chosen.value;
  const judged = asBound(input, value);
  const evaluation = evaluateTowardTarget(judged.input);
  if (judged.edge === null) {
    return { ...evaluation, formula: [{ code: "bandFormula", ...band }], statement: [...evaluation.statement.filter((p) => p.code !== "reached"), { code: "insideBand", ...band }] };
  }
  return { ...evaluation, reasons: [...evaluation.reasons, { code: "bandEdge", edge: judged.edge }] };
}

/** 数值区间目标: a band to stay inside. */
export const band: KindRules = {
  kind: "band",
  label: kindLabels.band,
  heldToTimeProgress: true,
  classify: ({ target }, shared) =>
    target?.kind === "band" ? classified(shared, "band", { target: target.low, satisfies: ">=", band: { low: target.low, high: target.high } }) : null,
  evaluate: evaluateBand,
  project: (facts: ProjectionFacts) => projectTowardTarget({ ...facts, input: asBound(facts.input, facts.value ?? 0).input }),
};
