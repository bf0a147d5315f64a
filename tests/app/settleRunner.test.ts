import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRunner } from '../../src/app/worker/runner.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const bundled = new Map(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => [`/scenarios/${f}`, readFileSync(new URL(f, dir), 'utf8')] as const));
const runner = createRunner(bundled);

describe('the worker settles a year (SPEC §12, dashboard settlement view)', () => {
  it('defaults to the last year with actuals and gives the plan run without actuals', async () => {
    const r = await runner.settle('/scenarios/guangzhou-actuals-2026.yaml', [], null);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.settlement.year).toBe(2026);
    expect(r.actualYears).toEqual([2026]);
    const litchi = r.plan.find((p) => p.id === 'zengcheng-litchi')!;
    // the plan keeps the expectation (A 0.658 in 2026); the settlement reads the actual 0.543
    expect(litchi.achievement[0]).toBeCloseTo(0.658333, 6);
    expect(r.settlement.towns.find((t) => t.id === 'zengcheng-litchi')!.programs[0]!.chain.achievement).toBeCloseTo(0.543333, 6);
  });

  it('refuses a year outside the horizon with a bilingual message', async () => {
    const r = await runner.settle('/scenarios/guangzhou-actuals-2026.yaml', [], 2050);
    expect(r.ok ? null : r.issues[0]!.en).toBe('year 2050 is outside the horizon');
  });
});
