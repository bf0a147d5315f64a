import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addBilingualIssue, formatIssue, formatPath } from '../../src/scenario/issues.ts';
import { knownKeysErrorMap, translateIssues } from '../../src/scenario/translateIssues.ts';

function translate(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input, { reportInput: true, error: knownKeysErrorMap });
  if (r.success) throw new Error('expected a failure');
  return translateIssues(r.error.issues, input);
}

describe('formatPath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatPath(['towns', 3, 'land', 'residentialLandKm2'])).toBe('towns[3].land.residentialLandKm2');
    expect(formatPath([])).toBe('');
  });
});

describe('translateIssues', () => {
  it('custom issues take their Chinese from params.zh and their value from params.value', () => {
    const schema = z.object({ a: z.number() }).superRefine((_, ctx) => addBilingualIssue(ctx, ['a'], '中文说明', 'English text', 42));
    expect(translate(schema, { a: 1 })).toEqual([{ path: 'a', value: 42, zh: '中文说明', en: 'English text' }]);
  });

  it('too small and too big say the bound and what was found', () => {
    expect(translate(z.object({ n: z.number().gt(0) }), { n: 0 })[0]).toMatchObject({ path: 'n', value: 0, en: 'must be > 0, got 0', zh: '应 > 0，实际为 0' });
    expect(translate(z.object({ n: z.number().lt(5) }), { n: 7 })[0]).toMatchObject({ en: 'must be < 5, got 7' });
  });

  it('empty text is refused as empty', () => {
    expect(translate(z.object({ s: z.string().min(1) }), { s: '' })[0]).toMatchObject({ en: 'must not be empty', zh: '不能为空' });
  });

  it('every unknown key of an object is its own issue', () => {
    const issues = translate(z.strictObject({ alpha: z.number() }), { alpha: 1, alpah: 2, zzz: 3 });
    expect(issues.map((i) => [i.path, i.en])).toEqual([
      ['alpah', 'unknown key "alpah"; did you mean "alpha"?'],
      ['zzz', 'unknown key "zzz" (known keys: alpha); remove or correct it'],
    ]);
  });

  it('a union none of whose shapes fits, without a registered hint, says so plainly', () => {
    expect(translate(z.union([z.number(), z.boolean()]), 'x')[0]?.en).toBe('matches none of the accepted forms, got "x"');
  });

  it('long values are shortened in messages', () => {
    const en = translate(z.number(), 'x'.repeat(200))[0]?.en ?? '';
    expect(en.length).toBeLessThan(100);
    expect(en).toMatch(/…"?$/);
  });
});

describe('formatIssue', () => {
  it('writes one line: file: path: value — 中文 / English', () => {
    expect(formatIssue({ path: 'towns[3].land.residentialLandKm2', value: 5, zh: '住宅用地超过建设用地', en: 'residential exceeds construction land', file: 'a.yaml' }))
      .toBe('a.yaml: towns[3].land.residentialLandKm2: 5 — 住宅用地超过建设用地 / residential exceeds construction land');
  });

  it('leaves out what is unknown: no file, no value, no path', () => {
    expect(formatIssue({ path: 'horizonYears', value: undefined, zh: '缺少必填项', en: 'required field is missing' }))
      .toBe('horizonYears: — 缺少必填项 / required field is missing');
    expect(formatIssue({ path: '', value: undefined, zh: '空文件', en: 'empty file', file: 'b.yaml' })).toBe('b.yaml: — 空文件 / empty file');
  });

  it('quotes strings, writes objects as compact JSON, and stays on one line', () => {
    const line = formatIssue({ path: 'x', value: { a: 'line1\nline2' }, zh: '甲', en: 'a' });
    expect(line).toBe('x: {"a":"line1\\nline2"} — 甲 / a');
    expect(formatIssue({ path: 'y', value: 'abc', zh: '乙', en: 'b' })).toBe('y: "abc" — 乙 / b');
  });
});
