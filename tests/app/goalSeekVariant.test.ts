/**
 * A goal-seek answer saved as a variant (issue #14): the worker's goal seek is the CLI's
 * (bisection, the rule holding at the answer and not just beyond it), and the override it
 * proposes, resolved like any variant, sets exactly that parameter to the answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate.ts';
import { getParam, goalSeek, resolveStochastic, ruleHolds, seekPredicate, setParam } from '../../src/core/stress/index.ts';
import { goalSeekPatch } from '../../src/app/state/goalSeekPatch.ts';
import { addVariant, EMPTY_LIBRARY, updateVariant } from '../../src/app/state/library.ts';
import { createRunner } from '../../src/app/worker/runner.ts';
import { handleStress } from '../../src/app/worker/stressRequests.ts';
import { mergeScenario } from '../../src/scenario/merge.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const bundled = new Map(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => [`/scenarios/${f}`, readFileSync(new URL(f, dir), 'utf8')] as const));
const BASE = '/scenarios/guangzhou-baseline.yaml';
const runner = createRunner(bundled);

describe('goalSeekPatch', () => {
  const doc = {
    rewards: { pool: { kind: 'growth', base: 100000, growth: 0 }, cap: 5 },
    towns: [{ id: 'a', bonds: [{ id: 'a-1', amount: 10 }, { id: 'a-2', amount: 20 }] }, { id: 'b', bonds: [] }],
    curve: { points: [{ A: 0.6, m: 0 }, { A: 1, m: 1 }] },
  };
  it('a growth series is set by its base, a plain number as itself', () => {
    expect(goalSeekPatch(doc, 'rewards.pool', 7)).toEqual({ rewards: { pool: { base: 7 } } });
    expect(goalSeekPatch(doc, 'rewards.cap', 7)).toEqual({ rewards: { cap: 7 } });
  });
  it('entity lists are patched by id, an item addressed by index named by its id', () => {
    expect(goalSeekPatch(doc, 'towns[a].bonds[1].amount', 3)).toEqual({ towns: [{ id: 'a', bonds: [{ id: 'a-2', amount: 3 }] }] });
    expect(goalSeekPatch(doc, 'towns[0].bonds[a-1].amount', 3)).toEqual({ towns: [{ id: 'a', bonds: [{ id: 'a-1', amount: 3 }] }] });
  });
  it('a plain array (no ids) is written whole, as extends replaces it', () => {
    expect(goalSeekPatch(doc, 'curve.points[1].m', 1.5)).toEqual({ curve: { points: [{ A: 0.6, m: 0 }, { A: 1, m: 1.5 }] } });
  });
  it('a path that names no number, or a value that is not finite, gives null', () => {
    for (const p of ['rewards.nothing', 'towns[zz].bonds[0].amount', 'towns[b].bonds[0].amount', 'towns', 'rewards..pool', '__proto__.x']) expect(goalSeekPatch(doc, p, 1), p).toBeNull();
    expect(goalSeekPatch(doc, 'rewards.cap', Number.NaN)).toBeNull();
  });
});

describe('the worker’s goal seek, saved as a variant', () => {
  it('finds the largest Conghua bond keeping its legal-ratio tier below yellow, and the variant carries exactly that amount', async () => {
    const param = 'towns[conghua-hot-spring].bonds[0].amount';
    const r = await handleStress(runner, { type: 'goalSeek', path: BASE, user: [], preset: null, stochastic: null, param, rules: ['district.tier'], subject: 'district:conghua', direction: 'max', lo: null, hi: 5_000_000, probabilistic: null });
    if (!r.ok || !('patch' in r)) throw new Error('goal seek failed');
    const { result, patch, current } = r;
    expect(current).toBe(50000);
    // lo defaults to 0 (the CLI's default); tolerance 1e-9 of the bracket's width, as the CLI's
    expect(result.bracket).toEqual([0, 5_000_000]);
    expect(result.tolerance).toBeCloseTo(5_000_000e-9, 15);
    expect(result.iterations).toBeGreaterThan(0);
    expect(result.value).not.toBeNull();
    const inputs = await runner.reportInputs([BASE], []);
    if (!inputs.ok) throw new Error('baseline');
    const s = inputs.runs[0]!.scenario;
    const filter = { rules: ['district.tier'], subject: 'district:conghua' };
    const v = result.value!;
    expect(ruleHolds(simulate(setParam(s, param, v)).limits, filter)).toBe(true);
    expect(ruleHolds(simulate(setParam(s, param, v + 2 * result.tolerance)).limits, filter)).toBe(false);
    // saved: a new variant of the baseline whose override is the patch; resolved, it has the answer
    const { lib, entry } = addVariant(EMPTY_LIBRARY, [...bundled.keys()], BASE, 'guangzhou-baseline', '基准情景', 'zh');
    const saved = updateVariant(lib, entry.path, { override: mergeScenario(entry.override, patch!, 'goal-seek', new WeakMap()).value, name: 'gs' });
    const variant = await runner.reportInputs([entry.path], saved.user);
    if (!variant.ok) throw new Error(JSON.stringify(variant.issues));
    expect(getParam(variant.runs[0]!.scenario, param)).toBe(v);
    expect(ruleHolds(variant.runs[0]!.result.limits, filter)).toBe(true);
  });

  it('a path naming no number and a rule the scenario does not evaluate are refused in both languages', async () => {
    const base = { type: 'goalSeek' as const, path: BASE, user: [], preset: null, stochastic: null, subject: null, direction: 'max' as const, lo: null, hi: null, probabilistic: null };
    const a = await handleStress(runner, { ...base, param: 'rewards.nope', rules: ['district.tier'] });
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.issues[0]?.en).toMatch(/names no number/);
    const b = await handleStress(runner, { ...base, param: 'rewards.pool', rules: ['no.such-rule'] });
    if (!b.ok) expect(`${b.issues[0]?.zh} ${b.issues[0]?.en}`).toMatch(/未评估规则 no\.such-rule.*not evaluated/);
    else throw new Error('accepted an unknown rule');
  });

  it('the probabilistic form: at zero variance it is the deterministic answer; with the calibrations, the CLI\'s (seekPredicate)', async () => {
    const param = 'towns[conghua-hot-spring].bonds[0].amount';
    const seek = { type: 'goalSeek' as const, path: BASE, user: [], preset: null, param, rules: ['district.tier'], subject: 'district:conghua', direction: 'max' as const, lo: 0, hi: 1_000_000 };
    const det = await handleStress(runner, { ...seek, stochastic: null, probabilistic: null });
    // every spread 0 (the calibrations as edited in the view): each path is the planned run, so
    // P(crossing) is 0 or 1 and P ≤ 0.05 holds exactly where the rule holds — the same bisection
    const zero = { achievement: { defaultSd: 0 }, revenue: { citySd: 0, districtSd: 0, landDrift: 0, landSd: 0 }, rates: { sd: 0 }, ppp: { sd: 0, mean: 1 }, funds: { sd: 0 } };
    const prob0 = await handleStress(runner, { ...seek, stochastic: zero, probabilistic: { probability: 0.05, paths: 4, seed: 1 } });
    if (!det.ok || !('patch' in det) || !prob0.ok || !('patch' in prob0)) throw new Error('goal seek failed');
    expect(prob0.result.value).toBe(det.result.value);
    // B* = 580,000 万元 (tests/core/stress/goalSeek.test.ts): the answer is just under it
    expect(det.result.value!).toBeLessThan(580_000);
    expect(det.result.value!).toBeGreaterThan(580_000 - 0.01);
    // the default calibrations: what `townfisc goal-seek --probability 0.05 --paths 8 --seed 3` computes
    const prob = await handleStress(runner, { ...seek, stochastic: null, probabilistic: { probability: 0.05, paths: 8, seed: 3 } });
    if (!prob.ok || !('patch' in prob)) throw new Error('goal seek failed');
    const inputs = await runner.reportInputs([BASE], []);
    if (!inputs.ok) throw new Error('baseline');
    const s = inputs.runs[0]!.scenario;
    const form = { probability: 0.05, paths: 8, seed: 3, spec: resolveStochastic(s.stochastic) };
    const cli = goalSeek(seekPredicate(s, param, { rules: ['district.tier'], subject: 'district:conghua' }, form), 0, 1_000_000, 1_000_000e-9, 'max');
    expect(prob.result).toEqual(cli);
    // a bad form is refused in both languages
    const bad = await handleStress(runner, { ...seek, stochastic: null, probabilistic: { probability: 1.5, paths: 0, seed: 1 } });
    if (bad.ok) throw new Error('accepted a probability of 1.5');
    expect(`${bad.issues[0]?.zh} ${bad.issues[0]?.en}`).toMatch(/概率须在 0–1.*probability must be in 0–1/);
  }, 120_000);
});
