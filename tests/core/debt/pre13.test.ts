/**
 * Old scenario files (one 综合财力 series, one legal-debt balance and one limit) still
 * validate and give the same results as before debt by type (issue #13), except where SPEC
 * §6/§11 changed a rule or issue #11 added one (ppp.vfm). The golden result was produced by the engine before the change.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';
import { simulate } from '../../../src/core/simulate.ts';
import type { RunResult } from '../../../src/core/result.ts';

interface Golden {
  readonly districts: readonly Record<string, unknown>[];
  readonly towns: readonly { readonly id: string; readonly exposure: unknown }[];
  readonly fiscalCost: readonly number[];
  readonly findings: readonly string[];
}

const golden = JSON.parse(readFileSync('tests/core/debt/golden/pre13-baseline.result.json', 'utf8')) as Golden;
const key = (f: RunResult['findings'][number]): string => [f.rule, f.subject.id, f.year, f.level].join('|');

describe('a pre-#13 scenario file (the old baseline)', () => {
  let r: RunResult;
  beforeAll(async () => {
    const loaded = await loadScenarioFile('tests/core/debt/golden/pre13-baseline.yaml');
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path}: ${i.en}`).join('\n'));
    r = simulate(loaded.scenario);
  });

  it('validates and gives every old district series unchanged (the tier too: no ratio there reaches 1.2)', () => {
    r.districts.forEach((d, i) => {
      const old = golden.districts[i] ?? {};
      for (const [field, value] of Object.entries(old)) expect([d.id, field, (d as unknown as Record<string, unknown>)[field]]).toEqual([d.id, field, value]);
    });
  });

  it('maps the single balance to 一般债务 and the towns\' bonds to 专项债务, with the total limit only', () => {
    for (const d of r.districts) {
      d.generalDebt.forEach((g, t) => expect(g + (d.specialDebt[t] ?? 0)).toBeCloseTo(d.legalDebt[t] ?? NaN, 6));
      expect(d.generalLimit.every((x) => x === null) && d.specialLimit.every((x) => x === null)).toBe(true);
      expect(d.generalRatio.every((x) => x === null)).toBe(true);
      expect(d.capacityParts).toBeNull();
    }
    expect(r.findings.some((f) => f.rule === 'district.debt-limit-general' || f.rule === 'district.debt-limit-special')).toBe(false);
  });

  it('keeps town exposures and the city fiscal cost', () => {
    expect(r.towns.map((t) => ({ id: t.id, exposure: t.exposure }))).toEqual(golden.towns);
    expect(r.city.fiscalCost).toEqual(golden.fiscalCost);
  });

  it('changes findings only where SPEC §6/§11 changed a rule', () => {
    const now = new Set(r.findings.map(key));
    const before = new Set(golden.findings);
    const gone = [...before].filter((k) => !now.has(k));
    const added = [...now].filter((k) => !before.has(k));
    // bonds-on-warning is a breach now (国办发〔2020〕33号 "原则上不得"), on the composite ratio
    expect(gone).toEqual(['district.bonds-on-warning|conghua-hot-spring|2026|warning']);
    const byRule = (rule: string) => added.filter((k) => k.startsWith(`${rule}|`)).sort();
    expect(byRule('district.bonds-on-warning')).toEqual(['district.bonds-on-warning|conghua-hot-spring|2026|breach']);
    // no new hidden debt: both towns borrow new platform debt on a platform with a hidden share
    expect(byRule('town.new-hidden-debt')).toEqual(['town.new-hidden-debt|nansha-shipping|2026|breach', 'town.new-hidden-debt|zengcheng-paitan|2026|breach']);
    // 从化's composite ratio is above 1.0 every year: from the second year its 3 towns are removal candidates
    expect(byRule('district.warning-removal-candidate')).toHaveLength(3 * 14);
    // ppp.vfm is a rule new in issue #11 (SPEC §4.4 value for money, §11): this pre-#13 file predates
    // the PSC inputs the bundled baseline gained with it, so each of its 6 PPP projects fails the test in
    // its procurement year (the PSC defaults to the PPP's own capex and revenue: PPP value > PSC)
    expect(byRule('ppp.vfm')).toEqual([
      'ppp.vfm|conghua-spa-road|2018|breach', 'ppp.vfm|huadu-jewelry-expo|2019|breach', 'ppp.vfm|huangpu-talent-services|2021|breach',
      'ppp.vfm|litchi-culture-concession|2026|breach', 'ppp.vfm|pazhou-smart-park|2020|breach', 'ppp.vfm|shawan-heritage-rot|2022|breach',
    ]);
    // 45 debt findings of #13 (1 bonds-on-warning + 2 new hidden debt + 42 removal candidates) + 6 ppp.vfm of #11
    expect(added).toHaveLength(1 + 2 + 42 + 6);
  });
});

describe('scenarios/guangzhou-land-bust.yaml (a land bust on 综合财力 by parts)', () => {
  it('validates, and the bust lifts 增城\'s special-debt ratio and puts it on warning while 从化 keeps its swap-free ratios', async () => {
    const loaded = await loadScenarioFile('scenarios/guangzhou-land-bust.yaml');
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path}: ${i.en}`).join('\n'));
    const r = simulate(loaded.scenario);
    const zengcheng = r.districts.find((d) => d.id === 'zengcheng');
    const conghua = r.districts.find((d) => d.id === 'conghua');
    // land net of costs 3,800,000 × 0.85^t × 0.3: 1,140,000 in 2026, 969,000 in 2027
    expect(zengcheng?.capacityParts?.land.slice(0, 2)).toEqual([1140000, 969000]);
    expect((zengcheng?.specialRatio[14] ?? 0) > 3 * (zengcheng?.specialRatio[0] ?? Infinity)).toBe(true);
    expect(zengcheng?.onWarning.slice(0, 4)).toEqual([false, false, false, false]);
    expect(zengcheng?.onWarning.slice(4).every(Boolean)).toBe(true);
    expect(conghua?.swapped.every((x) => x === 0)).toBe(true);
    expect(r.findings.filter((f) => f.level === 'breach' && f.rule.startsWith('district.'))).toEqual([]);
  });
});
