import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readYamlFast } from '../../src/scenario/fastYaml.ts';
import { parseScenarioText } from '../../src/scenario/parseText.ts';

/** What the `yaml` library reads (the reference the fast path must agree with). */
function viaYaml(text: string): unknown {
  return parseDocument(text, { prettyErrors: false, uniqueKeys: true }).toJS({ maxAliasCount: 1000 });
}

describe('readYamlFast reads what the yaml library reads', () => {
  it.each(readdirSync('scenarios').filter((f) => f.endsWith('.yaml')))('the bundled scenario %s', (f) => {
    const text = readFileSync(`scenarios/${f}`, 'utf8');
    expect(readYamlFast(text)).toEqual({ value: viaYaml(text) });
  });

  it('resolves plain scalars by the YAML 1.2 core schema exactly as yaml does (fast-check)', () => {
    // Plain scalars built from the characters numbers, booleans and nulls are made of.
    const scalar = fc.oneof(
      fc.stringMatching(/^[-+]?[0-9._eEoxXbB+-]{1,8}$/),
      fc.constantFrom('true', 'True', 'TRUE', 'tRUE', 'yes', 'no', 'on', 'off', 'null', 'Null', 'NULL', '~', 'nUll',
        '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN', '0o17', '0o8', '0x1F', '0xg', '0b101', '1_000', '2026-01-01', '1e3', '.5', '5.', '-0', '+12', '012'),
    );
    fc.assert(fc.property(scalar, (s) => {
      const text = `k: ${s}\nlist: [${s}, "${s}"]\n`;
      const fast = readYamlFast(text);
      const ref = (() => {
        try {
          const d = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
          return d.errors.length > 0 ? undefined : d.toJS();
        } catch {
          return undefined;
        }
      })();
      // Where the fast path reads a file, it reads it as yaml does (NaN compares equal to NaN here).
      if (fast !== undefined) expect(fast.value).toEqual(ref);
    }), { numRuns: 500 });
  });

  it('reads any JSON-like document that yaml writes back to the same data (fast-check)', () => {
    const key = fc.string({ minLength: 1, maxLength: 8 });
    const leaf = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.constant(null));
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
    }));
    fc.assert(fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), (doc) => {
      const text = stringify(doc);
      const fast = readYamlFast(text);
      expect(fast).toBeDefined();
      expect(fast?.value).toEqual(viaYaml(text));
    }), { numRuns: 300 });
  });

  it('keeps an ampersand inside a string on the fast path', () => {
    expect(readYamlFast('name: "R&D 研发"\nnote: a & b\n')).toEqual({ value: { name: 'R&D 研发', note: 'a & b' } });
  });

  it('reads an empty file as null, as yaml does', () => {
    expect(readYamlFast('')).toEqual({ value: null });
    expect(readYamlFast('# only a comment\n')).toEqual({ value: null });
  });
});

describe('readYamlFast declines what only yaml reads right', () => {
  it.each([
    ['an anchor (so any alias goes through yaml\'s alias cap)', 'a: &x { k: 1 }\nb: *x\n'],
    ['an anchor on a scalar', 'a: &x 1\n'],
    ['a %YAML 1.1 directive (other booleans)', '%YAML 1.1\n---\na: yes\n'],
    ['a duplicate key', 'id: a\nid: b\n'],
    ['a syntax error', 'city: { name: x\n'],
    ['an unknown tag', 'a: !!timestamp 2026-01-01\n'],
    ['nesting deeper than js-yaml reads', `${'['.repeat(150)}${']'.repeat(150)}`],
  ])('%s', (_why, text) => {
    expect(readYamlFast(text)).toBeUndefined();
  });

  it('a declined file still reads through yaml: aliases expand, the alias bomb is refused', () => {
    expect(parseScenarioText('a: &x { k: 1 }\nb: *x\n', 'a.yaml')).toEqual({ ok: true, doc: { a: { k: 1 }, b: { k: 1 } } });
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 8; i++) {
      const p = String.fromCharCode(96 + i);
      bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${p}`).join(', ')}]`);
    }
    const r = parseScenarioText(bomb.join('\n'), 'bomb.yaml');
    expect(r.ok).toBe(false);
  });

  it('a declined duplicate key is reported by yaml with its line and column', () => {
    const r = parseScenarioText('id: a\nname: x\nid: b\n', 'dup.yaml');
    expect(r.ok === false && r.issues[0]?.en).toMatch(/^YAML syntax error at line 3, column 1: /);
  });
});
