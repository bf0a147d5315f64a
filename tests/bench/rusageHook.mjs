// Loaded with `node --import` by stress.bench.ts around the bundled CLI: on the main thread's
// exit, the whole process's resource usage (worker threads included: they are threads of this
// process) on stderr as one `RUSAGE {json}` line — user and system CPU in µs, peak RSS in KiB.
// Worker threads inherit `--import`; they report nothing.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    const r = process.resourceUsage();
    process.stderr.write(`\nRUSAGE ${JSON.stringify({ user: r.userCPUTime, system: r.systemCPUTime, maxRSS: r.maxRSS })}\n`);
  });
}
