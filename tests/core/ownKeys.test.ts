/** KPI ids named like Object.prototype members are ordinary ids (issue #12). */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { baselineDoc } from '../scenario/support.ts';
import type { Doc } from '../scenario/support.ts';

/** `rec` with keys renamed by `names`, in the same order. */
const rename = (rec: Doc, names: Readonly<Record<string, string>>): Doc =>
  Object.fromEntries(Object.entries(rec).map(([k, v]) => [Object.hasOwn(names, k) ? names[k]! : k, v]));

function run(doc: Doc) {
  const v = validateScenario(doc);
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.path}: ${i.en}`).join('\n'));
  return simulate(v.scenario, { hash: 'test' });
}

describe('own-property lookups of user-named keys', () => {
  it('KPIs named constructor, toString, valueOf and hasOwnProperty earn the same rewards as under their own names', () => {
    const names = { investment: 'constructor', tax: 'toString', jobs: 'valueOf', enterprises: 'hasOwnProperty' } as const;
    const base = baselineDoc();
    // weights listed without enterprises: a KPI without a weight weighs 0 — also when it is called hasOwnProperty
    const { enterprises: _dropped, ...weights } = (base.rewards as Doc).weights as Doc;
    (base.rewards as Doc).weights = weights;
    const doc = structuredClone(base);
    for (const t of doc.towns as Doc[]) t.kpis = rename(t.kpis as Doc, names);
    const rewards = doc.rewards as Doc;
    rewards.weights = rename(rewards.weights as Doc, names);
    const a = run(base);
    const b = run(doc);
    const paid = (r: ReturnType<typeof run>) => r.towns.map((t) => Object.values(t.rewards.byProgram).map((p) => p.paid.reduce((s, x) => s + x, 0)));
    expect(paid(b)).toEqual(paid(a));
    // The composite achievement and every claim depend on KPI weights and targets only, not on the names.
    expect(b.towns.map((t) => t.achievement)).toEqual(a.towns.map((t) => t.achievement));
  });
});
