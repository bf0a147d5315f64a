/**
 * The result JSON of `run --json` and `check --json` (SPEC §10): two-space indented, keys
 * in the order the engine builds them, newline-terminated, so the same run gives
 * byte-identical text. It is produced in pieces (`jsonChunks`), never as one string: a
 * national-scale result does not fit in one (issue #12).
 */
import type { RunResult } from '../core/result.ts';
import { jsonChunks } from './jsonChunks.ts';

/**
 * How much of `limits` the JSON carries (`--limits`): `all` (the default) every evaluated
 * limit, as SPEC §10 says; `findings` only the rows at warning or breach; `none` no rows.
 * With `findings` or `none` a `limitsIncluded` key after `limits` says which, so a reader
 * never takes a short list for the full one.
 */
export const LIMITS_MODES = ['all', 'findings', 'none'] as const;
export type LimitsMode = (typeof LIMITS_MODES)[number];

/** `doc` with its `limits` cut to `mode`, other keys and their order unchanged (`doc` itself for `all`). */
export function withLimits<T extends { readonly limits: RunResult['limits'] }>(doc: T, mode: LimitsMode): T | Record<string, unknown> {
  if (mode === 'all') return doc;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k !== 'limits') {
      out[k] = v;
      continue;
    }
    if (mode === 'findings') out.limits = doc.limits.filter((row) => row.level !== 'ok');
    out.limitsIncluded = mode;
  }
  return out;
}

/** The text of `value` as the CLI prints JSON (`JSON.stringify(value, null, 2)` and a newline), in pieces. */
export function* jsonText(value: unknown): Generator<string, void, undefined> {
  yield* jsonChunks(value, { indent: 2 });
  yield '\n';
}

/**
 * The text of `JSON.stringify(items, null, 2)` and a newline, in pieces, with each item
 * produced only when its turn comes (`items` may compute them one at a time, so only one
 * is alive at once).
 */
export async function* jsonArrayText(items: AsyncIterable<unknown>): AsyncGenerator<string, void, undefined> {
  let first = true;
  for await (const item of items) {
    yield first ? '[\n  ' : ',\n  ';
    first = false;
    // JSON.stringify writes an undefined (or function) array item as null.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
    else yield* jsonChunks(item, { indent: 2, atDepth: 1 });
  }
  yield first ? '[]\n' : '\n]\n';
}

/** The result JSON of `run --json` (SPEC §10) with `limits` cut to `mode`, in pieces. */
export function resultJsonChunks(result: RunResult, mode: LimitsMode = 'all'): Generator<string, void, undefined> {
  return jsonText(withLimits(result, mode));
}

/** The whole result JSON as one string (small results only; the CLI streams `resultJsonChunks`). */
export function resultJson(result: RunResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
