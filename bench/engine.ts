/**
 * `npx tsx bench/engine.ts [rows] [runs]`: the engine alone, as `npm run bench` measures it
 * (`assess` on generated indicator rows, rows per second), repeated so a busy machine shows as
 * spread rather than as one unlucky figure. Each run is timed cold (fresh inputs, one warm-up of
 * 2,000 rows in the process) and printed with the load average beside it, and with the CPU time
 * the process used (all its threads, the collector's included), which a busy machine disturbs less.
 *
 * The rows are the ones `bench/run.ts` generates (`bench/rows.ts`).
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { assess } from "../src/core/assess";
import { engineInputs } from "./rows";


function main(): void {
  const rows = Number(process.argv[2] ?? 100_000);
  const runs = Number(process.argv[3] ?? 5);
  const plan = { baseYear: 2020, targetYear: 2025 };
  assess({ plan, indicators: engineInputs(2_000) });
  const figures: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const indicators = engineInputs(rows);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = assess({ plan, indicators });
    const cpu = process.cpuUsage(cpuStart);
    const seconds = (performance.now() - start) / 1000;
    if (result.judgements.length !== rows) throw new Error("the engine lost rows");
    const perSecond = Math.round(rows / seconds);
    figures.push(perSecond);
    const load = loadavg().map((value) => value.toFixed(2)).join(" ");
    process.stdout.write(`run ${run + 1}: ${perSecond.toLocaleString("en-US")} rows/s (${seconds.toFixed(3)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s), load ${load}\n`);
  }
  const sorted = [...figures].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  process.stdout.write(`median ${median.toLocaleString("en-US")} rows/s over ${runs} runs\n`);
}

main();
