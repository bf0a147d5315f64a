/**
 * Hidden-debt swap 隐性债务置换 (SPEC §6, 2024–2028): at the end of the swap year the amount
 * leaves the district's own hidden debt and becomes a refinancing special bond (再融资专项债券,
 * 到期一次还本, annual coupon): special debt and the special limit rise by the same amount.
 *
 * - The own hidden-debt input is the path *without* swaps. A swap of `S` in year y with
 *   hidden debt `H_y` (after earlier swaps) removes the share `S / H_y` of the path from y
 *   on: the swapped debt would have been repaid at the pace of the rest. `S` is capped at
 *   `H_y` (nothing more can be swapped); the effective amount is `swapped`.
 * - The bond's balance is `S` from the end of y to its maturity; its coupon is special-debt
 *   interest. The special limit rises by `S` for good (limits are not lowered on repayment).
 * - Interest saved in repayment year k: `opening_k × hiddenDebtRate − interest_k`: what the
 *   hidden debt would have cost less the coupon (negative if the coupon is the dearer).
 */
import { loanSchedule } from '../finance/index.ts';
import type { HiddenDebtSwap } from '../model/scenario.ts';
import { zeros } from './arrays.ts';
import { keepFen } from './fenKept.ts';

/** Swap flows for the simulated years (index 0 = startYear), 万元. */
export interface SwapFlows {
  /** Effective amount swapped in the year. */
  readonly swapped: Float64Array;
  /** Own hidden debt after the swaps. */
  readonly hiddenAfter: Float64Array;
  /** Refinancing bonds outstanding at year end (special debt). */
  readonly balance: Float64Array;
  readonly interest: Float64Array;
  readonly principal: Float64Array;
  /** Cumulative swapped to date: the rise of the special limit. */
  readonly limitRaise: Float64Array;
  readonly interestSaved: Float64Array;
}

/**
 * The swaps' flows given the own hidden-debt path `hidden` (n values from `startYear`).
 * Swaps dated outside the simulated years are not modelled (their effect is in the opening
 * figures, or after the horizon).
 */
export function swapFlows(swaps: readonly HiddenDebtSwap[], hidden: ArrayLike<number>, hiddenRate: number, startYear: number, n: number): SwapFlows {
  const z = (): Float64Array => zeros(n);
  const out: SwapFlows = { swapped: z(), hiddenAfter: z(), balance: z(), interest: z(), principal: z(), limitRaise: z(), interestSaved: z() };
  const ordered = [...swaps].filter((s) => s.year >= startYear && s.year < startYear + n).sort((a, b) => a.year - b.year);
  let factor = 1;
  let next = 0;
  let raised = 0;
  for (let i = 0; i < n; i++) {
    for (; next < ordered.length && ordered[next]?.year === startYear + i; next++) {
      const s = ordered[next] as HiddenDebtSwap;
      const available = (hidden[i] ?? 0) * factor;
      const eff = Math.max(0, Math.min(s.amount, available));
      if (eff <= 0) continue;
      factor *= 1 - eff / available;
      out.swapped[i] = (out.swapped[i] ?? 0) + eff;
      raised += eff;
      bond(out, eff, s, i, n, hiddenRate);
    }
    out.hiddenAfter[i] = (hidden[i] ?? 0) * factor;
    out.limitRaise[i] = raised;
  }
  return out;
}

/** Adds one refinancing bond issued at the end of year index `i`. */
function bond(out: SwapFlows, amount: number, s: HiddenDebtSwap, i: number, n: number, hiddenRate: number): void {
  const sch = loanSchedule({ principal: amount, rate: s.coupon, tenorYears: s.tenorYears, repayment: 'bullet' });
  out.balance[i] = (out.balance[i] ?? 0) + amount;
  for (let k = 0; k < s.tenorYears && i + 1 + k < n; k++) {
    const t = i + 1 + k;
    out.balance[t] = (out.balance[t] ?? 0) + (sch.closing[k] ?? 0);
    out.interest[t] = (out.interest[t] ?? 0) + (sch.interest[k] ?? 0);
    out.principal[t] = (out.principal[t] ?? 0) + (sch.principal[k] ?? 0);
    out.interestSaved[t] = (out.interestSaved[t] ?? 0) + (sch.opening[k] ?? 0) * hiddenRate - (sch.interest[k] ?? 0);
  }
}

interface KeptSwaps { readonly swaps: readonly HiddenDebtSwap[]; readonly rate: number; readonly startYear: number; readonly n: number; readonly flows: SwapFlows }

/** Swap flows by own hidden-debt values (the district's shared expansion), with the other inputs they were computed from. */
const KEPT = new WeakMap<ArrayLike<number>, KeptSwaps>();

/**
 * `swapFlows` computed once per (swaps list, hidden-debt values, rate, years) and shared
 * (SPEC §1 "One engine, run many times"): a Monte Carlo path keeps a district's swaps and
 * its hidden-debt series (no shock reaches them), so every path reuses the first one's
 * flows. Safe: the key objects are immutable scenario data (`hidden` a read-only shared
 * expansion), the flows depend on nothing else, and their users only read them.
 */
export function keptSwapFlows(swaps: readonly HiddenDebtSwap[], hidden: ArrayLike<number>, hiddenRate: number, startYear: number, n: number): SwapFlows {
  const kept = KEPT.get(hidden);
  if (kept && kept.swaps === swaps && kept.rate === hiddenRate && kept.startYear === startYear && kept.n === n) return kept.flows;
  const flows = swapFlows(swaps, hidden, hiddenRate, startYear, n);
  keepFen(flows.swapped);
  keepFen(flows.interestSaved);
  KEPT.set(hidden, { swaps, rate: hiddenRate, startYear, n, flows });
  return flows;
}
