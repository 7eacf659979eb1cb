/**
 * 指标类型: the table of target kinds, one row per `IndicatorKind`, each row in the file named
 * after its kind. A row says how an indicator is recognised as its kind (`classify`), judged
 * (`evaluate`) and projected (`project`), whether its status is held to time progress, and its
 * name. A new kind is one new file and one new row here; the compiler finds the row missing.
 *
 * Classification tries the rows in the table's order and the first that answers decides (see
 * `classification.ts` for the rules in words); `level`, last, takes every row the others leave.
 */
import type { IndicatorKind } from "../types";
import { band } from "./band";
import { bound } from "./bound";
import { change } from "./change";
import { sharedClassification, type Classification, type KindClues } from "./classification";
import type { KindRules } from "./context";
import { cumulative } from "./cumulative";
import { directional } from "./directional";
import { level } from "./level";
import { maintain } from "./maintain";
import { open } from "./open";
import { qualitative } from "./qualitative";
import { rate } from "./rate";
import { relative } from "./relative";

export type { Classification, KindClues, SharedClassification } from "./classification";
export { isGrowthRateName, isNumeric } from "./classification";
export type { Evaluation, GdpGrowth, KindRules, ProjectionFacts, RuleInput } from "./context";
export { olderDataNote } from "./context";

/** Every kind's rules, in the order classification tries them. */
export const KINDS = {
  qualitative,
  relative,
  open,
  directional,
  band,
  change,
  cumulative,
  rate,
  bound,
  maintain,
  level,
} as const satisfies Record<IndicatorKind, KindRules>;

/** The rows in the order classification tries them. */
const CLASSIFY_ORDER: readonly KindRules[] = Object.values(KINDS);

/**
 * Classifies an indicator and fixes the numbers its rules use.
 * @example classifyIndicator({ compactName: "空气质量优良天数比例", unit: "%", direction: "higher", base: parseCell(89.3).value, target: parseCell(87).value, growth: null, plan: { baseYear: 2020, targetYear: 2025 } })
 * //=> { kind: "bound", base: 89.3, target: 87, satisfies: ">=", flags: ["floor_target"], … }
 */
export function classifyIndicator(clues: KindClues): Classification {
  const shared = sharedClassification(clues);
  for (const rules of CLASSIFY_ORDER) {
    const classification = rules.classify(clues, shared);
    if (classification !== null) return classification;
  }
  throw new Error("the level row classifies every indicator");
}
