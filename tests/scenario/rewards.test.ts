import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_POLICY, rewardReferenceIssues, rewardsSchema } from '../../src/scenario/schema/rewards.ts';
import { translateIssues } from '../../src/scenario/translateIssues.ts';

/** Bilingual issues of a `rewards` section, as the CLI would print them. */
function issues(input: unknown): { path: string; zh: string; en: string }[] {
  const r = rewardsSchema.safeParse(input);
  if (r.success) return [];
  return translateIssues(r.error.issues, input).map((i) => ({ path: i.path, zh: i.zh, en: i.en }));
}

const at = (input: unknown, path: string): { zh: string; en: string } | undefined => issues(input).find((i) => i.path === path);
const HAN = /[\u4e00-\u9fff]/;

describe('rewardsSchema (SPEC §3): defaults', () => {
  it('an absent, null or empty section is the default policy with no programs', () => {
    expect(rewardsSchema.parse(undefined)).toEqual(DEFAULT_POLICY);
    expect(rewardsSchema.parse(null)).toEqual(DEFAULT_POLICY);
    expect(rewardsSchema.parse({})).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY).toMatchObject({ pool: null, poolMode: 'prorate', achievementCap: 1.5, failBelow: 0.6, consecutiveFails: 2, rectifyPayFactor: 1, programs: [] });
    expect(DEFAULT_POLICY.curve).toEqual({ kind: 'points', points: [{ A: 0.6, m: 0 }, { A: 1, m: 1 }, { A: 1.2, m: 1.2 }] });
  });

  it('is accepted where the root expects it, absent key included', () => {
    const root = z.strictObject({ id: z.string(), rewards: rewardsSchema });
    expect(root.parse({ id: 'x' }).rewards).toEqual(DEFAULT_POLICY);
  });

  it('fills each program kind with its SPEC §3 defaults (lag, pool, factors, schedule, shares)', () => {
    const p = rewardsSchema.parse({
      pool: 100000, poolMode: 'queue', curve: { points: [[0.5, 0], [1, 1]] },
      programs: [
        { kind: 'upfront', id: 'exante', name: '事前补贴', base: '5000' },
        { kind: 'milestone', id: 'mid', name: '事中奖励', base: 1000, stageFactor: { construction: 1.2 } },
        { kind: 'assessment', id: 'post', name: '事后考核', base: 3000 },
        { kind: 'revenue-return', id: 'ret', name: '返还' },
        { kind: 'capital-grant', id: 'school', name: '学校', sector: 'education', base: 2000, years: [2027] },
        { kind: 'land-quota', id: 'land', name: '用地指标', boostedThemes: ['tourism'], assessment: 'post' },
      ],
    });
    expect(p.pool).toEqual({ kind: 'growth', base: 100000, growth: 0 });
    expect(p.curve).toEqual({ kind: 'points', points: [{ A: 0.5, m: 0 }, { A: 1, m: 1 }] });
    const [up, mid, post, ret, school, land] = p.programs;
    expect(up).toMatchObject({ base: 5000, lagYears: 0, fromPool: true, eligibility: { stages: null, flagship: null } });
    expect(mid).toMatchObject({ stageFactor: { planning: 1, construction: 1.2, operation: 1 }, regionFactor: { 'north-eco': 1, 'central-south': 1 }, curve: null });
    expect(post).toMatchObject({ lagYears: 1, fromPool: true, clawbackFactor: 1, failBelow: null, window: { anchor: 'creation', offset: 0, length: 3, repeat: false } });
    expect(ret).toMatchObject({ lagYears: 0, fromPool: false, schedule: [1, 1, 1, 0.5, 0.5] });
    expect(school).toMatchObject({ fromPool: true, sector: 'education', years: [2027] });
    expect(land).toMatchObject({ share: 0.5, boostedShare: 0.6, landClawbackFactor: 2, meetAt: 1, assessment: 'post', fromPool: false });
  });

  it('accepts a safe formula curve', () => {
    expect(rewardsSchema.parse({ curve: { formula: 'A < 0.6 ? 0 : min(A, 1.2) * (stage == operation ? 1.1 : 1)' } }).curve.kind).toBe('formula');
  });
});

describe('rewardsSchema: bad definitions give path-precise bilingual errors', () => {
  it('a negative KPI weight, and weights that are all zero', () => {
    expect(at({ weights: { jobs: -1, tax: 1 } }, 'weights.jobs')?.en).toMatch(/≥ 0/);
    const all0 = at({ weights: { jobs: 0, tax: 0 } }, 'weights');
    expect(all0?.en).toMatch(/cannot all be 0/);
    expect(all0?.zh).toMatch(HAN);
  });

  it('curve points out of order', () => {
    const e = at({ curve: { points: [[0.6, 0], [1.2, 1.2], [1.0, 1.0]] } }, 'curve.points[2].A');
    expect(e?.en).toMatch(/strictly increasing/);
    expect(e?.zh).toMatch(/递增/);
  });

  it('a curve with both or neither of points and formula', () => {
    expect(at({ curve: {} }, 'curve')?.en).toMatch(/exactly one/);
    expect(at({ curve: { points: [[1, 1]], formula: 'A' } }, 'curve')?.en).toMatch(/exactly one/);
  });

  it('a negative base', () => {
    const e = at({ programs: [{ kind: 'milestone', id: 'm', name: 'M', base: -5 }] }, 'programs[0].base');
    expect(e?.en).toMatch(/≥ 0/);
    expect(e?.zh).toMatch(HAN);
  });

  it('an unknown program kind, listing the allowed kinds', () => {
    const e = at({ programs: [{ kind: 'lottery', id: 'x', name: 'X' }] }, 'programs[0].kind');
    expect(e?.en).toMatch(/upfront, milestone, assessment, revenue-return, capital-grant, land-quota/);
    expect(e?.zh).toMatch(/未知的奖补方式/);
  });

  it('a negative or fractional lag', () => {
    expect(at({ programs: [{ kind: 'upfront', id: 'u', name: 'U', base: 1, lagYears: -1 }] }, 'programs[0].lagYears')?.en).toMatch(/≥ 0/);
    expect(at({ programs: [{ kind: 'upfront', id: 'u', name: 'U', base: 1, lagYears: 1.5 }] }, 'programs[0].lagYears')?.en).toMatch(/whole number/);
  });

  it('schedule values outside [0, 1]', () => {
    const e = at({ programs: [{ kind: 'revenue-return', id: 'r', name: 'R', schedule: [1, 1.5, -0.1] }] }, 'programs[0].schedule[1]');
    expect(e?.en).toMatch(/≤ 1/);
    expect(at({ programs: [{ kind: 'revenue-return', id: 'r', name: 'R', schedule: [1, 1.5, -0.1] }] }, 'programs[0].schedule[2]')?.en).toMatch(/≥ 0/);
  });

  it.each([
    ['import({cos: 1}, {override: true})', /function "import" is not allowed/],
    ['cos.constructor("return process")', /not property or index access/],
    ['f(x) = x', /function definition/],
    ['A +', /cannot be parsed/],
  ])('a bad formula %s, at the formula path, in both languages', (formula, why) => {
    const e = at({ programs: [{ kind: 'milestone', id: 'm', name: 'M', base: 1, curve: { formula } }] }, 'programs[0].curve.formula');
    expect(e?.en).toMatch(why);
    expect(e?.zh).toMatch(/公式不安全或无效/);
  });

  it('duplicate program ids and a land-quota assessment that is not an assessment program', () => {
    const found = issues({
      programs: [
        { kind: 'upfront', id: 'u', name: 'U', base: 1 },
        { kind: 'upfront', id: 'u', name: 'U2', base: 1 },
        { kind: 'land-quota', id: 'land', name: 'L', assessment: 'u' },
      ],
    });
    expect(found.find((i) => i.path === 'programs[1].id')?.en).toMatch(/used twice/);
    expect(found.find((i) => i.path === 'programs[2].assessment')?.en).toMatch(/not an assessment program/);
  });

  it('reports every problem at once', () => {
    const found = issues({ failBelow: -1, consecutiveFails: 0, programs: [{ kind: 'upfront', id: 'Bad Id', name: '', base: -1 }] });
    expect(found.map((i) => i.path).sort()).toEqual(['consecutiveFails', 'failBelow', 'programs[0].base', 'programs[0].id', 'programs[0].name']);
  });
});

describe('rewardReferenceIssues (checked at the root, where the towns are known)', () => {
  it('flags weights and a_<kpi> symbols naming no town KPI, and unknown districts and towns', () => {
    const policy = rewardsSchema.parse({
      weights: { tax: 1, jobz: 1 },
      curve: { formula: 'a_tax + a_visits' },
      programs: [{ kind: 'upfront', id: 'u', name: 'U', base: 1, eligibility: { districts: ['conghua', 'nowhere'], towns: ['ghost'] } }],
    });
    const found = rewardReferenceIssues(policy, { kpiIds: new Set(['tax', 'jobs']), districtIds: new Set(['conghua']), townIds: new Set(['a']) });
    expect(found.map((i) => i.path.join('.'))).toEqual(['weights.jobz', 'curve.formula', 'programs.0.eligibility.districts.1', 'programs.0.eligibility.towns.0']);
    expect(found[1]?.en).toMatch(/a_visits/);
    for (const i of found) expect(i.zh).toMatch(HAN);
  });
});

describe('bundled reward scenarios (both extend the Guangzhou baseline)', () => {
  it('guangzhou-exante pays upfront subsidies on creation and stage entry, whatever the town achieves', async () => {
    const { loadScenarioFile } = await import('../../src/scenario/loadFile.ts');
    const { simulateRewards } = await import('../../src/core/rewards/index.ts');
    const r = await loadScenarioFile('scenarios/guangzhou-exante.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.scenario.rewards.programs.map((p) => p.kind)).toEqual(['revenue-return', 'upfront']);
    const out = simulateRewards(r.scenario);
    // The weak second-batch town is paid on creation in 2026 (20,000 × 0.5 = 10,000) and on
    // entering construction in 2027 (20,000 × 1), before it is removed.
    const weak = out.towns.find((t) => t.id === 'panyu-hualong-culture');
    expect(weak?.rewards.byProgram['exante-subsidy']?.paid.slice(0, 2)).toEqual([10000, 20000]);
    expect(weak?.removedYear).not.toBeNull();
    expect(out.summary.wastedOnRemoved).toBeGreaterThanOrEqual(30000);
  });

  it('on a similar budget, elastic rewards waste far less on towns later removed than ex-ante subsidies', async () => {
    const { loadScenarioFile } = await import('../../src/scenario/loadFile.ts');
    const { simulateRewards } = await import('../../src/core/rewards/index.ts');
    const [a, b] = await Promise.all([loadScenarioFile('scenarios/guangzhou-exante.yaml'), loadScenarioFile('scenarios/guangzhou-elastic.yaml')]);
    if (!a.ok || !b.ok) throw new Error('bundled scenario invalid');
    const exante = simulateRewards(a.scenario).summary;
    const elastic = simulateRewards(b.scenario).summary;
    expect(Math.abs(elastic.rewardsPaidTotal / exante.rewardsPaidTotal - 1)).toBeLessThan(0.2);
    expect(elastic.wastedOnRemoved).toBeLessThan(exante.wastedOnRemoved / 5);
  });

  it('guangzhou-elastic adds land-quota and a queue pool to the baseline design', async () => {
    const { loadScenarioFile } = await import('../../src/scenario/loadFile.ts');
    const { simulateRewards } = await import('../../src/core/rewards/index.ts');
    const r = await loadScenarioFile('scenarios/guangzhou-elastic.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const policy = r.scenario.rewards;
    expect(policy.programs.map((p) => p.kind)).toEqual(['milestone', 'assessment', 'revenue-return', 'land-quota']);
    expect(policy.poolMode).toBe('queue');
    expect(policy.programs.find((p) => p.id === 'assessment')).toMatchObject({ failBelow: 0.7, clawbackFactor: 1.5, lagYears: 1 });
    const out = simulateRewards(r.scenario);
    for (const paid of out.city.poolPaid) expect(paid).toBeLessThanOrEqual(100000);
    expect(out.summary.townsRemoved).toBeGreaterThan(0);
    expect(out.summary.landRewardMu).toBeGreaterThan(0);
  });
});

describe('revenue-return recipient (SPEC §3)', () => {
  it('defaults to the district and accepts operator or enterprise', () => {
    const parse = (extra: object) => rewardsSchema.parse({ programs: [{ kind: 'revenue-return', id: 'r', name: 'R', ...extra }] }).programs[0];
    expect(parse({})).toMatchObject({ recipient: 'district' });
    expect(parse({ recipient: 'enterprise' })).toMatchObject({ recipient: 'enterprise' });
    expect(at({ programs: [{ kind: 'revenue-return', id: 'r', name: 'R', recipient: 'firm' }] }, 'programs[0].recipient')).toBeDefined();
  });
});
