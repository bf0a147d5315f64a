import { irr } from '../finance/index.ts';
import type { Fund } from './types.ts';

/** `a / b` when b > 0 and the quotient is finite, else null (SPEC §1: no NaN or Infinity in results). */
export function ratioOrNull(a: number, b: number): number | null {
  if (!(b > 0)) return null;
  const r = a / b;
  return Number.isFinite(r) ? r : null;
}

/** The fiscal-leverage figures of SPEC §5, over the fund's whole life. */
export interface FundMultiples {
  /** G = S·g, 万元. */
  readonly governmentCommitment: number;
  /** Capital the fund invests over its life = Σ C_t (fees come out of distributions, not calls), 万元. */
  readonly invested: number;
  /** Project investment mobilised = invested / p, 万元. */
  readonly mobilised: number;
  /** Invested in the city's towns = localShare · invested, 万元. */
  readonly investedLocally: number;
  /** 放大倍数 = S / G. */
  readonly leverage: number | null;
  /** 投资倍数效应 = mobilised / G. */
  readonly investmentMultiple: number | null;
  /** 返投倍数 = invested in the city's towns / G. */
  readonly returnInvestmentRatio: number | null;
}

/** 放大倍数, 投资倍数效应 and 返投倍数 of SPEC §5, from the fund's total calls `invested`. */
export function fundMultiples(fund: Pick<Fund, 'size' | 'governmentShare' | 'projectShare' | 'localShare'>, invested: number): FundMultiples {
  const G = fund.size * fund.governmentShare;
  const mobilised = fund.projectShare > 0 ? invested / fund.projectShare : 0;
  const investedLocally = fund.localShare * invested;
  return {
    governmentCommitment: G,
    invested,
    mobilised,
    investedLocally,
    leverage: ratioOrNull(fund.size, G),
    investmentMultiple: ratioOrNull(mobilised, G),
    returnInvestmentRatio: ratioOrNull(investedLocally, G),
  };
}

/** One investor class's life flows, as `classMetrics` reads them (index t − 1), 万元. */
export interface ClassLife {
  /** What the class pays in: calls (and, for the government, guarantee payouts). */
  readonly paidIn: ArrayLike<number>;
  /** What it receives: distributions (and, for the social investors, guarantee payouts). */
  readonly received: ArrayLike<number>;
}

/** IRR, TVPI and DPI of one class (SPEC §5 "Outputs"). */
export interface ClassMetrics {
  readonly irr: number | null;
  readonly tvpi: number | null;
  readonly dpi: number | null;
}

/**
 * IRR over the class's whole-life net flows `received_t − paidIn_t` (finance kernel `irr`);
 * DPI and TVPI as of life year `v` (the scenario's last year, or year L when the fund ends first):
 * `DPI = Σ_{t≤v} received / Σ_{t≤v} paidIn`, `TVPI = (Σ_{t≤v} received + residual) / Σ_{t≤v} paidIn`,
 * where `residual = NAV_v · (Σ_{t>v} received / Σ_{t>v} D_t)`: the NAV attributed to the class in the
 * proportion the rest of the waterfall gives it. At the end of life NAV is 0 and TVPI = DPI.
 */
export function classMetrics(life: ClassLife, v: number, nav: ArrayLike<number>, gross: ArrayLike<number>): ClassMetrics {
  const L = life.paidIn.length;
  const net = new Float64Array(L);
  let paid = 0, got = 0, laterGot = 0, laterGross = 0;
  for (let i = 0; i < L; i++) {
    const p = life.paidIn[i] ?? 0;
    const r = life.received[i] ?? 0;
    net[i] = r - p;
    if (i < v) { paid += p; got += r; } else { laterGot += r; laterGross += gross[i] ?? 0; }
  }
  const navV = v >= 1 && v < L ? (nav[v - 1] ?? 0) : 0;
  const residual = laterGross > 0 ? navV * (laterGot / laterGross) : 0;
  return { irr: irr(net), tvpi: ratioOrNull(got + residual, paid), dpi: ratioOrNull(got, paid) };
}
