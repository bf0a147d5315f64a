import type { TakahashiAlexanderParams } from './types.ts';

/** Fund-level cash flows over the life `t = 1..L` (index t − 1), 万元, flows at year end. */
export interface LifeFlows {
  /** C_t, capital called from the investors. */
  readonly calls: Float64Array;
  /** D_t, gross distributions (before fees and carry). */
  readonly distributions: Float64Array;
  /** NAV_t at year end. */
  readonly nav: Float64Array;
  /** PIC_t, paid-in capital to date. */
  readonly paidIn: Float64Array;
  /**
   * Invested capital at year end: cost of the unrealised portfolio, `K_t = K_{t−1}·(1 − RD_t) + C_t`
   * (a distribution realises the share RD_t of the portfolio, and with it that share of its cost).
   */
  readonly invested: Float64Array;
}

/**
 * `count` zeroed rows of `L` values as views of one buffer: one allocation per fund and path
 * instead of one per row (SPEC §1 "One engine, run many times").
 */
export function lifeRows<N extends number>(count: N, L: number): Rows<N> {
  const buffer = new ArrayBuffer(count * L * Float64Array.BYTES_PER_ELEMENT);
  const rows: Float64Array[] = [];
  for (let k = 0; k < count; k++) rows.push(new Float64Array(buffer, k * L * Float64Array.BYTES_PER_ELEMENT, L));
  return rows as Rows<N>;
}

/** A tuple of `N` rows. */
type Rows<N extends number, R extends Float64Array[] = []> = R['length'] extends N ? R : Rows<N, [...R, Float64Array]>;

/** RC_t for year t ≥ 1: the t-th listed rate, the last one repeating (SPEC §5). */
export function contributionRate(rates: readonly number[], t: number): number {
  if (rates.length === 0) return 0;
  return rates[Math.min(t, rates.length) - 1] ?? 0;
}

/** RD_t = max(Y, (t/L)^B), the share of grown NAV distributed in year t (SPEC §5). */
export function distributionRate(p: Pick<TakahashiAlexanderParams, 'yield' | 'bow' | 'lifeYears'>, t: number): number {
  return Math.max(p.yield, Math.pow(t / p.lifeYears, p.bow));
}

/**
 * Takahashi–Alexander (Yale) model, exactly as SPEC §5 writes it, for a fund of size `size`:
 *
 * - `C_t = RC_t·(S − PIC_{t−1})`, with `C_t = 0` after the investment period (if set) and in year L;
 * - `RD_t = max(Y, (t/L)^B)`, `D_t = RD_t·NAV_{t−1}·(1+G_r)`;
 * - `NAV_t = NAV_{t−1}·(1+G_r) + C_t − D_t`;
 * - in year L, `D_L = NAV_{L−1}·(1+G_r)` and `NAV_L = 0`.
 *
 * `PIC_0 = NAV_0 = 0`. Since RC_t ≤ 1 and RD_t ≤ 1 (t ≤ L, Y ≤ 1), PIC never exceeds S and NAV
 * never goes negative.
 */
export function takahashiAlexander(p: TakahashiAlexanderParams, size: number): LifeFlows {
  const L = p.lifeYears;
  const [calls, distributions, nav, paidIn, invested] = lifeRows(5, L);
  const lastCallYear = Math.min(L - 1, p.investmentPeriodYears ?? L - 1);
  let pic = 0;
  let navPrev = 0;
  let costPrev = 0;
  for (let t = 1; t <= L; t++) {
    const grown = navPrev * (1 + p.growth);
    const c = t <= lastCallYear ? contributionRate(p.contributionRates, t) * (size - pic) : 0;
    const rd = t === L ? 1 : distributionRate(p, t);
    const d = rd * grown;
    pic += c;
    const i = t - 1;
    calls[i] = c;
    distributions[i] = d;
    nav[i] = t === L ? 0 : grown + c - d;
    paidIn[i] = pic;
    invested[i] = t === L ? 0 : costPrev * (1 - rd) + c;
    navPrev = nav[i] ?? 0;
    costPrev = invested[i] ?? 0;
  }
  return { calls, distributions, nav, paidIn, invested };
}
