import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decidedTownStatus, noDecisions } from '../../../src/core/rewards/decided.ts';
import { STATUS, townStatus } from '../../../src/core/rewards/status.ts';

const params = { failBelow: 0.6, consecutiveFails: 2 };

describe('decidedTownStatus (SPEC §12 over §3 "Dynamic management")', () => {
  it('equals the §3 rule (townStatus) when the commission decided and graded nothing', () => {
    fc.assert(fc.property(
      fc.array(fc.option(fc.double({ min: 0, max: 1.5, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: -3, max: 5 }), fc.integer({ min: 1, max: 4 }),
      (as, creation, fails) => {
        const A = Float64Array.from(as, (a) => a ?? 0);
        const hasA = Uint8Array.from(as, (a) => (a === null ? 0 : 1));
        const p = { failBelow: 0.6, consecutiveFails: fails };
        const rule = new Uint8Array(as.length), decided = new Uint8Array(as.length);
        townStatus(A, hasA, creation, p, rule);
        decidedTownStatus(A, hasA, creation, p, noDecisions(as.length), decided);
        expect(Array.from(decided)).toEqual(Array.from(rule));
      },
    ));
  });

  it('keeps a town removed by decision removed for good, whatever it achieves later', () => {
    const d = noDecisions(4);
    d.status[1] = STATUS.removed;
    const out = new Uint8Array(4);
    decidedTownStatus(Float64Array.of(1, 1, 1, 1), Uint8Array.of(1, 1, 1, 1), 0, params, d, out);
    expect(Array.from(out)).toEqual([STATUS.active, STATUS.removed, STATUS.removed, STATUS.removed]);
  });

  it('lets a decided 整改 stand for one year over the rule’s removal, then removes on the next failing year', () => {
    // A = 0.5, 0.5, 0.5, 0.5: rule gives active, rectify, removed…; decision: 2nd year after → rectify
    const d = noDecisions(4);
    d.status[2] = STATUS.rectify;
    const out = new Uint8Array(4);
    decidedTownStatus(Float64Array.of(0.5, 0.5, 0.5, 0.5), Uint8Array.of(1, 1, 1, 1), 0, params, d, out);
    expect(Array.from(out)).toEqual([STATUS.active, STATUS.rectify, STATUS.rectify, STATUS.removed]);
  });
});
