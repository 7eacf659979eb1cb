/**
 * Period columns and the plan: which column is the target (目标值), which the base (基期值), which
 * are observations (2021年, 2022年上半年, 2020年预计值 at the end of a plan …) and which growth
 * columns are the target's or the actual rate (“十三五”目标/实绩 × 年均增长); and the plan's base
 * and target years, with the evidence for each choice.
 *
 * Choices, in order:
 * - Target: the first header saying 目标; else the year-only column at the target year of a plan
 *   named in the headers, the title or the sheet name (十四五 → 2025); else, when no plan is named,
 *   the latest year-only column if a full year five years earlier stands beside it (2020年 and
 *   2025年). Otherwise there is no target column, and the mapping says so.
 * - Base: the first header saying 基期; else the full-year column at the base year (from the named
 *   plan, or five years before the target year: plans are five-year plans). `2020年实绩` and
 *   `2020年预计值` are the base of a 2021–2025 plan, but an observation of a 2016–2020 plan.
 * - Other period columns after the base year are observations; earlier ones are kept, not read, and
 *   so are later ones than the target year (not part of the plan: a problem names each). A second
 *   column of the same period (two 2022年) is not read either; a problem names both.
 * - A growth column under 目标 is the target rate; under 实绩/预计, or a second plain one, the
 *   actual rate, for the period of the observation column to its left (else the target year).
 */
import { periodOf } from "../core/period";
import type { Period, Plan, Problem } from "../core/types";
import type { ColumnEvidence, ColumnMapping, ColumnRole, PlanEvidence } from "./types";
import type { HeaderColumn } from "./header";
import type { DraftColumn } from "./roles";
import { workbookMessages } from "../i18n/workbook";
import { columnLetters } from "./address";

/** A plan named somewhere near the table (`“十四五”`), and the text that named it. */
export interface PlanHint {
  plan: Plan;
  source: string;
}

/** Every column settled, the plan and its evidence, the observation periods and any problems. */
export interface SettledColumns {
  columns: ColumnMapping[];
  plan: Plan | null;
  planEvidence: PlanEvidence;
  periods: Period[];
  problems: Problem[];
}

/** Plans are five-year plans: with no base column, the base year is five years before the target. */
const PLAN_LENGTH = 5;

/**
 * Settles period and growth columns and reads the plan.
 * @example settleColumns(draftColumns(band, undefined), { plan: { baseYear: 2020, targetYear: 2025 }, source: "十四五" }).plan
 * //=> { baseYear: 2020, targetYear: 2025 }
 */
export function settleColumns(drafts: DraftColumn[], hint: PlanHint | null): SettledColumns {
  const roles = new Map<number, ColumnMapping>();
  const keep = (settled: readonly ColumnMapping[]): void => {
    for (const mapping of settled) roles.set(mapping.column, mapping);
  };
  keep(drafts.flatMap((draft) => (draft.state === "settled" ? [draft.mapping] : [])));
  const candidates = drafts.flatMap((draft) => (draft.state === "period" ? [draft.header] : []));
  const growth = drafts.flatMap((draft) => (draft.state === "growth" ? [draft.header] : []));

  const { target, settled: targets } = chooseTarget(candidates, hint);
  keep(targets);
  const targetYear = target?.label.year ?? hint?.plan.targetYear ?? null;
  const trustedHint = hint && (targetYear === null || hint.plan.targetYear === targetYear) ? hint : null;
  const expectedBase = trustedHint?.plan.baseYear ?? (targetYear === null ? null : targetYear - PLAN_LENGTH);
  const { base, settled: bases } = chooseBase({ candidates, target, expectedBase, targetYear });
  keep(bases);
  const { plan, planEvidence } = readPlan({ target, base, targetYear, hint: trustedHint });
  keep(candidates.filter((header) => header !== target && header !== base).map((header) => periodColumn(header, plan)));
  keep(settleGrowth({ growth, target, roles, plan }));

  const settledColumns = drafts.map((draft) => roles.get(draft.header.column)).filter((m): m is ColumnMapping => !!m);
  const { columns, problems: periodProblems } = checkPeriods(settledColumns, plan);
  const periods = columns.flatMap((m) => (m.role === "observation" && m.period ? [m.period] : []));
  const problems = [...planProblems({ target, base, plan, hint, targetYear }), ...periodProblems];
  return { columns, plan, planEvidence, periods, problems };
}

/** A column settled: its role, why, and the period it holds. */
function settle(header: HeaderColumn, role: ColumnRole, evidence: ColumnEvidence, period?: Period): ColumnMapping {
  const mapping: ColumnMapping = { column: header.column, role, header: header.header, evidence };
  if (period) mapping.period = period;
  return mapping;
}

/**
 * The observation columns checked: a second column of a period already read (two 2022年) is not
 * read, with a problem naming both; a column after the plan's target year (settled as not read)
 * gets a problem naming it.
 */
function checkPeriods(columns: readonly ColumnMapping[], plan: Plan | null): { columns: ColumnMapping[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const seen = new Map<string, ColumnMapping>();
  const checked = columns.map((mapping): ColumnMapping => {
    if (mapping.evidence.code === "afterTarget" && plan) {
      problems.push({
        code: "table.period_after_target",
        message: workbookMessages.afterTargetYear(mapping.header, columnLetters(mapping.column), plan.targetYear),
      });
    }
    if (mapping.role !== "observation" || !mapping.period) return mapping;
    const first = seen.get(mapping.period.code);
    if (!first) {
      seen.set(mapping.period.code, mapping);
      return mapping;
    }
    problems.push({
      code: "table.duplicate_period",
      message: workbookMessages.duplicatePeriod(first.header, columnLetters(first.column), mapping.header, columnLetters(mapping.column)),
    });
    return { column: mapping.column, role: "other", header: mapping.header, evidence: { code: "duplicatePeriod", header: mapping.header, first: first.header } };
  });
  return { columns: checked, problems };
}

/** What is missing or contradictory in the table's target, base and plan. */
function planProblems(found: {
  target: HeaderColumn | null;
  base: HeaderColumn | null;
  plan: Plan | null;
  hint: PlanHint | null;
  targetYear: number | null;
}): Problem[] {
  const { target, base, plan, hint, targetYear } = found;
  const problems: Problem[] = [];
  if (!target) problems.push({ code: "table.no_target_column", message: workbookMessages.noTargetColumn });
  if (!base) problems.push({ code: "table.no_base_column", message: workbookMessages.noBaseColumn });
  if (!plan) problems.push({ code: "table.plan_unknown", message: workbookMessages.planUnknown });
  if (hint && targetYear !== null && hint.plan.targetYear !== targetYear) {
    problems.push({
      code: "table.plan_mismatch",
      message: workbookMessages.planMismatch(hint.source, hint.plan.targetYear, targetYear),
    });
  }
  return problems;
}

/** A period column that is neither target nor base: an observation after the base year, else kept unread. */
function periodColumn(header: HeaderColumn, plan: Plan | null): ColumnMapping {
  const period = header.label.period;
  const shown = header.header;
  if (!period) return settle(header, "other", { code: "noPeriod", header: shown });
  if (plan && period.year <= plan.baseYear) return settle(header, "other", { code: "beforeBase", header: shown, year: period.year });
  if (plan && period.year > plan.targetYear) return settle(header, "other", { code: "afterTarget", header: shown, year: period.year });
  if (plan && period.year === plan.targetYear && atTargetWords(header)) {
    return settle(header, "observation", { code: "observationAtTarget", header: shown, period }, period);
  }
  return settle(header, "observation", { code: "observation", header: shown, period }, period);
}

/** The target column, per the module's rules, and the columns it settles; extra 目标 columns are kept, not read. */
function chooseTarget(candidates: HeaderColumn[], hint: PlanHint | null): { target: HeaderColumn | null; settled: ColumnMapping[] } {
  const worded = candidates.filter((header) => header.label.words.includes("target"));
  const first = worded[0];
  if (first) {
    const extras = worded.slice(1).map((extra) => settle(extra, "other", { code: "extraTarget", header: extra.header }));
    const evidence: ColumnEvidence = { code: "targetWord", header: first.header, year: first.label.year ?? null };
    return { target: first, settled: [settle(first, "target", evidence), ...extras] };
  }
  const yearOnly = candidates.filter((h) => h.label.words.length === 0 && h.label.period?.fraction === 1);
  const atPlanYear = hint && yearOnly.find((h) => h.label.year === hint.plan.targetYear);
  if (hint && atPlanYear) {
    const evidence: ColumnEvidence = { code: "targetPlanYear", header: atPlanYear.header, year: hint.plan.targetYear, source: hint.source };
    return { target: atPlanYear, settled: [settle(atPlanYear, "target", evidence)] };
  }
  if (hint) return { target: null, settled: [] };
  const latest = yearOnly.reduce<HeaderColumn | null>(
    (best, h) => (best === null || (h.label.year ?? 0) > (best.label.year ?? 0) ? h : best),
    null,
  );
  const year = latest?.label.year;
  const baseBeside = year !== undefined && candidates.some((h) => h.label.year === year - PLAN_LENGTH && h.label.period?.fraction === 1);
  if (latest && year !== undefined && baseBeside) {
    return { target: latest, settled: [settle(latest, "target", { code: "targetLatestYear", header: latest.header, year })] };
  }
  return { target: null, settled: [] };
}

/** What the base column is chosen from: the period columns, the target found, the years expected. */
interface BaseSearch {
  candidates: HeaderColumn[];
  target: HeaderColumn | null;
  expectedBase: number | null;
  targetYear: number | null;
}

/** The base column: a header saying 基期, else the full-year column at the expected base year. */
function chooseBase(search: BaseSearch): { base: HeaderColumn | null; settled: ColumnMapping[] } {
  const { candidates, target, expectedBase, targetYear } = search;
  const others = candidates.filter((h) => h !== target && !h.label.words.includes("target"));
  const worded = others.find((h) => h.label.words.includes("base"));
  if (worded) {
    const evidence: ColumnEvidence = { code: "baseWord", header: worded.header, year: worded.label.year ?? null };
    return { base: worded, settled: [settle(worded, "base", evidence)] };
  }
  if (expectedBase === null || targetYear === null) return { base: null, settled: [] };
  const atYear = others.find((h) => h.label.year === expectedBase && h.label.period?.fraction === 1);
  if (!atYear) return { base: null, settled: [] };
  const evidence: ColumnEvidence = { code: "baseYear", header: atYear.header, year: expectedBase, targetYear };
  return { base: atYear, settled: [settle(atYear, "base", evidence)] };
}

/** The plan from the target and base columns, the named plan, or five years before the target. */
function readPlan(found: {
  target: HeaderColumn | null;
  base: HeaderColumn | null;
  targetYear: number | null;
  hint: PlanHint | null;
}): { plan: Plan | null; planEvidence: PlanEvidence } {
  const { target, base, targetYear, hint } = found;
  if (targetYear === null) return { plan: null, planEvidence: { code: "unknown" } };
  if (!target) {
    if (!hint) return { plan: null, planEvidence: { code: "unknown" } };
    const { baseYear, targetYear: planTarget } = hint.plan;
    return { plan: hint.plan, planEvidence: { code: "fromName", source: hint.source, baseYear, targetYear: planTarget } };
  }
  const baseYear = base?.label.year;
  const targetHeader = target.header;
  if (base && baseYear !== undefined && baseYear < targetYear) {
    return { plan: { baseYear, targetYear }, planEvidence: { code: "fromColumns", baseHeader: base.header, baseYear, targetHeader, targetYear } };
  }
  if (hint) {
    const plan = { baseYear: hint.plan.baseYear, targetYear };
    return { plan, planEvidence: { code: "baseFromName", source: hint.source, baseYear: plan.baseYear, targetHeader, targetYear } };
  }
  const plan = { baseYear: targetYear - PLAN_LENGTH, targetYear };
  return { plan, planEvidence: { code: "baseAssumed", targetHeader, targetYear, baseYear: plan.baseYear } };
}

/** Whether a header names an actual or estimated value (实绩, 预计值, 实际) rather than a bare year. */
function atTargetWords(header: HeaderColumn): boolean {
  return header.label.words.some((word) => word === "actual" || word === "estimate");
}

/** Growth columns: the target's rate and the actual rate, each once; the columns settled so far tell the periods. */
function settleGrowth(found: {
  growth: HeaderColumn[];
  target: HeaderColumn | null;
  roles: ReadonlyMap<number, ColumnMapping>;
  plan: Plan | null;
}): ColumnMapping[] {
  const { growth, target, roles, plan } = found;
  const settled: ColumnMapping[] = [];
  const set = (...args: Parameters<typeof settle>): void => void settled.push(settle(...args));
  let targetGrowth = false;
  let actualGrowth = false;
  for (const header of growth) {
    const words = header.label.words;
    const saysTarget = words.includes("target");
    const saysActual = words.includes("actual") || words.includes("estimate");
    const besideTarget = !saysActual && target !== null && header.column === target.column + 1;
    if (!targetGrowth && (saysTarget || besideTarget)) {
      targetGrowth = true;
      set(header, "targetGrowth", { code: "targetGrowth", header: header.header });
      continue;
    }
    const period = header.label.period ?? observedBefore(header.column, roles) ?? targetPeriod(plan);
    if (!actualGrowth && !saysTarget && period) {
      actualGrowth = true;
      set(header, "actualGrowth", { code: "actualGrowth", header: header.header, period }, period);
      continue;
    }
    set(header, "other", { code: period ? "extraGrowth" : "noPeriod", header: header.header });
  }
  return settled;
}

/** The period of the nearest observation column left of a column. */
function observedBefore(column: number, roles: ReadonlyMap<number, ColumnMapping>): Period | undefined {
  let found: ColumnMapping | undefined;
  for (const mapping of roles.values()) {
    if (mapping.role !== "observation" || mapping.column >= column) continue;
    if (!found || mapping.column > found.column) found = mapping;
  }
  return found?.period;
}

/** The plan's target year as a full-year period. */
function targetPeriod(plan: Plan | null): Period | undefined {
  return plan ? periodOf(plan.targetYear, 1) : undefined;
}
