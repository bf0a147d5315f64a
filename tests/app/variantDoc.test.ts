/**
 * A dashboard variant is an `extends` document resolved by src/scenario (issue #11): the
 * variant's file extends its lever layer, which extends the parent; the runner resolves it
 * with `resolveScenario` like any file, so an override that removes an entity works with
 * levers set, a variant of a variant works, and problems name the variant's file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRunner } from '../../src/app/worker/runner.ts';
import { addVariant, EMPTY_LIBRARY, updateVariant, type Library, type VariantEntry } from '../../src/app/state/library.ts';
import { leverDocument, leverLayerPath, variantDocument } from '../../src/app/worker/variantDoc.ts';
import { readTextFrom, resolveScenario } from '../../src/scenario/index.ts';
import type { RunReply } from '../../src/app/worker/protocol.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const bundled = new Map(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => [`/scenarios/${f}`, readFileSync(new URL(f, dir), 'utf8')] as const));
const paths = [...bundled.keys()];
const BASE = '/scenarios/guangzhou-baseline.yaml';
const runner = createRunner(bundled);

function variant(lib: Library, parent: string, parentId: string, levers: Record<string, number>, override: Record<string, unknown> = {}): { lib: Library; entry: VariantEntry } {
  const added = addVariant(lib, paths, parent, parentId, '父', 'zh');
  const next = updateVariant(added.lib, added.entry.path, { levers, override: { ...added.entry.override, ...override } });
  const entry = next.user.find((e) => e.path === added.entry.path) as VariantEntry;
  return { lib: next, entry };
}

const okHash = (r: RunReply): string => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.result.scenario.hash;
};

describe('a variant as extends documents', () => {
  it('the variant extends its lever layer, which extends the parent; without levers it extends the parent', () => {
    const { entry } = variant(EMPTY_LIBRARY, BASE, 'guangzhou-baseline', { rewardPool: 1000 });
    expect(variantDocument(entry)).toMatchObject({ extends: '/user/guangzhou-baseline-v.levers.json', id: 'guangzhou-baseline-v' });
    expect(leverLayerPath(entry.path)).toBe('/user/guangzhou-baseline-v.levers.json');
    const plain = variant(EMPTY_LIBRARY, BASE, 'guangzhou-baseline', {}).entry;
    expect(variantDocument(plain).extends).toBe(BASE);
  });

  it('resolving the documents with resolveScenario over plain texts gives the runner’s scenario hash (one resolver)', async () => {
    const { lib, entry } = variant(EMPTY_LIBRARY, BASE, 'guangzhou-baseline', { pppProfitRate: 0.05, rewardPool: 80_000 }, { horizonYears: 12 });
    const parent = await resolveScenario(BASE, readTextFrom(Object.fromEntries(bundled)));
    if (!parent.ok) throw new Error('baseline');
    const files = {
      ...Object.fromEntries(bundled),
      [entry.path]: JSON.stringify(variantDocument(entry)),
      [leverLayerPath(entry.path)]: JSON.stringify(leverDocument(entry, parent.scenario)),
    };
    const direct = await resolveScenario(entry.path, readTextFrom(files));
    if (!direct.ok) throw new Error(JSON.stringify(direct.issues));
    expect(direct.files).toEqual([entry.path, leverLayerPath(entry.path), BASE]);
    expect(direct.scenario.horizonYears).toBe(12);
    expect(okHash(await runner.run(entry.path, lib.user))).toBe(direct.hash);
  }, 60_000);

  it('with a lever set, an override can still remove a PPP project the lever touched (layers merge in order)', async () => {
    const { lib, entry } = variant(EMPTY_LIBRARY, BASE, 'guangzhou-baseline', { pppProfitRate: 0.05 }, { ppp: [{ id: 'conghua-spa-road', remove: true }] });
    const r = await runner.run(entry.path, lib.user);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.result.ppp.map((p) => p.id)).not.toContain('conghua-spa-road');
    expect(r.result.ppp.length).toBeGreaterThan(0);
  }, 60_000);

  it('a variant of a variant resolves through both, and a bad lever names the variant’s file, not the hidden layer', async () => {
    const first = variant(EMPTY_LIBRARY, BASE, 'guangzhou-baseline', { rewardPool: 90_000 });
    const second = variant(first.lib, first.entry.path, first.entry.id, { fundGovernmentShare: 1.5 });
    const bad = await runner.run(second.entry.path, second.lib.user);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const i = bad.issues.find((x) => /^funds\[\d+\]\.governmentShare$/.test(x.path));
    expect(i?.file).toBe(second.entry.path);
    // the failed variant still carries its merged document for the editor's forms
    expect(bad.doc?.rewards).toMatchObject({ pool: 90_000 });
    const fixed = updateVariant(second.lib, second.entry.path, { levers: { fundGovernmentShare: 0.2 } });
    const good = await runner.run(second.entry.path, fixed.user);
    if (!good.ok) throw new Error(JSON.stringify(good.issues));
    expect(good.result.scenario.id).toBe(second.entry.id);
  }, 60_000);

  it('export folds both layers into one file: a removal of a project a lever patched survives, and re-importing gives the same hash', async () => {
    const { lib, entry } = variant(EMPTY_LIBRARY, BASE, 'guangzhou-baseline', { pppProfitRate: 0.05 }, { ppp: [{ id: 'conghua-spa-road', remove: true }] });
    const file = await runner.file(entry.path, lib.user);
    if (!file.ok || file.kind !== 'doc') throw new Error('expected a document');
    const ppp = file.doc.ppp as { id: string; remove?: boolean; profitRate?: number }[];
    expect(ppp.find((p) => p.id === 'conghua-spa-road')).toEqual({ id: 'conghua-spa-road', remove: true });
    expect(ppp.filter((p) => p.profitRate === 0.05).length).toBe(ppp.length - 1);
    const text = JSON.stringify(file.doc);
    const imported = await runner.run('/user/exported.json', [{ kind: 'imported', path: '/user/exported.json', id: 'x', name: 'x', fileName: 'exported.json', text }]);
    expect(okHash(imported)).toBe(okHash(await runner.run(entry.path, lib.user)));
  }, 60_000);
});
