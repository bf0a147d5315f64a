import type { RunResult } from '../core/result.ts';

/**
 * The result JSON of `run --json` (SPEC §10): two-space indented, keys in the order the
 * engine builds them, newline-terminated, so the same run gives byte-identical text.
 */
export function resultJson(result: RunResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
