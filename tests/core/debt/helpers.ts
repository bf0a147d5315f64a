/** Picking rows out of a run's limits and findings. */
import type { Finding, LimitRow } from '../../../src/core/rules/types.ts';

export function rows(out: { readonly limits: readonly LimitRow[] }, rule: string, id?: string): LimitRow[] {
  return out.limits.filter((r) => r.rule === rule && (id === undefined || r.subject.id === id));
}

export function found(out: { readonly findings: readonly Finding[] }, rule: string): Finding[] {
  return out.findings.filter((f) => f.rule === rule);
}
