/**
 * Debt exposure and limits of a scenario (SPEC §6): the towns' special bonds, platform debt
 * and exposure, the districts' ratios and tiers, and every debt limit evaluated per year.
 * `debtKernel` is the unrounded year loop (for Monte Carlo and goal seek); `simulateDebt`
 * adds the limits and shapes the output contract (SPEC §10), money rounded to the fen.
 */
import type { Finding, LimitRow } from '../rules/types.ts';
import { collector } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { Scenario, Town } from '../model/scenario.ts';
import { scenarioYears } from '../model/timeline.ts';
import type { DistrictResult, TownResult } from '../result.ts';
import { roundFen } from '../ledger/index.ts';
import { addInto, sharedSeries, zeros } from './arrays.ts';
import { districtDebt } from './districtRatios.ts';
import { districtCapacity } from './capacity.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { districtLimits } from './districtLimits.ts';
import { lookup, seriesOr } from './inputs.ts';
import type { DebtInputs } from './inputs.ts';
import { onWarningLimits } from './onWarning.ts';
import type { TownWithDebt } from './onWarning.ts';
import { toBondResult, toDistrictResult, toPlatformResult, toTownExposure } from './shape.ts';
import type { BondResult, PlatformResult } from './shape.ts';
import { bondSubjectId } from './selfBalance.ts';
import { selfBalanceLimits } from './selfBalance.ts';
import { townDebt } from './townExposure.ts';
import type { TownDebt } from './townExposure.ts';
import { townExposureLimits } from './townLimits.ts';
import { interestLimits } from './interestLimits.ts';
import { negativeListLimits } from './negativeList.ts';
import { newHiddenDebtLimits } from './newHiddenDebt.ts';
import { removalCandidateLimits } from './removalCandidates.ts';
import { tierBroadLimits } from './tierBroad.ts';
import { typeLimits } from './typeLimits.ts';
import { onWarningSeries } from './warning.ts';

/** The unrounded debt figures of a run. */
export interface DebtKernel {
  readonly years: readonly number[];
  /**
   * By town id, scenario order; `revenue` is the town's gross fiscal revenue used for the
   * ratio. The kernel's arrays are read-only: some are shared with the scenario's expanded
   * series or with other runs (`sharedSeries`, the bond memo of `townBonds`).
   */
  readonly towns: ReadonlyMap<string, TownDebt & { readonly revenue: Float64Array }>;
  /** By district id, scenario order. */
  readonly districts: ReadonlyMap<string, DistrictDebtSeries>;
}

/** What `simulateDebt` returns: exposures by town id, district results, every evaluated limit and its findings. */
export interface DebtResult {
  readonly towns: ReadonlyMap<string, TownResult['exposure']>;
  readonly districts: readonly DistrictResult[];
  /** Each special bond by `<townId>/<bondId>` (scenario order): issue, balance, debt service, interest, coverage. */
  readonly bonds: ReadonlyMap<string, BondResult>;
  /** Each town's platform debt by town id (towns that have one). */
  readonly platform: ReadonlyMap<string, PlatformResult>;
  /** Each town's budget support of special-bond cash gaps per year (fiscal cost, SPEC §6), to the fen, by town id. */
  readonly bondSupport: ReadonlyMap<string, readonly number[]>;
  /** Σ over all towns of `bondSupport` per year, unrounded (added to `city.fiscalCost`). */
  readonly bondSupportTotal: Float64Array;
  readonly limits: readonly LimitRow[];
  readonly findings: readonly Finding[];
}

/** The towns' and districts' debt figures, unrounded (SPEC §6). Throws if a town names an unknown district (the edge validates this). */
export function debtKernel(scenario: Scenario, inputs: DebtInputs = {}): DebtKernel {
  const years = scenarioYears(scenario);
  const n = years.length;
  const { startYear } = scenario;
  const towns = new Map<string, TownDebt & { revenue: Float64Array }>();
  const byDistrict = new Map<string, TownDebt[]>();
  for (const d of scenario.districts) byDistrict.set(d.id, []);
  for (const town of scenario.towns) {
    // the override is copied by seriesOr; without one the shared expansion is the revenue (read only)
    const revenue = seriesOr(inputs.townRevenue, town.id, sharedSeries(town.revenue, startYear, n));
    const t = townDebt(town, startYear, n, revenue, inputs);
    const withRevenue = { bonds: t.bonds, platform: t.platform, exposure: t.exposure, revenue };
    towns.set(town.id, withRevenue);
    byDistrict.get(town.district)?.push(withRevenue);
  }
  const districts = new Map<string, DistrictDebtSeries>();
  for (const district of scenario.districts) {
    const cap = districtCapacity(district, startYear, n, lookup(inputs.districtLandFactor, district.id));
    const capacity = seriesOr(inputs.districtCapacity, district.id, cap.total);
    const own = byDistrict.get(district.id) ?? [];
    districts.set(district.id, districtDebt(district, own, startYear, n, capacity, cap.parts, inputs.districtReported?.get(district.id)));
  }
  for (const t of scenario.towns) {
    if (!districts.has(t.district)) throw new Error(`town ${t.id}: unknown district ${t.district}`);
  }
  return { years, towns, districts };
}

/** Every debt limit of SPEC §6 for every year, recorded into `out` (towns first, then districts, scenario order). */
export function debtLimits(scenario: Scenario, k: DebtKernel, out: Collector = collector()): Collector {
  const byDistrict = townsByDistrict(scenario);
  for (const town of scenario.towns) {
    const t = mustGet(k.towns, town.id);
    townExposureLimits(out, town.id, k.years, t.exposure, t.revenue, scenario.rules);
    if (t.platform) newHiddenDebtLimits(out, town, t.platform, k.years, scenario.rules);
    for (const bond of town.bonds) {
      selfBalanceLimits(out, town.id, bond, mustGet(t.bonds.lives, bond.id), k.years, scenario.rules);
      negativeListLimits(out, town.id, bond, k.years, scenario.rules);
    }
  }
  for (const district of scenario.districts) {
    const d = mustGet(k.districts, district.id);
    districtLimits(out, district.id, k.years, d, scenario.rules);
    tierBroadLimits(out, district.id, k.years, d, scenario.rules);
    typeLimits(out, district.id, k.years, d, scenario.rules);
    interestLimits(out, district.id, k.years, d, scenario.rules);
    const towns = byDistrict.get(district.id) ?? [];
    const own: TownWithDebt[] = [];
    for (const town of towns) own.push({ town, debt: mustGet(k.towns, town.id) });
    onWarningLimits(out, k.years, d, own, scenario.rules);
    removalCandidateLimits(out, towns, onWarningSeries(d.compositeRatio, k.years, scenario.rules), k.years, scenario.rules);
  }
  return out;
}

/**
 * `simulateDebt(scenario, inputs)`: exposures (SPEC §6) by town id, `DistrictResult`s
 * (with `pppShare` put through from `inputs.districtPppShare`, null where absent), each
 * bond's and each town's platform-debt flows, and every evaluated limit with its findings.
 * Money rounded to the fen; ratios, limit values and headroom unrounded.
 */
export function simulateDebt(scenario: Scenario, inputs: DebtInputs = {}): DebtResult {
  return debtResult(debtTotals(scenario, inputs));
}

/** `debtTotals` shaped into the whole `DebtResult`: each town's exposure, bonds, platform debt and budget support, to the fen. */
export function debtResult(d: DebtTotals): DebtResult {
  const towns = new Map<string, TownResult['exposure']>();
  const bonds = new Map<string, BondResult>();
  const platform = new Map<string, PlatformResult>();
  const bondSupport = new Map<string, readonly number[]>();
  for (const [id, t] of d.kernel.towns) {
    bondSupport.set(id, Array.from(t.bonds.support, roundFen));
    towns.set(id, toTownExposure(t.exposure));
    for (const [bondId, f] of t.bonds.byBond) bonds.set(bondSubjectId(id, bondId), toBondResult(f, t.bonds.lives.get(bondId)));
    if (t.platform) platform.set(id, toPlatformResult(t.platform));
  }
  return { towns, districts: d.districts, bonds, platform, bondSupport, bondSupportTotal: d.bondSupportTotal, limits: d.limits, findings: d.findings };
}

/** The debt result without the per-town, per-bond and platform shapes: what a Monte Carlo path reads (SPEC §1 "One engine"). */
export type DebtTotals = Pick<DebtResult, 'districts' | 'bondSupportTotal' | 'limits' | 'findings'> & { readonly kernel: DebtKernel };

/**
 * The kernel, every debt limit (`quiet`: rows without findings, for a Monte Carlo path), the
 * `DistrictResult`s and the towns' summed budget support: the part of `simulateDebt` a path
 * needs, computed by the same code.
 */
export function debtTotals(scenario: Scenario, inputs: DebtInputs = {}, quiet = false): DebtTotals {
  const k = debtKernel(scenario, inputs);
  const { limits, findings } = debtLimits(scenario, k, collector(quiet));
  const bondSupportTotal = zeros(k.years.length);
  for (const t of k.towns.values()) if (t.bonds.byBond.size > 0) addInto(bondSupportTotal, t.bonds.support);
  const districts: DistrictResult[] = [];
  for (const d of scenario.districts) districts.push(toDistrictResult(d.id, mustGet(k.districts, d.id), k.years, lookup(inputs.districtPppShare, d.id), scenario.rules));
  return { kernel: k, districts, bondSupportTotal, limits, findings };
}

/** The towns of each district, scenario order (one pass over the towns, not one per district). */
function townsByDistrict(scenario: Scenario): ReadonlyMap<string, readonly Town[]> {
  const out = new Map<string, Town[]>();
  for (const t of scenario.towns) {
    const list = out.get(t.district);
    if (list) list.push(t);
    else out.set(t.district, [t]);
  }
  return out;
}

function mustGet<K, V>(m: ReadonlyMap<K, V>, key: K): V {
  const v = m.get(key);
  if (v === undefined) throw new Error(`missing entry ${String(key)}`);
  return v;
}
