import type { DiscountRate, Scenario, Stage, Town } from './scenario.ts';

/** Calendar years simulated: startYear … startYear + horizonYears − 1 (SPEC §1). */
export function scenarioYears(s: Pick<Scenario, 'startYear' | 'horizonYears'>): number[] {
  return Array.from({ length: s.horizonYears }, (_, i) => s.startYear + i);
}

/** Rate for tenor n ≥ 1: the flat rate, or the curve's n-th value (last value repeats). SPEC §1. */
export function rateForTenor(rate: DiscountRate, n: number): number {
  switch (rate.kind) {
    case 'flat':
      return rate.rate;
    case 'curve': {
      const c = rate.byTenor;
      return c[Math.min(Math.max(n, 1), c.length) - 1] ?? 0;
    }
  }
}

/**
 * Discount factor of a flow at the end of calendar year `year`, valued at 1 January of
 * startYear: 1/(1+r_n)^n with n = year − startYear + 1 (SPEC §1).
 */
export function discountFactor(rate: DiscountRate, startYear: number, year: number): number {
  const n = year - startYear + 1;
  return 1 / Math.pow(1 + rateForTenor(rate, n), n);
}

export type TownStatusStage = Stage | 'inactive';

/** The town's stage in a year: inactive before creation, then planning → construction → operation (SPEC §2). */
export function stageIn(town: Pick<Town, 'creationYear' | 'stages'>, year: number): TownStatusStage {
  if (year < town.creationYear) return 'inactive';
  if (year >= town.stages.operation) return 'operation';
  if (year >= town.stages.construction) return 'construction';
  return 'planning';
}
