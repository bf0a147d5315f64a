/**
 * Special-purpose bonds 专项债 of a town (SPEC §2 "town", §6). A bond's cash arrives at the
 * end of its issue year (SPEC §1: flows at year end); it is repaid by its profile from the
 * next year over its tenor (`loanSchedule`, repayment year 1 = issueYear + 1).
 */
import { loanScheduleInto } from '../finance/index.ts';
import type { LoanSchedule } from '../finance/index.ts';
import type { SpecialBond, Town } from '../model/scenario.ts';
import { addInto, sharedSeries, zeros } from './arrays.ts';
import { bondLife } from './bondLife.ts';
import type { BondLife } from './bondLife.ts';

/** One bond over the simulated years (index 0 = startYear), 万元. */
export interface BondFlows {
  /** Amount issued in the year (the issue year only). */
  readonly issued: Float64Array;
  /** Balance at year end: the amount in the issue year, then the schedule's closing balance. */
  readonly balance: Float64Array;
  /** Debt service = interest + principal repaid. */
  readonly debtService: Float64Array;
  readonly interest: Float64Array;
  readonly principal: Float64Array;
  /** Project revenue meant to repay the bond. */
  readonly projectRevenue: Float64Array;
}

/**
 * A bond's flows for `n` years from `startYear`: for year y, k = y − issueYear,
 * `balance_y = amount` when k = 0, `closing[k−1]` when 1 ≤ k ≤ tenor, else 0;
 * `debtService_y = payment[k−1]`, `interest_y = interest[k−1]` when 1 ≤ k ≤ tenor.
 * Bonds issued before startYear enter with their remaining balance.
 */
export function bondFlows(bond: SpecialBond, startYear: number, n: number, s: LoanSchedule = bondSchedule(bond)): BondFlows {
  const out: BondFlows = {
    issued: zeros(n), balance: zeros(n), debtService: zeros(n),
    interest: zeros(n), principal: zeros(n),
    projectRevenue: sharedSeries(bond.projectRevenue, startYear, n), // read only
  };
  for (let i = 0; i < n; i++) {
    const k = startYear + i - bond.issueYear;
    if (k === 0) {
      out.issued[i] = bond.amount;
      out.balance[i] = bond.amount;
    } else if (k >= 1 && k <= bond.tenorYears) {
      out.balance[i] = s.closing[k - 1] ?? 0;
      out.debtService[i] = s.payment[k - 1] ?? 0;
      out.interest[i] = s.interest[k - 1] ?? 0;
      out.principal[i] = s.principal[k - 1] ?? 0;
    }
  }
  return out;
}

/** All bonds of a town added up per year (SPEC §6 exposure component `bonds`), with each bond's flows. */
export interface TownBonds {
  readonly byBond: ReadonlyMap<string, BondFlows>;
  /** Each bond's life-time self-balance (SPEC §6), by bond id. */
  readonly lives: ReadonlyMap<string, BondLife>;
  /** Budget support of the bonds' cash gaps per year (fiscal cost, SPEC §6). */
  readonly support: Float64Array;
  readonly issued: Float64Array;
  readonly balance: Float64Array;
  readonly debtService: Float64Array;
  readonly interest: Float64Array;
}

/** The bond's repayment schedule (`loanSchedule` of its amount, rate, tenor and profile). */
export function bondSchedule(bond: SpecialBond): LoanSchedule {
  const t = bond.tenorYears;
  const s = { opening: zeros(t), interest: zeros(t), principal: zeros(t), payment: zeros(t), closing: zeros(t) };
  loanScheduleInto({ principal: bond.amount, rate: bond.rate, tenorYears: t, repayment: bond.repayment }, s);
  return s;
}

interface BondParts { readonly startYear: number; readonly n: number; readonly flows: BondFlows; readonly life: BondLife }

/**
 * A bond's flows and life, computed once per bond object and horizon. Safe to memoise: both
 * are functions of the bond's own fields and the years only, a scenario's bonds are never
 * mutated, and the figures are read, never written, by their users. A Monte Carlo path keeps
 * the bonds it does not rate-shock (SPEC §8: bonds issued before the first simulated year keep
 * their rate), so those are computed once for all paths (SPEC §1 "One engine, run many
 * times"). Only they are kept: a bond issued later is a new object on every shocked path, and
 * keeping it would cost a WeakMap entry per bond and path (measured: 462 bonds of the
 * 2,000-town scenario, ~1 ms a path) for no hit.
 */
const PARTS = new WeakMap<SpecialBond, BondParts>();

function bondParts(bond: SpecialBond, startYear: number, n: number): BondParts {
  const kept = PARTS.get(bond);
  if (kept && kept.startYear === startYear && kept.n === n) return kept;
  const s = bondSchedule(bond);
  const parts = { startYear, n, flows: bondFlows(bond, startYear, n, s), life: bondLife(bond, startYear, n, s) };
  if (bond.issueYear < startYear) PARTS.set(bond, parts);
  return parts;
}

/** Σ over the town's bonds of `bondFlows` (issued, balance, debt service, interest) and of their budget support (`bondLife`). */
export function townBonds(town: Pick<Town, 'bonds'>, startYear: number, n: number): TownBonds {
  if (town.bonds.length === 0) return noBonds(n);
  const byBond = new Map<string, BondFlows>();
  const lives = new Map<string, BondLife>();
  const sum: TownBonds = {
    byBond, lives, support: zeros(n), issued: zeros(n), balance: zeros(n),
    debtService: zeros(n), interest: zeros(n),
  };
  for (const bond of town.bonds) {
    const { flows: f, life } = bondParts(bond, startYear, n);
    byBond.set(bond.id, f);
    lives.set(bond.id, life);
    addInto(sum.support, life.support);
    addInto(sum.issued, f.issued);
    addInto(sum.balance, f.balance);
    addInto(sum.debtService, f.debtService);
    addInto(sum.interest, f.interest);
  }
  return sum;
}

const NO_BONDS = new Map<number, TownBonds>();

/**
 * The figures of a town without bonds: all zero, one shared object per horizon (most towns
 * of a large scenario have no bonds; their sums are read, never written).
 */
function noBonds(n: number): TownBonds {
  let z = NO_BONDS.get(n);
  if (!z) {
    z = {
      byBond: new Map(), lives: new Map(), support: new Float64Array(n), issued: new Float64Array(n), balance: new Float64Array(n),
      debtService: new Float64Array(n), interest: new Float64Array(n),
    };
    NO_BONDS.set(n, z);
  }
  return z;
}
