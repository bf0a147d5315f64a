/**
 * The output boundary of the debt module (SPEC §1 "Arithmetic", §10): money rounded to the
 * fen (ROUND_HALF_UP), totals formed from the rounded parts so that they foot; ratios,
 * tiers and limits stay as simulated.
 */
import { fromFenInt, roundFen, sumFen, toFenInt } from '../ledger/index.ts';
import type { DistrictResult, Tier, TownResult } from '../result.ts';
import { at } from './arrays.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { tierOf } from './tiers.ts';
import type { TierEdges } from './tiers.ts';
import { tierEdgesFor } from './rulesMemo.ts';
import { fenOf } from './fenKept.ts';
import { onWarningSeries } from './warning.ts';
import type { TownExposureSeries } from './townExposure.ts';
import type { BondFlows } from './bonds.ts';
import type { BondLife } from './bondLife.ts';
import type { PlatformFlows } from './platformDebt.ts';
import { selfBalanceCoverage } from './selfBalance.ts';
import type { RuleOverrides } from '../rules/types.ts';

/** A town's exposure for the result: components to the fen, `total` = the fen sum of the rounded components. */
export function toTownExposure(e: TownExposureSeries): TownResult['exposure'] {
  const fen = (a: Float64Array): number[] => Array.from(a, roundFen);
  return {
    total: Array.from(e.total, (_, i) => sumFen([at(e.bonds, i), at(e.platform, i), at(e.hidden, i), at(e.accruedRewards, i)])),
    ratio: [...e.ratio],
    bonds: fen(e.bonds), platform: fen(e.platform), hidden: fen(e.hidden),
    accruedRewards: fen(e.accruedRewards), pppCommitments: fen(e.pppCommitments),
  };
}

/**
 * A district's result: money to the fen; legal debt rounded as a whole (as before debt by
 * type) and special debt = rounded legal − rounded general, so the types foot to it;
 * headroom = rounded limit − rounded balance (so they foot); `tier` from the legal
 * ratio and the `district.tier` edges, `tierBroad` from the broad ratio and the
 * `district.tier-broad` edges (see `tierVersionFor`); `onWarning` from the composite ratio
 * (`onWarningSeries`); `pppShare` put through (null where not given). The ratio series are the
 * kernel's own arrays (readonly in the result; nothing writes to them after `districtDebt`).
 */
export function toDistrictResult(
  id: string, d: DistrictDebtSeries, years: readonly number[], pppShare: ArrayLike<number | null> | undefined, rules: RuleOverrides = {},
): DistrictResult {
  const n = years.length;
  const parts = d.capacityParts;
  const pppShares: (number | null)[] = [];
  for (let i = 0; i < n; i++) pppShares.push(finite(pppShare?.[i]));
  return {
    id,
    legalDebt: fenOf(d.legalDebt), hiddenDebt: fenOf(d.hiddenDebt), capacity: fenOf(d.capacity),
    legalRatio: d.legalRatio, broadRatio: d.broadRatio,
    tier: tiers(d.legalRatio, tierEdgesFor(years, rules, 'district.tier')),
    debtLimit: fenOf(d.debtLimit),
    // limit − balance from the rounded figures, so headroom foots with the table; special = legal − general
    debtHeadroom: fenDifference(d.debtLimit, d.legalDebt, null),
    debtServiceRatio: d.debtServiceRatio, interestBurden: d.interestBurden,
    pppShare: pppShares,
    generalDebt: fenOf(d.generalDebt), specialDebt: fenDifference(d.legalDebt, d.generalDebt, null),
    generalLimit: d.generalLimit ? fenOf(d.generalLimit) : nulls(n), specialLimit: d.specialLimit ? fenOf(d.specialLimit) : nulls(n),
    generalHeadroom: d.generalLimit ? fenDifference(d.generalLimit, d.generalDebt, null) : nulls(n),
    specialHeadroom: d.specialLimit ? fenDifference(d.specialLimit, d.legalDebt, d.generalDebt) : nulls(n),
    generalRatio: d.generalRatio, specialRatio: d.specialRatio, compositeRatio: d.compositeRatio,
    tierBroad: tiers(d.broadRatio, tierEdgesFor(years, rules, 'district.tier-broad')),
    onWarning: onWarningSeries(d.compositeRatio, years, rules),
    swapped: fenOf(d.swap.swapped), interestSaved: fenOf(d.swap.interestSaved),
    debtServiceRatioNet: d.debtServiceRatioNet,
    interestRatioGeneral: d.interestRatioGeneral, interestRatioSpecial: d.interestRatioSpecial,
    bondSupport: fenOf(d.bondSupport),
    capacityParts: parts ? { generalBudget: fenOf(parts.generalBudget), fundBudget: fenOf(parts.fundBudget), land: fenOf(parts.land) } : null,
  };
}

function nulls(n: number): null[] {
  const out: null[] = [];
  for (let i = 0; i < n; i++) out.push(null);
  return out;
}

/** Per year of `from`: `sumFen([from_i, −less_i, plus_i])` (plus only when given), in whole fen without an array per year. */
function fenDifference(from: Float64Array, less: Float64Array, plus: Float64Array | null): number[] {
  const out: number[] = [];
  for (let i = 0; i < from.length; i++) {
    const a = from[i] as number;
    const b = -at(less, i);
    const c = plus ? at(plus, i) : 0;
    const ab = toFenInt(a) + toFenInt(b);
    const abc = plus ? ab + toFenInt(c) : ab;
    // beyond the exact fen range sumFen adds in BigInt: let it
    out.push(Number.isSafeInteger(ab) && Number.isSafeInteger(abc) ? fromFenInt(abc) : sumFen(plus ? [a, b, c] : [a, b]));
  }
  return out;
}

/** The tier of each year's ratio on that year's edges. */
function tiers(ratios: readonly (number | null)[], edges: readonly TierEdges[]): (Tier | null)[] {
  const out: (Tier | null)[] = [];
  for (let i = 0; i < edges.length; i++) out.push(tierOf(ratios[i] ?? null, edges[i] as TierEdges));
  return out;
}

function finite(x: number | null | undefined): number | null {
  return x !== null && x !== undefined && Number.isFinite(x) ? x : null;
}

/** One special bond per year for reports: money to the fen, coverage = project revenue / debt service (null without service). */
export interface BondResult {
  readonly issued: readonly number[];
  readonly balance: readonly number[];
  readonly debtService: readonly number[];
  readonly interest: readonly number[];
  readonly projectRevenue: readonly number[];
  readonly coverage: readonly (number | null)[];
  /** Life-time coverage Σ revenue / Σ debt service (the `bond.self-balance` value), null without service. */
  readonly lifeCoverage: number | null;
  /** Cumulative project cash after budget support, and the support paid, per year. */
  readonly cash: readonly number[];
  readonly support: readonly number[];
}

/** A bond's flows shaped for the output (SPEC §6 "Special bonds"); without `life` the life-time fields are empty. */
export function toBondResult(f: BondFlows, life?: BondLife): BondResult {
  const fen = (a: Float64Array): number[] => Array.from(a, roundFen);
  return {
    issued: fen(f.issued), balance: fen(f.balance), debtService: fen(f.debtService), interest: fen(f.interest),
    projectRevenue: fen(f.projectRevenue), coverage: selfBalanceCoverage(f),
    lifeCoverage: life?.coverage ?? null, cash: life ? fen(life.cash) : [], support: life ? fen(life.support) : [],
  };
}

/** A town's platform debt per year for reports, to the fen; `hidden + platform = balance` in fen. */
export interface PlatformResult {
  readonly newBorrowing: readonly number[];
  readonly repayment: readonly number[];
  readonly interest: readonly number[];
  readonly balance: readonly number[];
  readonly hidden: readonly number[];
  readonly platform: readonly number[];
}

/** Platform flows shaped for the output: the non-hidden part is the rounded balance less the rounded hidden part, so they foot. */
export function toPlatformResult(p: PlatformFlows): PlatformResult {
  const fen = (a: Float64Array): number[] => Array.from(a, roundFen);
  return {
    newBorrowing: fen(p.newBorrowing), repayment: fen(p.repayment), interest: fen(p.interest),
    balance: fen(p.balance), hidden: fen(p.hidden),
    platform: Array.from(p.balance, (b, i) => sumFen([b, -at(p.hidden, i)])),
  };
}
