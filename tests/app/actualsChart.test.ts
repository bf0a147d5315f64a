import { describe, expect, it } from 'vitest';
import { actualVsPlan } from '../../src/charts/actuals.ts';

describe('actualVsPlan(town) (SPEC §12): actual against plan, forecast shaded', () => {
  const d = actualVsPlan({
    years: [2026, 2027, 2028], yearKind: ['actual', 'forecast', 'forecast'],
    achievement: [0.54, 0.66, null], paid: [200, 1220, 1300], planAchievement: [0.66, 0.66, 0.9], planPaid: [1040, 1220, 1300],
  }, 'zh');

  it('splits payments into actual-year and forecast-year bars and shades the forecast years', () => {
    expect(d.datasets[0]!.data).toEqual([200, null, null]);
    expect(d.datasets[1]!.data).toEqual([null, 1220, 1300]);
    expect(d.forecast).toEqual([1, 2]);
  });

  it('draws the plan dashed and keeps a missing achievement as a gap, never NaN', () => {
    expect(d.datasets[2]).toMatchObject({ dashed: true, data: [1040, 1220, 1300] });
    expect(d.datasets[3]!.data).toEqual([0.54, 0.66, null]);
    expect(d.datasets.flatMap((x) => x.data).every((v) => v === null || Number.isFinite(v))).toBe(true);
  });
});
