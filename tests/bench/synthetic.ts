/**
 * Synthetic scenarios for benchmarks: the bundled Guangzhou baseline with its towns,
 * districts, PPP projects and funds replicated to the requested size (new ids, references
 * rewired), validated through the real schema. Deterministic: no randomness.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { validateScenario } from '../../src/scenario/validate.ts';
import type { Scenario } from '../../src/core/model/scenario.ts';

type Loose = Record<string, unknown>;

export interface SyntheticSize {
  readonly towns: number;
  readonly years: number;
  readonly pppProjects?: number;
  readonly funds?: number;
}

const clone = <T>(x: T): T => structuredClone(x);

function replicate(list: readonly Loose[], count: number, rewire: (item: Loose, copy: number) => void): Loose[] {
  return Array.from({ length: count }, (_, i) => {
    const item = clone(list[i % list.length] ?? {});
    const copy = Math.floor(i / Math.max(1, list.length));
    if (copy > 0) rewire(item, copy);
    return item;
  });
}

/**
 * The baseline document (as read from YAML, before validation) scaled to `size`: what a
 * scenario file of that size holds. Write it with `yaml`'s `stringify` or `JSON.stringify`
 * to get such a file.
 */
export function syntheticDoc(size: SyntheticSize): Loose {
  const base = parse(readFileSync('scenarios/guangzhou-baseline.yaml', 'utf8')) as Loose;
  const towns = (base.towns as Loose[]) ?? [];
  const ppp = (base.ppp as Loose[] | undefined) ?? [];
  const funds = (base.funds as Loose[] | undefined) ?? [];
  const doc: Loose = { ...base, id: 'synthetic', horizonYears: size.years };
  doc.towns = replicate(towns, size.towns, (t, c) => {
    t.id = `${String(t.id)}-${c}`;
    for (const b of (t.bonds as Loose[] | undefined) ?? []) b.id = `${String(b.id)}-${c}`;
  });
  const townCount = towns.length;
  doc.ppp = replicate(ppp, size.pppProjects ?? ppp.length, (p, c) => {
    p.id = `${String(p.id)}-${c}`;
    if (typeof p.town === 'string' && c * townCount < size.towns) p.town = `${p.town}-${c}`;
  });
  doc.funds = replicate(funds, size.funds ?? funds.length, (f, c) => {
    f.id = `${String(f.id)}-${c}`;
  });
  return doc;
}

/** The baseline scaled to `size`; throws if the result does not validate. */
export function syntheticScenario(size: SyntheticSize): Scenario {
  const doc = syntheticDoc(size);
  const v = validateScenario(doc);
  if (!v.ok) throw new Error(`synthetic scenario invalid: ${v.issues.slice(0, 5).map((i) => `${i.path}: ${i.en}`).join('; ')}`);
  return v.scenario;
}

/** Median wall time in ms of `fn` over `runs` runs after `warmup` runs. */
export function medianMs(fn: () => unknown, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
