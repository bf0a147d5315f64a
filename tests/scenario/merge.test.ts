import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEntityList, mergeScenario, originOf } from '../../src/scenario/merge.ts';
import type { Origins } from '../../src/scenario/merge.ts';
import type { Loose } from '../../src/scenario/schema/loose.ts';
import { baselineDoc } from './support.ts';

function merge(base: Loose, override: Loose) {
  return mergeScenario(base, override, 'child.yaml', new WeakMap());
}

describe('mergeScenario: SPEC §2 extends', () => {
  it('merges objects deep: unspecified keys keep the parent value', () => {
    const r = merge({ city: { name: 'a', retainedShare: 0.5 }, id: 'x' }, { city: { retainedShare: 0.4 } });
    expect(r.value).toEqual({ city: { name: 'a', retainedShare: 0.4 }, id: 'x' });
  });

  it('null is a value: it replaces (e.g. dropping a platform)', () => {
    expect(merge({ platform: { rate: 0.04 } }, { platform: null }).value).toEqual({ platform: null });
  });

  it('arrays of entities merge by id: matching ids override fields, new ids are appended in order', () => {
    const base = { towns: [{ id: 'a', n: 1, land: { x: 1, y: 2 } }, { id: 'b', n: 2 }] };
    const r = merge(base, { towns: [{ id: 'c', n: 3 }, { id: 'a', land: { y: 9 } }, { id: 'd', n: 4 }] });
    expect(r.value).toEqual({ towns: [{ id: 'a', n: 1, land: { x: 1, y: 9 } }, { id: 'b', n: 2 }, { id: 'c', n: 3 }, { id: 'd', n: 4 }] });
    expect(r.issues).toEqual([]);
  });

  it('{ id, remove: true } removes the inherited entity; the others keep their order', () => {
    const r = merge({ towns: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }, { towns: [{ id: 'b', remove: true }] });
    expect(r.value).toEqual({ towns: [{ id: 'a' }, { id: 'c' }] });
  });

  it('removing an id the parent does not have is an error naming the file and entry', () => {
    const r = merge({ towns: [{ id: 'a' }] }, { towns: [{ id: 'zz', remove: true }] });
    expect(r.issues).toEqual([expect.objectContaining({ file: 'child.yaml', path: 'towns[0].id', value: 'zz' })]);
    expect(r.issues[0]?.en).toMatch(/^cannot remove "zz"/);
  });

  it('a removal carries only id and remove: true', () => {
    const r = merge({ towns: [{ id: 'a' }, { id: 'b' }] }, { towns: [{ id: 'a', remove: true, name: 'x' }, { id: 'b', remove: 'yes' }] });
    expect(r.issues.map((i) => i.path)).toEqual(['towns[0]', 'towns[1]']);
    expect(r.value).toEqual({ towns: [{ id: 'a' }, { id: 'b' }] });
  });

  it('other arrays replace: a rate curve, a schedule, an empty list', () => {
    expect(merge({ curve: [0.02, 0.03] }, { curve: [0.025] }).value).toEqual({ curve: [0.025] });
    expect(merge({ towns: [{ id: 'a' }] }, { towns: [] }).value).toEqual({ towns: [] });
    expect(merge({ mixed: [{ id: 'a' }, 1] }, { mixed: [{ id: 'b' }] }).value).toEqual({ mixed: [{ id: 'b' }] });
  });

  it('an id repeated within one file stays repeated, for validation to report', () => {
    expect(merge({}, { towns: [{ id: 'a', n: 1 }, { id: 'a', n: 2 }] }).value).toEqual({ towns: [{ id: 'a', n: 1 }, { id: 'a', n: 2 }] });
  });

  it('an id the parent holds twice: the first is overridden or removed, a repeat in the override is appended', () => {
    const base = { towns: [{ id: 'a', n: 1 }, { id: 'a', n: 2 }, { id: 'b', n: 3 }] };
    expect(merge(base, { towns: [{ id: 'a', n: 9 }] }).value).toEqual({ towns: [{ id: 'a', n: 9 }, { id: 'a', n: 2 }, { id: 'b', n: 3 }] });
    expect(merge(base, { towns: [{ id: 'a', remove: true }, { id: 'a', n: 7 }] }).value)
      .toEqual({ towns: [{ id: 'a', n: 2 }, { id: 'b', n: 3 }, { id: 'a', n: 7 }] });
  });

  it('a removal inside a new entity (nothing inherited) is reported at its path', () => {
    const r = merge({}, { funds: [{ id: 'f', deals: [{ id: 'x', remove: true }] }] });
    expect(r.issues.map((i) => i.path)).toEqual(['funds[0].deals[0].id']);
    expect(r.value).toEqual({ funds: [{ id: 'f', deals: [] }] });
  });

  it('records origins through three files: a value keeps the file that set it, however deep', () => {
    const origins: Origins = new WeakMap();
    const root = mergeScenario({}, { towns: [{ id: 't', land: { x: 1 } }] }, 'root.yaml', origins);
    const mid = mergeScenario(root.value, { towns: [{ id: 'u', land: { x: 2, y: 3 } }], funds: [{ id: 'f', size: 1 }] }, 'mid.yaml', origins);
    const leaf = mergeScenario(mid.value, { towns: [{ id: 'u', land: { y: 4 } }, { id: 't', name: 'n' }] }, 'leaf.yaml', origins);
    const at = (...p: Array<string | number>) => originOf(leaf.value, p, origins, 'root.yaml');
    expect([at('towns', 0, 'land', 'x'), at('towns', 0, 'name'), at('towns', 1, 'land', 'x'), at('towns', 1, 'land', 'y'), at('funds', 0, 'size')])
      .toEqual(['root.yaml', 'leaf.yaml', 'mid.yaml', 'leaf.yaml', 'mid.yaml']);
  });

  it('isEntityList: a non-empty list of objects that all have a string id', () => {
    expect([isEntityList([{ id: 'a' }]), isEntityList([]), isEntityList([{ id: 1 }]), isEntityList([{ id: 'a' }, 'b'])]).toEqual([true, false, false, false]);
  });

  it('records which file set each value', () => {
    const origins: Origins = new WeakMap();
    const a = mergeScenario({}, { city: { name: 'x', rate: 1 }, towns: [{ id: 't', n: 1 }] }, 'base.yaml', origins);
    const b = mergeScenario(a.value, { city: { rate: 2 }, towns: [{ id: 'u', n: 2 }, { id: 't', land: { k: 1 } }] }, 'child.yaml', origins);
    const at = (...p: Array<string | number>) => originOf(b.value, p, origins, 'root.yaml');
    expect([at('city', 'name'), at('city', 'rate'), at('towns', 0, 'n'), at('towns', 0, 'land', 'k'), at('towns', 1, 'n')])
      .toEqual(['base.yaml', 'child.yaml', 'base.yaml', 'child.yaml', 'child.yaml']);
  });
});

/** JSON-like documents whose arrays of objects carry unique string ids (as scenario entities do). */
const leaf = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.constant(null));
const { doc } = fc.letrec<{ doc: Loose; value: unknown; entities: Loose[] }>((tie) => ({
  doc: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }).filter((k) => k !== 'remove' && k !== 'id' && k !== '__proto__'), tie('value'), { maxKeys: 4 }),
  value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(leaf, { maxLength: 3 }), tie('doc'), tie('entities')),
  entities: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
    .chain((ids) => fc.tuple(...ids.map((id) => tie('doc').map((d) => ({ ...d, id })))) as fc.Arbitrary<Loose[]>),
}));

describe('mergeScenario laws (fast-check)', () => {
  it('an empty override is the identity', () => {
    fc.assert(fc.property(doc, (d) => {
      expect(merge(d, {}).value).toEqual(d);
    }));
  });

  it('overriding with the same entities is the identity (idempotence: merge(d, d) = d)', () => {
    fc.assert(fc.property(doc, (d) => {
      const r = merge(d, d);
      expect(r.issues).toEqual([]);
      expect(r.value).toEqual(d);
    }));
  });

  it('overriding any subset of baseline towns with themselves leaves the baseline unchanged', () => {
    const base = baselineDoc();
    const towns = base.towns as Loose[];
    fc.assert(fc.property(fc.subarray(towns, { minLength: 1 }), (subset) => {
      expect(merge(base, { towns: subset }).value).toEqual(base);
    }), { numRuns: 30 });
  });

  it('removing an entity drops exactly it and keeps the others in order', () => {
    const base = baselineDoc();
    const ids = (base.towns as Loose[]).map((t) => t.id as string);
    fc.assert(fc.property(fc.constantFrom(...ids), (id) => {
      const r = merge(base, { towns: [{ id, remove: true }] });
      expect(((r.value.towns as Loose[]).map((t) => t.id))).toEqual(ids.filter((x) => x !== id));
    }));
  });
});

describe('mergeScenario safety (SPEC §9)', () => {
  it('a __proto__ key in a file stays a plain key and never changes prototypes', () => {
    const override = JSON.parse('{"__proto__": {"polluted": true}, "city": {"__proto__": {"x": 1}}}') as Loose;
    const r = merge({ city: { name: 'a' } }, override);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(Object.keys(r.value)).toContain('__proto__');
  });
});
