/**
 * The assessment engine's public face: `assess` for a whole table, `judgeIndicator` for one row,
 * the readers (periods, cells, names), the rules' parts, the summary, and the shared types.
 * Pure TypeScript: no host, no I/O.
 *
 * @example
 * assess({ plan: { baseYear: 2020, targetYear: 2025 }, period: periodOf(2023, 0.5), indicators: [] }).summary.mode
 * //=> "midTerm"
 */
export type * from "./types";

// Reading: periods, cells, names.
export {
  cleanLabel,
  comparePeriods,
  elapsedYears,
  findPeriod,
  formatPeriod,
  isValidPlan,
  labelLike,
  matchPeriodWords,
  nextPeriod,
  parseHeaderLabel,
  parsePeriod,
  periodOf,
  planFromName,
  timeProgress,
} from "./period";
export type { Cadence, HeaderLabel, HeaderWord } from "./period";
export { analyseCell, foldWidth, parseCell, removeSpaces, tokenize } from "./cell";
export type { Token, TokenKind } from "./cell";
export { isUnit, parseIndicatorName } from "./name";

// Settings and number formatting.
export { defaultSettings, parseSettings, resolveSettings, serialiseSettings, settingsProblems } from "./settings";
export { formatNumber, formatPercent, formatPoints, formatRate } from "./format";

// The judgement: direction, nature, kind, value used, realisation, status, projection.
export { compactNameOf, decideDirection, directionFromColumn, directionFromName } from "./direction";
export type { DirectionClues, DirectionDecision } from "./direction";
export { decideNature, natureFromColumn, natureFromName } from "./nature";
export type { NatureDecision, NatureSource } from "./nature";
export { classifyIndicator, isGrowthRateName, isNumeric, KINDS } from "./kinds";
export type { Classification, KindClues, KindRules } from "./kinds";
export {
  cellName,
  chooseLevelValue,
  inWindow,
  latestJudgement,
  numericPoints,
  readObservations,
  yearlyRates,
} from "./select";
export type { JudgementPoint, LevelChoice, ObservationsRead, ReadObservation, ValuePoint, Window } from "./select";
export {
  averageAnnualRate,
  compoundAnnualRate,
  compoundRealisation,
  cumulativeRealisation,
  EPSILON,
  finiteOrNull,
  isWorse,
  linearRealisation,
  maintainRealisation,
  meets,
  rateRealisation,
  ratioToTarget,
} from "./realisation";
export type { AverageRate } from "./realisation";
export { endOfPlanGrade, isEndOfPlan, progressStatus } from "./status";
export { changeSince, countChanges, latestEarlier } from "./change";
export type { ChangeCode, ChangeCounts, PreviousEntry } from "./change";
export type { EndOfPlanFacts } from "./status";
export {
  projectCumulative,
  projectJudged,
  projectLevel,
  projectMaintain,
  projectionBand,
  projectRate,
} from "./projection";
export type { LevelProjectionInput, Projection } from "./projection";
export { findGdpGrowth, isGdpName } from "./gdp";
export type { GdpCandidate } from "./gdp";
export { judgeIndicator, readIndicator } from "./judge";
export type { GdpGrowth, IndicatorReading, JudgeContext } from "./judge";

// The whole table, and its summary.
export { assess, latestObservedPeriod } from "./assess";
export {
  categoryOf,
  displayName,
  endOfPlanOf,
  GRADE_ORDER,
  gradeOf,
  isHeldToTimeProgress,
  lagsOf,
  measuredRealisation,
  narrativeEntry,
  olderDataOf,
  shownResults,
  STATUS_ORDER,
  summarise,
} from "./summary";
export type { ShownResults } from "./summary";
export { draftNarrative, narrativeSections } from "./narrative";
export type { NarrativeEntry, NarrativeInput, NarrativeSections } from "./narrative";
