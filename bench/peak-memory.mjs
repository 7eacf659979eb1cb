// Preloaded into a measured child process (`node --import ./bench/peak-memory.mjs …`): at exit it
// writes the process's peak resident set size, in kilobytes, to the file named by
// PLAN_ASSESS_PEAK_FILE (getrusage's ru_maxrss, https://nodejs.org/api/process.html#processresourceusage).
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.PLAN_ASSESS_PEAK_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
