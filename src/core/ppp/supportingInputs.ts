/** 配套投入支出 (SPEC §4.2, 财金〔2015〕21号). */
import type { ProjectTime } from './projectTime.ts';
import type { SupportingInput } from './types.ts';

/**
 * Supporting inputs per project year (SPEC §4.2): `cost − what the partner pays for it`,
 * in the year given. An input dated outside the cooperation term is booked in the nearest
 * project year (before construction → year 1; after the term → the last year).
 */
export function supportingInputsObligation(items: readonly SupportingInput[], t: ProjectTime): Float64Array {
  const out = new Float64Array(t.length);
  for (const it of items) {
    const i = Math.min(Math.max(it.year - t.firstYear, 0), t.length - 1);
    out[i] = (out[i] ?? 0) + it.cost - it.partnerPays;
  }
  return out;
}
