/**
 * Change targets, relative to the base (`提高1岁`, `提高3个百分点`, `下降2个百分点`, `下降20%`,
 * `翻一番`, and a plan total `〔1〕` on a level indicator such as 人均预期寿命). The values observed
 * are either levels or the change itself, and the note says which reading was used:
 * - levels (the name does not state the change): the change sets a target level from the base —
 *   g = b ± c, b × (1 ± c%) for a percentage, b × 2 for `翻一番` — and the indicator is judged as a
 *   level toward it: r = (v − b) ÷ (g − b), which is (v − b) ÷ c in the indicator's good direction
 *   (for a percentage fall, (b − v) ÷ b against c%); without a base there is nothing to judge;
 * - changes (the name states the change, `…降低`, `…下降率`, `新增…`): r = v ÷ c, judged as a
 *   cumulative target (`cumulative.ts`).
 *
 * A 统计口径 column overrides the guess: `水平` reads levels, `累计` and `当年` the change itself.
 *
 * Choice where the specification is silent: a plan total `[c]` is a change from the base only on a
 * stock with a base value whose name does not state the change (人均预期寿命 77.3 with `〔1〕`); on a
 * flow (实际利用外资 in 亿美元) it stays a five-year sum.
 */
import { kindLabels } from "../../i18n/judge";
import type { ReasonPhrase } from "../phrases";
import type { CellReading } from "../types";
import { classified, isGrowthRateName, type Calibre, type Classification, type KindClues, type SharedClassification } from "./classification";
import { carriedFrom, compact, noData, type Evaluation, type KindRules, type ProjectionFacts, type RuleInput } from "./context";
import { cumulative } from "./cumulative";
import { evaluateTowardTarget, projectTowardTarget } from "./toward-target";

/** A name that states a change or a total rather than a level. */
const STATES_CHANGE = /降低率|下降率|降幅|减排率|减少率|提高率|(?:下降|降低|减少|提高|增加|提升)$|^(?:新增|累计)/u;

/**
 * Whether a name states the change itself (`单位GDP能源消耗降低`, `新增城镇就业人数`), not a level.
 * @example statesChange("单位GDP能源消耗降低") //=> true
 * @example statesChange("人均预期寿命") //=> false
 */
export function statesChange(compactName: string): boolean {
  return STATES_CHANGE.test(compactName);
}

/** The target level a change sets from the base. */
function goalFrom(target: CellReading & { kind: "change" }, base: number): number {
  if (target.factor) return base * target.value;
  const sign = target.change === "increase" ? 1 : -1;
  return target.percent ? base * (1 + (sign * target.value) / 100) : base + sign * target.value;
}

/** A change target as written, or a plan total on a stock with a base. */
function classifyChange(clues: KindClues, shared: SharedClassification): Classification | null {
  const { target, compactName, direction } = clues;
  const b = shared.base;
  const calibre = clues.calibre;
  if (target?.kind === "cumulative") {
    const guessed = clues.nature === "stock" && !statesChange(compactName) && !isGrowthRateName(compactName);
    const onLevel = target.change === undefined && b !== null && (calibre === "level" || (calibre === undefined && guessed));
    if (!onLevel) return null;
    const goal = direction === "higher" ? b + target.value : b - target.value;
    return byColumn(levels(shared, { text: compact(target.raw), goal, satisfies: direction === "higher" ? ">=" : "<=" }), calibre);
  }
  if (target?.kind !== "change") return null;
  if (calibre === "toDate" || calibre === "yearly" || (calibre === undefined && statesChange(compactName))) {
    const reasons: ReasonPhrase[] = [{ code: "changeAsChanges", text: compact(target.raw) }, ...(calibre ? [{ code: "calibreColumn", calibre } as const] : [])];
    return classified(shared, "change", { target: target.value, satisfies: ">=", changeReading: "changes", reasons, ...(calibre ? { calibre } : {}) });
  }
  const satisfies = target.change === "increase" ? ">=" : "<=";
  if (b === null) return classified(shared, "change", { target: null, satisfies, changeReading: "levels", blocked: { code: "changeNoBase", text: compact(target.raw) } });
  return byColumn(levels(shared, { text: compact(target.raw), goal: goalFrom(target, b), satisfies }), calibre);
}

/** A classification whose reading the 统计口径 column decided, saying so in the note. */
function byColumn(classification: Classification, calibre: Calibre | undefined): Classification {
  if (calibre === undefined) return classification;
  return { ...classification, calibre, reasons: [...classification.reasons, { code: "calibreColumn", calibre }] };
}

/** A change judged on levels toward the target level it sets. */
function levels(shared: SharedClassification, found: { text: string; goal: number; satisfies: ">=" | "<=" }): Classification {
  if (!Number.isFinite(found.goal)) {
    return classified(shared, "change", { target: null, satisfies: found.satisfies, changeReading: "levels", blocked: { code: "outOfRange" } });
  }
  const reasons: ReasonPhrase[] = [{ code: "changeAsLevels", text: found.text, base: shared.base ?? 0, goal: found.goal }];
  return classified(shared, "change", { target: found.goal, satisfies: found.satisfies, changeReading: "levels", reasons });
}

/** Judges a change target on levels or on the change itself. */
function evaluateChange(input: RuleInput): Evaluation {
  const c = input.classification;
  if (c.blocked) return noData(c.blocked, carriedFrom(c, []));
  return c.changeReading === "changes" ? cumulative.evaluate(input) : evaluateTowardTarget(input);
}

/** 较基期变化目标: a change from the base to reach. */
export const change: KindRules = {
  kind: "change",
  label: kindLabels.change,
  heldToTimeProgress: true,
  classify: classifyChange,
  evaluate: evaluateChange,
  project: (facts: ProjectionFacts) =>
    facts.input.classification.changeReading === "changes" ? cumulative.project(facts) : projectTowardTarget(facts),
};
