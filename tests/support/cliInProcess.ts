/**
 * Runs the `townfisc` program in this process (`src/cli/runCli.ts`), capturing stdout and
 * stderr: many hostile inputs per test process instead of one spawn (≈ 1 s) each.
 * Calls are serialised (the program writes to the process's streams).
 */
import { runCli } from '../../src/cli/runCli.ts';
import type { CliRun } from './cli.ts';

let queue: Promise<unknown> = Promise.resolve();

async function capture(args: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const { stdout, stderr } = process;
  const origOut = stdout.write.bind(stdout);
  const origErr = stderr.write.bind(stderr);
  stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof stdout.write;
  stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof stderr.write;
  try {
    const code = await runCli(['node', 'townfisc', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.write = origOut;
    stderr.write = origErr;
  }
}

/** `townfisc …args` in-process: exit code, stdout and stderr. */
export function townfiscInProcess(args: readonly string[]): Promise<CliRun> {
  const run = queue.then(() => capture(args));
  queue = run.catch(() => undefined);
  return run;
}
