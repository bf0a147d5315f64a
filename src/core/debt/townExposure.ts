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
  // each component as n doubles of its own (missing values 0), so the year loop reads one kind of array only
  const out: TownExposureSeries = {
    bonds: own(parts.bonds, n), platform: own(parts.platform, n), hidden: zeros(n),
    accruedRewards: own(parts.accruedRewards, n), pppCommitments: own(parts.pppCommitments, n), total: zeros(n), ratio: [],
  };
  // Σ hidden parts year by year, in the parts' order (the same sums as adding them up per year)
  for (const h of parts.hidden) {
    const m = Math.min(n, h.length);
    for (let i = 0; i < m; i++) out.hidden[i] = (out.hidden[i] as number) + (h[i] ?? 0);
  }
  const revenue = parts.revenue;
  for (let i = 0; i < n; i++) {
    const total = (out.bonds[i] as number) + (out.platform[i] as number) + (out.hidden[i] as number) + (out.accruedRewards[i] as number);
    out.total[i] = total;
    const r = revenue[i] ?? 0;
    out.ratio.push(r > 0 ? total / r : null);
  }
  return out;
}

/** The first n values of `a` as a new array (missing ones 0). */
function own(a: ArrayLike<number>, n: number): Float64Array {
  if (a instanceof Float64Array) return copyOf(a.length > n ? a.subarray(0, n) : a, n);
  const out = zeros(n);
  for (let i = 0; i < n && i < a.length; i++) out[i] = a[i] ?? 0;
  return out;
}
