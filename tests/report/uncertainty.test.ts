import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model/scenario.ts';
import { simulate } from '../../src/core/simulate.ts';
import { resolveStochastic, runStress } from '../../src/core/stress/index.ts';
import { buildReport } from '../../src/report/model/buildReport.ts';
import { breachProbabilityTable } from '../../src/report/model/sections/uncertainty.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';

async function baseline(): Promise<Scenario> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}

describe('report: uncertainty section (SPEC §8, issue #14)', () => {
  it('adds fan-chart, breach-probability and contingent tables naming seed, paths and hash; none without a stress run', async () => {
    const s0 = await baseline();
    const p0 = s0.ppp[0]!;
    // a buy-back of 10,000 万元 in 2030: paid on every path, so expected = P95 = 10,000
    const scenario: Scenario = { ...s0, ppp: [{ ...p0, guarantees: [{ kind: 'buy-back', year: 2030, amount: 10_000 }] }, ...s0.ppp.slice(1)] };
    const result = simulate(scenario, { hash: 'abcdef0123456789' });
    const stress = runStress(scenario, resolveStochastic(undefined), { paths: 4, seed: 11, hash: 'abcdef0123456789' });
    const model = buildReport([{ scenario, result, stress }], { generatedAt: '2026-01-01' });
    const ids = model.sections[0]!.tables.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['stress-fan', 'stress-breaches', 'stress-contingent']));
    const fan = model.sections[0]!.tables.find((t) => t.id === 'stress-fan')!;
    expect(fan.note?.zh).toMatch(/种子 11，4 条路径，情景哈希 abcdef012345/);
    expect(fan.note?.en).toMatch(/seed 11, 4 paths, scenario hash abcdef012345/);
    expect(fan.rows).toHaveLength(Object.keys(stress.series).length * stress.years.length);
    const contingent = model.sections[0]!.tables.find((t) => t.id === 'stress-contingent')!;
    // the project's id (an id column, for pivots) beside its name; the id also on the row's subject
    const row2030 = contingent.rows.find((r) => r.cells[0] === p0.id && r.cells[2] === 2030)!;
    expect(row2030.cells[1]).toBe(p0.name);
    expect(p0.name).not.toBe(p0.id);
    expect(row2030.subject).toEqual({ kind: 'ppp', id: p0.id });
    expect(row2030.cells.slice(3)).toEqual([10_000, 10_000]);
    // the total row foots: 15 years, one payout of 10,000
    expect(contingent.total?.[3]).toBe(10_000);
    const breaches = model.sections[0]!.tables.find((t) => t.id === 'stress-breaches')!;
    const crossed = stress.breaches.filter((b) => b.probability > 0).length + stress.breachesEver.filter((b) => b.probability > 0).length;
    expect(breaches.rows).toHaveLength(crossed);
    // the same payout beside 从化's 财承 room (the project's paying level): room = 10% × expenditure − obligations, from the run's ppp.share.10 row
    const room = model.sections[0]!.tables.find((t) => t.id === 'stress-contingent-room')!;
    const line = result.limits.find((l) => l.rule === 'ppp.share.10' && l.subject.id === p0.payer.level && l.year === 2030)!;
    expect(room.rows).toHaveLength(1);
    // the paying level by its name (the Chinese edition shows no ids), its id on the row's subject
    expect(room.rows[0]!.cells[0]).toBe('从化区');
    expect(room.rows[0]!.subject?.id).toBe(p0.payer.level);
    expect(room.rows[0]!.cells[1]).toBe(2030);
    expect(room.rows[0]!.cells[2]).toBe(0.1);
    expect(room.rows[0]!.cells[3]).toBeCloseTo(line.headroom!, 1);
    expect(room.rows[0]!.cells.slice(4, 6)).toEqual([10_000, 10_000]);
    expect(room.rows[0]!.cells[6]).toBeCloseTo(line.headroom! - 10_000, 1);
    expect(room.rows[0]!.cells[7]).toBe(0);
    const plain = buildReport([{ scenario, result }], { generatedAt: '2026-01-01' });
    expect(plain.sections[0]!.tables.map((t) => t.id)).not.toContain('stress-fan');
  });

  it('names each subject of the breach-probability table as the scenario names it, its kind and id kept on the row', async () => {
    const scenario = await baseline();
    const result = simulate(scenario, { hash: 'abcdef0123456789' });
    const stress = runStress(scenario, resolveStochastic(undefined), { paths: 4, seed: 11, hash: 'abcdef0123456789' });
    const t = buildReport([{ scenario, result, stress }], { generatedAt: '2026-01-01' }).sections[0]!.tables.find((x) => x.id === 'stress-breaches')!;
    const lists = { district: scenario.districts, town: scenario.towns, ppp: scenario.ppp, fund: scenario.funds } as const;
    const kindZh = { district: '区', town: '小镇', ppp: 'PPP项目', fund: '子基金' } as const;
    const seen = new Set<string>();
    for (const r of t.rows) {
      const kind = r.subject!.kind as keyof typeof lists;
      const entity = lists[kind].find((e) => e.id === r.subject!.id)!;
      expect(entity, `${r.subject!.kind} ${r.subject!.id}`).toBeDefined();
      expect(r.cells[1]).toEqual({ zh: `${kindZh[kind]} ${entity.name}`, en: expect.stringContaining(entity.name) as unknown });
      expect((r.cells[1] as { zh: string }).zh).not.toContain(entity.id);
      seen.add(kind);
    }
    // seed 11, 4 paths: districts, towns and PPP projects cross a line on some path, e.g. 从化区 (conghua) reaches a yellow tier
    expect([...seen].sort()).toEqual(['district', 'ppp', 'town']);
    const conghua = t.rows.find((r) => r.subject?.kind === 'district' && r.subject.id === 'conghua')!;
    expect(conghua.cells[1]).toEqual({ zh: '区 从化区', en: 'District 从化区' });
    // without a scenario to name them, the table falls back to the kind and the id
    expect(breachProbabilityTable(stress, 2).rows.find((r) => r.subject?.id === 'conghua')!.cells[1]).toEqual({ zh: '区 conghua', en: 'District conghua' });
  });
});
