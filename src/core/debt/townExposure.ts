/**
 * A town's debt exposure (SPEC §6), per year, balances at year end, 万元:
 * `bonds` (special-bond balance), `platform` (platform debt not identified as hidden),
 * `hidden` (the hidden share of platform debt + fund guarantees + PPP guaranteed floors,
 * buy-backs and fixed returns), `accruedRewards` (queued unpaid claims), and, shown
 * separately, `pppCommitments` (not debt).
 * `total = bonds + platform + hidden + accruedRewards`; `ratio = total / revenue`, null when
 * revenue ≤ 0.
 */
import type { Town } from '../model/scenario.ts';
import { townBonds } from './bonds.ts';
import type { TownBonds } from './bonds.ts';
import { platformFlows } from './platformDebt.ts';
import type { PlatformFlows } from './platformDebt.ts';
import { lookup } from './inputs.ts';
import { copyOf, zeros } from './arrays.ts';
import type { DebtInputs } from './inputs.ts';

/** Exposure components and ratio, unrounded (the simulation's own numbers). */
export interface TownExposureSeries {
  readonly bonds: Float64Array;
  readonly platform: Float64Array;
  readonly hidden: Float64Array;
  readonly accruedRewards: Float64Array;
  readonly pppCommitments: Float64Array;
  readonly total: Float64Array;
  readonly ratio: (number | null)[];
}

/** A town's debt position: its bonds, its platform debt (null when it has none) and its exposure. */
export interface TownDebt {
  readonly bonds: TownBonds;
  readonly platform: PlatformFlows | null;
  readonly exposure: TownExposureSeries;
}

/** The town's bonds, platform debt and exposure for `n` years from `startYear` (SPEC §6), revenue given per year. */
export function townDebt(town: Town, startYear: number, n: number, revenue: ArrayLike<number>, inputs: DebtInputs): TownDebt {
  const bonds = townBonds(town, startYear, n);
  const platform = town.platform ? platformFlows(town.platform, startYear, n) : null;
  // a missing input (or entry) is 0
  const exposure = townExposure({
    bonds: bonds.balance,
    platform: platform?.nonHidden ?? NONE,
    hidden: [platform?.hidden ?? NONE, lookup(inputs.pppHidden, town.id) ?? NONE, lookup(inputs.fundHidden, town.id) ?? NONE],
    accruedRewards: lookup(inputs.accruedRewards, town.id) ?? NONE,
    pppCommitments: lookup(inputs.pppCommitments, town.id) ?? NONE,
    revenue,
  });
  return { bonds, platform, exposure };
}

const NONE = new Float64Array(0);


/** Parts of the exposure, each per year. */
export interface ExposureParts {
  readonly bonds: ArrayLike<number>;
  readonly platform: ArrayLike<number>;
  /** Every hidden-debt part (platform hidden share, fund guarantees, PPP guarantees): added up. */
  readonly hidden: readonly ArrayLike<number>[];
  readonly accruedRewards: ArrayLike<number>;
  readonly pppCommitments: ArrayLike<number>;
  readonly revenue: ArrayLike<number>;
}

/** Adds the parts up (SPEC §6): `total = bonds + platform + Σhidden + accruedRewards`, `ratio = total / revenue` (null when revenue ≤ 0). */
export function townExposure(parts: ExposureParts): TownExposureSeries {
  const n = parts.revenue.length;
  // every part as n doubles (missing values 0), so the year loop reads one kind of array only
  const bonds = doubles(parts.bonds, n), platform = doubles(parts.platform, n);
  const accrued = doubles(parts.accruedRewards, n), commitments = doubles(parts.pppCommitments, n), revenue = doubles(parts.revenue, n);
  const hiddenParts: Float64Array[] = [];
  for (const h of parts.hidden) hiddenParts.push(doubles(h, n));
  const out: TownExposureSeries = {
    bonds: copyOf(bonds.subarray(0, n)), platform: copyOf(platform.subarray(0, n)), hidden: zeros(n),
    accruedRewards: copyOf(accrued.subarray(0, n)), pppCommitments: copyOf(commitments.subarray(0, n)), total: zeros(n), ratio: [],
  };
  for (let i = 0; i < n; i++) {
    let hidden = 0;
    for (let j = 0; j < hiddenParts.length; j++) hidden += (hiddenParts[j] as Float64Array)[i] as number;
    const total = (bonds[i] as number) + (platform[i] as number) + hidden + (accrued[i] as number);
    out.hidden[i] = hidden;
    out.total[i] = total;
    const r = revenue[i] as number;
    out.ratio.push(r > 0 ? total / r : null);
  }
  return out;
}

/** `a` when it is a Float64Array of at least n values, else its first n values as one (missing ones 0). */
function doubles(a: ArrayLike<number>, n: number): Float64Array {
  if (a instanceof Float64Array && a.length >= n) return a;
  const out = zeros(n);
  for (let i = 0; i < n && i < a.length; i++) out[i] = a[i] ?? 0;
  return out;
}
