/**
 * A generated corpus of hostile and absurd scenario inputs (issue #12), shared by the CLI
 * and dashboard tests. Each case is a file (text or bytes, or a path that is not a regular
 * file) and what must happen: `refused` (exit 2, bounded message, nothing written) or
 * `runs` (exit 0, finite numbers only). Deterministic: no randomness.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Doc = Record<string, unknown>;

export interface HostileCase {
  readonly name: string;
  readonly expect: 'refused' | 'runs';
  /** File content and extension; or `path`, a fixed path to use as is. */
  readonly text?: string;
  readonly ext?: 'yaml' | 'json';
  readonly path?: string;
  /** True when the case is a scenario text the dashboard can import. */
  readonly importable: boolean;
}

const baselineText = (): string => readFileSync('scenarios/guangzhou-baseline.yaml', 'utf8');
const baseline = (): Doc => parse(baselineText()) as Doc;

/** Every path to a number in `doc`, in document order. */
export function numberPaths(doc: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof doc === 'number') return [path];
  if (Array.isArray(doc)) return doc.flatMap((v, i) => numberPaths(v, [...path, i]));
  if (typeof doc === 'object' && doc !== null) return Object.entries(doc).flatMap(([k, v]) => numberPaths(v, [...path, k]));
  return [];
}

/** A copy of `doc` with the value at `path` replaced (or, with `undefined`, deleted). */
export function setAt(doc: Doc, path: ReadonlyArray<string | number>, value: unknown): Doc {
  const out = structuredClone(doc);
  let cur: Record<string | number, unknown> = out;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return out;
}

const json = (name: string, doc: unknown, expect: HostileCase['expect'] = 'refused'): HostileCase => ({ name, expect, text: JSON.stringify(doc), ext: 'json', importable: true });
const yaml = (name: string, text: string, expect: HostileCase['expect'] = 'refused'): HostileCase => ({ name, expect, text, ext: 'yaml', importable: true });

/** Every 7th number of the baseline set to ±1e308 (amounts, years, shares, rates, counts…): each refused. */
function absurdAmounts(): HostileCase[] {
  const doc = baseline();
  const paths = numberPaths(doc).filter((_, i) => i % 7 === 0);
  return paths.flatMap((p, k) => [json(`${p.join('.')} = ${k % 2 === 0 ? '' : '-'}1e308`, setAt(doc, p, k % 2 === 0 ? 1e308 : -1e308))]);
}

function deep(n: number): string {
  return `{"id": ${'{"a": '.repeat(n)}1${'}'.repeat(n)}}`;
}

export function hostileCorpus(): HostileCase[] {
  const doc = baseline();
  const town0 = (doc.towns as Doc[])[0]!;
  const kpis = town0.kpis as Doc;
  const withDoc = (f: (d: Doc) => void): Doc => {
    const d = structuredClone(doc);
    f(d);
    return d;
  };
  return [
    ...absurdAmounts(),
    // amounts beyond the fen ledger
    json('legal debt 1e308', setAt(doc, ['districts', 0, 'legalDebt'], 1e308)),
    json('legal debt 1e12 (a million 亿元)', setAt(doc, ['districts', 0, 'legalDebt'], 1e12)),
    json('KPI target × 10^6', setAt(doc, ['towns', 0, 'kpis', 'investment', 'target'], { base: 60000 * 1e6, growth: -0.05 })),
    json('revenue doubling for 60 years', withDoc((d) => { (d.city as Doc).budgetRevenue = { base: 19000000, growth: 1 }; d.horizonYears = 60; })),
    json('series base year far in the future, shrinking', setAt(doc, ['districts', 0, 'legalDebt'], { base: 1000, growth: -0.5, y0: 2150 })),
    json('elasticity 1e6', setAt(doc, ['city', 'budgetExpenditure'], { base: 100, elasticity: 1e6 })),
    json('negative reward pool', setAt(doc, ['rewards', 'pool'], -5)),
    json('capacity 5e-324 runs with a null ratio', setAt(doc, ['districts', 0, 'capacity'], 5e-324), 'runs'),
    json('curve formula returning 1e308 runs, capped', setAt(doc, ['rewards', 'curve'], { formula: '1e308' }), 'runs'),
    json('curve formula A^1e308 runs, capped', setAt(doc, ['rewards', 'curve'], { formula: 'A^1e308' }), 'runs'),
    json('curve point multiplier 1e6', setAt(doc, ['rewards', 'curve'], [[0, 0], [1, 1e6]])),
    yaml('.inf amount in YAML', baselineText().replace(/pool: 100000/, 'pool: .inf')),
    yaml('.nan amount in YAML', baselineText().replace(/pool: 100000/, 'pool: .nan')),
    json('amount as a 400-digit decimal string', setAt(doc, ['rewards', 'pool'], `1${'0'.repeat(400)}`)),
    // nesting
    { name: 'JSON nested 10,000 deep', expect: 'refused', text: deep(10_000), ext: 'json', importable: true },
    yaml('YAML flow nested 10,000 deep', `id: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
    yaml('YAML block nested 300 deep', `id:\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`),
    // keys named like Object.prototype members
    json('__proto__ key at the top', JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(doc).slice(1)}`)),
    json('__proto__ as a KPI id', withDoc((d) => { ((d.towns as Doc[])[0]!.kpis as Doc) = JSON.parse(`{"__proto__": ${JSON.stringify(kpis.jobs)}, ${JSON.stringify(kpis).slice(1)}`); })),
    json('__proto__ in allocationByTown', withDoc((d) => { ((d.funds as Doc[])[0]!).allocationByTown = JSON.parse('{"__proto__": 5}'); })),
    json('KPI ids constructor/toString/valueOf/hasOwnProperty run', withDoc((d) => {
      const names: Record<string, string> = { investment: 'constructor', tax: 'toString', jobs: 'valueOf', enterprises: 'hasOwnProperty' };
      const ren = (r: Doc) => Object.fromEntries(Object.entries(r).map(([k, v]) => [names[k] ?? k, v]));
      for (const t of d.towns as Doc[]) t.kpis = ren(t.kpis as Doc);
      (d.rewards as Doc).weights = ren((d.rewards as Doc).weights as Doc);
    }), 'runs'),
    json('weights without the KPI called constructor run', withDoc((d) => {
      for (const t of d.towns as Doc[]) t.kpis = Object.fromEntries(Object.entries(t.kpis as Doc).map(([k, v]) => [k === 'enterprises' ? 'constructor' : k, v]));
      const { enterprises: _e, ...w } = (d.rewards as Doc).weights as Doc;
      (d.rewards as Doc).weights = w;
    }), 'runs'),
    json('rule override named toString', setAt(doc, ['rules'], { toString: { threshold: 1 } })),
    // big values and bounded messages
    yaml('a 3 MB scalar file', 'x'.repeat(3_000_000)),
    json('a 1 MB id', setAt(doc, ['id'], 'x'.repeat(1_000_000))),
    json('a 1 MB unknown key', { ...doc, ['k'.repeat(1_000_000)]: 1 }),
    json('10,000 unknown keys', { ...doc, ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`junk${i}`, i])) }),
    json('5,000 towns with bad ids (50,000 problems)', { ...doc, towns: Array.from({ length: 5_000 }, () => ({ id: 'BAD' })) }),
    // syntax
    { name: 'JSON with a BOM runs', expect: 'runs', text: `\uFEFF${JSON.stringify(doc)}`, ext: 'json', importable: true },
    { name: 'duplicate key in JSON', expect: 'refused', text: `{"id": "a", ${JSON.stringify(doc).slice(1)}`, ext: 'json', importable: true },
    { name: 'duplicate key deep in JSON', expect: 'refused', text: JSON.stringify(doc).replace('"retainedShare":', '"retainedShare": 0.1, "retainedShare":'), ext: 'json', importable: true },
    yaml('duplicate key in YAML', `id: a\n${baselineText()}`),
    yaml('YAML alias bomb', `a: &a ["x","x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\n`),
    yaml('binary garbage', Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')),
    yaml('empty file', ''),
    yaml('a top-level list', '- 1\n- 2\n'),
    { name: 'truncated JSON', expect: 'refused', text: JSON.stringify(doc).slice(0, 5000), ext: 'json', importable: true },
    yaml('tabs for indentation', baselineText().replace(/\n {2}name: 广州市/, '\n\tname: 广州市')),
    // validation of what cannot be real (issue #11)
    json('construction before procurement', setAt(doc, ['ppp', 0, 'constructionStartYear'], 2017)),
    json('buy-back after the term', setAt(doc, ['ppp', 0, 'guarantees'], [{ kind: 'buy-back', year: 2099, amount: 10 }])),
    json('negative PPP operating cost', setAt(doc, ['ppp', 0, 'operatingCost'], -900)),
    json('negative competitive neutrality', setAt(doc, ['ppp', 0, 'psc', 'competitiveNeutrality'], -1)),
    // files that are not regular files, or not what they claim
    { name: '/dev/zero', expect: 'refused', path: '/dev/zero', importable: false },
    { name: '/proc/self/environ', expect: 'refused', path: '/proc/self/environ', importable: false },
    { name: 'a directory', expect: 'refused', path: 'scenarios', importable: false },
    { name: 'a missing file', expect: 'refused', path: 'scenarios/no-such-file.yaml', importable: false },
    yaml('extends /proc/self/environ', 'extends: /proc/self/environ\n'),
    yaml('extends /dev/zero', 'extends: /dev/zero\n'),
    yaml('extends a directory', 'extends: /tmp\n'),
    yaml('extends a 3 MB path', `extends: ${'x'.repeat(3_000_000)}\n`),
    yaml('extends itself', 'extends: ./self.yaml\n'),
  ];
}
