/** Editor entity forms: fields read from the resolved baseline, written into a variant's override, issues attributed to the entity. */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRunner } from '../../src/app/worker/runner.ts';
import { addVariant, EMPTY_LIBRARY, updateVariant } from '../../src/app/state/library.ts';
import { mergeScenario, validateScenario } from '../../src/scenario/index.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import type { Loose } from '../../src/scenario/schema/loose.ts';
import type { Scenario } from '../../src/core/model/scenario.ts';
import {
  ENTITY_FIELDS, ENTITY_KINDS, entityOptions, fieldValue, fieldsFor, fromInput, issuesFor, issuesForField,
  setFieldInOverride, type EntityRef, type FieldDef,
} from '../../src/app/state/entityForms.ts';

let doc: Loose;
let scenario: Scenario;
beforeAll(async () => {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline invalid');
  doc = r.resolvedRaw;
  scenario = r.scenario;
});

const field = (kind: keyof typeof ENTITY_FIELDS, key: string, series?: 'base' | 'growth'): FieldDef => {
  const f = ENTITY_FIELDS[kind].find((x) => x.path.join('.') === key && x.series === series);
  if (!f) throw new Error(`no field ${kind}.${key}`);
  return f;
};
const entity = (kind: EntityRef['kind'], id: string | null): EntityRef => {
  const e = entityOptions(doc).find((o) => o.kind === kind && o.id === id);
  if (!e) throw new Error(`no entity ${kind} ${String(id)}`);
  return e;
};
/** The variant: the override merged over the baseline, validated. */
const apply = (override: Loose) => {
  const merged = mergeScenario(doc, override, 'variant', new WeakMap());
  expect(merged.issues).toEqual([]);
  return validateScenario(merged.value);
};

describe('entity forms', () => {
  it('lists the city, every district, town, program, PPP project and fund with its issue path', () => {
    const opts = entityOptions(doc);
    expect(opts[0]).toMatchObject({ kind: 'city', id: null, path: 'city' });
    expect(opts.filter((o) => o.kind === 'district')).toHaveLength(scenario.districts.length);
    expect(opts.filter((o) => o.kind === 'town').map((o) => o.id)).toEqual(scenario.towns.map((t) => t.id));
    expect(opts.filter((o) => o.kind === 'program').map((o) => o.path)).toEqual(scenario.rewards.programs.map((_, i) => `rewards.programs[${i}]`));
    expect(opts.filter((o) => o.kind === 'ppp').map((o) => o.path)).toEqual(scenario.ppp.map((_, i) => `ppp[${i}]`));
    expect(opts.filter((o) => o.kind === 'fund').map((o) => o.path)).toEqual(scenario.funds.map((_, i) => `funds[${i}]`));
    expect(new Set(opts.map((o) => o.key)).size).toBe(opts.length);
    for (const k of ENTITY_KINDS) for (const f of ENTITY_FIELDS[k]) expect(f.zh && f.en).toBeTruthy();
  });

  it('prefills fields from the resolved scenario (scalars, enums, series parts; curves are not form-editable)', () => {
    const town = scenario.towns[0];
    if (!town) throw new Error('no town');
    const e = entity('town', town.id);
    expect(fieldValue(doc, e, field('town', 'land.residentialLandKm2'))).toBe(town.land.residentialLandKm2);
    expect(fieldValue(doc, e, field('town', 'region'))).toBe(town.region);
    expect(fieldValue(doc, e, field('town', 'revenue', 'growth'))).toBe(town.revenue.kind === 'growth' ? town.revenue.growth : undefined);
    const city = entity('city', null);
    expect(fieldValue(doc, city, field('city', 'budgetRevenue', 'base'))).toBe(19_000_000);
    // The baseline's discount rate is a curve by tenor: not a flat number the form could edit.
    expect(fieldValue(doc, city, field('city', 'discountRate'))).toBeUndefined();
  });

  it("writes a town's residential land as { towns: [{ id, land: { residentialLandKm2 } }] }, changing only that value", () => {
    const town = scenario.towns[2];
    if (!town) throw new Error('no town');
    const e = entity('town', town.id);
    const o = setFieldInOverride({}, e, field('town', 'land.residentialLandKm2'), 0.1, doc);
    expect(o).toEqual({ towns: [{ id: town.id, land: { residentialLandKm2: 0.1 } }] });
    const v = apply(o);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    expect(v.scenario.towns[2]?.land).toEqual({ ...town.land, residentialLandKm2: 0.1 });
    expect({ ...v.scenario, towns: v.scenario.towns.map((t, i) => (i === 2 ? { ...t, land: town.land } : t)) }).toEqual(scenario);
    // A second field of the same town joins its item; another town gets its own.
    const o2 = setFieldInOverride(o, e, field('town', 'theme'), 'culture', doc);
    const other = entity('town', scenario.towns[0]?.id ?? '');
    const o3 = setFieldInOverride(o2, other, field('town', 'creationYear'), 2018, doc);
    expect(o3).toEqual({ towns: [{ id: town.id, land: { residentialLandKm2: 0.1 }, theme: 'culture' }, { id: other.id, creationYear: 2018 }] });
    expect(o).toEqual({ towns: [{ id: town.id, land: { residentialLandKm2: 0.1 } }] });
  });

  it('a negative area is an issue issuesFor attributes to that town (and its field), not to others', () => {
    const e = entity('town', scenario.towns[3]?.id ?? '');
    const f = field('town', 'land.residentialLandKm2');
    const v = apply(setFieldInOverride({ id: 'x', name: 'x' }, e, f, fromInput(f, '-1') ?? 0, doc));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const mine = issuesFor(v.issues, e);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.map((i) => i.path)).toContain('towns[3].land.residentialLandKm2');
    expect(issuesForField(v.issues, e, f).length).toBeGreaterThan(0);
    expect(mine.every((i) => i.zh !== '' && i.en !== '')).toBe(true);
    expect(issuesFor(v.issues, entity('town', scenario.towns[0]?.id ?? ''))).toEqual([]);
    // `towns[3]` does not cover `towns[30]`.
    expect(issuesFor([{ path: 'towns[30].name', value: 1, zh: 'x', en: 'x' }], e)).toEqual([]);
  });

  it('PPP projects, funds, programs and the city write at their own paths', () => {
    const p = scenario.ppp[1];
    const fund = scenario.funds[0];
    const prog = scenario.rewards.programs[0];
    if (!p || !fund || !prog) throw new Error('baseline lacks ppp, funds or programs');
    let o: Loose = {};
    o = setFieldInOverride(o, entity('ppp', p.id), field('ppp', 'profitRate'), 0.05, doc);
    o = setFieldInOverride(o, entity('ppp', p.id), field('ppp', 'loan.rate'), 0.04, doc);
    o = setFieldInOverride(o, entity('fund', fund.id), field('fund', 'takahashiAlexander.lifeYears'), 12, doc);
    o = setFieldInOverride(o, entity('program', prog.id), field('program', 'name'), '改名', doc);
    o = setFieldInOverride(o, entity('city', null), field('city', 'budgetRevenue', 'growth'), 0.02, doc);
    expect(o).toEqual({
      ppp: [{ id: p.id, profitRate: 0.05, loan: { rate: 0.04 } }],
      funds: [{ id: fund.id, takahashiAlexander: { lifeYears: 12 } }],
      rewards: { programs: [{ id: prog.id, name: '改名' }] },
      city: { budgetRevenue: { growth: 0.02, base: 19_000_000 } },
    });
    const v = apply(o);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    expect(v.scenario.ppp[1]?.profitRate).toBe(0.05);
    expect(v.scenario.ppp[1]?.loan.rate).toBe(0.04);
    expect(v.scenario.ppp[0]).toEqual(scenario.ppp[0]);
    expect(v.scenario.funds[0]?.takahashiAlexander.lifeYears).toBe(12);
    expect(v.scenario.funds[0]?.takahashiAlexander.growth).toBe(fund.takahashiAlexander.growth);
    expect(v.scenario.rewards.programs[0]?.name).toBe('改名');
    expect(v.scenario.city.budgetRevenue).toEqual({ kind: 'growth', base: 19_000_000, growth: 0.02 });

    // A bad PPP profit rate and fund share are attributed to their entity paths.
    let bad: Loose = setFieldInOverride({}, entity('ppp', p.id), field('ppp', 'profitRate'), 2, doc);
    bad = setFieldInOverride(bad, entity('fund', fund.id), field('fund', 'governmentShare'), -0.5, doc);
    const b = apply(bad);
    if (b.ok) throw new Error('expected issues');
    expect(issuesFor(b.issues, entity('ppp', p.id)).map((i) => i.path)).toEqual(['ppp[1].profitRate']);
    expect(issuesFor(b.issues, entity('fund', fund.id)).map((i) => i.path)).toContain('funds[0].governmentShare');
  });

  it('a PPP project\'s rate-indexed flag (SPEC §8) is a checkbox: unset in the baseline, written as { ppp: [{ id, rateIndexed }] }', () => {
    const p = scenario.ppp[0];
    if (!p) throw new Error('baseline lacks ppp');
    const f = field('ppp', 'rateIndexed');
    expect(f).toMatchObject({ input: 'boolean', zh: '借款利率挂钩 LPR' });
    expect(fieldsFor(doc, entity('ppp', p.id))).toContain(f);
    // the baseline writes no flag: the box is unchecked and the model reads "not linked"
    expect(p.rateIndexed).toBeUndefined();
    expect(fieldValue(doc, entity('ppp', p.id), f)).toBeNull();
    const o = setFieldInOverride({}, entity('ppp', p.id), f, fromInput(f, 'true') ?? false, doc);
    expect(o).toEqual({ ppp: [{ id: p.id, rateIndexed: true }] });
    const v = apply(o);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    expect(v.scenario.ppp[0]).toEqual({ ...p, rateIndexed: true });
    expect(v.scenario.ppp.slice(1)).toEqual(scenario.ppp.slice(1));
    // unchecking writes false, not a removal: the variant states it
    const off = setFieldInOverride(o, entity('ppp', p.id), f, fromInput(f, 'false') ?? true, doc);
    expect(off).toEqual({ ppp: [{ id: p.id, rateIndexed: false }] });
  });

  it('program fields follow the program kind; empty boxes write nothing (or null when nullable)', () => {
    const rr = scenario.rewards.programs.find((q) => q.kind === 'revenue-return');
    if (rr) expect(fieldsFor(doc, entity('program', rr.id)).some((f) => f.path[0] === 'base')).toBe(false);
    const ms = scenario.rewards.programs.find((q) => q.kind === 'milestone');
    if (ms) expect(fieldsFor(doc, entity('program', ms.id)).some((f) => f.path[0] === 'base')).toBe(true);
    expect(fromInput(field('town', 'creationYear'), '')).toBeUndefined();
    expect(fromInput(field('town', 'creationYear'), 'abc')).toBeUndefined();
    expect(fromInput(field('town', 'namingYear'), ' ')).toBeNull();
    expect(fromInput(field('town', 'flagship'), 'true')).toBe(true);
  });
});

describe('runner: a variant reply carries its merged document for the forms', () => {
  it('valid and invalid variants return doc; bundled scenarios do not', async () => {
    const dir = new URL('../../scenarios/', import.meta.url);
    const bundled = new Map(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => [`/scenarios/${f}`, readFileSync(new URL(f, dir), 'utf8')] as const));
    const BASE = '/scenarios/guangzhou-baseline.yaml';
    const runner = createRunner(bundled);
    const { lib, entry } = addVariant(EMPTY_LIBRARY, [...bundled.keys()], BASE, 'guangzhou-baseline', '基准', 'zh');
    const town = entity('town', scenario.towns[1]?.id ?? '');
    const f = field('town', 'land.residentialLandKm2');
    const good = updateVariant(lib, entry.path, { override: setFieldInOverride(entry.override, town, f, 0.05, doc) });
    const r = await runner.run(entry.path, good.user);
    expect(r.ok).toBe(true);
    expect(r.doc && fieldValue(r.doc, town, f)).toBe(0.05);
    const bad = updateVariant(lib, entry.path, { override: setFieldInOverride(entry.override, town, f, -2, doc) });
    const rb = await runner.run(entry.path, bad.user);
    expect(rb.ok).toBe(false);
    expect(rb.doc && fieldValue(rb.doc, town, f)).toBe(-2);
    if (!rb.ok) expect(issuesFor(rb.issues, town).map((i) => i.path)).toContain(`${town.path}.land.residentialLandKm2`);
    expect((await runner.run(BASE, [])).doc).toBeUndefined();
  }, 60_000);
});

describe('percent fields and float noise (issue #15)', () => {
  it('shows and takes rates in percent, writes decimals, and never shows float noise', async () => {
    const { isPercentField, toInput, fromInput: from, ENTITY_FIELDS: F } = await import('../../src/app/state/entityForms.ts');
    const profit = F.ppp.find((f) => f.path.join('.') === 'profitRate')!;
    const cost = F.ppp.find((f) => f.path.join('.') === 'constructionCost')!;
    expect(isPercentField(profit)).toBe(true);
    expect(isPercentField(cost)).toBe(false);
    // 0.0725 shows as 7.25 (not 7.249999999999999); 10.25 typed writes 0.1025 (not 0.10250000000000001)
    expect(toInput(0.0725, profit)).toBe('7.25');
    expect(from(profit, '10.25')).toBe(0.1025);
    expect(toInput(0.1 + 0.2, cost)).toBe('0.3');
    expect(toInput(68000, cost)).toBe('68000');
  });
});

describe('adding and removing entities (issue #15)', () => {
  it('adds a copy under a fresh id and removes an inherited entity with a removal marker; a copy is simply dropped', async () => {
    const m = await import('../../src/app/state/entityForms.ts');
    const doc = { city: { name: 'c' }, ppp: [{ id: 'road', name: '道路', constructionCost: 100 }] };
    const road = m.entityOptions(doc).find((o) => o.key === 'ppp:road')!;
    const id = m.freshId(doc, 'road');
    expect(id).toBe('road-copy');
    const added = m.addEntityCopy({ id: 'v', name: 'v' }, doc, road, id, '道路（副本）');
    expect(added).toEqual({ id: 'v', name: 'v', ppp: [{ id: 'road-copy', name: '道路（副本）', constructionCost: 100 }] });
    // the resolved document now has both; removing the copy drops it from the override
    const doc2 = { ...doc, ppp: [...doc.ppp, { id: 'road-copy', name: '道路（副本）', constructionCost: 100 }] };
    const copy = m.entityOptions(doc2).find((o) => o.key === 'ppp:road-copy')!;
    expect(m.removeEntityIn(added, doc2, copy)).toEqual({ id: 'v', name: 'v', ppp: [] });
    // removing the inherited one writes { id, remove: true } and drops its patches
    const patched = { id: 'v', name: 'v', ppp: [{ id: 'road', constructionCost: 150 }] };
    expect(m.removeEntityIn(patched, doc2, road)).toEqual({ id: 'v', name: 'v', ppp: [{ id: 'road', remove: true }] });
  });
});
