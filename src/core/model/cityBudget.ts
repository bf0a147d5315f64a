import { assertNever, expandSeries, seriesValues } from './expand.ts';
import type { City } from './scenario.ts';

/**
 * City general budget expenditure per year (SPEC §2 "city"): the given series, or
 * `E_t = base · (R_t / R_y0)^elasticity` following revenue, y0 = startYear.
 */
export function cityBudgetExpenditure(city: City, startYear: number, count: number): Float64Array {
  const spec = city.budgetExpenditure;
  switch (spec.kind) {
    case 'series':
      return expandSeries(spec.series, startYear, count);
    case 'elastic': {
      const revenue = seriesValues(city.budgetRevenue, startYear, count);
      const r0 = revenue[0] ?? 0;
      const out = new Float64Array(count);
      for (let i = 0; i < count; i++) out[i] = r0 > 0 ? spec.base * Math.pow((revenue[i] ?? 0) / r0, spec.elasticity) : spec.base;
      return out;
    }
    default:
      return assertNever(spec);
  }
}
