import { describe, expect, it } from 'vitest';
import { buildSettlement, publicSettlement } from '../../../src/core/actuals/settlement/index.ts';
import { simulate } from '../../../src/core/simulate.ts';
import { roundFen } from '../../../src/core/ledger/index.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';
import { actuals, evaluation, handScenario, payment } from './fixture.ts';

const settle = (s: ReturnType<typeof handScenario>, year: number) => buildSettlement(s, simulate(s), { year, hash: 'h', actualsHash: 'a' });

describe('settlement of a year (SPEC §12): the chain of reasons of each payment', () => {
  it('recomputes by hand: tax 65 / target 100 → A 0.65 → f = 0.125 → 12.5 → pool share 8/9 → 11.111111', () => {
    const s = settle(handScenario(), 2026);
    const m = s.towns[0]!.programs.find((p) => p.program === 'm')!;
    const c = m.chain;
    expect(c.kpis).toEqual([{ kpi: 'tax', actual: 65, target: 100, achievement: 0.65, weight: 1, source: '税务', verified: true, kind: 'actual' }]);
    expect(c.achievement).toBe(0.65);
    expect(c.curve!.m).toBeCloseTo((0.65 - 0.6) / 0.4, 12);
    // base · m · stage · region · status · grade = 100 · 0.125 · 1 · 1 · 1 · 1
    expect(roundFen(c.base * c.curve!.m * c.factors.stage * c.factors.region * c.factors.status * c.factors.grade)).toBe(m.claim);
    expect(m.claim).toBe(12.5);
    // pool 100 against claims 12.5 + 100 → 8/9 of the claim, to the fen
    expect(roundFen(m.claim * (100 / 112.5))).toBe(m.paid);
    expect(m.paid).toBe(11.111111);
    expect(s.totals).toMatchObject({ pool: 100, poolClaims: 112.5, poolPaid: 100, claims: 112.5, payable: 100 });
  });

  it('nets the clawback of the failed window against the grant earned in 2028 and paid in 2029', () => {
    // a's grant 50 (earned 2028, rectify factor 1, paid 2029); clawback 11.111111 recovered in 2029 → payable 38.888889
    const s = settle(handScenario(), 2028);
    const a = s.towns[0]!;
    expect(a.status).toBe('rectify');
    expect(a.statusBasis).toEqual([2027]);
    expect(a.decision).toMatchObject({ forYear: 2029, status: 'removed', rule: 'removed', decidedBy: 'rule', basisYears: [2027, 2028] });
    const cg = a.programs.find((p) => p.program === 'cg')!;
    expect(cg).toMatchObject({ claim: 50, paid: 50, payable: 38.888889, paymentYear: 2029 });
    expect(cg.chain.clawbackNetted).toBe(11.111111);
  });

  it('shows a negative 清算差额 (扣回) when the advance exceeds what is due', () => {
    // a's 2027 milestone: A = 0.55 → f = 0 → due 0; 30 advanced → difference −30
    const s = settle(handScenario(actuals({ payments: [payment('a', 'm', 2027, 'advance', 30)] })), 2027);
    const m = s.towns[0]!.programs.find((p) => p.program === 'm')!;
    expect(m).toMatchObject({ claim: 0, payable: 0, advance: 30, settled: 0, difference: -30 });
    expect(s.totals.difference).toBe(sumOf(s.towns.map((t) => t.totals.difference)));
  });

  it("uses a commission decision that differs from the rule, and says so", () => {
    const s = settle(handScenario(actuals({ evaluations: [evaluation('a', 2027, { grade: '基本合格', decision: 'active', document: '穗发改〔2028〕1号' })] })), 2027);
    const a = s.towns[0]!;
    expect(a.decision).toMatchObject({ forYear: 2028, status: 'active', rule: 'rectify', differs: true, decidedBy: 'commission' });
    expect(a.decision.evaluation?.document).toBe('穗发改〔2028〕1号');
  });

  it('hides town-level tax in the public version and keeps the district sum', () => {
    const s = publicSettlement(settle(handScenario(), 2026));
    expect(s.public).toBe(true);
    expect(s.towns.flatMap((t) => t.programs.flatMap((p) => p.chain.kpis.filter((k) => k.kpi === 'tax').map((k) => [k.actual, k.target])))).toEqual([[null, null], [null, null]]);
    expect(s.districts[0]!.tax).toEqual({ actual: 165, target: 200 });
  });
});

function sumOf(xs: readonly number[]): number {
  return roundFen(xs.reduce((a, b) => a + b, 0));
}

describe('settle for the bundled actuals equals run for that year', async () => {
  const loaded = await loadScenarioFile('scenarios/guangzhou-actuals-2026.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const sc = loaded.scenario;
  const run = simulate(sc, { hash: loaded.hash });
  const s = buildSettlement(sc, run, { year: 2026, hash: loaded.hash, actualsHash: 'x' });
  const t = 0;

  it('has every claim, status and payment of run for 2026', () => {
    for (const town of s.towns) {
      const r = run.towns.find((x) => x.id === town.id)!;
      expect(town.status).toBe(r.status[t]);
      for (const p of town.programs) {
        expect(p.claim).toBe(r.rewards.byProgram[p.program]!.claimed[t]);
        const rec = run.actuals!.reconciliation.find((x) => x.town === town.id && x.program === p.program && x.year === 2026 && x.settled);
        expect(p.paid).toBe(rec ? rec.computed : r.rewards.byProgram[p.program]!.paid[p.paymentYear - 2026]);
      }
    }
    expect(s.totals.poolPaid).toBe(run.towns.reduce((acc, r) => roundFen(acc + r.rewards.byProgram.milestone!.paid[t]! + r.rewards.byProgram.assessment!.paid[t]!), 0));
  });

  it('puts zengcheng-litchi in 整改 for 2027 by the commission, as the rule would, and recovers its 500 advance', () => {
    const litchi = s.towns.find((x) => x.id === 'zengcheng-litchi')!;
    expect(litchi.decision).toMatchObject({ forYear: 2027, status: 'rectify', rule: 'rectify', differs: false, decidedBy: 'commission', basisYears: [2026] });
    expect(litchi.programs.find((p) => p.program === 'milestone')).toMatchObject({ claim: 0, payable: 0, advance: 500, difference: -500 });
  });

  it('keeps the recorded 4,700 for conghua-hot-spring and reconciles it with the engine', () => {
    const rec = s.reconciliation.find((x) => x.town === 'conghua-hot-spring')!;
    expect(rec).toMatchObject({ recorded: 4700, settled: true });
    expect(rec.difference).toBe(roundFen(4700 - rec.computed!));
    expect(run.towns.find((x) => x.id === 'conghua-hot-spring')!.rewards.byProgram.milestone!.paid[0]).toBe(4700);
  });

  it('foots: district totals add up to the settlement totals, town rows to town totals', () => {
    for (const key of ['claims', 'payable', 'advance', 'settled', 'difference', 'clawbackRecovered'] as const) {
      expect(sumOf(s.districts.map((d) => d.totals[key]))).toBe(s.totals[key]);
    }
    for (const town of s.towns) expect(sumOf(town.programs.map((p) => p.payable ?? 0))).toBe(town.totals.payable);
  });
});
