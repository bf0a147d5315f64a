/**
 * Bilingual validation issues (SPEC §2 "Validation"): every problem carries its path, the
 * bad value and a message in Chinese and English that says how to fix it.
 */
import type { z } from 'zod';

export interface ScenarioIssue {
  /** Dotted path with indices, e.g. `towns[3].land.residentialLandKm2`; `""` for the whole file. */
  readonly path: string;
  /** The offending value as found in the file (undefined when missing). */
  readonly value: unknown;
  readonly zh: string;
  readonly en: string;
  /** File the problem was found in, when known. */
  readonly file?: string;
}

/**
 * Adds a custom issue with a Chinese and an English message to a zod refinement context.
 * The English text is zod's `message`; the Chinese rides in `params.zh`, where the issue
 * translator picks it up.
 */
export function addBilingualIssue(
  ctx: z.core.$RefinementCtx,
  path: ReadonlyArray<string | number>,
  zh: string,
  en: string,
  value?: unknown,
): void {
  ctx.addIssue({ code: 'custom', path: [...path], message: en, params: { zh, value }, input: value });
}

/** Formats a path array the way users read it: `towns[3].land.residentialLandKm2`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}
