/**
 * 一键生成评估表 in the pane: read the table again (the user may have corrected cells since), list
 * the values to check and wait for the user's word when there are any, run the assessment on what
 * was just read with progress, then show the result card and move focus to it.
 */
import { formatPeriod } from "../core/period";
import type { TaskpaneText } from "../i18n/taskpane";
import { suspectValues, type SuspectValue } from "./checks";
import type { MessageKind } from "./controls";
import { replaceChildren } from "./dom";
import { focusHeading, type PaneLayout } from "./layout";
import { canDownload, downloadBlob } from "./download";
import { renderChecks, renderResult } from "./render-result";
import { resultCard } from "./result-view";
import { runBlocker, runChoices, type PaneEvent, type PaneState, type RunBlocker } from "./state";
import type { AssessOutcome, Detection, RunProgress, Workspace } from "../app/workspace";
import { wordReportBlob } from "../app/word-report";

/** What the run needs from the pane's controller. */
export interface RunContext {
  readonly state: PaneState;
  readonly layout: PaneLayout;
  readonly text: TaskpaneText;
  readonly workspace: Workspace;
  readonly options: { copy(text: string): Promise<boolean>; platform?: string | null };
  dispatch(event: PaneEvent): void;
  say(kind: MessageKind, message: string): void;
  /** Runs an action with the buttons disabled, turning failures into messages. */
  guard(action: () => Promise<void>): Promise<void>;
  /** Reads the table again; null (with a message said) when it is no longer found. */
  refresh(): Promise<Detection | null>;
  /** Renders 规划期与评估期 again (to open 高级设置 on its errors). */
  renderPeriods(): void;
}

/**
 * Runs 一键生成评估表: `confirmed` once the user has seen the values to check.
 * @example await assessInPane(controller, false) // the checks card, or the result card
 */
export async function assessInPane(context: RunContext, confirmed: boolean): Promise<void> {
  const { text, layout } = context;
  await context.guard(async () => {
    replaceChildren(layout.slots.checks, []);
    const onProgress = (step: RunProgress): void => layout.bar.set(step.share, progressText(step, text));
    // The table is read here, once: the run assesses what this reading found.
    onProgress({ step: "reading", share: 0.05 });
    const detection = await context.refresh();
    if (!detection) return;
    const stop = runBlocker(context.state, detection);
    if (stop) {
      context.say("warning", blockerText(context, stop));
      return;
    }
    const suspects = suspectValues(detection.inputs, context.state.choices.jumpThreshold);
    const fingerprint = JSON.stringify(suspects);
    if (suspects.length > 0 && !confirmed && fingerprint !== context.state.acknowledged) {
      showChecks(context, detection, { suspects, fingerprint });
      return;
    }
    const outcome = await context.workspace.assess(detection, runChoices(context.state, detection.sheet), onProgress);
    if (!outcome.ok) context.say("error", outcome.problem.message);
    else showResult(context, detection, outcome.value);
  });
}

/** The message of what stops a run; 高级设置 is opened to show its errors. */
function blockerText(context: RunContext, blocker: RunBlocker): string {
  switch (blocker) {
    case "noPlan":
      return context.text.errors.noPlan;
    case "noPeriods":
      return context.text.errors.noPeriods;
    case "settings":
      context.dispatch({ type: "advancedToggled", open: true });
      context.renderPeriods();
      return context.text.advanced.notNumber;
    default: {
      const unexpected: never = blocker;
      return unexpected;
    }
  }
}

/** Shows 数据核对 in place of the result, and goes on when the user says so. */
function showChecks(context: RunContext, detection: Detection, found: { suspects: SuspectValue[]; fingerprint: string }): void {
  const { slots } = context.layout;
  replaceChildren(slots.result, []);
  const card = renderChecks(found.suspects, context.text, {
    locate: (ref) => void context.guard(() => context.workspace.select(detection.sheet, ref)),
    proceed: () => {
      context.dispatch({ type: "checksAcknowledged", fingerprint: found.fingerprint });
      void assessInPane(context, true);
    },
    back: () => replaceChildren(slots.checks, []),
  });
  replaceChildren(slots.checks, [card]);
  focusHeading(card);
}

/** Shows the result card of a run and moves focus to it. */
function showResult(context: RunContext, detection: Detection, outcome: AssessOutcome): void {
  const { text } = context;
  const { assessment, inputs, problems, comparison } = outcome;
  const periodLabel = assessment.period ? formatPeriod(assessment.period) : text.result.noAverage;
  const card = renderResult({
    card: resultCard({ assessment, inputs, tableProblems: problems, text, ...(comparison ? { comparison } : {}) }),
    periodLabel,
    text,
    handlers: {
      locate: (ref) => void context.guard(() => context.workspace.select(detection.sheet, ref)),
      copy: (paragraphs) =>
        void context.options.copy(paragraphs).then((copied) =>
          copied ? context.say("success", text.result.copied) : context.say("warning", text.result.copyFailed),
        ),
      exportReport: () => void exportReport(context, assessment),
    },
  });
  replaceChildren(context.layout.slots.result, [card]);
  context.say("success", text.result.written);
  focusHeading(card);
}

/** 导出报告（Word）: the document built in the pane and downloaded where the platform allows. */
async function exportReport(context: RunContext, assessment: AssessOutcome["assessment"]): Promise<void> {
  const { text } = context;
  if (!canDownload(context.options.platform)) {
    context.say("warning", text.result.exportUnavailable);
    return;
  }
  try {
    const started = downloadBlob(await wordReportBlob(assessment), text.result.reportName);
    context.say(started ? "success" : "warning", started ? text.result.exported(text.result.reportName) : text.result.exportFailed);
  } catch {
    context.say("warning", text.result.exportFailed);
  }
}

/**
 * The progress line of a run step.
 * @example progressText({ step: "writing", share: 0.6 }, taskpaneZhCN) //=> "正在写入评估结果…"
 */
export function progressText(progress: RunProgress, text: TaskpaneText): string {
  return text.progress[progress.step];
}
