/**
 * Open targets (`保持在合理区间、各年度视情提出`, the national plan's GDP growth): there is no number
 * to reach, so the status is 数据暂缺 with that reason. The cell is read, not a parse problem.
 */
import { kindLabels } from "../../i18n/judge";
import { projectJudged } from "../projection";
import { classified, levelComparator } from "./classification";
import { carriedFrom, compact, noData, yearsLeft, type KindRules } from "./context";

/** 开放性目标: a target in words with no figure to compare with. */
export const open: KindRules = {
  kind: "open",
  label: kindLabels.open,
  heldToTimeProgress: false,
  classify: ({ target, direction }, shared) =>
    target?.kind === "open" ? classified(shared, "open", { target: null, satisfies: levelComparator(direction) }) : null,
  evaluate: (input) => noData({ code: "openTarget", text: compact(input.targetText) }, carriedFrom(input.classification, [])),
  project: ({ input, period }) => projectJudged(null, yearsLeft(input.plan, period)),
};
