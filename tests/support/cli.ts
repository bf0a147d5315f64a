/** Runs the real `townfisc` command (src/cli/bin.js) in a child process. */
import { spawnSync } from 'node:child_process';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function townfisc(args: readonly string[], cwd = process.cwd()): CliRun {
  const r = spawnSync(process.execPath, ['src/cli/bin.js', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
