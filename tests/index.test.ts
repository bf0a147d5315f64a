/** The public entry exports what SPEC §10 promises, and the README's snippet runs. */
import { describe, expect, it } from 'vitest';
import * as townfisc from '../src/index.ts';
import { loadScenarioFile } from '../src/scenario/loadFile.ts';

describe('src/index.ts', () => {
  it('exports the engine and every Excel-compatible finance function of SPEC §10', () => {
    for (const name of ['simulate', 'npv', 'xnpv', 'irr', 'xirr', 'mirr', 'pmt', 'ipmt', 'ppmt', 'pv', 'fv', 'rate', 'roundFen', 'allocateToFen', 'resolveScenario', 'compareResults']) {
      expect(typeof (townfisc as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('runs the README example: load, simulate, read the summary; IRR of a cash flow', async () => {
    const loaded = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!loaded.ok) throw new Error('baseline invalid');
    const result = townfisc.simulate(loaded.scenario, { hash: loaded.hash });
    expect(result.scenario.hash).toBe(loaded.hash);
    expect(result.summary.breaches).toBe(0);
    // Excel's IRR documentation example: −70,000 then 12,000…26,000 → 8.66%
    expect(townfisc.irr([-70000, 12000, 15000, 18000, 21000, 26000])).toBeCloseTo(0.0866, 4);
  });
});
