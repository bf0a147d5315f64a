/** One link carries a whole comparison (issue #15 question 4). */
import { describe, expect, it } from 'vitest';
import { decodeShares, encodeShare, encodeShares, shareable } from '../../src/app/state/share.ts';
import { EMPTY_LIBRARY, type Library } from '../../src/app/state/library.ts';
import { formatHash, parseHash } from '../../src/app/state/url.ts';

const BUNDLED = ['/scenarios/guangzhou-baseline.yaml', '/scenarios/guangzhou-elastic.yaml'];
const lib: Library = {
  ...EMPTY_LIBRARY,
  user: [
    { kind: 'variant', path: '/user/a.json', id: 'a', name: '甲', parent: BUNDLED[0]!, override: { id: 'a', name: '甲', rewards: { poolMode: 'queue' } }, levers: { rewardPool: 130_000 } },
    { kind: 'variant', path: '/user/b.json', id: 'b', name: '乙', parent: '/user/a.json', override: { id: 'b', name: '乙' }, levers: {} },
    { kind: 'imported', path: '/user/c.yaml', id: 'c', name: '丙', fileName: 'c.yaml', text: 'id: c' },
  ],
};

describe('shareable', () => {
  it('carries the variants of bundled scenarios and names what cannot travel, with the reason', () => {
    const { carried, missing } = shareable(['guangzhou-baseline', 'u:a', 'u:b', 'u:c'], lib, BUNDLED);
    expect(carried.map((c) => [c.ref, c.parent, c.name])).toEqual([['u:a', 'guangzhou-baseline', '甲']]);
    expect(missing).toEqual([{ ref: 'u:b', name: '乙', why: 'parent' }, { ref: 'u:c', name: '丙', why: 'imported' }]);
  });
});

describe('encodeShares / decodeShares', () => {
  it('round-trips a list of variants with their references', () => {
    const { carried } = shareable(['u:a'], lib, BUNDLED);
    const back = decodeShares(encodeShares(carried));
    expect(back).toEqual([{ ref: 'u:a', variant: { parent: 'guangzhou-baseline', name: '甲', override: lib.user[0]!.kind === 'variant' ? lib.user[0]!.override : {}, levers: { rewardPool: 130_000 } } }]);
  });
  it('reads an older one-variant link, and refuses a malformed one', () => {
    const one = encodeShare({ parent: 'guangzhou-baseline', name: 'x', override: {}, levers: {} });
    expect(decodeShares(one)).toEqual([{ ref: null, variant: { parent: 'guangzhou-baseline', name: 'x', override: {}, levers: {} } }]);
    expect(decodeShares('!!')).toBeNull();
    expect(decodeShares(encodeShares([{ ref: 'not-a-user-ref', parent: 'p', name: 'n', override: {}, levers: {} }]))).toBeNull();
  });
});

describe('the language in the address', () => {
  it('is read and written when named, absent otherwise', () => {
    expect(parseHash('#view=compare&lang=en').lang).toBe('en');
    expect('lang' in parseHash('#view=compare&lang=fr')).toBe(false);
    expect(formatHash({ ...parseHash('#view=risk'), lang: 'zh' })).toBe('#view=risk&lang=zh');
  });
});
