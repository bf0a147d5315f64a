import { describe, expect, it } from 'vitest';
import { lineColumn, parseScenarioText } from '../../src/scenario/parseText.ts';

describe('parseScenarioText', () => {
  it('reads YAML into a plain document; year keys become strings', () => {
    const r = parseScenarioText('id: a\nseries: { byYear: { 2027: 3 } }\n', 'a.yaml');
    expect(r).toEqual({ ok: true, doc: { id: 'a', series: { byYear: { '2027': 3 } } } });
  });

  it('reads .json files as JSON', () => {
    expect(parseScenarioText('{"id": "a", "n": 1.50}', 'a.json')).toEqual({ ok: true, doc: { id: 'a', n: 1.5 } });
  });

  it('accepts JSON text in a .yaml file (YAML is a superset of JSON)', () => {
    expect(parseScenarioText('{"id": "a", "list": [1, 2]}', 'a.yaml')).toEqual({ ok: true, doc: { id: 'a', list: [1, 2] } });
  });

  it('a YAML syntax error becomes an issue with file, line and column', () => {
    const r = parseScenarioText('id: a\ncity: { name: x\nstartYear: 2026\n', 'bad.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const first = r.issues[0];
    expect(first?.file).toBe('bad.yaml');
    expect(first?.path).toBe('');
    expect(first?.en).toMatch(/^YAML syntax error at line \d+, column \d+: /);
    expect(first?.zh).toMatch(/^YAML 语法错误（第 \d+ 行第 \d+ 列）：/);
  });

  it('a duplicate key is a syntax error, not a silent override', () => {
    const r = parseScenarioText('id: a\nid: b\n', 'dup.yaml');
    expect(r.ok === false && r.issues[0]?.en).toMatch(/line 2, column 1/);
  });

  it('a JSON syntax error names line and column', () => {
    const r = parseScenarioText('{\n  "id": "a",\n  oops\n}', 'bad.json');
    expect(r.ok === false && r.issues[0]?.en).toMatch(/^JSON syntax error at line 3, column 3: /);
  });

  it('a file that is not YAML at all (binary, prose with colons in the wrong place) is an issue', () => {
    const r = parseScenarioText('\u0000\u0001PNG\r\n: : :\n\t- [', 'picture.yaml');
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.issues.every((i) => i.file === 'picture.yaml')).toBe(true);
  });

  it.each([
    ['', 'an empty file'],
    ['- a\n- b\n', 'a list'],
    ['just some text\n', '"just some text"'],
    ['42\n', '42'],
  ])('a file whose top level is not a mapping (%j) is an issue', (text, got) => {
    const r = parseScenarioText(text, 'x.yaml');
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.issues[0]).toMatchObject({
      file: 'x.yaml', path: '', en: `the file must contain a mapping (key: value) at the top level, got ${got}`,
    });
  });

  it('refuses alias bombs (SPEC §9)', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const r = parseScenarioText(lines.join('\n'), 'bomb.yaml');
    expect(r.ok).toBe(false);
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, col: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });
});
