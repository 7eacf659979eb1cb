/**
 * Maintain targets (g = b): held → on track, r = 1; not held → behind and regressing, r = v/g (g/v
 * when lower is better). A maintain target is never ahead nor held to time progress: it is a
 * floor at the base level, held or not at every point in time.
 */
import { kindLabels } from "../../i18n/judge";
import { isNumeric } from "../cell/kinds";
import { timeProgress } from "../period";
import type { StatementPhrase } from "../phrases";
import { projectMaintain } from "../projection";
import { isWorse, maintainRealisation } from "../realisation";
import { classified, levelComparator, targetValue } from "./classification";
import { yearsLeft, type Evaluation, type KindRules, type RuleInput } from "./context";
import { chooseTargetValue, type ChosenValue } from "./toward-target";

/**
 * Judges a maintain target on the latest usable value.
 */
function evaluateMaintain(input: RuleInput): Evaluation {
  const found = chooseTargetValue(input);
  if ("status" in found) return found;
  return holdLevel(input, found);
}

/** A maintain target (g = b). */
function holdLevel(input: RuleInput, { chosen, target, carried }: ChosenValue): Evaluation {
  const { direction } = input;
  const value = chosen.value;
  const held = !isWorse(value, target, direction);
  const realisation = maintainRealisation(target, value, direction);
  if (!held) {
    carried.flags.push("regressing");
    carried.reasons.push({ code: "regressing", base: target });
  }
  const shownValue: StatementPhrase = { code: "valueAt", period: chosen.period, value };
  const holding: StatementPhrase = { code: held ? "held" : "notHeld", target };
  return {
    status: held ? "on_track" : "behind",
    value,
    valuePeriod: chosen.period,
    realisation,
    timeProgress: timeProgress(input.plan, chosen.period),
    satisfied: held,
    flags: carried.flags,
    formula: held ? [{ code: "heldFormula" }] : [{ code: "ratio", direction, target, value }],
    statement: [shownValue, holding, { code: "realisation", share: realisation }],
    reasons: carried.reasons,
    problems: carried.problems,
  };
}

/** 保持目标: the base level to hold. */
export const maintain: KindRules = {
  kind: "maintain",
  label: kindLabels.maintain,
  heldToTimeProgress: false,
  classify: ({ target, direction }, shared) => {
    if (!isNumeric(target) || target.kind === "bound" || shared.base === null) return null;
    const g = targetValue(target, shared);
    return shared.base === g ? classified(shared, "maintain", { target: g, satisfies: levelComparator(direction) }) : null;
  },
  evaluate: evaluateMaintain,
  project: ({ input, value, period }) =>
    projectMaintain({
      target: input.classification.target ?? 0,
      value: value ?? 0,
      direction: input.direction,
      remaining: yearsLeft(input.plan, period),
      effortBand: input.settings.projectionEffortBand,
    }),
};
