/** Library, undo history and URL state: plain data with pure updates. */
import { describe, expect, it } from 'vitest';
import { addImported, addVariant, contentKey, EMPTY_LIBRARY, isLibrary, pathOfRef, refOf, removeEntry, updateVariant } from '../../src/app/state/library.ts';
import { historyOf, HISTORY_LIMIT, push, redo, undo } from '../../src/app/state/history.ts';
import { DEFAULT_STATE, formatHash, MAX_SCENARIOS, parseHash } from '../../src/app/state/url.ts';

const BUNDLED = ['/scenarios/guangzhou-baseline.yaml', '/scenarios/guangzhou-ppp-overload.yaml'];
const BASE = '/scenarios/guangzhou-baseline.yaml';

describe('library', () => {
  it('addVariant creates an empty override carrying a fresh slug id and a name after the parent', () => {
    const { lib, entry } = addVariant(EMPTY_LIBRARY, BUNDLED, BASE, 'guangzhou-baseline', '基准', 'zh');
    expect(entry).toMatchObject({ kind: 'variant', id: 'guangzhou-baseline-v', path: '/user/guangzhou-baseline-v.json', parent: BASE, levers: {} });
    expect(entry.override).toEqual({ id: 'guangzhou-baseline-v', name: '基准·变体1' });
    const second = addVariant(lib, BUNDLED, BASE, 'guangzhou-baseline', '基准', 'en').entry;
    expect(second.id).toBe('guangzhou-baseline-v-2');
    expect(second.name).toBe('基准 · variant 2');
  });

  it('updateVariant replaces levers/override but keeps the variant’s id, and leaves the old library untouched', () => {
    const { lib, entry } = addVariant(EMPTY_LIBRARY, BUNDLED, BASE, 'guangzhou-baseline', '基准', 'zh');
    const next = updateVariant(lib, entry.path, { levers: { rewardPool: 50_000 }, override: { id: 'hijack', rewards: { poolMode: 'queue' } } });
    const v = next.user[0];
    expect(v?.kind === 'variant' && v.levers).toEqual({ rewardPool: 50_000 });
    expect(v?.kind === 'variant' && v.override).toEqual({ id: entry.id, name: entry.name, rewards: { poolMode: 'queue' } });
    expect(lib.user[0]).toBe(entry);
    expect(contentKey(entry.path, next.user)).not.toBe(contentKey(entry.path, lib.user));
  });

  it('an imported file keeps its scenario id unless taken', () => {
    const a = addImported(EMPTY_LIBRARY, BUNDLED, { fileName: 'mine.yaml', text: 'x', id: 'guangzhou-baseline', name: 'n' });
    expect(a.entry.id).toBe('guangzhou-baseline-2');
    expect(a.entry.path).toBe('/user/guangzhou-baseline-2.yaml');
  });

  it('removeEntry refuses while a variant extends the entry', () => {
    const a = addImported(EMPTY_LIBRARY, BUNDLED, { fileName: 'mine.json', text: '{}', id: 'mine', name: 'n' });
    const b = addVariant(a.lib, BUNDLED, a.entry.path, 'mine', 'n', 'zh');
    expect(removeEntry(b.lib, a.entry.path)).toBeNull();
    expect(removeEntry(b.lib, b.entry.path)?.user.map((e) => e.id)).toEqual(['mine']);
  });

  it('refOf / pathOfRef: bundled by file stem, user entries as u:<id>', () => {
    const { lib, entry } = addVariant(EMPTY_LIBRARY, BUNDLED, BASE, 'guangzhou-baseline', '基准', 'zh');
    expect(refOf(BASE)).toBe('guangzhou-baseline');
    expect(refOf(entry.path)).toBe('u:guangzhou-baseline-v');
    expect(pathOfRef('u:guangzhou-baseline-v', lib, BUNDLED)).toBe(entry.path);
    expect(pathOfRef('guangzhou-ppp-overload', lib, BUNDLED)).toBe(BUNDLED[1]);
    expect(pathOfRef('u:nope', lib, BUNDLED)).toBeNull();
  });

  it('isLibrary accepts what the app stores and rejects anything else (autosave data is not trusted)', () => {
    const { lib } = addVariant(EMPTY_LIBRARY, BUNDLED, BASE, 'guangzhou-baseline', '基准', 'zh');
    expect(isLibrary(structuredClone(lib))).toBe(true);
    expect(isLibrary({ version: 2, user: [] })).toBe(false);
    expect(isLibrary({ version: 1, user: [{ kind: 'variant', path: '/etc/passwd', id: 'x', name: 'x', parent: BASE, override: {}, levers: {} }] })).toBe(false);
    expect(isLibrary(null)).toBe(false);
  });
});

describe('history', () => {
  it('undo returns the previous value and redo the undone one; a new push clears redo', () => {
    let h = historyOf(1);
    h = push(push(h, 2), 3);
    h = undo(h);
    expect(h.present).toBe(2);
    expect(redo(h).present).toBe(3);
    h = push(h, 4);
    expect(h.future).toEqual([]);
    expect(undo(undo(h)).present).toBe(1);
    expect(undo(historyOf(1)).present).toBe(1);
  });
  it(`keeps at most ${HISTORY_LIMIT} undo steps`, () => {
    let h = historyOf(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = push(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('URL state', () => {
  it('round-trips view, scenarios, detail subject and filters', () => {
    const st = { view: 'risk' as const, s: ['guangzhou-baseline', 'u:guangzhou-baseline-v'], sub: null, district: 'conghua', rule: 'ppp.share.10' };
    const hash = formatHash(st);
    expect(hash).toBe('#view=risk&s=guangzhou-baseline,u:guangzhou-baseline-v&district=conghua&rule=ppp.share.10');
    expect(parseHash(hash)).toEqual(st);
  });
  it('falls back to the library for an unknown view and drops malformed references', () => {
    expect(parseHash('#view=<script>&s=ok,../../etc,UPPER,u:fine')).toEqual({ ...DEFAULT_STATE, s: ['ok', 'u:fine'] });
  });
  it(`compares at most ${MAX_SCENARIOS} scenarios, duplicates once`, () => {
    expect(parseHash('#view=compare&s=a,b,a,c,d,e').s).toEqual(['a', 'b', 'c', 'd']);
  });
});

import { adoptShared, decodeShare, encodeShare, MAX_SHARE_CHARS } from '../../src/app/state/share.ts';

describe('share links', () => {
  const v = { parent: 'guangzhou-baseline', name: '基准·变体1', override: { id: 'guangzhou-baseline-v', name: '基准·变体1', rewards: { poolMode: 'queue' } }, levers: { rewardPool: 50_000 } };

  it('round-trips a variant (Chinese text included) through a URL-safe parameter', () => {
    const param = encodeShare(v);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeShare(param)).toEqual(v);
  });

  it('refuses malformed, oversized or wrongly shaped parameters', () => {
    expect(decodeShare('not base64!')).toBeNull();
    expect(decodeShare('e30')).toBeNull(); // {}
    expect(decodeShare(encodeShare({ ...v, parent: '../../etc/passwd' }))).toBeNull();
    expect(decodeShare(encodeShare({ ...v, levers: { rewardPool: Number.NaN } }))).toBeNull();
    expect(decodeShare('A'.repeat(MAX_SHARE_CHARS + 1))).toBeNull();
  });
});

describe('adopting a shared variant', () => {
  const shared = { parent: 'guangzhou-baseline', name: '共享变体', override: { id: 'guangzhou-baseline-v', name: '共享变体', rewards: { poolMode: 'queue' } }, levers: { rewardPool: 50_000 } };

  it('adds it over the bundled parent, keeping its id when free', () => {
    const r = adoptShared(EMPTY_LIBRARY, BUNDLED, shared);
    expect(r?.path).toBe('/user/guangzhou-baseline-v.json');
    expect(r?.lib.user[0]).toMatchObject({ kind: 'variant', parent: BASE, levers: { rewardPool: 50_000 }, override: { id: 'guangzhou-baseline-v', name: '共享变体', rewards: { poolMode: 'queue' } } });
  });

  it('opening the same link twice reuses the variant instead of adding a copy', () => {
    const once = adoptShared(EMPTY_LIBRARY, BUNDLED, shared);
    if (!once) throw new Error('adopt');
    const twice = adoptShared(once.lib, BUNDLED, shared);
    expect(twice?.lib).toBe(once.lib);
    expect(twice?.path).toBe(once.path);
  });

  it('refuses a parent that is not a bundled scenario', () => {
    expect(adoptShared(EMPTY_LIBRARY, BUNDLED, { ...shared, parent: 'somebody-elses-file' })).toBeNull();
  });
});
