/**
 * The uncertainty view's contingent-liability tables (issue #14 "Contingent liabilities ...
 * shown against the affordability room of the paying level"): the report's tables in the
 * page, on a real stress run with a guarantee and a buy-back (hand figures in
 * tests/core/stress/contingentRoom.test.ts).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model/scenario.ts';
import { resolveStochastic, runStress } from '../../src/core/stress/index.ts';
import { scenarioMeta } from '../../src/app/meta.ts';
import { StressContingent } from '../../src/app/views/StressContingent.tsx';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';

async function baseline(): Promise<Scenario> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}

/** Rows of the table `id` as cell texts. */
function rows(html: string, id: string): string[][] {
  const table = new RegExp(`<div class="table-wrap" data-table="${id}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!));
}

describe('the uncertainty view: PPP contingent liabilities against the 财承 room', () => {
  it('lists each paying project-year and each level\'s room beside the expected and P95 payout', async () => {
    const base = await baseline();
    const s: Scenario = {
      ...base,
      ppp: base.ppp.map((p) => {
        if (p.id === 'conghua-spa-road') return { ...p, guarantees: [{ kind: 'minimum-revenue', expectedCostPerYear: 0 }] };
        if (p.id === 'huadu-jewelry-expo') return { ...p, guarantees: [{ kind: 'buy-back', year: 2028, amount: 10_000 }] };
        return p;
      }),
    };
    // demand 0.5 on every path: the spa road's floor (0.8) is short by 0.3 of its user revenue
    const r = runStress(s, resolveStochastic({ ppp: { sd: 0, mean: 0.5 } }), { paths: 3, seed: 1 });
    const html = renderToStaticMarkup(<StressContingent result={r} meta={scenarioMeta(s)} lang="zh" decimals={2} />);
    const projects = rows(html, 'stress-contingent');
    // 2026: 1,800·1.03⁶ × 0.3 = 644.788240 → 644.79; the buy-back 10,000 in 2028 only
    expect(projects.find((c) => c[0] === 'conghua-spa-road' && c[2] === '2026')?.slice(3)).toEqual(['644.79', '644.79']);
    expect(projects.filter((c) => c[0] === 'huadu-jewelry-expo').map((c) => [c[2], c[3]])).toEqual([['2028', '10,000.00']]);
    // no row of a year without payout (the page leaves them out)
    expect(projects.every((c) => c.length === 0 || c[3] !== '0.00' || c[4] !== '0.00')).toBe(true);
    const room = rows(html, 'stress-contingent-room');
    // 从化 2026: room 135,000 − 51,282.320451 = 83,717.68; payout 644.79; never above the room
    const c2026 = room.find((c) => c[1] === '2026' && c[0]!.includes('从化'));
    expect(c2026).toBeDefined();
    expect(c2026).toContain('83,717.68');
    expect(c2026).toContain('644.79');
    expect(html).toContain('或有负债与财承空间');
  });

  it('says so when no project has a guarantee or buy-back term', async () => {
    const s = await baseline();
    const r = runStress(s, resolveStochastic(s.stochastic), { paths: 2, seed: 1 });
    const html = renderToStaticMarkup(<StressContingent result={r} meta={scenarioMeta(s)} lang="en" decimals={2} />);
    expect(html).toContain('no contingent liabilities');
    expect(html).not.toContain('data-table="stress-contingent"');
  });
});
