/**
 * The worker's computation, run in Node: bundled scenarios, variants built from levers and
 * overrides (merged like `extends`), and imports of malformed or hostile files refused with
 * the CLI's validation messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRunner } from '../../src/app/worker/runner.ts';
import { MAX_IMPORT_BYTES, sizeIssue } from '../../src/app/worker/sizeLimit.ts';
import { addVariant, EMPTY_LIBRARY, updateVariant, type Library } from '../../src/app/state/library.ts';
import { broadRatios, fiscalCost, fundJCurves, investmentPerFiscal, pppShare, rewardsByYear } from '../../src/charts/overview.ts';
import { fundFlows, pppDscr, pppObligations, pppSpv, townExposure, townRewards } from '../../src/app/charts/detail.ts';
import { OVERLAY_SERIES, overlay } from '../../src/charts/compare.ts';
import { districtMatrix, townMatrix } from '../../src/app/risk/matrix.ts';
import type { RunReply } from '../../src/app/worker/protocol.ts';
import { formatIssue } from '../../src/scenario/index.ts';
import { allFiniteOrNull } from './fixtures/result.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const bundled = new Map(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => [`/scenarios/${f}`, readFileSync(new URL(f, dir), 'utf8')] as const));
const paths = [...bundled.keys()];
const BASE = '/scenarios/guangzhou-baseline.yaml';
const runner = createRunner(bundled);

type Ok = Extract<RunReply, { ok: true }>;
function ok(r: RunReply): Ok {
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r;
}

function variant(levers: Record<string, number>, override: Record<string, unknown> = {}): { lib: Library; path: string } {
  const { lib, entry } = addVariant(EMPTY_LIBRARY, paths, BASE, 'guangzhou-baseline', '基准', 'zh');
  return { lib: updateVariant(lib, entry.path, { levers, override: { ...entry.override, ...override } }), path: entry.path };
}

describe('runner: bundled scenarios and variants', () => {
  let base: Ok;
  beforeAll(async () => {
    base = ok(await runner.run(BASE, []));
  }, 60_000);

  it('runs the baseline with its content hash and the names the dashboard shows', () => {
    expect(base.result.scenario.id).toBe('guangzhou-baseline');
    expect(base.result.scenario.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(base.meta.towns.length).toBeGreaterThanOrEqual(12);
    expect(base.meta.districts.map((d) => d.id)).toContain('conghua');
    expect(base.levers).toEqual([]);
  });

  it('a variant that raises the reward pool resolves over the baseline: new id, new hash, the pool set', async () => {
    const v = variant({ rewardPool: 200_000 });
    const r = ok(await runner.run(v.path, v.lib.user));
    expect(r.result.scenario.id).toBe('guangzhou-baseline-v');
    expect(r.result.scenario.hash).not.toBe(base.result.scenario.hash);
    const doc = await runner.resolved(v.path, v.lib.user);
    expect(doc.ok && doc.doc.rewards).toMatchObject({ pool: 200_000 });
    const pool = r.levers.find((l) => l.id === 'rewardPool');
    expect(pool).toMatchObject({ value: 200_000, set: true });
    expect(pool?.parentValue).not.toBe(200_000);
    // Towns and districts come from the parent untouched.
    expect(r.meta.towns).toEqual(base.meta.towns);
  }, 60_000);

  it('levers are computed from the parent, so a growth shift adds to each town’s own growth once', async () => {
    const v = variant({ townRevenueGrowthShift: 0.01, pppProfitRate: 0.05 });
    const parent = await runner.resolved(BASE, []);
    const doc = await runner.resolved(v.path, v.lib.user);
    if (!parent.ok || !doc.ok) throw new Error('resolve');
    const growth = (d: Record<string, unknown>, id: string) => {
      const t = (d.towns as { id: string; revenue: { growth?: number } }[]).find((x) => x.id === id);
      return t?.revenue.growth;
    };
    expect(growth(doc.doc, 'conghua-hot-spring')).toBeCloseTo((growth(parent.doc, 'conghua-hot-spring') ?? Number.NaN) + 0.01, 12);
    expect((doc.doc.ppp as { profitRate: number }[]).every((p) => p.profitRate === 0.05)).toBe(true);
  });

  it('an invalid lever value is refused with the validator’s message at its path, and the levers still load', async () => {
    const v = variant({ fundGovernmentShare: 1.5 });
    const r = await runner.run(v.path, v.lib.user);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.some((i) => /^funds\[\d+\]\.governmentShare$/.test(i.path))).toBe(true);
    expect(r.levers.find((l) => l.id === 'fundGovernmentShare')?.value).toBe(1.5);
  });

  it('an override of the wrong type names the path, the value and how to fix it in both languages', async () => {
    const v = variant({}, { horizonYears: 'many' });
    const r = await runner.run(v.path, v.lib.user);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const i = r.issues.find((x) => x.path === 'horizonYears');
    expect(i?.value).toBe('many');
    expect(i?.zh).toBeTruthy();
    expect(i?.en).toBeTruthy();
  });

  it('every chart-data function and matrix gives finite-or-null values on the real baseline and overload runs', async () => {
    const over = ok(await runner.run('/scenarios/guangzhou-ppp-overload.yaml', []));
    for (const { result, meta } of [base, over]) {
      const charts = [rewardsByYear, pppShare, broadRatios, fundJCurves, investmentPerFiscal, fiscalCost].map((f) => f(result, meta, 'zh'));
      charts.push(...result.towns.flatMap((t) => [townRewards(t, result.years, meta, 'zh'), townExposure(t, result.years, 'zh')]));
      charts.push(...result.ppp.flatMap((p) => [pppObligations(p, result.years, 'zh'), pppSpv(p, result.years, 'zh'), pppDscr(p, result.years, result.thresholds, 2025, 'zh')]));
      charts.push(...result.funds.map((f) => fundFlows(f, result.years, 'zh')));
      charts.push(...OVERLAY_SERIES.map((s) => overlay([base.result, result], s, 'zh')));
      for (const c of charts) for (const d of c.datasets) {
        expect(d.data).toHaveLength(c.labels.length);
        expect(allFiniteOrNull(d.data)).toBe(true);
      }
      expect(townMatrix(result, meta)).toHaveLength(meta.towns.length);
    }
    // The overload variant breaches the 10% line in Conghua: the risk view shows it.
    const conghua = districtMatrix(over.result, over.meta).find((d) => d.id === 'conghua');
    expect(conghua?.cells.some((c) => c.level === 'breach')).toBe(true);
    expect(over.result.findings.some((f) => f.rule === 'ppp.share.10' && f.level === 'breach')).toBe(true);
  }, 60_000);
});

describe('runner: export of a variant as a file', () => {
  it('writes the override with `extends` and the lever values folded in; importing it gives the same scenario (same hash)', async () => {
    const { stringify } = await import('yaml');
    const v = variant({ rewardPool: 50_000, pppProfitRate: 0.05 }, { rewards: { poolMode: 'queue' } });
    const file = await runner.file(v.path, v.lib.user);
    if (!file.ok || file.kind !== 'doc') throw new Error('expected an override document');
    expect(file.doc.extends).toBe('./guangzhou-baseline.yaml');
    expect(file.doc.rewards).toEqual({ pool: 50_000, poolMode: 'queue' });
    const text = stringify(file.doc);
    const back = await runner.check('exported.yaml', text, []);
    expect(back).toEqual({ ok: true, id: 'guangzhou-baseline-v', name: '基准·变体1' });
    const original = ok(await runner.run(v.path, v.lib.user));
    const imported = ok(await runner.run('/user/exported.yaml', [{ kind: 'imported', path: '/user/exported.yaml', id: 'x', name: 'x', fileName: 'exported.yaml', text }]));
    expect(imported.result.scenario.hash).toBe(original.result.scenario.hash);
  }, 60_000);

  it('a bundled file is exported as its own text', async () => {
    const file = await runner.file(BASE, []);
    expect(file.ok && file.kind === 'text' && file.text).toBe(bundled.get(BASE));
  });
});

describe('runner: imports are validated like the CLI and refused whole', () => {
  it('bad YAML: the syntax error with line and column', async () => {
    const r = await runner.check('broken.yaml', 'id: x\nname: [unclosed\n', []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatIssue(r.issues[0]!)).toMatch(/YAML .*line \d+, column \d+/);
  });

  it('wrong types: every problem with its path, all at once', async () => {
    const text = bundled.get(BASE)!.replace('horizonYears: 15', 'horizonYears: fifteen').replace('startYear: 2026', 'startYear: "soon"');
    const r = await runner.check('typo.yaml', text, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['horizonYears', 'startYear']));
  });

  it.each([
    ['import({cos: 1}, {override: true})'],
    ['cos.constructor("return process")'],
  ])('a hostile formula string is refused before it is compiled: %s', async (formula) => {
    const text = `extends: ./guangzhou-baseline.yaml\nid: hostile\nname: hostile\nrewards:\n  curve: { formula: ${JSON.stringify(formula)} }\n`;
    const r = await runner.check('hostile.yaml', text, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map(formatIssue).join('\n')).toMatch(/unsafe or invalid formula/);
  });

  it('a 50 MB file is refused by size, with a message saying the limit', async () => {
    const issue = sizeIssue('huge.yaml', 50 * 1024 * 1024);
    expect(issue?.en).toMatch(/too large \(50\.0 MB\); the limit is 2\.0 MB/);
    expect(sizeIssue('small.yaml', MAX_IMPORT_BYTES)).toBeNull();
    const r = await runner.check('huge.yaml', `# ${'x'.repeat(MAX_IMPORT_BYTES)}\n`, []);
    expect(r.ok).toBe(false);
  });

  it('a list at the top level, or a JSON syntax error, is refused with a plain message', async () => {
    const list = await runner.check('list.yaml', '- a\n- b\n', []);
    expect(!list.ok && list.issues[0]?.en).toMatch(/mapping/);
    const json = await runner.check('bad.json', '{"id": ', []);
    expect(!json.ok && json.issues[0]?.en).toMatch(/JSON syntax error/);
  });

  it('an imported variant may extend a bundled file by its own relative path', async () => {
    const r = await runner.check('mine.yaml', 'extends: ./guangzhou-baseline.yaml\nid: mine\nname: 我的情景\n', []);
    expect(r).toEqual({ ok: true, id: 'mine', name: '我的情景' });
  });
});
