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
import type { DebtInputs } from './inputs.ts';
import { at } from './arrays.ts';

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
  // a missing input (or entry) is 0: `townExposure` reads each part with `at`, which gives 0 past its end
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

const NONE: ArrayLike<number> = [];


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
  const out: TownExposureSeries = {
    bonds: new Float64Array(n), platform: new Float64Array(n), hidden: new Float64Array(n),
    accruedRewards: new Float64Array(n), pppCommitments: new Float64Array(n), total: new Float64Array(n), ratio: [],
  };
  const hiddenParts = parts.hidden;
  for (let i = 0; i < n; i++) {
    let hidden = 0;
    for (let j = 0; j < hiddenParts.length; j++) hidden += at(hiddenParts[j] as ArrayLike<number>, i);
    const total = at(parts.bonds, i) + at(parts.platform, i) + hidden + at(parts.accruedRewards, i);
    out.bonds[i] = at(parts.bonds, i);
    out.platform[i] = at(parts.platform, i);
    out.hidden[i] = hidden;
    out.accruedRewards[i] = at(parts.accruedRewards, i);
    out.pppCommitments[i] = at(parts.pppCommitments, i);
    out.total[i] = total;
    const r = at(parts.revenue, i);
    out.ratio.push(r > 0 ? total / r : null);
  }
  return out;
}
