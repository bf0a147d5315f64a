import { describe, expect, it } from 'vitest';
import { ceilingHeadroom, floorHeadroom, onWarningHeadroom, shareCeilingHeadroom, shareFloorHeadroom } from '../../../src/core/debt/headroom.ts';

describe('headroom formulas (SPEC §6 "Headroom")', () => {
  it('ceiling q/d ≤ cap: cap·d − q (2·100 − 150 = 50), negative when broken, null when d ≤ 0', () => {
    expect(ceilingHeadroom(150, 100, 2)).toBe(50);
    expect(ceilingHeadroom(250, 100, 2)).toBe(-50);
    expect(ceilingHeadroom(1, 0, 2)).toBeNull();
  });
  it('floor q/d ≥ floor: the decrease allowed q − floor·d (260 − 200·1 = 60)', () => {
    expect(floorHeadroom(260, 1, 200)).toBe(60);
    expect(floorHeadroom(150, 1, 200)).toBe(-50);
    expect(floorHeadroom(1, -1, 200)).toBeNull();
  });
  it('share ceiling moves the whole with the part: (0.3·1 − 0.16)/0.7 = 0.2 km² of residential land', () => {
    // check: (0.16 + 0.2)/(1 + 0.2) = 0.36/1.2 = 0.3
    expect(shareCeilingHeadroom(0.16, 1, 0.3)).toBeCloseTo(0.2, 15);
    expect(shareCeilingHeadroom(0.37, 1, 0.3)).toBeCloseTo(-0.1, 15);
    expect(shareCeilingHeadroom(0.1, 0, 0.3)).toBeNull();
  });
  it('share floor moves the whole with the part: (80 − 0.6·100)/0.4 = 50 万元 of specialty investment', () => {
    // check: (80 − 50)/(100 − 50) = 30/50 = 0.6
    expect(shareFloorHeadroom(80, 100, 0.6)).toBeCloseTo(50, 12);
    expect(shareFloorHeadroom(50, 100, 0.6)).toBeCloseTo(-25, 12);
    expect(shareFloorHeadroom(1, 0, 0.6)).toBeNull();
  });
  describe('onWarningHeadroom (flow forbidden while n/d > τ)', () => {
    it('below the trigger: the flow may grow until the ratio reaches τ: (1·1000 − 900)/0.5 = 200', () => {
      expect(onWarningHeadroom(10, 0.5, 900, 1000, 1)).toBe(200);
    });
    it('below the trigger with weight 0: no finite limit (null)', () => {
      expect(onWarningHeadroom(10, 0, 900, 1000, 1)).toBeNull();
    });
    it('above the trigger: −min(flow, excess/weight) = −min(100, 30/0.5) = −60', () => {
      expect(onWarningHeadroom(100, 0.5, 1030, 1000, 1)).toBe(-60);
      expect(onWarningHeadroom(40, 0.5, 1030, 1000, 1)).toBe(-40);
    });
    it('above the trigger without a flow: 0', () => {
      expect(onWarningHeadroom(0, 1, 2000, 1000, 1)).toBe(0);
    });
    it('above the trigger with weight 0: only cutting the flow helps: −flow', () => {
      expect(onWarningHeadroom(70, 0, 2000, 1000, 1)).toBe(-70);
    });
    it('null when the denominator is not positive', () => {
      expect(onWarningHeadroom(1, 1, 1, 0, 1)).toBeNull();
    });
  });
});
