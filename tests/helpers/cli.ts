/**
 * The command line run in this process, as the tests run it: its streams captured and its clock
 * fixed, so a run's output can be compared with what a test expects.
 */
import { main, type CliStreams } from "../../src/cli/main";

/** What a run printed and returned. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** The clock the tests' runs read unless they say otherwise. */
export const TEST_NOW = new Date("2023-08-01T02:00:00Z");

/**
 * Runs `plan-assess` with these arguments; what it printed and its exit code.
 * @example (await runCli(["assess", "表.xlsx", "--json"])).code //=> 0
 */
export async function runCli(argv: readonly string[], now: Date = TEST_NOW): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const streams: CliStreams = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    now: () => now,
  };
  const code = await main([...argv], streams);
  return { code, stdout, stderr };
}
