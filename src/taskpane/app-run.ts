/**
 * 一键生成评估表 in the pane: read the table again (the user may have corrected cells since), list
 * the values to check and wait for the user's word when there are any, run the assessment on what
 * was just read with progress, then show the result card and move focus to it.
 */
import { formatPeriod, isValidPlan } from "../core/period";
import type { Plan } from "../core/types";
import type { TaskpaneText } from "../i18n/taskpane";
import { suspectValues } from "./checks";
import type { MessageKind, Progress } from "./controls";
import { replaceChildren } from "./dom";
import { parsePlanText } from "./plan-text";
import { renderChecks, renderResult } from "./render-result";
import { resultCard } from "./result-view";
import { readSettingsForm, type SettingsForm } from "./settings-form";
import type { Detection, PaneChoices, RunProgress, Workspace } from "../app/workspace";

/** What the run needs from the pane's controller. */
export interface RunContext {
  workspace: Workspace;
  text: TaskpaneText;
  bar: Progress;
  checksSlot: HTMLElement;
  resultSlot: HTMLElement;
  say(kind: MessageKind, message: string): void;
  /** Runs an action with the buttons disabled, turning failures into messages. */
  guard(action: () => Promise<void>): Promise<void>;
  /** Reads the table again; null (with a message said) when it is no longer found. */
  refresh(): Promise<Detection | null>;
  /** The pane's state the run reads and marks. */
  state: { choices: PaneChoices; form: SettingsForm; planText: string; acknowledged: string | null };
  /** The plan in force (typed, else read from the headers). */
  plan(): Plan | null;
  /** Opens 高级设置 to show its errors. */
  showSettings(): void;
  copy(text: string): Promise<boolean>;
}

/** Moves focus to a card's heading so keyboard and screen-reader users land on the news. */
function focusHeading(card: HTMLElement): void {
  const heading = card.querySelector<HTMLElement>("h2");
  if (!heading) return;
  heading.setAttribute("tabindex", "-1");
  heading.focus();
  card.scrollIntoView?.({ block: "start" });
}

/** Whether the pane's inputs allow a run; says what to correct when not. */
function blocker(context: RunContext, detection: Detection): string | null {
  const { text, state } = context;
  const plan = context.plan();
  if (!plan || !isValidPlan(plan) || (state.planText !== "" && !parsePlanText(state.planText))) return text.errors.noPlan;
  if (detection.mapping.periods.length === 0) return text.errors.noPeriods;
  if (!readSettingsForm(state.form, state.choices.settings).ok) {
    context.showSettings();
    return text.advanced.notNumber;
  }
  return null;
}

/**
 * Runs 一键生成评估表: `confirmed` once the user has seen the values to check.
 * @example await assessInPane(context, false) // the checks card, or the result card
 */
export async function assessInPane(context: RunContext, confirmed: boolean): Promise<void> {
  const { text, state } = context;
  await context.guard(async () => {
    replaceChildren(context.checksSlot, []);
    const onProgress = (step: RunProgress): void => context.bar.set(step.share, progressText(step, text));
    // The table is read here, once: the run assesses what this reading found.
    onProgress({ step: "reading", share: 0.05 });
    const detection = await context.refresh();
    if (!detection) return;
    const stop = blocker(context, detection);
    if (stop) {
      context.say("warning", stop);
      return;
    }
    const suspects = suspectValues(detection.inputs, state.choices.jumpThreshold);
    const fingerprint = JSON.stringify(suspects);
    if (suspects.length > 0 && !confirmed && fingerprint !== state.acknowledged) {
      replaceChildren(context.resultSlot, []);
      const card = renderChecks(suspects, text, {
        locate: (ref) => void context.guard(() => context.workspace.select(detection.sheet, ref)),
        proceed: () => {
          state.acknowledged = fingerprint;
          void assessInPane(context, true);
        },
        back: () => replaceChildren(context.checksSlot, []),
      });
      replaceChildren(context.checksSlot, [card]);
      focusHeading(card);
      return;
    }
    const choices = { ...state.choices, sheet: detection.sheet, plan: context.plan() };
    const outcome = await context.workspace.assess(detection, choices, onProgress);
    if (!outcome.ok) {
      context.say("error", outcome.problem.message);
      return;
    }
    const { assessment, inputs, problems } = outcome.value;
    const periodLabel = assessment.period ? formatPeriod(assessment.period) : text.result.noAverage;
    const card = renderResult(resultCard(assessment, inputs, problems, text), periodLabel, text, {
      locate: (ref) => void context.guard(() => context.workspace.select(detection.sheet, ref)),
      copy: (paragraphs) =>
        void context.copy(paragraphs).then((copied) =>
          copied ? context.say("success", text.result.copied) : context.say("warning", text.result.copyFailed),
        ),
    });
    replaceChildren(context.resultSlot, [card]);
    context.say("success", text.result.written);
    focusHeading(card);
  });
}

/**
 * The progress line of a run step.
 * @example progressText({ step: "writing", share: 0.6 }, taskpaneZhCN) //=> "正在写入评估结果…"
 */
export function progressText(progress: RunProgress, text: TaskpaneText): string {
  return text.progress[progress.step];
}
