/**
 * 一键生成评估表 with the user's choices: the shared run (`runAssessment`) on a detected table, as
 * its grid was read — the plan and period the user chose, their settings — written in one write
 * that also saves whatever further properties the caller hands over (the pane's own choices).
 */
import type { Result } from "../core/types";
import type { Locale } from "../i18n/index";
import type { WorkbookHost } from "../workbook/host";
import { runAssessment, type RunOutcome } from "../workbook/run";
import type { PaneChoices } from "./choices";
import type { Detection, RunProgress } from "./workspace";

/** What an assessment with choices needs besides the host. */
export interface AssessOptions {
  detection: Detection;
  choices: PaneChoices;
  locale: Locale;
  /** The run's time stamp (ISO text). */
  generatedAt: string;
  /** Hears each step, for a progress bar. */
  onProgress?: (progress: RunProgress) => void;
  /** Further workbook properties the run's write saves with it. */
  saved?: Readonly<Record<string, string>>;
}

/**
 * Runs the shared assessment with the user's choices on a detected table and writes it.
 * @example (await assessWithChoices(host, { detection, choices, locale: "zh-CN", generatedAt: "2024-07-15T09:00:00+08:00" })).ok //=> true
 */
export async function assessWithChoices(host: WorkbookHost, options: AssessOptions): Promise<Result<RunOutcome>> {
  const { detection, choices } = options;
  const onProgress = options.onProgress ?? (() => undefined);
  const mapping = { ...detection.mapping, plan: choices.plan ?? detection.mapping.plan };
  const period = choices.period === null ? undefined : mapping.periods.find((entry) => entry.code === choices.period);
  onProgress({ step: "assessing", share: 0.4 });
  const run = await runAssessment(host, {
    generatedAt: options.generatedAt,
    mapping,
    grids: [detection.grid],
    settings: choices.settings,
    locale: options.locale,
    apply: false,
    ...(period ? { period } : {}),
  });
  if (!run.ok) return run;
  const plan = { ...run.value.plan, properties: { ...run.value.plan.properties, ...options.saved } };
  onProgress({ step: "writing", share: 0.6 });
  await host.applyPlan(plan);
  onProgress({ step: "saving", share: 0.9 });
  return { ok: true, value: { ...run.value, plan } };
}
