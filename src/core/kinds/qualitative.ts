/**
 * Qualitative targets (`完成省下达指标`): judged by `完成`/`未完成` in the observations. Met → on
 * track, not met → behind, no judgement → 数据暂缺; no realisation. A later number written where a
 * judgement was expected is mentioned in the note.
 */
import { kindLabels } from "../../i18n/judge";
import { projectJudged } from "../projection";
import { latestJudgement } from "../select";
import { classified, levelComparator } from "./classification";
import { carriedFrom, compact, judgedEvaluation, noData, yearsLeft, type Evaluation, type KindRules, type RuleInput } from "./context";

/**
 * Judges a qualitative target on the latest judgement of met or not met.
 */
function evaluateQualitative(input: RuleInput): Evaluation {
  const carried = carriedFrom(input.classification, []);
  const { chosen, laterNumber } = latestJudgement(input.read, input.window);
  if (laterNumber) carried.reasons.push({ code: "laterNumber", period: laterNumber.period, value: laterNumber.value });
  if (!chosen) return noData({ code: "noJudgement", target: compact(input.targetText) }, carried);
  return judgedEvaluation(input, {
    met: chosen.met,
    period: chosen.period,
    value: null,
    statement: [{ code: "judgement", period: chosen.period, text: compact(chosen.reading.raw) }],
    formula: [{ code: "judged" }],
    carried,
  });
}

/** 定性目标: a target in words, met or not. */
export const qualitative: KindRules = {
  kind: "qualitative",
  label: kindLabels.qualitative,
  heldToTimeProgress: false,
  classify: (clues, shared) =>
    clues.target?.kind === "qualitative" ? classified(shared, "qualitative", { target: null, satisfies: levelComparator(clues.direction) }) : null,
  evaluate: evaluateQualitative,
  project: ({ input, period, satisfied }) => projectJudged(satisfied, yearsLeft(input.plan, period)),
};
