/**
 * 综合财力 of a district (SPEC §6 "Financial capacity", 财预〔2017〕35号): one input series, or
 * by parts — 一般公共预算财力 = own revenue + transfers received − remittances; 政府性基金财力
 * = fund revenue + transfers − remittances − cost-type spending + land, where land is its
 * own part `land.gross × land.netShare`; 综合财力 = the two.
 */
import { copyOf, sharedSeries, zeros } from './arrays.ts';
import type { CapacityParts, District } from '../model/scenario.ts';

/** The parts per year (万元); `fundBudget` includes `land`. */
export interface CapacityPartSeries {
  readonly generalBudget: Float64Array;
  readonly fundBudget: Float64Array;
  /** Of which (in `fundBudget`) net land revenue `gross × netShare`. */
  readonly land: Float64Array;
}

/** The parts for `n` years from `startYear`; `landFactor` (per year, default 1) scales gross land revenue (a §8 land shock). */
export function capacityParts(p: CapacityParts, startYear: number, n: number, landFactor?: ArrayLike<number>): CapacityPartSeries {
  const x = (s: Parameters<typeof sharedSeries>[0]): Float64Array => sharedSeries(s, startYear, n); // read only
  const [own, tIn, rem] = [x(p.generalBudget.ownRevenue), x(p.generalBudget.transfersIn), x(p.generalBudget.remittances)];
  const [fRev, fIn, fRem, fCost] = [x(p.fundBudget.revenue), x(p.fundBudget.transfersIn), x(p.fundBudget.remittances), x(p.fundBudget.costSpending)];
  const gross = x(p.land.gross);
  const out: CapacityPartSeries = { generalBudget: zeros(n), fundBudget: zeros(n), land: zeros(n) };
  for (let i = 0; i < n; i++) {
    const land = (gross[i] ?? 0) * (landFactor?.[i] ?? 1) * p.land.netShare;
    out.land[i] = land;
    out.generalBudget[i] = (own[i] ?? 0) + (tIn[i] ?? 0) - (rem[i] ?? 0);
    out.fundBudget[i] = (fRev[i] ?? 0) + (fIn[i] ?? 0) - (fRem[i] ?? 0) - (fCost[i] ?? 0) + land;
  }
  return out;
}

/**
 * 综合财力 and its parts (null when given as one series); throws when neither is given (the
 * edge requires one). A land shock `landFactor` (per year, default 1) scales land revenue:
 * by parts, gross land in the fund part; as one series, the district's `landRevenue` (net,
 * "of which") within it: `capacity − landRevenue·(1 − factor)`.
 */
export function districtCapacity(d: District, startYear: number, n: number, landFactor?: ArrayLike<number>): { readonly total: Float64Array; readonly parts: CapacityPartSeries | null } {
  if (d.capacityParts) {
    const parts = capacityParts(d.capacityParts, startYear, n, landFactor);
    const total = zeros(n);
    for (let i = 0; i < n; i++) total[i] = (parts.generalBudget[i] ?? 0) + (parts.fundBudget[i] ?? 0);
    return { total, parts };
  }
  if (!d.capacity) throw new Error(`district ${d.id}: neither capacity nor capacityParts`);
  const total = copyOf(sharedSeries(d.capacity, startYear, n));
  if (landFactor) {
    const land = sharedSeries(d.landRevenue, startYear, n);
    for (let i = 0; i < n; i++) total[i] = (total[i] ?? 0) - (land[i] ?? 0) * (1 - (landFactor[i] ?? 1));
  }
  return { total, parts: null };
}
