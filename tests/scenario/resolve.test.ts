import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveFrom } from '../../src/scenario/filePath.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { pathSegments, readTextFrom, resolveScenario } from '../../src/scenario/resolve.ts';
import { BASELINE_FILE } from './support.ts';

const baselineText = readFileSync(BASELINE_FILE, 'utf8');
const BASE = '/s/base.yaml';

describe('resolveScenario', () => {
  it('loads a single file: scenario, hash, the raw document and the file list', async () => {
    const r = await resolveScenario(BASE, readTextFrom({ [BASE]: baselineText }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.files).toEqual([BASE]);
    expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.resolvedRaw.id).toBe('guangzhou-baseline');
  });

  it('follows extends relative to the extending file, through a chain', async () => {
    const files = readTextFrom({
      [BASE]: baselineText,
      '/s/variants/mid.yaml': 'extends: ../base.yaml\nid: mid\nhorizonYears: 10\n',
      '/s/variants/deep/leaf.json': '{"extends": "../mid.yaml", "id": "leaf", "city": {"retainedShare": "0.45"}}',
    });
    const r = await resolveScenario('/s/variants/deep/leaf.json', files);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.files).toEqual(['/s/variants/deep/leaf.json', '/s/variants/mid.yaml', BASE]);
    expect([r.scenario.id, r.scenario.horizonYears, r.scenario.city.retainedShare, r.scenario.city.name]).toEqual(['leaf', 10, 0.45, '广州市']);
    expect('extends' in r.resolvedRaw).toBe(false);
  });

  it('an empty override equals its parent: same scenario, same hash', async () => {
    const files = readTextFrom({ [BASE]: baselineText, '/s/same.yaml': 'extends: ./base.yaml\n' });
    const [parent, child] = await Promise.all([resolveScenario(BASE, files), resolveScenario('/s/same.yaml', files)]);
    expect(parent.ok && child.ok).toBe(true);
    if (!parent.ok || !child.ok) return;
    expect(child.scenario).toEqual(parent.scenario);
    expect(child.hash).toBe(parent.hash);
  });

  it('reports a cycle with the chain, against the file that closes it', async () => {
    const files = readTextFrom({ '/s/a.yaml': 'extends: ./b.yaml\n', '/s/b.yaml': 'extends: ./c.yaml\n', '/s/c.yaml': 'extends: ./a.yaml\n' });
    const r = await resolveScenario('/s/a.yaml', files);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: '/s/c.yaml', path: 'extends', value: './a.yaml' });
    expect(r.issues[0]?.en).toBe('extends forms a cycle: /s/a.yaml → /s/b.yaml → /s/c.yaml → /s/a.yaml');
    expect(r.files).toEqual(['/s/a.yaml', '/s/b.yaml', '/s/c.yaml']);
  });

  it('a file that extends itself is a cycle', async () => {
    const r = await resolveScenario('/s/a.yaml', readTextFrom({ '/s/a.yaml': 'extends: a.yaml\n' }));
    expect(r.ok === false && r.issues[0]?.en).toBe('extends forms a cycle: /s/a.yaml → /s/a.yaml');
  });

  it('a missing parent is reported against the file that names it', async () => {
    const r = await resolveScenario('/s/a.yaml', readTextFrom({ '/s/a.yaml': 'extends: ./gone.yaml\n' }));
    expect(r.ok === false && r.issues[0]).toMatchObject({ file: '/s/a.yaml', path: 'extends' });
    expect(r.ok === false && r.issues[0]?.en).toBe('cannot read file /s/gone.yaml: no such file: /s/gone.yaml');
  });

  it('extends must be a path', async () => {
    const r = await resolveScenario('/s/a.yaml', readTextFrom({ '/s/a.yaml': 'extends: [1]\n' }));
    expect(r.ok === false && r.issues[0]).toMatchObject({ file: '/s/a.yaml', path: 'extends', value: [1] });
  });

  it('a syntax error in a parent names the parent', async () => {
    const r = await resolveScenario('/s/a.yaml', readTextFrom({ '/s/a.yaml': 'extends: ./p.yaml\n', '/s/p.yaml': 'id: [unclosed\n' }));
    expect(r.ok === false && r.issues.every((i) => i.file === '/s/p.yaml')).toBe(true);
  });

  it('validation problems name the file that set the bad value', async () => {
    const files = readTextFrom({
      [BASE]: baselineText.replace('horizonYears: 15', 'horizonYears: 61'),
      '/s/v.yaml': 'extends: ./base.yaml\ncity: { retainedShare: 2 }\ntowns:\n  - id: huadu-jewelry\n    land: { plannedAreaKm2: -1 }\n  - id: brand-new\n    name: 新镇\n',
    });
    const r = await resolveScenario('/s/v.yaml', files);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path, i.file]));
    expect(byPath['horizonYears']).toBe(BASE);
    expect(byPath['city.retainedShare']).toBe('/s/v.yaml');
    expect(byPath['towns[5].land.plannedAreaKm2']).toBe('/s/v.yaml');
    expect(byPath['towns[13].district']).toBe('/s/v.yaml');
  });

  it('a __proto__ key is an unknown key of the file that wrote it, and pollutes nothing (SPEC §9)', async () => {
    const files = readTextFrom({ [BASE]: baselineText, '/s/v.json': '{"extends": "./base.yaml", "__proto__": {"x": 1}, "city": {"__proto__": {"y": 2}}}' });
    const r = await resolveScenario('/s/v.json', files);
    expect(r.ok === false && r.issues.map((i) => [i.file, i.path])).toEqual([['/s/v.json', 'city.__proto__'], ['/s/v.json', '__proto__']]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('removal problems are reported together with validation problems', async () => {
    const files = readTextFrom({ [BASE]: baselineText, '/s/v.yaml': 'extends: ./base.yaml\nhorizonYears: 0\ntowns:\n  - id: no-such-town\n    remove: true\n' });
    const r = await resolveScenario('/s/v.yaml', files);
    expect(r.ok === false && r.issues.map((i) => [i.file, i.path])).toEqual([
      ['/s/v.yaml', 'towns[0].id'],
      ['/s/v.yaml', 'horizonYears'],
    ]);
  });
});

describe('loadScenarioFile (Node)', () => {
  it('loads the committed variant with its parent from disk', async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-north-growth.yaml');
    expect(r.ok).toBe(true);
    expect(r.files.map((f) => f.split('/').pop())).toEqual(['guangzhou-north-growth.yaml', 'guangzhou-baseline.yaml']);
  });

  it('a file that does not exist is one issue naming it', async () => {
    const r = await loadScenarioFile('scenarios/no-such-file.yaml');
    expect(r.ok === false && r.issues).toHaveLength(1);
    expect(r.ok === false && r.issues[0]?.file).toMatch(/scenarios\/no-such-file\.yaml$/);
  });
});

describe('paths', () => {
  it.each([
    ['/s/a.yaml', './b.yaml', '/s/b.yaml'],
    ['/s/x/a.yaml', '../b.yaml', '/s/b.yaml'],
    ['/s/a.yaml', '/t/b.yaml', '/t/b.yaml'],
    ['rel/a.yaml', 'b.yaml', 'rel/b.yaml'],
    ['a.yaml', '../b.yaml', '../b.yaml'],
    ['C:\\s\\a.yaml', '.\\b.yaml', 'C:/s/b.yaml'],
  ])('resolveFrom(%j, %j) = %j', (from, target, out) => {
    expect(resolveFrom(from, target)).toBe(out);
  });

  it('pathSegments reads back what formatPath writes', () => {
    expect(pathSegments('towns[3].land.residentialLandKm2')).toEqual(['towns', 3, 'land', 'residentialLandKm2']);
    expect(pathSegments('')).toEqual([]);
  });
});
