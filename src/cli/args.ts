/**
 * The command line's arguments: `plan-assess assess <input.xlsx> [--out FILE] [--report FILE.docx] [--sheet NAME]
 * [--period LABEL] [--plan 2021-2025] [--placement beside|sheet] [--json]`, read with `node:util`'s
 * `parseArgs` (strict: an unknown option is a usage error). `--out=FILE` is read as `--out FILE`
 * (parseArgs does so); a flag also takes `=1`/`=true` or `=0`/`=false` (`--json=1`). A usage error is a value, its problem the Chinese message (in
 * `src/i18n/cli.ts`); the caller exits with code 2.
 */
import { parseArgs } from "node:util";
import { isValidPlan, parsePeriod } from "../core/period";
import type { Period, Plan, Result } from "../core/types";
import { usageErrors } from "../i18n/cli";
import type { Placement } from "../workbook/plan";

/** What the user asked for. */
export type Command =
  | { kind: "help" }
  | {
      kind: "assess";
      input: string;
      out?: string;
      /** The Word report's file (`--report 报告.docx`). */
      report?: string;
      sheet?: string;
      period?: Period;
      plan?: Plan;
      placement?: Placement;
      json: boolean;
    };

/** The arguments, or the usage error's message. */
export type ParsedArguments = Result<Command, string>;

/** A usage error. */
function usageError(message: string): ParsedArguments {
  return { ok: false, problem: message };
}

/**
 * Reads a plan period written `2021-2025` (also `2021–2025`, `2021~2025`, `2021至2025`): the first
 * year of the plan and its target year; the base year is the year before the first.
 * @example parsePlanOption("2021-2025") //=> { baseYear: 2020, targetYear: 2025 }
 * @example parsePlanOption("2025") //=> null
 */
export function parsePlanOption(text: string): Plan | null {
  const match = /^\s*(\d{4})\s*(?:-|–|—|~|～|至|到)\s*(\d{4})\s*$/u.exec(text);
  if (!match) return null;
  const plan = { baseYear: Number(match[1]) - 1, targetYear: Number(match[2]) };
  return isValidPlan(plan) ? plan : null;
}

/**
 * Reads the command line (without `node` and the script).
 * @example parseArguments(["assess", "表.xlsx", "--json"]) //=> { ok: true, value: { kind: "assess", input: "表.xlsx", json: true } }
 * @example parseArguments(["assess"]) //=> { ok: false, problem: "缺少输入文件：请在 assess 之后给出 .xlsx 文件路径。" }
 */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  const flags = withFlagValues(argv);
  if (!flags.ok) return usageError(flags.problem);
  let parsed: ReturnType<typeof readOptions>;
  try {
    parsed = readOptions(flags.value);
  } catch (error) {
    return usageError(usageErrors.badOption(optionDetail(error)));
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, value: { kind: "help" } };
  const [command, input, ...extra] = positionals;
  if (command === undefined) return usageError(usageErrors.noCommand);
  if (command !== "assess") return usageError(usageErrors.unknownCommand(command));
  if (input === undefined || input.trim() === "") return usageError(usageErrors.noInput);
  if (extra.length > 0) return usageError(usageErrors.extraArguments(extra));

  const assess: Extract<Command, { kind: "assess" }> = { kind: "assess", input, json: values.json === true };
  if (values.out !== undefined) assess.out = values.out;
  if (values.report !== undefined) assess.report = values.report;
  if (values.sheet !== undefined) assess.sheet = values.sheet;
  if (values.plan !== undefined) {
    const plan = parsePlanOption(values.plan);
    if (!plan) return usageError(usageErrors.badPlan(values.plan));
    assess.plan = plan;
  }
  if (values.placement !== undefined) {
    const placement = PLACEMENTS[values.placement.trim().toLowerCase()];
    if (!placement) return usageError(usageErrors.badPlacement(values.placement));
    assess.placement = placement;
  }
  if (values.period !== undefined) {
    const period = parsePeriod(values.period);
    if (!period) return usageError(usageErrors.badPeriod(values.period));
    assess.period = period;
  }
  return { ok: true, value: assess };
}

/** `--placement`'s words. */
const PLACEMENTS: Record<string, Placement> = { beside: "beside", sheet: "separateSheet" };

/** The command line's flags (options without a value). */
const FLAGS = ["json", "help"] as const;
const TRUE_WORDS = new Set(["", "1", "true", "yes", "on"]);
const FALSE_WORDS = new Set(["0", "false", "no", "off"]);

/**
 * The arguments with `--flag=1` written `--flag` and `--flag=0` left out (parseArgs takes no value
 * for a boolean option), up to a `--` that ends the options.
 * @example withFlagValues(["assess", "a.xlsx", "--json=1"]) //=> { ok: true, value: ["assess", "a.xlsx", "--json"] }
 */
export function withFlagValues(argv: readonly string[]): Result<string[], string> {
  const result: string[] = [];
  for (const [index, argument] of argv.entries()) {
    if (argument === "--") {
      result.push(...argv.slice(index));
      break;
    }
    const match = /^--([a-z]+)=(.*)$/su.exec(argument);
    const flag = FLAGS.find((name) => name === match?.[1]);
    if (!match || !flag) {
      result.push(argument);
      continue;
    }
    const word = (match[2] ?? "").trim().toLowerCase();
    if (TRUE_WORDS.has(word)) result.push(`--${flag}`);
    else if (!FALSE_WORDS.has(word)) return { ok: false, problem: usageErrors.badOption(usageErrors.badFlag(`--${flag}`, match[2] ?? "")) };
  }
  return { ok: true, value: result };
}

/**
 * Whether the arguments ask for JSON output, read before they are parsed, so that a usage error
 * is reported as JSON too.
 * @example wantsJson(["assess", "--json=1", "--colour"]) //=> true
 */
export function wantsJson(argv: readonly string[]): boolean {
  const flags = withFlagValues(argv.filter((argument) => argument.startsWith("--json")));
  return flags.ok && flags.value.includes("--json");
}

/** `parseArgs` with the command line's options. */
function readOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: "string" },
      report: { type: "string" },
      sheet: { type: "string" },
      period: { type: "string" },
      plan: { type: "string" },
      placement: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** What `parseArgs` objected to, in Chinese where its error code says what. */
function optionDetail(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/u.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return usageErrors.unknownOption(option);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return usageErrors.optionNeedsValue(option);
    default:
      return message;
  }
}
