/**
 * Bilingual validation issues (SPEC §2 "Validation"): every problem carries its path, the
 * bad value and a message in Chinese and English that says how to fix it.
 */
import type { z } from 'zod';
import { clip, MAX_QUOTE } from './clip.ts';

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

/**
 * One readable line per problem for the CLI's stderr (SPEC §2, §10):
 * `file: path: value — 中文 / English`; the file and value parts appear when known.
 */
export function formatIssue(issue: ScenarioIssue): string {
  const path = issue.path === '' ? undefined : clip(issue.path);
  const where = [issue.file === undefined ? undefined : clip(issue.file), path].filter((s) => s !== undefined).join(': ');
  const value = issue.value === undefined ? '' : ` ${showValue(issue.value)}`;
  const head = where === '' ? (value === '' ? '' : `${value.trim()} `) : `${where}:${value} `;
  // Messages may quote user text (an unknown id, a parser's excerpt): bounded like values (issue #12).
  return `${head}— ${clip(issue.zh, 2 * MAX_QUOTE)} / ${clip(issue.en, 2 * MAX_QUOTE)}`;
}

const MAX_VALUE = 80;

/** A value as one short line: strings quoted, objects as compact JSON, long text cut with "…". */
function showValue(v: unknown): string {
  let s: string;
  try {
    // A long string is cut before quoting, so a 3 MB scalar is not copied twice to be shown.
    s = typeof v === 'string' ? JSON.stringify(v.length > MAX_VALUE ? v.slice(0, MAX_VALUE) : v) : (JSON.stringify(v) ?? String(v));
  } catch {
    s = Object.prototype.toString.call(v); // a cyclic or too deep value
  }
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

/** Problems listed at most by a screen or a terminal; the rest are counted (issue #12). */
export const MAX_ISSUES_LISTED = 200;

/** The first `max` issues and, when there are more, one issue saying how many are not listed. */
export function capIssues(issues: readonly ScenarioIssue[], max = MAX_ISSUES_LISTED): readonly ScenarioIssue[] {
  if (issues.length <= max) return issues;
  const more = issues.length - max;
  return [...issues.slice(0, max), { path: '', value: undefined, zh: `另有 ${more} 个问题未列出`, en: `${more} more problems not listed` }];
}
