import { sumFen } from '../ledger/index.ts';
import type { Scenario } from '../model/scenario.ts';
import type { FundResult, Series } from '../result.ts';
import type { Finding, LimitRow } from '../rules/types.ts';
import { fundCore, simulateFundsCore } from './fundsCore.ts';
import type { FundCore, FundsInput } from './fundsCore.ts';
import { allocateHiddenDebt, keepsFen } from './hiddenDebt.ts';
import { fundBase, type FundBase } from './fundBase.ts';
import { fundLife, type FundLife } from './fundLife.ts';
import { fundMultiples } from './metrics.ts';
import { fundChecks, type FundChecks } from './rules.ts';
import { own } from '../model/own.ts';
import type { HiddenDebtByTown } from './hiddenDebt.ts';
import { fundLedger, governmentOnYears, onScenarioYears } from './fundLedger.ts';
import type { FundLedger } from './fundLedger.ts';
import { classMetrics } from './metrics.ts';
import type { FeeBase, Fund } from './types.ts';

/**
 * A fund's result: the SPEC §10 `FundResult` contract plus the detail behind it. Series align
 * with the scenario's years (0 outside the fund's life) and are rounded to the fen:
 * `calls` = C_t, `distributions` = gross D_t (before fees and carry), `nav` = NAV_t;
 * `government`/`social.cashflows` are each class's net flows after the waterfall, the
 * concession and guarantee payouts. Multiples are over the whole life; class IRRs over the
 * whole life; DPI/TVPI as of the scenario's last year (or year L), see `classMetrics`.
 */
export interface FundRun extends FundResult {
  readonly name: string;
  readonly establishedYear: number;
  readonly lifeYears: number;
  /** Σ C_t over the life, 万元. */
  readonly invested: number;
  /** invested / p, 万元. */
  readonly mobilised: number;
  /** localShare · invested, 万元. */
  readonly investedLocally: number;
  readonly feeBase: FeeBase;
  readonly managementFees: Series;
  readonly carry: Series;
  /** Government payments to social investors under forbidden terms (settlement year). */
  readonly guaranteePayout: Series;
  /** Guaranteed amount outstanding at year end: hidden debt (SPEC §5, §6). */
  readonly guaranteed: Series;
  /** Fees accrued but never paid by the end of life (forgone by the manager), 万元. */
  readonly feesUnpaidAtEnd: number;
  /** The same ledger over the fund's own life years, including years outside the scenario. */
  readonly life: FundLedger & { readonly years: readonly number[] };
}

/** What `simulateFunds` returns (SPEC §5, §10). */
export interface FundsResult {
  readonly funds: FundRun[];
  readonly limits: LimitRow[];
  readonly findings: Finding[];
  /** Guaranteed amounts by town id, per scenario year: the funds' part of `exposure.hidden` (SPEC §6). */
  readonly hiddenDebtByTown: HiddenDebtByTown;
  /** Guaranteed amounts of funds that declared no town allocation, per scenario year (0 when all allocate). */
  readonly hiddenDebtUnallocated: number[];
  /**
   * Σ over funds of the government's net flow per scenario year, `distributions − calls − guarantee payouts`
   * (investor sign). The city's fiscal cost (SPEC §1) adds `−governmentNetCashflow`.
   */
  readonly governmentNetCashflow: number[];
}

type Horizon = Pick<Scenario, 'startYear' | 'horizonYears'>;

/** A fund's output: `FundResult` plus detail, rounded to the fen and laid on the scenario's years (SPEC §1, §10). */
export function fundRun(core: FundCore, horizon: Horizon): FundRun {
  const { fund, life, multiples: m } = core;
  const ledger = fundLedger(life);
  const L = life.years.length;
  const on = (a: readonly number[]): number[] => onScenarioYears(a, fund.establishedYear, horizon.startYear, horizon.horizonYears);
  const v = Math.min(L, horizon.startYear + horizon.horizonYears - fund.establishedYear);
  const { classes, flows } = life;
  // The guarantee payout is a cost to the government and a receipt of the social investors.
  const plus = (a: Float64Array, b: Float64Array): Float64Array => a.map((x, i) => x + (b[i] ?? 0));
  const government = classMetrics({ paidIn: plus(classes.government.calls, classes.guaranteePayout), received: classes.government.distributions }, v, flows.nav, flows.distributions);
  const social = classMetrics({ paidIn: classes.social.calls, received: plus(classes.social.distributions, classes.guaranteePayout) }, v, flows.nav, flows.distributions);
  return {
    id: fund.id, size: fund.size, governmentCommitment: m.governmentCommitment,
    leverage: m.leverage, investmentMultiple: m.investmentMultiple, returnInvestmentRatio: m.returnInvestmentRatio,
    calls: on(ledger.calls), distributions: on(ledger.distributions), nav: on(ledger.nav),
    government: { cashflows: on(ledger.government), ...government },
    social: { cashflows: on(ledger.social), ...social },
    name: fund.name, establishedYear: fund.establishedYear, lifeYears: L,
    invested: m.invested, mobilised: m.mobilised, investedLocally: m.investedLocally, feeBase: life.feeBase,
    managementFees: on(ledger.managementFees), carry: on(ledger.carry), guaranteePayout: on(ledger.guaranteePayout),
    guaranteed: on(ledger.guaranteed), feesUnpaidAtEnd: lastOf(life.waterfall.feesUnpaid),
    life: { years: life.years, ...ledger },
  };
}

/** One fund on the scenario's years (SPEC §5): its output and its rule checks. */
export function simulateFund(fund: Fund, horizon: Horizon, rules: Scenario['rules'] = {}): { run: FundRun; limits: LimitRow[]; findings: Finding[] } {
  const core = fundCore(fund, rules);
  return { run: fundRun(core, horizon), limits: core.limits, findings: core.findings };
}

/**
 * All of a scenario's funds (SPEC §5): the entry the orchestrator calls. `simulateFundsCore`
 * plus the output boundary: every paid amount rounded to the fen, guaranteed amounts allocated
 * to towns with `allocateToFen`, the government's net flow the sum of the rounded fund rows.
 * Funds, limits and findings come in scenario order; `hiddenDebtByTown` has a row for every
 * scenario town (and for any allocated id that is not one).
 */
export function simulateFunds(input: FundsInput): FundsResult {
  const core = simulateFundsCore(input);
  const funds = core.funds.map((c) => fundRun(c, input));
  return { funds, ...totalsOf(input, core, funds.map((f) => ({ government: f.government.cashflows, guaranteed: f.guaranteed }))) };
}

/** The funds' result without the per-fund runs: what a Monte Carlo path reads (SPEC §1 "One engine"). */
export type FundsTotals = Omit<FundsResult, 'funds'>;

/**
 * `simulateFunds` less the per-fund runs (no class metrics, IRRs or per-fund series): the
 * government cash flows and guaranteed amounts of each fund's rounded ledger, totalled as
 * `simulateFunds` totals them, so the figures are the same. What a Monte Carlo path reads
 * (SPEC §1 "One engine"): only the scenario's years are rounded, and what does not read the
 * path's growth shock comes from the fund's memoised base (`fundBase.ts`).
 */
export function fundsTotals(input: FundsInput): FundsTotals {
  const limits: LimitRow[] = [];
  const findings: Finding[] = [];
  const flows = input.funds.map((fund) => {
    const life = fundLife(fund);
    const base = fundBase(fund, life);
    const checks = pathChecks(base, fund, life, input.rules);
    for (const row of checks.limits) limits.push(row);
    for (const f of checks.findings) findings.push(f);
    return governmentOnYears(life, base.governmentCalls, fund.establishedYear, input.startYear, input.horizonYears);
  });
  return totalsOf(input, { limits, findings }, flows, true);
}

/**
 * A path's rule rows and findings of `fund` (`fundCore`'s): kept per base and overrides when
 * the fund has no forbidden terms (then nothing they read moves with G_r: the multiples are
 * over Σ C_t and the peak guaranteed amount is 0); computed otherwise.
 */
function pathChecks(base: FundBase, fund: Fund, life: FundLife, rules: Scenario['rules']): FundChecks {
  const kept = fund.guarantees.length === 0 ? base.checks.get(rules) : undefined;
  if (kept) return kept;
  const multiples = fundMultiples(fund, life.flows.paidIn[life.years.length - 1] ?? 0);
  const checks = fundChecks(fund, multiples, peakGuaranteed(life), rules);
  if (fund.guarantees.length === 0) base.checks.set(rules, checks);
  return checks;
}

/** Per fund (scenario order), its government cash flows and guaranteed amounts on the scenario's years, to the fen. */
type FundFlows = readonly { readonly government: readonly number[]; readonly guaranteed: readonly number[] }[];

/**
 * The totals of the funds' rounded rows (SPEC §1, §6). `path`: a Monte Carlo path's totals —
 * the towns no fund allocates to share one frozen row of zeros, and years with nothing to
 * allocate or leave unallocated keep the rounded sums as they are (`keepsFen`).
 */
function totalsOf(input: FundsInput, checks: FundChecks, flows: FundFlows, path = false): FundsTotals {
  const n = input.horizonYears;
  const hiddenDebtByTown: HiddenDebtByTown = {};
  const zeros = path ? Object.freeze(new Array<number>(n).fill(0)) as number[] : null;
  const allocated = path ? allocatedTowns(input.funds) : null;
  for (const t of input.towns) hiddenDebtByTown[t.id] = zeros && !allocated?.has(t.id) ? zeros : new Array<number>(n).fill(0);
  let unallocated = new Array<number>(n).fill(0);
  for (let i = 0; i < flows.length; i++) {
    const rest = allocateHiddenDebt(flows[i]!.guaranteed, input.funds[i]?.allocationByTown ?? {}, hiddenDebtByTown, path);
    const next = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      const x = unallocated[k] ?? 0;
      const r = rest[k] ?? 0;
      next[k] = path && r === 0 && keepsFen(x) ? x : sumFen([x, r]);
    }
    unallocated = next;
  }
  const governmentNetCashflow = new Array<number>(n);
  const column = new Array<number>(flows.length);
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < flows.length; i++) column[i] = flows[i]!.government[k] ?? 0;
    governmentNetCashflow[k] = sumFen(column);
  }
  return { limits: checks.limits, findings: checks.findings, hiddenDebtByTown, hiddenDebtUnallocated: unallocated, governmentNetCashflow };
}

/** The town ids some fund allocates to with a positive weight: the rows `allocateHiddenDebt` writes. */
function allocatedTowns(funds: readonly Fund[]): Set<string> {
  const out = new Set<string>();
  for (const f of funds) for (const id of Object.keys(f.allocationByTown)) if ((own(f.allocationByTown, id) ?? 0) > 0) out.add(id);
  return out;
}

/** Largest guaranteed amount over the life (outstanding or paid at settlement), 万元: `fundCore`'s `peakGuaranteed`. */
export function peakGuaranteed(life: FundLife): number {
  return Math.max(0, ...life.classes.guaranteed, ...life.classes.guaranteePayout);
}

function lastOf(a: Float64Array): number {
  return a[a.length - 1] ?? 0;
}
