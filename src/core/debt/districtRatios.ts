/**
 * District debt figures and ratios (SPEC §6 "Legal debt by type", "District ratios", "Debt
 * limit", "Hidden-debt swap", "Also reported"), per year, balances at year end:
 *
 * - 一般债务 `G` = own general debt (`debtByType.general`, or the single `legalDebt` when debt
 *   is not given by type: see `docs/decisions.md`); 专项债务 `S` = own special debt + Σ towns'
 *   special bonds + refinancing bonds of hidden-debt swaps; legal debt `L = G + S`;
 * - hidden debt `H` = own hidden debt after swaps + Σ towns' hidden exposure; a town's
 *   platform debt *not* identified as hidden (`P`) stays out of L and H;
 * - 一般债务率 `G / 一般公共预算财力`, 专项债务率 `S / 政府性基金财力` (capacity by parts only);
 *   法定债务率 `L / C`; broad `(L + H) / C`; composite `(L + H + c_g·guaranteed + c_r·P) / C`;
 * - limits: by type when given (the special one raised by swaps), total = their sum (or
 *   `debtLimit` + swaps); headroom `= total limit − L`;
 * - 偿债率 `= debt service / C`, gross and net of the refinanced own principal;
 * - interest: `interestBurden = all legal interest / 一般公共预算支出` (as before),
 *   `interestRatioGeneral = general interest / 一般公共预算支出`,
 *   `interestRatioSpecial = special interest / 政府性基金预算支出` (when that input is given).
 *
 * Ratios are null when their denominator ≤ 0.
 */
import { snapHeadroom } from '../rules/atLine.ts';
import type { ConversionRates, District, HiddenDebtSwap } from '../model/scenario.ts';
import type { SeriesSpec } from '../model/series.ts';
import { addInto, at, copyOf, sharedSeries, zeros } from './arrays.ts';
import { capacityParts } from './capacity.ts';
import type { CapacityPartSeries } from './capacity.ts';
import { DEFAULT_CONVERSION_RATES, DEFAULT_HIDDEN_DEBT_RATE } from './defaults.ts';
import { keptSwapFlows } from './swaps.ts';
import type { SwapFlows } from './swaps.ts';
import type { TownDebt } from './townExposure.ts';
import { applyReported } from './reported.ts';
import { keepFen } from './fenKept.ts';
import type { ReportedDistrictDebt } from './reported.ts';

type Series = Float64Array;

const NO_SWAPS: readonly HiddenDebtSwap[] = [];
type Ratios = (number | null)[];

/** A district's debt figures, unrounded. */
export interface DistrictDebtSeries {
  readonly capacity: Series;
  readonly capacityParts: CapacityPartSeries | null;
  readonly generalDebt: Series;
  readonly specialDebt: Series;
  readonly legalDebt: Series;
  readonly hiddenDebt: Series;
  /** `legalDebt + hiddenDebt`: the broad ratio's numerator. */
  readonly broadDebt: Series;
  /** The composite ratio's numerator. */
  readonly compositeDebt: Series;
  readonly guaranteedDebt: Series;
  /** Σ towns' platform debt not identified as hidden. */
  readonly townPlatform: Series;
  /** Σ towns' budget support of special-bond cash gaps (fiscal cost). */
  readonly bondSupport: Series;
  readonly conversion: ConversionRates;
  readonly swap: SwapFlows;
  /** Total limit 债务限额 (swaps included). */
  readonly debtLimit: Series;
  /** By type, null when the debt is not given by type. */
  readonly generalLimit: Series | null;
  readonly specialLimit: Series | null;
  readonly debtHeadroom: Series;
  /** Principal + interest of all legal debt (own, towns' bonds, swap bonds). */
  readonly debtService: Series;
  /** Own maturing principal rolled over with refinancing bonds. */
  readonly refinanced: Series;
  readonly interest: Series;
  readonly generalInterest: Series;
  readonly specialInterest: Series;
  readonly budgetExpenditure: Series;
  readonly fundExpenditure: Series | null;
  readonly legalRatio: Ratios;
  readonly broadRatio: Ratios;
  readonly compositeRatio: Ratios;
  readonly generalRatio: Ratios;
  readonly specialRatio: Ratios;
  readonly debtServiceRatio: Ratios;
  readonly debtServiceRatioNet: Ratios;
  readonly interestBurden: Ratios;
  readonly interestRatioGeneral: Ratios;
  readonly interestRatioSpecial: Ratios;
}

/**
 * The district's figures for `n` years from `startYear`, its towns' debts added; 综合财力 is
 * given per year (its own, or a stress path's); its parts are given (e.g. land-shocked,
 * `districtCapacity`) or come from the district.
 */
export function districtDebt(
  district: District, towns: readonly TownDebt[], startYear: number, n: number, capacity: Float64Array, capacityPartSeries?: CapacityPartSeries | null,
  reported?: ReportedDistrictDebt,
): DistrictDebtSeries {
  // x: a copy the figures may change; shared: read-only values shared with the series' other readers
  const x = (s: SeriesSpec): Series => copyOf(sharedSeries(s, startYear, n));
  const shared = (s: SeriesSpec): Series => sharedSeries(s, startYear, n);
  const zero = (): Series => zeros(n);
  const byType = district.debtByType ?? null;
  // own general debt: a copy only when reported figures are written over it, else the shared values
  const generalSpec = byType ? byType.general.balance : district.legalDebt;
  const generalDebt = reported ? x(generalSpec) : keepFen(shared(generalSpec));
  const specialDebt = byType ? x(byType.special.balance) : zero();
  const generalInterest = byType ? shared(byType.general.interest) : shared(district.legalDebtInterest);
  const ownSpecialInterest = byType ? shared(byType.special.interest) : null;
  const ownService = shared(district.legalDebtService);
  const share = district.refinancingShare ?? 0;
  const refinanced = zero();
  for (let i = 0; i < n; i++) refinanced[i] = share * Math.max(0, at(ownService, i) - at(generalInterest, i) - (ownSpecialInterest ? at(ownSpecialInterest, i) : 0));
  const swap = keptSwapFlows(district.swaps ?? NO_SWAPS, shared(district.hiddenDebt), district.hiddenDebtRate ?? DEFAULT_HIDDEN_DEBT_RATE, startYear, n);
  // copies: the towns' figures are added in
  const hiddenDebt = copyOf(swap.hiddenAfter);
  const specialInterest = ownSpecialInterest ? copyOf(ownSpecialInterest) : zero();
  const debtService = copyOf(ownService);
  const townPlatform = zero();
  const bondSupport = zero();
  for (const t of towns) {
    addInto(bondSupport, t.bonds.support);
    addInto(specialDebt, t.bonds.balance);
    addInto(hiddenDebt, t.exposure.hidden);
    addInto(townPlatform, t.exposure.platform);
    addInto(debtService, t.bonds.debtService);
    addInto(specialInterest, t.bonds.interest);
  }
  addInto(specialDebt, swap.balance);
  addInto(specialInterest, swap.interest);
  addInto(debtService, swap.interest);
  addInto(debtService, swap.principal);
  const limits = reported ? districtLimitsOf(district, x, swap) : keptLimits(district, swap, startYear, n);
  // actual years (SPEC §12): the reported balances, limits and hidden debt replace the model's
  if (reported) applyReported(reported, { generalDebt, specialDebt, hiddenDebt, ...limits }, n);
  const conversion = district.conversionRates ?? DEFAULT_CONVERSION_RATES;
  const guaranteedDebt = district.guaranteedDebt ? shared(district.guaranteedDebt) : zero();
  const parts = capacityPartSeries !== undefined ? capacityPartSeries : district.capacityParts ? capacityParts(district.capacityParts, startYear, n) : null;
  const fundExpenditure = district.fundExpenditure ? shared(district.fundExpenditure) : null;
  const budgetExpenditure = shared(district.budgetExpenditure);
  const out: DistrictDebtSeries = {
    capacity, capacityParts: parts, generalDebt, specialDebt, legalDebt: zero(), hiddenDebt, broadDebt: zero(), compositeDebt: zero(),
    guaranteedDebt, townPlatform, bondSupport, conversion, swap, ...limits, debtHeadroom: zero(), debtService, refinanced,
    interest: zero(), generalInterest, specialInterest, budgetExpenditure, fundExpenditure,
    legalRatio: [], broadRatio: [], compositeRatio: [], generalRatio: [], specialRatio: [], debtServiceRatio: [],
    debtServiceRatioNet: [], interestBurden: [], interestRatioGeneral: [], interestRatioSpecial: [],
  };
  for (let i = 0; i < n; i++) {
    const c = at(capacity, i);
    const legal = at(generalDebt, i) + at(specialDebt, i);
    out.legalDebt[i] = legal;
    out.broadDebt[i] = legal + at(hiddenDebt, i);
    out.compositeDebt[i] = legal + at(hiddenDebt, i) + conversion.guaranteed * at(guaranteedDebt, i) + conversion.platform * at(townPlatform, i);
    // SPEC §1 "At the line": a balance on its limit has headroom exactly 0 (0.3 − (0.1 + 0.2) is −5.6e−17 in doubles)
    out.debtHeadroom[i] = snapHeadroom(at(out.debtLimit, i) - legal, legal, at(out.debtLimit, i));
    out.interest[i] = at(generalInterest, i) + at(specialInterest, i);
    out.legalRatio.push(ratio(legal, c));
    out.broadRatio.push(ratio(at(out.broadDebt, i), c));
    out.compositeRatio.push(ratio(at(out.compositeDebt, i), c));
    out.generalRatio.push(parts ? ratio(at(generalDebt, i), at(parts.generalBudget, i)) : null);
    out.specialRatio.push(parts ? ratio(at(specialDebt, i), at(parts.fundBudget, i)) : null);
    out.debtServiceRatio.push(ratio(at(debtService, i), c));
    out.debtServiceRatioNet.push(ratio(at(debtService, i) - at(refinanced, i), c));
    out.interestBurden.push(ratio(at(out.interest, i), at(budgetExpenditure, i)));
    out.interestRatioGeneral.push(ratio(at(generalInterest, i), at(budgetExpenditure, i)));
    out.interestRatioSpecial.push(fundExpenditure ? ratio(at(specialInterest, i), at(fundExpenditure, i)) : null);
  }
  return out;
}

interface KeptLimits {
  readonly specs: readonly (SeriesSpec | undefined)[];
  readonly startYear: number;
  readonly n: number;
  readonly limits: Pick<DistrictDebtSeries, 'debtLimit' | 'generalLimit' | 'specialLimit'>;
}

/** Limits by the district's swap flows (themselves kept per hidden-debt series and swaps list), with the limit series they came from. */
const LIMITS = new WeakMap<SwapFlows, KeptLimits>();

/**
 * `districtLimitsOf` computed once per (limit series, swap flows, years) and shared: a Monte
 * Carlo path keeps a district's limit series and swaps. Safe: the limits depend on nothing
 * else, and without reported figures (`applyReported` writes over limits) nothing writes to them.
 */
function keptLimits(d: District, swap: SwapFlows, startYear: number, n: number): KeptLimits['limits'] {
  const specs = [d.debtByType?.general.limit, d.debtByType?.special.limit, d.debtLimit ?? undefined];
  const kept = LIMITS.get(swap);
  if (kept && kept.startYear === startYear && kept.n === n && kept.specs.every((s, i) => s === specs[i])) return kept.limits;
  const limits = districtLimitsOf(d, (s) => copyOf(sharedSeries(s, startYear, n)), swap);
  keepFen(limits.debtLimit);
  if (limits.generalLimit) keepFen(limits.generalLimit);
  if (limits.specialLimit) keepFen(limits.specialLimit);
  LIMITS.set(swap, { specs, startYear, n, limits });
  return limits;
}

/** Limits: by type (special + swaps) and their sum, or the single `debtLimit` + swaps. */
function districtLimitsOf(d: District, x: (s: SeriesSpec) => Series, swap: SwapFlows): Pick<DistrictDebtSeries, 'debtLimit' | 'generalLimit' | 'specialLimit'> {
  if (d.debtByType) {
    const generalLimit = x(d.debtByType.general.limit);
    const specialLimit = x(d.debtByType.special.limit);
    addInto(specialLimit, swap.limitRaise);
    const debtLimit = zeros(generalLimit.length);
    for (let i = 0; i < debtLimit.length; i++) debtLimit[i] = at(generalLimit, i) + at(specialLimit, i);
    return { debtLimit, generalLimit, specialLimit };
  }
  if (!d.debtLimit) throw new Error(`district ${d.id}: neither debtLimit nor debtByType`);
  const debtLimit = x(d.debtLimit);
  addInto(debtLimit, swap.limitRaise);
  return { debtLimit, generalLimit: null, specialLimit: null };
}

/** `num / den`, null when `den ≤ 0` or the quotient is not finite (a 5e-324 denominator; SPEC §1: no NaN or Infinity in a result). */
export function ratio(num: number, den: number): number | null {
  if (!(den > 0)) return null;
  const r = num / den;
  return Number.isFinite(r) ? r : null;
}
